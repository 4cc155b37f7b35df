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
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):  # UTF-16 (Windows editors write it): read it as such
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count("\n".encode(codec)) + 1
                raise InputError(
                    shown, line, f"not valid {codec.upper()} text", "encoding"
                ) from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(shown, line, "binary file (NUL byte), not API documentation", "binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(shown, line, "not UTF-8 text, not API documentation", "encoding") from None
