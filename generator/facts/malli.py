"""Shapes from Metabase's malli schemas, read as data (the :mod:`edn` reader): the MBQL 5
query (``metabase.lib.schema/query``) that the 0.57+ frontend only names as an opaque type.

``(mr/def ::name schema)`` forms of one namespace are collected; a schema becomes a type
string, its ``[:map ...]`` forms named object types.  Schemas of other namespaces are known
only by a few names (ids, strings, counts); the rest are ``Any``.
"""

from __future__ import annotations

from typing import Any

from .edn import EList, EMap, Keyword, Symbol, Vector, read_all

__all__ = ["MBQL5_QUERY", "column_fields", "mbql5_types"]

MBQL5_QUERY = "Mbql5Query"
_SCALARS = {
    "string": "str", "int": "int", "boolean": "bool", "double": "int | float", "keyword": "str",
    "uuid": "str", "any": "Any", "nil": "None", "pos-int?": "int", "int?": "int",
    "integer?": "int", "string?": "str", "boolean?": "bool", "some?": "Any",
    "number?": "int | float", "keyword?": "str", "map?": "dict[str, Any]",
}  # fmt: skip
_FOREIGN = {"non-blank-string": "str", "int-greater-than-or-equal-to-zero": "int"}
_ID_NS = "id"


def _kw(form: Any) -> str | None:
    return form.name if isinstance(form, Keyword) else None


def _head(vec: Vector) -> str | None:
    return _kw(vec.items[0]) if vec.items else None


def _literal_keys(t: dict[str, Any]) -> set[str]:
    return {f["key"] for f in t["fields"] if f["type"].startswith("Literal[")}


def _camel(name: str) -> str:
    return "".join(
        p[:1].upper() + p[1:] for p in name.replace("/", ".").replace("-", ".").split(".")
    )


class _Converter:
    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs
        self.types: dict[str, dict[str, Any]] = {}
        self.busy: set[str] = set()

    def ref(self, kw: Keyword, hint: str) -> str:
        if kw.auto and "/" not in kw.name:
            if kw.name not in self.defs:
                return "Any"
            return self.named(kw.name)
        ns, _, local = kw.name.rpartition("/")
        if kw.auto and ns == _ID_NS:
            return "int"
        if kw.auto and local in _FOREIGN:
            return _FOREIGN[local]
        return _SCALARS.get(kw.name, "Any")

    def named(self, local: str) -> str:
        name = "Mbql5" + _camel(local)
        if name in self.types or local in self.busy:
            return name if name in self.types or local in self.busy else "Any"
        self.busy.add(local)
        text = self.conv(self.defs[local], name)
        self.busy.discard(local)
        return text if name not in self.types else name

    def _items(self, vec: Vector) -> tuple[str | None, dict[str, Any], list[Any]]:
        head = _kw(vec.items[0]) if vec.items else None
        rest = vec.items[1:]
        opts: dict[str, Any] = {}
        if rest and isinstance(rest[0], EMap):
            opts = {(_kw(k) or ""): v for k, v in rest[0].pairs}
            rest = rest[1:]
        return head, opts, rest

    def conv(self, form: Any, hint: str) -> str:
        if isinstance(form, Keyword):
            return self.ref(form, hint)
        if isinstance(form, Symbol):
            return _SCALARS.get(form.name, "Any")
        if not isinstance(form, Vector) or not form.items:
            return "Any"
        head, opts, rest = self._items(form)
        if head == "ref" and rest and isinstance(rest[0], Keyword):
            return self.ref(rest[0], hint)
        if head in ("map", "merge"):
            return self.object(form, hint)
        if head == "and" and rest:
            multi = [
                r for r in rest if isinstance(r, Vector) and r.items and _kw(r.items[0]) == "multi"
            ]
            return self.conv((multi or rest)[0], hint)
        if head in ("=", "enum"):
            vals = [_kw(v) or v for v in rest]
            if vals and all(isinstance(v, str) for v in vals):
                return "Literal[" + ", ".join(repr(v) for v in vals) + "]"
            return "Any"
        if head == "maybe" and rest:
            inner = self.conv(rest[0], hint)
            return inner if inner in ("Any", "None") else f"{inner} | None"
        if head in ("sequential", "vector", "set") and rest:
            return f"list[{self.conv(rest[0], hint + 'Item')}]"
        if head == "map-of" and len(rest) == 2:
            return f"dict[str, {self.conv(rest[1], hint + 'Value')}]"
        if head in ("or", "multi"):
            branches = [b.items[-1] for b in rest if isinstance(b, Vector) and head == "multi"]
            parts = [self.conv(b, f"{hint}{i + 1}") for i, b in enumerate(branches or rest)]
            if "Any" in parts:
                return "Any"
            unique = list(dict.fromkeys(parts))
            if len(unique) > 1 and all("fields" in self.types.get(p, {}) for p in unique):
                self.types[hint] = {"union": sorted(unique)}
                tags = [
                    {f["key"] for f in self.types[p]["fields"] if f["type"].startswith("Literal[")}
                    for p in unique
                ]
                common = sorted(set.intersection(*tags))
                if common:
                    self.types[hint]["tag"] = common[0]
                return hint
            return " | ".join(unique)
        return "Any"

    def fields_of(self, form: Any, hint: str) -> dict[str, dict[str, Any]] | None:
        """The entries of a map schema (``[:merge ...]`` of maps and refs to maps too)."""
        if isinstance(form, Keyword) and form.auto and form.name in self.defs:
            return self.fields_of(self.defs[form.name], hint)
        if not isinstance(form, Vector) or not form.items:
            return None
        head, _, rest = self._items(form)
        if head == "ref" and rest:
            return self.fields_of(rest[0], hint)
        if head == "and" and rest:
            for part in rest:
                found = self.fields_of(part, hint)
                if found is not None:
                    return found
            return None
        if head == "merge":
            out: dict[str, dict[str, Any]] = {}
            for part in rest:
                more = self.fields_of(part, hint)
                if more is None:
                    return None
                out.update(more)
            return out
        if head != "map":
            return None
        out = {}
        for entry in rest:
            if not isinstance(entry, Vector) or not entry.items:
                continue
            key = _kw(entry.items[0]) or (
                entry.items[0] if isinstance(entry.items[0], str) else None
            )
            if key is None:
                continue
            eopts = (
                entry.items[1]
                if len(entry.items) > 2 and isinstance(entry.items[1], EMap)
                else None
            )
            optional = eopts is not None and eopts.get(Keyword("optional")) is True
            schema = entry.items[-1]
            out[key] = {
                "key": key,
                "type": self.conv(schema, hint + _camel(key)),
                "required": not optional,
            }
        return out

    def object(self, form: Any, name: str) -> str:
        self.types[name] = {"fields": [], "additional": None}
        fields = self.fields_of(form, name)
        if fields is None:
            del self.types[name]
            return "dict[str, Any]"
        self.types[name] = {"fields": [fields[k] for k in sorted(fields)], "additional": None}
        return name


