"""Tool schemas built once per tool per process, not at every LLM request.

livekit-agents builds each function tool's JSON schema for every request it sends: a pydantic
model created from the function's signature and docstring, then turned into JSON schema. For
the receptionist's tools that is about 8 ms of CPU per request, all of it on the event loop,
where every call of the process waits for it; at the moment many calls reply at once it adds
up to hundreds of milliseconds. A tool's schema depends only on its function and its name and
description, so it is kept per (function, name, description, options) and copied out.

``install()`` points livekit-agents' two builders (``llm.utils.build_strict_openai_schema`` and
``build_legacy_openai_schema``, which every provider format looks up at call time) at cached
versions. It is idempotent; the factory calls it, so every process that builds a call has it.
"""

from __future__ import annotations

import copy
import functools
import threading
from collections.abc import Callable
from typing import Any

from livekit.agents.llm import utils as llm_utils

_cache: dict[tuple[Any, ...], dict[str, Any]] = {}
_lock = threading.Lock()


def _key(tool: Any, builder: str, options: dict[str, Any]) -> tuple[Any, ...] | None:
    func = getattr(tool, "_func", None)  # a bound tool wraps its class's function
    info = getattr(tool, "info", None)
    if func is None or info is None:
        return None
    return (builder, func, info.name, info.description, tuple(sorted(options.items())))


def _cached(builder: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    if getattr(builder, "__receptionist_cached__", False):
        return builder

    @functools.wraps(builder)
    def build(tool: Any, **options: Any) -> dict[str, Any]:
        key = _key(tool, builder.__name__, options)
        if key is None:
            return builder(tool, **options)
        schema = _cache.get(key)
        if schema is None:
            schema = builder(tool, **options)
            with _lock:
                _cache[key] = schema
        return copy.deepcopy(schema)  # a provider may adjust the schema it is given

    build.__receptionist_cached__ = True  # type: ignore[attr-defined]
    return build


def install() -> None:
    llm_utils.build_strict_openai_schema = _cached(llm_utils.build_strict_openai_schema)
    llm_utils.build_legacy_openai_schema = _cached(llm_utils.build_legacy_openai_schema)
