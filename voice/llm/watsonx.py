"""IBM watsonx.ai chat models through the ibm-watsonx-ai SDK's async chat stream.

The SDK has two retry layers of its own (an httpx transport that retries 401/5xx three times with
backoff, and a decorator that retries 429/503 up to ten times). On a phone call a stalled answer is
worse than a fast switch to the fallback model, so both are turned off and LiveKit's retry loop and
``FallbackAdapter`` decide instead: the SDK gets plain httpx clients and ``max_retries=0``.

The SDK reports HTTP failures as ``WMLClientError`` with the status only inside the message, so
the httpx clients record the status of the last response into a per-request context variable and
the error mapping reads it from there.
"""

from __future__ import annotations

import asyncio
import contextvars
import ssl
import warnings
from typing import Any

import httpx
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectionError,
    APIConnectOptions,
    APIError,
    APIStatusError,
    APITimeoutError,
    llm,
    utils,
)
from livekit.agents.types import NOT_GIVEN, NotGivenOr

from voice.errors import SDKMissing

try:
    from ibm_watsonx_ai import APIClient, Credentials
    from ibm_watsonx_ai.foundation_models import ModelInference
    from ibm_watsonx_ai.wml_client_error import WMLClientError
except ImportError as exc:  # pragma: no cover - exercised by test_it_names_the_install_command
    raise SDKMissing("ibm-watsonx-ai", "ibm-watsonx-ai==1.8.1") from exc

PROVIDER = "watsonx"
DEFAULT_URL = "https://us-south.ml.cloud.ibm.com"

# project/space are given explicitly, so the SDK's extra "GET /v2/projects/{id}" is skipped
warnings.filterwarnings(
    "ignore", message=r"\s*When setting `scope_validation` to False", category=UserWarning
)

_last_status: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar(
    "watsonx_last_status", default=None
)


def _remember_status(response: httpx.Response) -> None:
    box = _last_status.get()
    if box is not None:
        box["status"] = response.status_code


async def _aremember_status(response: httpx.Response) -> None:
    _remember_status(response)


