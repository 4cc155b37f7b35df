"""The OpenAPI document itself: found in a page or a file, decoded, and located by line."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.core.diagnostics import InputError
from generator.core.model import METHODS
from generator.core.pointer import escape_pointer

_EMBEDDED = re.compile(r'<script[^>]*\bid="api-reference"[^>]*type="application/json"[^>]*>', re.S)
_EMBEDDED_ALT = re.compile(
    r'<script[^>]*\btype="application/json"[^>]*\bid="api-reference"' r"[^>]*>",
    re.S,
)
_DATA_URL = re.compile(r'<script[^>]*\bid="api-reference"[^>]*\bdata-url="([^"]+)"', re.S)


def pointer(*parts: str) -> str:
    """The JSON pointer of a place in the document: ``/paths/~1api~1card/get``."""
    return "/" + "/".join(escape_pointer(p) for p in parts)


def embedded_spec(html: str, file: str) -> tuple[str, int] | None:
    """The JSON text inside ``<script id="api-reference" type="application/json">`` and the
    line it starts on, or None when the page has no embedded spec."""
    m = _EMBEDDED.search(html) or _EMBEDDED_ALT.search(html)
    if not m:
        return None
    end = html.find("</script>", m.end())
    if end < 0:
        line = html.count("\n", 0, m.end()) + 1
        raise InputError(
            file, line, "embedded OpenAPI document is never closed (truncated?)", "truncated"
        )
    return html[m.end() : end], html.count("\n", 0, m.end())


def data_url(html: str) -> str | None:
    m = _DATA_URL.search(html)
    return m.group(1) if m else None


def load_json(text: str, file: str, line_offset: int = 0) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except RecursionError:
        raise InputError(file, line_offset + 1, "JSON nests too deeply to read", "json") from None
    except json.JSONDecodeError as exc:
        where = f"{exc.msg} (column {exc.colno})"
        if _cut_short(text, exc):
            raise InputError(
                file, exc.lineno + line_offset, f"the document ends early: {where}", "truncated"
            ) from None
        raise InputError(file, exc.lineno + line_offset, f"invalid JSON: {where}", "json") from None
    if not isinstance(doc, dict) or "openapi" not in doc or not isinstance(doc.get("paths"), dict):
        raise InputError(
            file, line_offset + 1, "not an OpenAPI document (no openapi/paths)", "not-openapi"
        )
    return doc


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """The decoder ran out of text: it failed at the end, or in a string never closed."""
    if exc.pos >= len(text.rstrip()):
        return True
    return exc.msg.startswith("Unterminated string") and not re.search(
        r'(?<!\\)"', text[exc.pos + 1 :]
    )


def not_metabase(doc: dict[str, Any]) -> str | None:
    """Why ``doc`` does not look like Metabase's API (every route of Metabase's own documents
    is under ``/api/``), or None when it does."""
    paths = [p for p in doc.get("paths", {}) if isinstance(p, str)]
    outside = [p for p in paths if not p.startswith("/api/") and p != "/api"]
    if not paths or len(outside) * 2 <= len(paths):
        return None
    return (
        f"this does not look like Metabase's API: {len(outside)} of {len(paths)} paths are "
        f"outside /api/ (e.g. {outside[0]}); mbgen reads Metabase's own API documentation"
    )


def line_index(text: str, line_offset: int) -> dict[tuple[str, str], int]:
    """Line numbers of every ``"path" : { ... "method" :`` in a pretty-printed document."""
    out: dict[tuple[str, str], int] = {}
    start = text.find('"paths"')
    if start < 0:
        return out
    current: str | None = None
    line = text.count("\n", 0, start) + 1 + line_offset
    pos = start
    for m in re.finditer(r'^\s*"([^"\n]+)"\s*:', text[start:], re.M):
        here = start + m.start()
        line += text.count("\n", pos, here)  # counted once, piece by piece
        pos = here
        key = m.group(1)
        if key.startswith("/"):
            current = key
        elif current is not None and key.upper() in METHODS and (current, key) not in out:
            out[(current, key)] = line + m.group(0)[: m.group(0).index('"')].count("\n")
    return out