def _defs(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for form in read_all(text):
        if (
            isinstance(form, EList)
            and len(form.items) >= 3
            and isinstance(form.items[0], Symbol)
            and form.items[0].local == "def"
            and form.items[0].name.startswith("mr/")
            and isinstance(form.items[1], Keyword)
            and form.items[1].auto
        ):
            out[form.items[1].name] = form.items[-1]
    return out


def mbql5_types(schema_source: str) -> dict[str, dict[str, Any]]:
    """The types of the MBQL 5 query of ``src/metabase/lib/schema.cljc``, the query named
    :data:`MBQL5_QUERY`; empty when the namespace has no ``::query`` map with a ``:lib/type``."""
    defs = _defs(schema_source)
    if "query" not in defs:
        return {}
    conv = _Converter(defs)
    top = conv.named("query")
    if top != MBQL5_QUERY:
        return {}
    q = conv.types[MBQL5_QUERY]
    if not any(f["key"] == "lib/type" for f in q["fields"]):
        return {}
    return conv.types


def column_fields(metadata_source: str) -> list[dict[str, Any]]:
    """The keys of the column metadata map (``::column`` of
    ``src/metabase/lib/schema/metadata.cljc``) as the API writes them: plain keys in
    snake_case, namespaced ones (``lib/source``) as they are; not required, admitting None;
    literal sets as ``str``.
    Empty when the namespace has no such map."""
    defs = _defs(metadata_source)
    if "column" not in defs:
        return []
    conv = _Converter(defs)
    found = conv.fields_of(defs["column"], "Mbql5Column")
    out = []
    for key, f in sorted((found or {}).items()):
        wire = key if "/" in key else key.replace("-", "_")
        text = f["type"] if "Mbql5" not in f["type"] else "Any"
        if text.startswith("Literal["):  # the library's own sets of values: kept open
            text = "str"
        if text not in ("Any", "None") and not text.endswith("| None"):
            text += " | None"
        out.append({"key": wire, "type": text, "required": False})
    return sorted(out, key=lambda f: f["key"])
