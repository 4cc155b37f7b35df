"""Where Metabase mounts each API namespace: the route tables read as data.

The server's handler nests ``(context "/api" [] ...)``, and the API route tables nest
``(context "/card" [] (+auth api.card/routes))``: a namespace's ``routes`` var, reached
through any number of ``context`` forms, wrappers (``+auth``, ``(+require-premium-feature
:k msg x)``) and other route tables (``sandbox/routes``, ``(resolve 'ns/routes)``), is served
under the concatenated prefixes.  A map whose keys are routes (``{"/autodescribe" x}``) nests
like a ``context``; a quoted namespace symbol (``'metabase.api.card``, as a namespace handler
takes it) is that namespace's routes.  The result is namespace -> URL prefix, the first one
the walk reaches (compojure tries routes in order), and endpoint facts take their full route
from it (docs/facts.md, "Mounts").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .edn import EList, EMap, Form, Symbol, Vector, read_forms

__all__ = ["ROOT_NAMESPACES", "RouteTables", "mounts_of", "route_tables"]

#: The namespaces holding the server's root handler (the one that nests ``/api``), in order.
ROOT_NAMESPACES = ("metabase.server.routes", "metabase.routes")
#: Without a root handler, the API table is served at ``/api``.
API_TABLE = ("metabase.api.routes", "routes", "/api")
_DEF_HEADS = frozenset({"defroutes", "def"})
_CONTEXT = "context"
_SKIP = frozenset({"comment", "defmacro", "defn", "defn-"})


@dataclass
class RouteTables:
    """The route definitions of one revision: (namespace, var) -> body forms, and each
    namespace's aliases (``[metabase.api.card :as card]``)."""

    defs: dict[tuple[str, str], list[Form]] = field(default_factory=dict)
    aliases: dict[str, dict[str, str]] = field(default_factory=dict)

    def add_source(self, text: str) -> None:
        """The ``defroutes`` / ``def ...routes`` forms of one file (unreadable text: none)."""
        try:
            forms = list(read_forms(text))
        except ValueError:
            return
        ns = _ns_name(forms)
        if ns is None:
            return
        self.aliases[ns] = _aliases(forms)
        for form in forms:
            named = _route_def(form)
            if named is not None:
                self.defs[(ns, named[0])] = named[1]

    def update(self, other: RouteTables) -> None:
        self.defs.update(other.defs)
        self.aliases.update(other.aliases)


def route_tables(texts: Iterable[str]) -> RouteTables:
    tables = RouteTables()
    for text in texts:
        tables.add_source(text)
    return tables


def mounts_of(tables: RouteTables, endpoint_namespaces: Iterable[str]) -> dict[str, str]:
    """namespace -> the URL prefix its routes are served under, for the namespaces that
    hold endpoints and that some route table reaches."""
    walker = _Walker(tables, frozenset(endpoint_namespaces))
    roots = [(ns, "routes", "") for ns in ROOT_NAMESPACES if (ns, "routes") in tables.defs]
    for ns, var, prefix in roots[:1] or [API_TABLE]:
        walker.var(ns, var, prefix, ())
    return walker.found


