"""JSON pointers (RFC 6901), as OpenAPI ``$ref``s and diagnostics write them."""

from __future__ import annotations


def unescape_pointer(part: str) -> str:
    """One reference token of a JSON pointer (RFC 6901): ``~1`` is ``/``, ``~0`` is ``~``."""
    return part.replace("~1", "/").replace("~0", "~")


def escape_pointer(part: str) -> str:
    """The reverse of ``unescape_pointer``."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer_parts(ref: str) -> tuple[str, ...]:
    """``#/components/schemas/a~1b`` -> ``("components", "schemas", "a/b")``."""
    return tuple(unescape_pointer(p) for p in ref.removeprefix("#").lstrip("/").split("/"))
