"""A small reader for Clojure source, read as data.

It reads what Metabase's route files contain: lists, vectors, maps, sets, strings, regex
literals, characters, numbers, keywords (``::auto`` ones too), symbols, comments, ``#_``
discards, metadata, quote / syntax-quote / unquote, ``#(...)``, ``#?(...)`` reader
conditionals (the ``:clj`` branch is kept), ``#'var``, ``#:ns{...}`` maps and tagged
literals.  Forms come back as the small data classes below; strings are ``str``, integers
``int``, ``nil``/``true``/``false`` are ``None``/``True``/``False``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Char",
    "EList",
    "EMap",
    "ESet",
    "EdnError",
    "Form",
    "Keyword",
    "Number",
    "Regex",
    "Symbol",
    "Tagged",
    "Vector",
    "read_all",
    "read_forms",
]


class EdnError(ValueError):
    """Raised for text the reader cannot read; ``pos`` is the offset in the text."""

    def __init__(self, message: str, pos: int) -> None:
        super().__init__(f"{message} at offset {pos}")
        self.pos = pos


@dataclass(frozen=True)
class Symbol:
    name: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def local(self) -> str:
        """The name without its namespace (``api/defendpoint`` -> ``defendpoint``)."""
        return self.name.rsplit("/", 1)[-1] if self.name != "/" else self.name


@dataclass(frozen=True)
class Keyword:
    name: str
    auto: bool = False  # read as ``::name``

    @property
    def local(self) -> str:
        return self.name.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Char:
    value: str


@dataclass(frozen=True)
class Regex:
    pattern: str


@dataclass(frozen=True)
class Number:
    text: str


@dataclass
class EList:
    items: list[Form]
    meta: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class Vector:
    items: list[Form]
    meta: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class EMap:
    pairs: list[tuple[Form, Form]]
    meta: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def get(self, key: Form) -> Form | None:
        for k, v in self.pairs:
            if k == key:
                return v
        return None


@dataclass
class ESet:
    items: list[Form]


@dataclass
class Tagged:
    tag: str
    form: Form


Form = (
    bool
    | int
    | str
    | Symbol
    | Keyword
    | Char
    | Regex
    | Number
    | EList
    | Vector
    | EMap
    | ESet
    | Tagged
    | None
)

_WS = re.compile(r"(?:[\s,]+|;[^\n]*|#![^\n]*)+")
_TOKEN = re.compile(r"[^\s,()\[\]{}\"`;^~@\\]+")
_TOKEN_AFTER_CHAR = re.compile(r"[^\s,()\[\]{}\"`;]*")
_INT = re.compile(r"[+-]?(?:0[xX][0-9a-fA-F]+|[0-9]+)N?")
_NUM = re.compile(r"[+-]?[0-9][0-9a-zA-Z.+\-/]*")
_CHAR_NAMES = {
    "newline": "\n",
    "space": " ",
    "tab": "\t",
    "return": "\r",
    "backspace": "\b",
    "formfeed": "\f",
}
_STRING_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "\\": "\\"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}

_DISCARD = object()


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_ws(self) -> None:
        m = _WS.match(self.text, self.pos)
        if m:
            self.pos = m.end()

    def at_end(self) -> bool:
        self.skip_ws()
        return self.pos >= len(self.text)

    def read(self) -> Form:
        """Read one form (discards are skipped)."""
        while True:
            self.skip_ws()
            if self.pos >= len(self.text):
                raise EdnError("unexpected end of input", self.pos)
            form = self._read_one()
            if form is not _DISCARD:
                return form  # type: ignore[return-value]

    def _read_seq(self, closer: str) -> list[Form]:
        items: list[Form] = []
        start = self.pos
        while True:
            self.skip_ws()
            if self.pos >= len(self.text):
                raise EdnError(f"unclosed {_CLOSERS[closer]}", start)
            if self.text[self.pos] == closer:
                self.pos += 1
                return items
            form = self._read_one()
            if form is not _DISCARD:
                items.append(form)  # type: ignore[arg-type]

    def _read_one(self) -> object:
        text, pos = self.text, self.pos
        c = text[pos]
        if c == "(":
            self.pos += 1
            return EList(self._read_seq(")"))
        if c == "[":
            self.pos += 1
            return Vector(self._read_seq("]"))
        if c == "{":
            self.pos += 1
            return _make_map(self._read_seq("}"), pos)
        if c in ")]}":
            raise EdnError(f"unexpected {c}", pos)
        if c == '"':
            return self._read_string()
        if c == "\\":
            return self._read_char()
        if c == "'":
            self.pos += 1
            return EList([Symbol("quote"), self.read()])
        if c == "`":
            self.pos += 1
            return EList([Symbol("syntax-quote"), self.read()])
        if c == "~":
            if text.startswith("~@", pos):
                self.pos += 2
                return EList([Symbol("unquote-splicing"), self.read()])
            self.pos += 1
            return EList([Symbol("unquote"), self.read()])
        if c == "@":
            self.pos += 1
            return EList([Symbol("deref"), self.read()])
        if c == "^":
            self.pos += 1
            meta = _meta_of(self.read())
            target = self.read()
            if isinstance(target, (EList, Vector, EMap)):
                target.meta.update(meta)
            elif isinstance(target, Symbol):
                target = Symbol(target.name, {**target.meta, **meta})
            return target
        if c == "#":
            return self._read_dispatch()
        return self._read_token()

    def _read_dispatch(self) -> object:
        text, start = self.text, self.pos
        if start + 1 >= len(text):
            raise EdnError("lone #", start)
        d = text[start + 1]
        self.pos = start + 2
        if d == "_":
            self.read()
            return _DISCARD
        if d == '"':
            return Regex(self._scan_regex(start))
        if d == "(":
            return EList([Symbol("fn*"), EList(self._read_seq(")"))])
        if d == "{":
            return ESet(self._read_seq("}"))
        if d == "'":
            return EList([Symbol("var"), self.read()])
        if d == "=":
            return EList([Symbol("read-eval"), self.read()])
        if d == "#":
            tok = self._read_token()
            return Symbol("##" + (tok.name if isinstance(tok, Symbol) else str(tok)))
        if d == "?":
            splice = text.startswith("@", self.pos)
            if splice:
                self.pos += 1
            self.skip_ws()
            if not text.startswith("(", self.pos):
                raise EdnError("bad reader conditional", start)
            self.pos += 1
            items = self._read_seq(")")
            for feature, value in zip(items[::2], items[1::2], strict=False):
                if feature in (Keyword("clj"), Keyword("default")):
                    if splice and isinstance(value, (EList, Vector)):
                        return EList([Symbol("splice"), *value.items])
                    return value
            return _DISCARD
        if d == ":":
            self.pos -= 1  # namespaced map: #:ns{...}
            self._read_token()
            self.skip_ws()
            body = self.read()
            return body
        if d == "^":
            self.pos -= 1
            return self._read_one()
        # tagged literal: #inst "...", #uuid "...", #my/tag form
        self.pos = start + 1
        tag = self._read_token()
        form = self.read()
        return Tagged(tag.name if isinstance(tag, Symbol) else str(tag), form)

    def _scan_regex(self, start: int) -> str:
        text, pos = self.text, self.pos
        out: list[str] = []
        while pos < len(text):
            c = text[pos]
            if c == "\\" and pos + 1 < len(text):
                out.append(text[pos : pos + 2])
                pos += 2
                continue
            if c == '"':
                self.pos = pos + 1
                return "".join(out)
            out.append(c)
            pos += 1
        raise EdnError("unclosed regex", start)

    def _read_string(self) -> str:
        text, start = self.text, self.pos
        pos = start + 1
        out: list[str] = []
        while pos < len(text):
            c = text[pos]
            if c == '"':
                self.pos = pos + 1
                return "".join(out)
            if c == "\\" and pos + 1 < len(text):
                e = text[pos + 1]
                if e == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[pos + 2 : pos + 6]):
                    out.append(chr(int(text[pos + 2 : pos + 6], 16)))
                    pos += 6
                    continue
                out.append(_STRING_ESCAPES.get(e, e))
                pos += 2
                continue
            out.append(c)
            pos += 1
        raise EdnError("unclosed string", start)

    def _read_char(self) -> Char:
        text, start = self.text, self.pos
        if start + 1 >= len(text):
            raise EdnError("lone backslash", start)
        first = text[start + 1]
        m = _TOKEN_AFTER_CHAR.match(text, start + 2)
        rest = m.group(0) if (m and first.isalnum()) else ""
        name = first + rest
        self.pos = start + 1 + len(name)
        if len(name) == 1:
            return Char(name)
        if name in _CHAR_NAMES:
            return Char(_CHAR_NAMES[name])
        if name[0] == "u" and len(name) == 5:
            return Char(chr(int(name[1:], 16)))
        if name[0] == "o" and name[1:].isdigit():
            return Char(chr(int(name[1:], 8)))
        # e.g. "\a" directly followed by symbol characters: take the single character only
        self.pos = start + 2
        return Char(first)

    def _read_token(self) -> Form:
        m = _TOKEN.match(self.text, self.pos)
        if not m or not m.group(0):
            raise EdnError(f"unexpected character {self.text[self.pos]!r}", self.pos)
        tok = m.group(0)
        self.pos = m.end()
        return _atom(tok)


def _atom(tok: str) -> Form:
    if tok == "nil":
        return None
    if tok == "true":
        return True
    if tok == "false":
        return False
    if tok.startswith("::"):
        return Keyword(tok[2:], auto=True)
    if tok.startswith(":"):
        return Keyword(tok[1:])
    if _INT.fullmatch(tok):
        t = tok.rstrip("N")
        return int(t, 16) if "x" in t.lower() else int(t)
    if _NUM.fullmatch(tok):
        return Number(tok)
    return Symbol(tok)


def _make_map(items: list[Form], pos: int) -> EMap:
    if len(items) % 2:
        raise EdnError("map literal with an odd number of forms", pos)
    return EMap(list(zip(items[::2], items[1::2], strict=False)))


def _meta_of(form: Form) -> dict[str, Any]:
    if isinstance(form, Keyword):
        return {form.name: True}
    if isinstance(form, EMap):
        out: dict[str, Any] = {}
        for k, v in form.pairs:
            out[k.name if isinstance(k, Keyword) else repr(k)] = v
        return out
    if isinstance(form, (Symbol, str)):
        return {"tag": form}
    return {}


def read_forms(text: str) -> Iterator[Form]:
    """Yield the top-level forms of ``text`` one by one (raises :class:`EdnError`)."""
    reader = _Reader(text)
    while not reader.at_end():
        form = reader._read_one()
        if form is not _DISCARD:
            yield form  # type: ignore[misc]


def read_all(text: str) -> list[Form]:
    """All top-level forms of ``text``."""
    return list(read_forms(text))
