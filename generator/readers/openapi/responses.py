"""What an operation answers: the type of its successful JSON response (docs/openapi.md)."""

from __future__ import annotations

from typing import Any

from generator.core import types as tx
from generator.core.model import ReturnKind
from generator.readers.openapi.schema_types import Resolver, Where


def _is_json(media: str) -> bool:
    kind = media.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def returns(responses: Any, resolver: Resolver, op: Where) -> tuple[tx.T, ReturnKind]:
    """(type, kind) of the first 2XX response that says something: its JSON schema's type
    ("json"); ``bytes`` for non-JSON content only ("bytes"); ``None`` for a 204 without
    content ("none"); Any when the spec says nothing (Metabase's bare ``2XX``)."""
    if not isinstance(responses, dict):
        return tx.ANY, "json"
    parts, words = op
    codes = sorted(str(c) for c in responses if str(c).startswith("2"))
    for code in codes:
        resp, _ = resolver.deref(responses[code])
        if not isinstance(resp, dict):
            continue
        content = resp.get("content")
        if not isinstance(content, dict) or not content:
            if code == "204":
                return tx.NONE, "none"
            continue
        json_media = [m for m in content if _is_json(str(m))]
        if not json_media:
            return tx.BYTES, "bytes"
        media = json_media[0]
        body = content[media]
        schema = body.get("schema") if isinstance(body, dict) else None
        if schema is None or schema == {}:
            return tx.ANY, "json"
        where = ((*parts, "responses", code, "content", media, "schema"), (*words, "response"))
        return resolver.type_of(schema, where), "json"
    if codes and all(c == "204" for c in codes):
        return tx.NONE, "none"
    return tx.ANY, "json"
