"""Answer fact type strings to the model's types, and the object schemas they reach.

Types come from sources: source 0 is the MBQL table (generator/app/mbql.py), then the
matched answer snapshot, then the snapshots routes are borrowed from. A name is resolved in
its own source. Each object type reached becomes one ``ObjectSchema``, named when first
reached (docs/typeddicts.md): its own name unless a spec schema, a reserved name or another
source's different type has it; the same type in two sources is one schema.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from generator.app.mbql import DATASET_QUERY
from generator.core import types as tx
from generator.core.model import ObjectSchema, SchemaField
from generator.facts.answers import AnswerType

# The longest name a fact type keeps (a TypedDict's name must fit a line).
MAX_NAME = 60
QUERY_KEY = "dataset_query"
# an answer schema's ``source``: a snapshot's type, or a type of the MBQL table
SOURCES = ("answer facts: ", "MBQL keys: ")
_TOKEN = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[A-Za-z_][A-Za-z0-9_]*")
_BUILTIN = frozenset({"int", "str", "bool", "float", "bytes", "Any", "None", "Literal"})
_BUILTIN |= {"list", "dict"}


class Converter:
    """Fact type strings to the model's types; the object types met become schemas."""

    def __init__(self, queries: Mapping[str, AnswerType], taken: set[str]) -> None:
        self.sources: list[Mapping[str, AnswerType]] = [queries]
        self.used = set(taken)
        self.names: dict[tuple[int, str], str] = {}
        self.emitted: dict[str, ObjectSchema] = {}
        self._by_name: dict[str, list[tuple[int, str]]] = {}  # fact name -> (source, schema)

    def add(self, types: Mapping[str, AnswerType]) -> int:
        """Another source of types; its number."""
        self.sources.append(types)
        return len(self.sources) - 1

    def query(self) -> tx.T:
        """The union of the query types."""
        return self.named(DATASET_QUERY, 0)

    def type(self, text: str, src: int = 0, aliases: frozenset[str] = frozenset()) -> tx.T:
        """The type a fact type string names in source ``src`` (an unknown name is Any)."""
        read = _read(text)
        if read is None:
            return tx.ANY
        parsed, refs = read
        return self._resolve(parsed, refs, src, aliases) if refs else parsed

    def _resolve(self, t: tx.T, refs: tuple[str, ...], src: int, aliases: frozenset[str]) -> tx.T:
        if t.kind is tx.Kind.REF:
            return self.named(refs[int(t.name[4:])], src, aliases)
        if not t.args:
            return t
        args = [self._resolve(a, refs, src, aliases) for a in t.args]
        if t.kind is tx.Kind.UNION:
            return tx.union(args)
        return tx.T(t.kind, t.name, tuple(args), t.values)

    def named(self, name: str, src: int, aliases: frozenset[str] = frozenset()) -> tx.T:
        at = self.sources[src].get(name)
        if at is None or name in aliases:
            return tx.ANY  # unknown, or an alias of itself
        inner = aliases | {name}
        if at.alias is not None:
            return self.type(at.alias, src, inner)
        if at.union:
            return tx.union([self.named(m, src, inner) for m in at.union])
        if not at.fields:
            return tx.dict_of(self.type(at.additional, src, inner) if at.additional else tx.ANY)
        key = (src, name)
        if key not in self.names:
            self.names[key] = self._name(src, name, at)
            py = self.names[key]
            if py not in self.emitted:
                self.emitted[py] = self._schema(at, py, src)  # refs to itself: named by now
        return tx.ref(self.names[key])

    def _name(self, src: int, name: str, at: AnswerType) -> str:
        for other, py in self._by_name.get(name, ()):
            if self.sources[other].get(name) == at:
                return py  # the same type in another source: one schema
        py = fresh_name(name, self.used)
        self.used.add(py)
        self._by_name.setdefault(name, []).append((src, py))
        return py

    def _schema(self, at: AnswerType, py: str, src: int) -> ObjectSchema:
        fields = []
        for f in at.fields:
            query = self._query_type(f.type) if f.key == QUERY_KEY else None
            fields.append(SchemaField(f.key, query or self.type(f.type, src), f.required))
        extra = self.type(at.additional, src) if at.additional else None
        origin = SOURCES[1] if src == 0 else SOURCES[0]
        return ObjectSchema(py, f"{origin}{at.name}", tuple(fields), extra)

    def _query_type(self, text: str) -> tx.T | None:
        """A ``dataset_query`` the facts type as a query (a name with ``DatasetQuery``): the
        MBQL table's query types instead, in every release (native or structured when the
        facts say which); None for anything else (a virtual card's bare map, ``Any``)."""
        read = _read(text)
        names = [n for n in read[1] if "DatasetQuery" in n] if read else []
        if not names or read is None:
            return None
        members = []
        for n in names:
            if "Native" in n:
                members.append(self.named("MbqlNativeDatasetQuery", 0))
            elif "Structured" in n:
                members.append(self.named("MbqlStructuredDatasetQuery", 0))
            else:
                members.append(self.query())
        t = tx.union(members)
        return tx.nullable(t) if read[0].nullable else t


@cache
def _read(text: str) -> tuple[tx.T, tuple[str, ...]] | None:
    """A type string parsed with every name as a placeholder ``Xref<i>``, and the names;
    None when it is not of the model's grammar."""
    refs: list[str] = []

    def token(m: re.Match[str]) -> str:
        word = m.group(0)
        if word[0] in "'\"" or word in _BUILTIN:
            return word
        refs.append(word)
        return f"Xref{len(refs) - 1}"

    try:
        return tx.parse(_TOKEN.sub(token, text)), tuple(refs)
    except ValueError:
        return None


def fresh_name(name: str, used: set[str]) -> str:
    """A fact type's schema name: its own, CamelCase and at most MAX_NAME long, unless used
    (a spec schema, another type) or reserved: then ``Answer`` appended, then ``_2``, ``_3``."""
    base = re.sub(r"[^A-Za-z0-9_]", "", name)[:MAX_NAME] or "Answer"
    base = base[0].upper() + base[1:] if base[0].isalpha() else "Answer" + base
    cand = base
    if cand in used or not tx.is_schema_name(cand):
        cand = base + "Answer"
    i = 2
    while cand in used or not tx.is_schema_name(cand):
        cand = f"{base}Answer_{i}"
        i += 1
    return cand