class _Walker:
    def __init__(self, tables: RouteTables, endpoints: frozenset[str]) -> None:
        self.tables = tables
        self.endpoints = endpoints
        self.found: dict[str, str] = {}

    def var(self, ns: str, var: str, prefix: str, stack: tuple[tuple[str, str], ...]) -> None:
        key = (ns, var)
        if key in stack:
            return
        if var == "routes" and ns in self.endpoints:
            self.found.setdefault(ns, prefix)
        for form in self.tables.defs.get(key, []):
            self.form(form, ns, prefix, (*stack, key))

    def form(self, form: Form, ns: str, prefix: str, stack: tuple[tuple[str, str], ...]) -> None:
        if isinstance(form, Symbol):
            target = self.resolve(form, ns)
            if target is not None:
                self.var(*target, prefix, stack)
        elif isinstance(form, EMap):
            for k, v in form.pairs:
                if isinstance(k, str) and k.startswith("/"):
                    self.form(v, ns, prefix + k.rstrip("/"), stack)
                else:
                    self.form(v, ns, prefix, stack)
        elif isinstance(form, (EList, Vector)):
            items = form.items
            head = items[0] if isinstance(form, EList) and items else None
            if isinstance(head, Symbol) and head.local in _SKIP:
                return
            if isinstance(head, Symbol) and head.local == _CONTEXT and len(items) > 1:
                if isinstance(items[1], str):
                    inner = prefix + items[1].rstrip("/")
                    for item in items[3:]:
                        self.form(item, ns, inner, stack)
                return
            for item in items:
                self.form(item, ns, prefix, stack)

    def resolve(self, sym: Symbol, ns: str) -> tuple[str, str] | None:
        """The (namespace, var) a symbol names, if it is a route definition or the routes
        of a namespace with endpoints."""
        name = sym.name
        if "/" in name and name != "/":
            alias, _, var = name.rpartition("/")
            target_ns = self.tables.aliases.get(ns, {}).get(alias, alias)
        elif name in self.endpoints:  # a namespace named as a whole: its routes
            target_ns, var = name, "routes"
        else:
            target_ns, var = ns, name
        key = (target_ns, var)
        if key in self.tables.defs or (var == "routes" and target_ns in self.endpoints):
            return key
        return None


def _ns_name(forms: list[Form]) -> str | None:
    for form in forms:
        if isinstance(form, EList) and len(form.items) > 1 and form.items[0] == Symbol("ns"):
            return form.items[1].name if isinstance(form.items[1], Symbol) else None
    return None


def _aliases(forms: list[Form]) -> dict[str, str]:
    """alias -> namespace, from the ``(:require [full.name :as alias] ...)`` clause of the
    ``ns`` form and from ``(require '[full.name :as alias])`` calls anywhere in the file."""
    out: dict[str, str] = {}
    stack: list[Form] = list(forms)
    while stack:
        form = stack.pop()
        if not isinstance(form, EList) or not form.items:
            continue
        head = form.items[0]
        if getattr(head, "local", None) == "require":
            for spec in form.items[1:]:
                if isinstance(spec, EList) and spec.items[:1] == [Symbol("quote")]:
                    spec = spec.items[1]
                _alias_spec(spec, out)
        stack.extend(form.items)
    return out


def _alias_spec(spec: Form, out: dict[str, str], prefix: str = "") -> None:
    """One libspec: ``[full.name :as alias]``, or a prefix list ``(full [name :as a] ...)``
    (also written as a vector)."""
    if isinstance(spec, (EList, Vector)) and len(spec.items) > 1:
        first, second = spec.items[0], spec.items[1]
        if isinstance(first, Symbol) and isinstance(second, Vector):
            for inner in spec.items[1:]:
                _alias_spec(inner, out, first.name + ".")
            return
    if not isinstance(spec, Vector) or not spec.items or not isinstance(spec.items[0], Symbol):
        return
    full = prefix + spec.items[0].name
    out.setdefault(full, full)
    rest = spec.items[1:]
    for i, item in enumerate(rest[:-1]):
        alias = rest[i + 1]
        if getattr(item, "name", None) == "as" and isinstance(alias, Symbol):
            out[alias.name] = full


def _route_def(form: Form) -> tuple[str, list[Form]] | None:
    """(var name, body) of ``(defroutes name ...)`` or ``(def name ...)`` whose name ends
    with ``routes`` (``ee-routes``, ``public-routes``)."""
    if not isinstance(form, EList) or len(form.items) < 3:
        return None
    head, name = form.items[0], form.items[1]
    if not isinstance(head, Symbol) or head.local not in _DEF_HEADS:
        return None
    if not isinstance(name, Symbol):
        return None
    if head.local == "def" and not name.name.endswith("routes"):
        return None
    return name.name, list(form.items[2:])
