"""Shapes from Metabase's malli schemas, read as data (the :mod:`edn` reader): the MBQL 5
query (``metabase.lib.schema/query``) that the 0.57+ frontend only names as an opaque type.

``(mr/def ::name schema)`` forms of one namespace are collected; a schema becomes a type
string, its ``[:map ...]`` forms named object types.  Schemas of other namespaces are known
only by a few names (ids, strings, counts); the rest are ``Any``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .edn import EdnError, EList, EMap, Keyword, Symbol, Vector, read_all

__all__ = [
    "LEGACY_QUERY_DEFS",
    "MBQL5_QUERY",
    "column_fields",
    "legacy_query_fields",
    "mbql5_types",
]

MBQL5_QUERY = "Mbql5Query"
_SCALARS = {
    "string": "str", "int": "int", "boolean": "bool", "double": "int | float", "keyword": "str",
    "uuid": "str", "any": "Any", "nil": "None", "pos-int?": "int", "int?": "int",
    "integer?": "int", "string?": "str", "boolean?": "bool", "some?": "Any",
    "number?": "int | float", "keyword?": "str", "map?": "dict[str, Any]", "map": "dict[str, Any]",
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
    """Schemas to type strings.  ``defs`` are the root namespace's (keyed by local name);
    with a ``loader`` (namespace -> source text or None), references into other namespaces
    (``::alias/name``, ``:full.ns/name``) are followed too, keyed ``ns/name``."""

    def __init__(
        self,
        defs: dict[str, Any],
        loader: Callable[[str], str | None] | None = None,
        aliases: dict[str, str] | None = None,
        root: str = "",
    ) -> None:
        self.defs = defs
        self.types: dict[str, dict[str, Any]] = {}
        self.busy: set[str] = set()
        self.loader = loader
        self.root = root
        self.aliases: dict[str, dict[str, str]] = {root: aliases or {}}
        self.loaded: set[str] = {root}
        self.stack: list[str] = [root]

    def _load(self, ns: str) -> None:
        if ns in self.loaded or self.loader is None:
            return
        self.loaded.add(ns)
        text = self.loader(ns)
        if text is None:
            return
        try:
            forms = read_all(text)
        except EdnError:
            return
        self.aliases[ns] = _aliases(forms)
        for local, form in _defs_of(forms).items():
            self.defs.setdefault(f"{ns}/{local}", form)

    def resolve(self, kw: Keyword) -> str | None:
        """The ``defs`` key a keyword names, or None."""
        ns = self.stack[-1]
        if kw.auto and "/" not in kw.name:
            target, local = ns, kw.name
        elif kw.auto:
            alias, _, local = kw.name.rpartition("/")
            target = self.aliases.get(ns, {}).get(alias, "")
        elif "/" in kw.name and "." in kw.name.rpartition("/")[0]:
            target, _, local = kw.name.rpartition("/")
        else:
            return None
        if not target:
            return None
        key = local if target == self.root else f"{target}/{local}"
        if key not in self.defs:
            self._load(target)
        return key if key in self.defs else None

    def _ns_of(self, key: str) -> str:
        return key.rpartition("/")[0] if "/" in key else self.root

    def ref(self, kw: Keyword, hint: str) -> str:
        ns, _, local = kw.name.rpartition("/")
        if kw.auto and ns == _ID_NS:
            return "int"
        if kw.auto and local in _FOREIGN:
            return _FOREIGN[local]
        key = self.resolve(kw)
        if key is not None:
            return self.named(key)
        return _SCALARS.get(kw.name, "Any") if not kw.auto else "Any"

    def named(self, key: str) -> str:
        ns, _, local = key.rpartition("/")
        tail = ns.rsplit(".", 1)[-1] if ns else ""
        name = "Mbql5" + (_camel(tail) if tail and ns != self.root else "") + _camel(local)
        if name in self.types or key in self.busy:
            return name if name in self.types else "Any"
        self.busy.add(key)
        self.stack.append(self._ns_of(key))
        text = self.conv(self.defs[key], name)
        self.stack.pop()
        self.busy.discard(key)
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
        if isinstance(form, Keyword):
            key = self.resolve(form)
            if key is None:
                return None
            self.stack.append(self._ns_of(key))
            try:
                return self.fields_of(self.defs[key], hint)
            finally:
                self.stack.pop()
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
    return _defs_of(read_all(text))


def _aliases(forms: list[Any]) -> dict[str, str]:
    """``alias -> namespace`` of the ``(ns ... (:require [x.y :as z] ...))`` form."""
    out: dict[str, str] = {}
    for form in forms:
        if isinstance(form, EList) and form.items and form.items[0] == Symbol("ns"):
            for clause in form.items[2:]:
                if not (isinstance(clause, EList) and clause.items):
                    continue
                if _kw(clause.items[0]) != "require":
                    continue
                for spec in clause.items[1:]:
                    out.update(_alias_of(spec))
    return out


def _alias_of(spec: Any) -> dict[str, str]:
    """``{alias: namespace}`` of one ``[x.y :as z]`` require spec."""
    head = spec.items[0] if isinstance(spec, Vector) and spec.items else None
    if not isinstance(head, Symbol):
        return {}
    items = spec.items
    for i in range(1, len(items) - 1):
        alias = items[i + 1]
        if _kw(items[i]) == "as" and isinstance(alias, Symbol):
            return {alias.name: head.name}
    return {}


def _ns_name(forms: list[Any]) -> str:
    for form in forms:
        if isinstance(form, EList) and len(form.items) > 1 and form.items[0] == Symbol("ns"):
            name = form.items[1]
            return name.name if isinstance(name, Symbol) else ""
    return ""


def _defs_of(forms: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for form in forms:
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


def mbql5_types(
    schema_source: str, loader: Callable[[str], str | None] | None = None
) -> dict[str, dict[str, Any]]:
    """The types of the MBQL 5 query of ``src/metabase/lib/schema.cljc``, the query named
    :data:`MBQL5_QUERY`; empty when the namespace has no ``::query`` map with a ``:lib/type``.
    ``loader`` gives the source of another namespace (for the schemas it refers to)."""
    forms = read_all(schema_source)
    defs = _defs_of(forms)
    if "query" not in defs:
        return {}
    conv = _Converter(defs, loader, _aliases(forms), _ns_name(forms))
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


# The legacy MBQL schema's maps -> the frontend types of the same shape.
LEGACY_QUERY_DEFS: dict[str, tuple[str, ...]] = {
    "Query": ("NativeDatasetQuery", "StructuredDatasetQuery"),
    "MBQLQuery": ("StructuredQuery",),
    "NativeQuery": ("NativeQuery",),
}


_QUERY_BODIES = {"type", "native", "query"}


def legacy_query_fields(schema_source: str) -> dict[str, list[dict[str, Any]]]:
    """Per frontend type of :data:`LEGACY_QUERY_DEFS`, the keys of the legacy MBQL schema
    (``metabase.legacy-mbql.schema``, before 0.52 ``metabase.mbql.schema``) map it stands
    for: not required, admitting None, literal sets as ``str``."""
    defs = _defs(schema_source)
    out: dict[str, list[dict[str, Any]]] = {}
    for name, targets in LEGACY_QUERY_DEFS.items():
        if name not in defs:
            continue
        found = _Converter(defs).fields_of(defs[name], "Legacy" + name) or {}
        fields = []
        for key, f in sorted(found.items()):
            if name == "Query" and key in _QUERY_BODIES:
                continue  # the frontend's members are told apart by these
            text = f["type"]
            if "Legacy" in text or "Mbql5" in text or text.startswith("Literal["):
                text = "Any" if not text.startswith("Literal[") else "str"
            if text not in ("Any", "None") and not text.endswith("| None"):
                text += " | None"
            fields.append({"key": key, "type": text, "required": False})
        for target in targets:
            out[target] = fields
    return out
