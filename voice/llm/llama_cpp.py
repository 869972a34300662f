"""In-process LLM: llama.cpp (llama-cpp-python) on the shipped Qwen2.5-Coder-0.5B-Instruct Q4 GGUF.

llama.cpp is not re-entrant and keeps one KV cache per model, so everything that touches the model
goes through one ``_Engine`` per loaded model: a lock serialises generations, and each stream has a
cancel flag checked after every token, so an interrupted or pre-empted reply frees the model within
one token instead of decoding to the end. The KV cache is the warm state: llama-cpp-python reuses
the longest common token prefix of the previous prompt, so once the system prompt has been
evaluated (``warm``) a turn only evaluates the new messages. Each LiveKit job (one call) runs in its
own process, so one process sees one system prompt and the prefix stays warm for the whole call.

The prompt is rendered with the GGUF's own chat template by the same ``Jinja2ChatFormatter`` that
``create_chat_completion`` uses, then passed as tokens to ``create_completion``: that is what
``create_chat_completion`` does internally, but it drops caller stopping criteria (our cancel
check) and does not report token counts when streaming.

Tools are not offered to the model: the 0.5B model does not call them reliably (see
shared/notes/voice-latency.md), and describing them costs hundreds of prompt tokens per turn.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    APIConnectOptions,
    llm,
)
from livekit.agents.llm import ToolChoice
from livekit.agents.types import NOT_GIVEN, NotGivenOr
from livekit.agents.utils import is_given

from voice import assets
from voice.errors import local_inference_error

if TYPE_CHECKING:
    from llama_cpp import Llama

logger = logging.getLogger(__name__)

MODEL_LABEL = "qwen2.5-coder-0.5b-instruct-q4"
_LOCK_POLL = 0.05
SAVED_PROMPTS = 8  # warmed system prompts kept as KV snapshots (about 16 MB each)
SNAPSHOT_AFTER = 64  # newly evaluated prompt tokens worth a snapshot


@dataclass(frozen=True)
class _KvSnapshot:
    """The context's tokens and KV cache. `Llama.save_state` also copies its whole logits buffer
    (n_batch x 152k floats, 311 MB for this model), which a cached prefix never needs."""

    input_ids: Any
    data: bytes


def _save_kv(model: Llama) -> _KvSnapshot:
    import ctypes

    import llama_cpp

    size = llama_cpp.llama_state_get_size(model._ctx.ctx)
    buffer = (ctypes.c_uint8 * int(size))()
    used = int(llama_cpp.llama_state_get_data(model._ctx.ctx, buffer, size))
    return _KvSnapshot(input_ids=model.input_ids[: model.n_tokens].copy(),
                       data=ctypes.string_at(buffer, used))


def _load_kv(model: Llama, snapshot: _KvSnapshot) -> None:
    import ctypes

    import llama_cpp

    size = len(snapshot.data)
    buffer = (ctypes.c_uint8 * size).from_buffer_copy(snapshot.data)
    if int(llama_cpp.llama_state_set_data(model._ctx.ctx, buffer, size)) != size:
        raise RuntimeError("could not restore the saved prompt state")
    n = len(snapshot.input_ids)
    model.input_ids[:n] = snapshot.input_ids
    model.n_tokens = n
    model._requires_eval = True  # no live logits: the next generate decodes at least one token


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class LlamaOptions:
    """Sampling settings; any of them can be overridden per call through ``extra_kwargs``."""

    temperature: float = 0.6
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 160
    seed: int | None = None


_OPTION_NAMES = frozenset(f.name for f in fields(LlamaOptions))


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int
    cached_tokens: int
    completion_tokens: int
    first_token_seconds: float


class _Engine:
    """The one door to a loaded model: its lock, its chat template, its stop tokens."""

    def __init__(self, model: Llama) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.model = model
        self.lock = threading.Lock()
        # KV snapshots of warmed system prompts, newest last: another business's call or the
        # after-call analysis overwrites the model's one KV cache, and evaluating a receptionist's
        # 1,300-token prompt again costs ~15 s of CPU, restoring its snapshot a few milliseconds
        self.saved: OrderedDict[tuple[int, ...], Any] = OrderedDict()
        self.restored = 0  # snapshots loaded, for the tests and the curious
        eos = model.token_eos()
        eos_text = model._model.token_get_text(eos)
        template = model.metadata.get("tokenizer.chat_template")
        if not template:
            raise RuntimeError("the GGUF has no chat template")
        self.stop_ids = {eos}
        for special in ("<|im_end|>", "<|endoftext|>"):
            ids = model.tokenize(special.encode(), add_bos=False, special=True)
            if len(ids) == 1:
                self.stop_ids.add(ids[0])
        self._chat = Jinja2ChatFormatter(
            template=template, eos_token=eos_text, bos_token="", stop_token_ids=list(self.stop_ids)
        )
        self._prefix = Jinja2ChatFormatter(
            template=template, eos_token=eos_text, bos_token="", add_generation_prompt=False
        )
        self.stop_strings = [eos_text]

    def tokens(
        self, messages: list[dict[str, Any]], *, generation_prompt: bool = True
    ) -> list[int]:
        fmt = self._chat if generation_prompt else self._prefix
        text = fmt(messages=messages).prompt
        return self.model.tokenize(text.encode("utf-8"), add_bos=False, special=True)

    def fit(self, messages: list[dict[str, Any]], max_tokens: int) -> tuple[list[int], int]:
        """Render the prompt, dropping the oldest turns if it would overflow the context."""
        budget = self.model.n_ctx() - max_tokens
        msgs = list(messages)
        while True:
            toks = self.tokens(msgs)
            first_turn = next((i for i, m in enumerate(msgs) if m["role"] != "system"), None)
            if len(toks) <= budget or first_turn is None or first_turn == len(msgs) - 1:
                break
            del msgs[first_turn]
        if len(toks) > budget:
            max_tokens = max(16, self.model.n_ctx() - len(toks))
            toks = toks[-(self.model.n_ctx() - max_tokens) :]
        return toks, max_tokens

    def cached_prefix(self, tokens: list[int]) -> int:
        return _common_prefix(self.model._input_ids[: self.model.n_tokens], tokens)

    def restore(self, tokens: list[int]) -> int:
        """Load the saved snapshot that shares the longest prefix with `tokens`, when it beats
        what the KV cache holds now; returns the prefix now cached. Call with the lock held."""
        have = self.cached_prefix(tokens)
        best, best_len = None, have
        for key in self.saved:
            n = _common_prefix(key, tokens)
            if n > best_len:
                best, best_len = key, n
        if best is None or best_len - have <= SNAPSHOT_AFTER:  # evaluating a few is cheaper
            return have
        _load_kv(self.model, self.saved[best])
        self.saved.move_to_end(best)
        self.restored += 1
        return self.cached_prefix(tokens)

    def has_snapshot(self, tokens: list[int]) -> bool:
        return any(_common_prefix(key, tokens) >= len(tokens) - SNAPSHOT_AFTER
                   for key in self.saved)

    def save(self, tokens: list[int]) -> None:
        """Snapshot the KV cache after `tokens` were evaluated (with the lock held)."""
        key = tuple(tokens)
        self.saved[key] = _save_kv(self.model)
        self.saved.move_to_end(key)
        while len(self.saved) > SAVED_PROMPTS:
            self.saved.popitem(last=False)

    def acquire(self, cancel: threading.Event) -> bool:
        while not self.lock.acquire(timeout=_LOCK_POLL):
            if cancel.is_set():
                return False
        return True

    def prefill(self, tokens: list[int]) -> None:
        """Evaluate tokens into the KV cache (prefix reuse included), then decode two tokens.

        The decode steps are thrown away (the next prompt's prefix match drops them); they warm
        the single-token path, whose first use is several times slower than later ones.
        """
        gen = self.model.generate(tokens, temp=0.0)
        try:
            for _ in range(3):
                next(gen)
        finally:
            gen.close()

    def stream(self, tokens: list[int], opts: LlamaOptions, cancel: threading.Event) -> Any:
        from llama_cpp import StoppingCriteriaList

        stop_ids = self.stop_ids

        def stop(input_ids: Any, _logits: Any) -> bool:
            return cancel.is_set() or int(input_ids[-1]) in stop_ids

        return self.model.create_completion(
            prompt=tokens,
            stream=True,
            max_tokens=opts.max_tokens,
            temperature=opts.temperature,
            top_p=opts.top_p,
            top_k=opts.top_k,
            min_p=opts.min_p,
            repeat_penalty=opts.repeat_penalty,
            seed=opts.seed,
            stop=self.stop_strings,
            stopping_criteria=StoppingCriteriaList([stop]),
        )


_engines: dict[int, _Engine] = {}
_engines_lock = threading.Lock()


def _engine_for(model: Llama) -> _Engine:
    with _engines_lock:
        engine = _engines.get(id(model))
        if engine is None or engine.model is not model:
            engine = _engines[id(model)] = _Engine(model)
        return engine


def to_messages(chat_ctx: llm.ChatContext) -> list[dict[str, Any]]:
    """LiveKit history -> the roles and plain-text content the Qwen template understands."""
    raw, _ = chat_ctx.to_provider_format("openai")
    out: list[dict[str, Any]] = []
    for msg in raw:
        m = dict(msg)
        if m.get("role") == "developer":
            m["role"] = "system"
        content = m.get("content")
        if isinstance(content, list):
            m["content"] = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        elif content is None:
            m["content"] = ""
        out.append(m)
    return out


class LlamaCppLLM(llm.LLM):
    """Qwen 0.5B in this process. Decodes in a worker thread; never blocks the event loop."""

    def __init__(
        self,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        n_batch: int = 512,
        temperature: float = 0.6,
        top_p: float = 0.9,
        top_k: int = 40,
        min_p: float = 0.05,
        repeat_penalty: float = 1.1,
        max_tokens: int = 160,
        seed: int | None = None,
        cache_dir: Path | str | None = None,
        system_prompt: str = "",
        history_messages: int = 0,
    ) -> None:
        """`system_prompt`, when given, replaces the chat's instructions: a small model's own
        short prompt, whose shared start stays cached (agent_worker/open_turns.py).
        `history_messages` > 0 keeps only that many of the latest messages after the
        instructions: each message the model reads costs ~15 ms of one core."""
        super().__init__()
        if history_messages < 0:
            raise ValueError("history_messages must be 0 (all) or more")
        self.system_prompt = system_prompt
        self._history_messages = history_messages
        if not 512 <= n_ctx <= 32768:
            raise ValueError("n_ctx must be between 512 and 32768 tokens")
        self._n_ctx = n_ctx
        self._n_threads = n_threads or assets.default_llama_threads()
        self._n_batch = n_batch
        self._cache_dir = cache_dir
        self._opts = LlamaOptions(
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            min_p=min_p,
            repeat_penalty=repeat_penalty,
            max_tokens=max_tokens,
            seed=seed,
        )
        self._tools_warned = False

    @property
    def model(self) -> str:
        return MODEL_LABEL

    @property
    def provider(self) -> str:
        return "llama.cpp"

    @property
    def options(self) -> LlamaOptions:
        return self._opts

    def _engine(self) -> _Engine:
        return _engine_for(
            assets.load_llama(
                n_ctx=self._n_ctx,
                n_threads=self._n_threads,
                n_batch=self._n_batch,
                cache_dir=self._cache_dir,
            )
        )

    def messages(self, chat_ctx: llm.ChatContext) -> list[dict[str, Any]]:
        """The chat as this model reads it: its own prompt in place of the instructions, and
        only the latest `history_messages` after it."""
        messages = to_messages(chat_ctx)
        lead = 1 if messages and messages[0]["role"] == "system" else 0
        head, rest = messages[:lead], messages[lead:]
        if self.system_prompt:
            head = [{"role": "system", "content": self.system_prompt}]
        if self._history_messages:
            rest = rest[-self._history_messages:]
            while len(rest) > 1 and rest[0]["role"] == "tool":
                rest = rest[1:]  # never a tool's answer without its call
        return head + rest

    async def _prewarm_impl(self) -> None:
        await asyncio.to_thread(self._engine)

    async def warm(self, system_prompt: str | None = None) -> float:
        """Load the model and evaluate the system prompt into the KV cache; returns seconds spent.

        Call it while the greeting plays: a 600-token prompt costs ~4 s cold and ~0.1 s warm.
        Cancelled (the call ended), a warm still waiting for the model gives up: on a busy
        machine queued warms of finished calls held the worker threads whisper and the voices
        share, then spent seconds of CPU each on prompts no call would use.
        """
        cancel = threading.Event()
        system_prompt = self.system_prompt or system_prompt

        def run() -> float:
            engine = self._engine()
            if not system_prompt:
                return 0.0
            tokens = engine.tokens(
                [{"role": "system", "content": system_prompt}], generation_prompt=False
            )
            started = time.perf_counter()
            if not engine.acquire(cancel):
                return 0.0
            try:
                if cancel.is_set():  # the model came free after the call had ended
                    return 0.0
                if engine.restore(tokens) < len(tokens):
                    engine.prefill(tokens)
                if not engine.has_snapshot(tokens):  # none for a new clock line alone
                    engine.save(tokens)
            finally:
                engine.lock.release()
            return time.perf_counter() - started

        try:
            return await asyncio.to_thread(run)
        except asyncio.CancelledError:
            cancel.set()
            raise
        except Exception as exc:
            raise local_inference_error(exc, provider=self.provider) from exc

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> LlamaCppStream:
        opts = self._opts
        if is_given(extra_kwargs) and extra_kwargs:
            unknown = set(extra_kwargs) - _OPTION_NAMES
            if unknown:
                raise ValueError(f"unsupported llama.cpp options: {sorted(unknown)}")
            opts = replace(opts, **extra_kwargs)
        if tools and not self._tools_warned:
            self._tools_warned = True
            logger.warning("LlamaCppLLM does not offer tools to the model; %d ignored", len(tools))
        return LlamaCppStream(
            self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options, opts=opts
        )


class LlamaCppStream(llm.LLMStream):
    def __init__(
        self,
        llm_: LlamaCppLLM,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool],
        conn_options: APIConnectOptions,
        opts: LlamaOptions,
    ) -> None:
        super().__init__(llm_, chat_ctx=chat_ctx, tools=tools, conn_options=conn_options)
        self._llama = llm_
        self._opts = opts
        self.stats: GenerationStats | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancel = threading.Event()
        request_id = f"llamacpp-{uuid.uuid4().hex[:12]}"
        messages = self._llama.messages(self._chat_ctx)
        opts = self._opts

        def emit(kind: str, value: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, (kind, value))
            except RuntimeError:  # the loop closed while we were decoding
                cancel.set()

        def produce() -> None:
            try:
                engine = self._llama._engine()
                tokens, max_tokens = engine.fit(messages, opts.max_tokens)
                if not engine.acquire(cancel):
                    return
                try:
                    cached = engine.restore(tokens)
                    started = time.perf_counter()
                    first_at: float | None = None
                    stream = engine.stream(tokens, replace(opts, max_tokens=max_tokens), cancel)
                    for chunk in stream:
                        if cancel.is_set():
                            break
                        text = chunk["choices"][0]["text"]
                        if text:
                            first_at = first_at or time.perf_counter()
                            emit("text", text)
                    stream.close()
                    completion = max(0, engine.model.n_tokens - len(tokens))
                    emit(
                        "stats",
                        GenerationStats(
                            prompt_tokens=len(tokens),
                            cached_tokens=cached,
                            completion_tokens=completion,
                            first_token_seconds=(first_at or time.perf_counter()) - started,
                        ),
                    )
                finally:
                    engine.lock.release()
            except Exception as exc:
                emit("error", exc)
            finally:
                emit("end", None)

        loop.run_in_executor(None, produce)
        try:
            while True:
                kind, value = await queue.get()
                if kind == "text":
                    self._event_ch.send_nowait(
                        llm.ChatChunk(
                            id=request_id, delta=llm.ChoiceDelta(role="assistant", content=value)
                        )
                    )
                elif kind == "stats":
                    self.stats = value
                    self._event_ch.send_nowait(
                        llm.ChatChunk(
                            id=request_id,
                            usage=llm.CompletionUsage(
                                completion_tokens=value.completion_tokens,
                                prompt_tokens=value.prompt_tokens,
                                prompt_cached_tokens=value.cached_tokens,
                                cache_read_tokens=value.cached_tokens,
                                total_tokens=value.prompt_tokens + value.completion_tokens,
                            ),
                        )
                    )
                elif kind == "error":
                    raise local_inference_error(value, provider=self._llama.provider) from value
                else:
                    break
        finally:
            # Stop decoding at the next token; do not wait for the thread, the next stream's
            # acquire() does, so an interruption never waits on the old reply.
            cancel.set()