class WatsonxLLM(llm.LLM):
    """A watsonx.ai chat model; the API key is exchanged for an IAM token on first use."""

    def __init__(
        self,
        *,
        model_id: str,
        api_key: str,
        url: str = DEFAULT_URL,
        project_id: str | None = None,
        space_id: str | None = None,
        iam_url: str | None = None,
        platform_url: str | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        verify: bool | str = True,
        http_timeout: float = 60.0,
    ) -> None:
        """``iam_url`` is the full token endpoint (default: IBM Cloud's ``/identity/token``).

        ``platform_url`` is only needed when ``url`` is not one of IBM Cloud's regional URLs (a
        dedicated or test deployment); ``verify`` may name a CA bundle file.
        """
        if bool(project_id) == bool(space_id):
            raise ValueError("give exactly one of project_id or space_id")
        if not api_key:
            raise ValueError("api_key is required")
        super().__init__()
        self._model_id = model_id
        self._api_key = api_key
        self._url = url.rstrip("/")
        self._project_id = project_id
        self._space_id = space_id
        self._iam_url = iam_url
        self._platform_url = platform_url
        self._verify = verify
        self._http_timeout = http_timeout
        self._params: dict[str, Any] = {}
        if temperature is not None:
            self._params["temperature"] = temperature
        if max_tokens is not None:
            self._params["max_tokens"] = max_tokens
        self._inference: ModelInference | None = None
        self._clients: tuple[httpx.Client, httpx.AsyncClient] | None = None
        self._build_lock = asyncio.Lock()

    @property
    def model(self) -> str:
        return self._model_id

    @property
    def provider(self) -> str:
        return PROVIDER

    @property
    def temperature(self) -> float | None:
        return self._params.get("temperature")

    @temperature.setter
    def temperature(self, value: float | None) -> None:
        if value is None:
            self._params.pop("temperature", None)
        else:
            self._params["temperature"] = value

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[llm.ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> WatsonxLLMStream:
        return WatsonxLLMStream(
            self,
            chat_ctx=chat_ctx,
            tools=list(tools or []),
            conn_options=conn_options,
            tool_choice=tool_choice,
        )

    async def _prewarm_impl(self) -> None:
        await self._ensure_inference(limit=self._http_timeout)

    async def aclose(self) -> None:
        await super().aclose()
        if self._clients is not None:
            sync_client, async_client = self._clients
            sync_client.close()
            await async_client.aclose()
            self._clients = None
            self._inference = None

    async def _ensure_inference(self, *, limit: float) -> ModelInference:
        if self._inference is None:
            async with self._build_lock:
                if self._inference is None:
                    # the SDK fetches the IAM token with blocking I/O while it is constructed
                    async with asyncio.timeout(limit):
                        self._inference, self._clients = await asyncio.to_thread(
                            self._build_inference
                        )
        return self._inference

    def _build_inference(self) -> tuple[ModelInference, tuple[httpx.Client, httpx.AsyncClient]]:
        verify: bool | ssl.SSLContext = (
            ssl.create_default_context(cafile=self._verify)
            if isinstance(self._verify, str)
            else self._verify
        )
        sync_client = httpx.Client(
            verify=verify,
            timeout=self._http_timeout,
            event_hooks={"response": [_remember_status]},
        )
        async_client = httpx.AsyncClient(
            verify=verify,
            timeout=self._http_timeout,
            event_hooks={"response": [_aremember_status]},
        )
        credentials = Credentials(
            url=self._url,
            api_key=self._api_key,
            auth_url=self._iam_url,
            platform_url=self._platform_url,
        )
        try:
            client = APIClient(
                credentials,
                project_id=self._project_id,
                space_id=self._space_id,
                httpx_client=sync_client,
                async_httpx_client=async_client,
                scope_validation=False,
            )
        except BaseException:
            sync_client.close()
            raise
        inference = ModelInference(
            model_id=self._model_id, api_client=client, validate=False, max_retries=0
        )
        return inference, (sync_client, async_client)


class WatsonxLLMStream(llm.LLMStream):
    def __init__(
        self,
        llm_: WatsonxLLM,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool],
        conn_options: APIConnectOptions,
        tool_choice: NotGivenOr[llm.ToolChoice],
    ) -> None:
        super().__init__(llm_, chat_ctx=chat_ctx, tools=tools, conn_options=conn_options)
        self._wx = llm_
        self._tool_choice = tool_choice

    def _tool_arguments(self) -> dict[str, Any]:
        if not self._tools:
            return {}
        arguments: dict[str, Any] = {
            "tools": llm.ToolContext(self._tools).parse_function_tools("openai", strict=False)
        }
        choice = self._tool_choice
        if isinstance(choice, dict):
            arguments["tool_choice"] = {
                "type": "function",
                "function": {"name": choice["function"]["name"]},
            }
        elif choice in ("auto", "required", "none"):
            arguments["tool_choice_option"] = choice
        return arguments

    async def _run(self) -> None:
        status_box: dict[str, int] = {}
        _last_status.set(status_box)
        timeout = self._conn_options.timeout
        retryable = True
        chunks = None
        request_id = utils.shortuuid("watsonx-")
        calls: dict[int, dict[str, str]] = {}
        usage: dict[str, int] | None = None
        try:
            inference = await self._wx._ensure_inference(limit=timeout)
            messages, _ = self._chat_ctx.to_provider_format("openai")
            for message in messages:
                if message["role"] == "developer":
                    message["role"] = "system"
            async with asyncio.timeout(timeout):
                chunks = await inference.achat_stream(
                    messages=messages,
                    params=dict(self._wx._params) or None,
                    **self._tool_arguments(),
                )
            while True:
                async with asyncio.timeout(timeout):
                    try:
                        chunk = await anext(chunks)
                    except StopAsyncIteration:
                        break
                request_id = chunk.get("id") or request_id
                usage = chunk.get("usage") or usage
                for choice in chunk.get("choices") or []:
                    delta = choice.get("delta") or {}
                    if content := delta.get("content"):
                        retryable = False
                        self._event_ch.send_nowait(
                            llm.ChatChunk(
                                id=request_id,
                                delta=llm.ChoiceDelta(role="assistant", content=content),
                            )
                        )
                    for part in delta.get("tool_calls") or []:
                        _merge_tool_call(calls, part)
            if calls:
                retryable = False
                self._event_ch.send_nowait(
                    llm.ChatChunk(
                        id=request_id,
                        delta=llm.ChoiceDelta(
                            role="assistant",
                            tool_calls=[
                                llm.FunctionToolCall(
                                    name=call["name"],
                                    arguments=call["arguments"] or "{}",
                                    call_id=call["id"] or utils.shortuuid("call_"),
                                )
                                for _, call in sorted(calls.items())
                            ],
                        ),
                    )
                )
            if usage:
                self._event_ch.send_nowait(
                    llm.ChatChunk(
                        id=request_id,
                        usage=llm.CompletionUsage(
                            prompt_tokens=usage.get("prompt_tokens", 0),
                            completion_tokens=usage.get("completion_tokens", 0),
                            total_tokens=usage.get("total_tokens", 0),
                        ),
                    )
                )
        except TimeoutError:
            raise APITimeoutError(retryable=retryable) from None
        except WMLClientError as e:
            status = status_box.get("status", 0)
            if status >= 400:
                raise APIStatusError(
                    f"watsonx: {e}", status_code=status, body=str(e), retryable=retryable
                ) from None
            # an "event: error" frame inside a stream that had started with 200
            raise APIError(f"watsonx: {e}", body=str(e), retryable=retryable) from None
        except httpx.TimeoutException as e:
            raise APITimeoutError(retryable=retryable) from e
        except (httpx.TransportError, ConnectionError) as e:
            raise APIConnectionError(f"watsonx at {self._wx._url}", retryable=retryable) from e
        finally:
            if chunks is not None:
                await chunks.aclose()


def _merge_tool_call(calls: dict[int, dict[str, str]], part: dict[str, Any]) -> None:
    """Tool calls arrive as OpenAI-style deltas: id and name once, arguments in pieces."""
    call = calls.setdefault(part.get("index", 0), {"id": "", "name": "", "arguments": ""})
    call["id"] = part.get("id") or call["id"]
    function = part.get("function") or {}
    call["name"] = function.get("name") or call["name"]
    call["arguments"] += function.get("arguments") or ""
