"""Reading a documentation file as text, refusing what is not text with file:line."""

from __future__ import annotations

from pathlib import Path

from generator.core.diagnostics import InputError


def read_text(path: Path, shown: str) -> str:
    """Read a UTF-8 text file, refusing binary or undecodable content with file:line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, 0, f"cannot read: {exc.strerror}", "io") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(shown, line, "binary file (NUL byte), not API documentation", "binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(shown, line, "not UTF-8 text, not API documentation", "encoding") from None
