"""Greetings and prompts with placeholders: `{business_name}` replaced, and nothing else run.

Issue 16, finding 5: `str.format_map` gave whoever wrote a greeting the whole format language:
`{business_name:.>3000000}` padded to megabytes (spoken for minutes, or a MemoryError) and
`{business_name.__class__}` walked attributes. Here a placeholder is exactly `{name}` with a
documented name; `{{` and `}}` are a literal brace. Nothing else is interpreted.

- `template_check` is for what an owner or staff member types: it refuses anything else, saying
  which placeholders exist.
- `template_render` is for what is stored (a greeting saved before these rules, a row edited by
  hand): it never raises. An unknown or unsafe placeholder (`{owner}`, `{business_name:>30}`,
  `{business_name.__class__}`) is dropped, not read aloud, and so is a lone brace: callers hear
  the sentence around it, never code. With `limit`, the result is at most that many characters
  (cut after the last whole sentence or word that fits), and the work done is bounded by the
  limit too, whatever the stored text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# What a greeting may mention; the call configuration fills these in on every call.
PLACEHOLDERS = ("business_name", "hours", "services", "faq", "transfer_number")

# `{{`, `}}`, a `{...}` without braces inside, or a lone brace
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class TemplateError(ValueError):
    """What is wrong with a template, in words for whoever typed it."""


def _named(names: Iterable[str]) -> str:
    return ", ".join("{" + name + "}" for name in names)


def template_check(text: str, *, allowed: Iterable[str] = PLACEHOLDERS) -> None:
    """TemplateError unless every brace in `text` is a documented placeholder or a doubled brace.
    """
    allowed = tuple(allowed)
    for match in _TOKEN.finditer(text):
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}") or name in allowed:
            continue
        if name is None:
            raise TemplateError(
                "A brace is not closed. Placeholders look like {business_name}; to say a brace, "
                "write it twice.")
        shown = token if len(token) <= 40 else token[:37] + "…}"
        raise TemplateError(
            f"{shown} is not a placeholder. Only these placeholders can be used, written "
            f"exactly so: {_named(allowed)}. To say a brace, write it twice.")


def template_render(text: str, values: Mapping[str, str], *, limit: int | None = None,
                    allowed: Iterable[str] = PLACEHOLDERS) -> str:
    """`text` with its placeholders filled in from `values`; never raises (see the module)."""
    allowed = frozenset(allowed) & frozenset(values)
    text = text if isinstance(text, str) else ""
    # no more text is read than can reach the result (a dropped `{...}` adds nothing to it)
    if limit is not None:
        limit = max(limit, 0)
        text = text[: 4 * limit + 64]
    parts: list[str] = []
    size, position = 0, 0
    for match in _TOKEN.finditer(text):
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}"):
            piece = token[0]
        elif name in allowed:
            piece = str(values[name])
            piece = piece if limit is None else piece[: limit + 1]
        else:
            piece = ""
        parts += [text[position:match.start()], piece]
        size += match.start() - position + len(piece)
        position = match.end()
        if limit is not None and size > limit:
            break
    else:
        parts.append(text[position:])
    rendered = "".join(parts)
    return rendered if limit is None else shorten(rendered, limit)


def shorten(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its longest head that ends a sentence (or,
    failing that, a word) and fits."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[: ends[-1]].rstrip()
    cut = head.rsplit(None, 1)[0] if len(head.split(None, 1)) > 1 else head
    return cut.rstrip(" ,;:-")
