"""Schema-valid sample values for an OpenAPI document, to drive a generated client at Prism."""

from __future__ import annotations

import re
from typing import Any

from generator.core.model import Endpoint

UUID = "123e4567-e89b-12d3-a456-426614174000"
_NOTES = {"description", "title"}  # keys that constrain nothing


class Sampler:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, schema: Any, seen: tuple[str, ...] = ()) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            if schema["$ref"] in seen:
                return {}
            seen = (*seen, schema["$ref"])
            node: Any = self.document
            for part in schema["$ref"][2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def value(self, schema: Any, depth: int = 0) -> Any:  # noqa: C901 - one dispatch on schema
        s = self.deref(schema)
        if not isinstance(s, dict) or depth > 8:
            return 1
        if "const" in s:
            return s["const"]
        if s.get("enum"):
            return s["enum"][0]
        if "default" in s and s["default"] is not None:
            return s["default"]
        for key in ("oneOf", "anyOf"):
            if key in s:
                options = [self.deref(o) for o in s[key]]
                real = [o for o in options if o.get("type") != "null"]
                # The simplest option: a primitive before an object, so oneOf stays unambiguous.
                real.sort(key=lambda o: 0 if o.get("type") in ("integer", "boolean") else 1)
                return self.value(real[0], depth + 1) if real else None
        if "allOf" in s:
            out: dict[str, Any] = {}
            for part in s["allOf"]:
                if not set(self.deref(part)) - _NOTES:
                    continue  # `{}` or a description only: every value satisfies it
                v = self.value(part, depth + 1)
                if not isinstance(v, dict):
                    return v
                out.update(v)
            return out
        kind = s.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind in ("integer", "number"):
            return max(int(s.get("minimum", 1)), 1)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if kind == "string":
            pattern = s.get("pattern", "")
            if s.get("format") == "uuid":
                return UUID
            if pattern:
                made = from_pattern(pattern)
                if made is not None:
                    return made
            return "x" * max(int(s.get("minLength", 1)), 1)
        if kind == "array" or "items" in s:
            n = max(int(s.get("minItems", 1)), 1)
            return [self.value(s.get("items", {}), depth + 1) for _ in range(n)]
        if kind == "object" or "properties" in s:
            props = s.get("properties", {})
            req = s.get("required", [])
            out = {k: self.value(v, depth + 1) for k, v in props.items() if k in req}
            if len(out) < int(s.get("minProperties", 0)):
                extra = s.get("additionalProperties")
                out["x"] = self.value(extra if isinstance(extra, dict) else {}, depth + 1)
            return out
        return "x"


_TOKEN = re.compile(r"\\d|\[([^\]]+)\]|\\(.)|([^\\\[{}()|*+?^$.])")


def from_pattern(pattern: str) -> str | None:
    """A string matching a simple pattern: classes (``\\d``, ``[a-f0-9]``) and literals,
    each optionally repeated ``{n}``; None for anything richer."""
    body = pattern.removeprefix("^").removesuffix("$")
    out: list[str] = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if not m:
            return None
        if m.group(0) == "\\d":
            char = "1"
        elif m.group(1) is not None:
            char = m.group(1).lstrip("^")[0]
        else:
            char = m.group(2) or m.group(3)
        pos = m.end()
        rep = re.match(r"\{(\d+)(?:,\d*)?\}", body[pos:])
        count = 1
        if rep:
            count = int(rep.group(1))
            pos += rep.end()
        out.append(char * count)
    text = "".join(out)
    return text if re.fullmatch(pattern, text) or re.search(pattern, text) else None


def auth_header(document: dict[str, Any]) -> dict[str, str]:
    """The header credential the document's own security scheme names (Prism answers 401
    without it): 0.59's spec names the session header, 0.63's the API-key header."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    names = [s["name"] for s in schemes.values() if s.get("in") == "header" and "name" in s]
    return {(names[0] if names else "X-Metabase-Session"): "t"}


def answer_schema(spec: dict[str, Any], e: Endpoint) -> Any:
    """The JSON schema of the endpoint's first 2XX answer in the spec; None when it has none."""
    op = spec["paths"][e.path][e.method.lower()]
    resp = next((r for c, r in sorted(op["responses"].items()) if str(c).startswith("2")), {})
    return resp.get("content", {}).get("application/json", {}).get("schema")
