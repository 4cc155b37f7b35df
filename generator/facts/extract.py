"""Facts from ``defendpoint`` forms: which request part each bound name is read from."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .edn import EList, EMap, Form, Keyword, Regex, Symbol, Vector, read_forms
from .model import (
    MULTIPART,
    PATH,
    REQUEST,
    UNBOUND,
    WHOLE_BODY,
    WHOLE_QUERY,
    EndpointFacts,
    ParamFact,
)

__all__ = [
    "DEFAULT_PREFIX_RULES",
    "PrefixRule",
    "endpoint_facts",
    "extract_source",
    "find_defendpoints",
    "namespace_of",
    "prefix_rules_from_source",
    "route_prefix",
]

METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
DEFENDPOINT_HEADS = frozenset(
    {
        "defendpoint",
        "defendpoint-schema",
        "defendpoint-async",
        "defendpoint-async-schema",
        "defendpoint*",
    }
)
_SKIP_HEADS = frozenset({"defmacro", "defn", "defn-", "def", "comment", "quote", "syntax-quote"})
_ROUTE_PARAM = re.compile(r":([^\W\d][\w-]*)")

#: A namespace -> URL rewrite: (Python regex, replacement), applied in order.
PrefixRule = tuple[str, str]
DEFAULT_PREFIX_RULES: tuple[PrefixRule, ...] = ((r"^metabase\.api\.", "/api/"),)

# request key -> the location of keys read from it
_REQUEST_TARGETS = {
    "body": "body",
    "params": "form",
    "form-params": "form",
    "query-params": "query",
    "multipart-params": "multipart",
    "route-params": "path",
}


def namespace_of(forms: Iterable[Form]) -> str | None:
    """The name given by the first ``(ns ...)`` form."""
    for form in forms:
        if (
            isinstance(form, EList)
            and len(form.items) > 1
            and form.items[0] == Symbol("ns")
            and isinstance(form.items[1], Symbol)
        ):
            return form.items[1].name
    return None


def find_defendpoints(forms: Iterable[Form]) -> Iterator[EList]:
    """``defendpoint``-family forms, at top level or inside non-defining forms."""
    for form in forms:
        if not isinstance(form, EList) or not form.items:
            continue
        head = form.items[0]
        if isinstance(head, Symbol):
            if head.local in DEFENDPOINT_HEADS:
                method = form.items[1] if len(form.items) > 2 else None
                if isinstance(method, Symbol) and method.name.upper() in METHODS:
                    yield form
                continue
            if head.local in _SKIP_HEADS:
                continue
        yield from find_defendpoints(f for f in form.items if isinstance(f, EList))


def java_replacement(rep: str) -> str:
    """A Java regex replacement string (``$1``) as a Python one (``\\1``)."""
    return re.sub(r"\$(\d)", r"\\\1", rep.replace("\\", "\\\\"))


def prefix_rules_from_source(text: str) -> tuple[PrefixRule, ...]:
    """The ``str/replace`` chain of ``endpoint-name`` in ``metabase.api.common.internal``."""
    try:
        forms = list(read_forms(text))
    except ValueError:
        return DEFAULT_PREFIX_RULES
    for form in forms:
        if (
            isinstance(form, EList)
            and len(form.items) > 1
            and form.items[0] in (Symbol("defn"), Symbol("defn-"))
            and form.items[1] == Symbol("endpoint-name")
        ):
            rules: list[PrefixRule] = []
            _collect_replaces(form, rules)
            return tuple(rules) or DEFAULT_PREFIX_RULES
    return DEFAULT_PREFIX_RULES


def _collect_replaces(form: Form, out: list[PrefixRule]) -> None:
    items: Sequence[Form]
    if isinstance(form, (EList, Vector)):
        items = form.items
    elif isinstance(form, EMap):
        items = [x for kv in form.pairs for x in kv]
    else:
        return
    for item in items:  # children first: nested replaces apply inside out
        _collect_replaces(item, out)
    head = form.items[0] if isinstance(form, EList) and form.items else None
    if isinstance(form, EList) and isinstance(head, Symbol) and head.local == "replace":
        args = [a for a in form.items[1:] if isinstance(a, (Regex, str))]
        if len(args) >= 2 and isinstance(args[-2], Regex) and isinstance(args[-1], str):
            out.append((args[-2].pattern, java_replacement(args[-1])))


def route_prefix(namespace: str, rules: Sequence[PrefixRule]) -> str:
    out = namespace
    for pattern, rep in rules:
        try:
            out = re.sub(pattern, rep, out, count=1)
        except re.error:
            continue
    return out


@dataclass
class _Binder:
    route_params: frozenset[str]
    params: list[ParamFact] = field(default_factory=list)
    whole_body: str | None = None
    whole_query: str | None = None

    def add(self, fact: ParamFact) -> None:
        if fact not in self.params:
            self.params.append(fact)

    def vector(self, args: Vector) -> None:
        items, i = args.items, 0
        while i < len(items):
            it = items[i]
            nxt = items[i + 1] if i + 1 < len(items) else None
            if it == Keyword("as") and nxt is not None:
                self.request(nxt)
                i += 2
            elif it == Symbol("&") and nxt is not None:
                # the docs print the "&" itself: it stands for the remaining query params
                rest = nxt.name if isinstance(nxt, Symbol) else None
                self.add(ParamFact("&", WHOLE_QUERY, local=rest))
                self.destructure(nxt, "form", ())
                i += 2
            elif it == Keyword("<<"):
                i += 2
            elif isinstance(it, Symbol):
                loc = "path" if it.name in self.route_params else "form"
                self.add(ParamFact(it.name, loc))
                i += 1
            else:
                if isinstance(it, (EMap, Vector)):
                    self.destructure(it, "form", ())
                i += 1

    def request(self, form: Form) -> None:
        if isinstance(form, Symbol):
            self.add(ParamFact(form.name, REQUEST))
            return
        if not isinstance(form, EMap):
            return
        for k, v in form.pairs:
            if k == Keyword("keys") and isinstance(v, Vector):
                for e in v.items:
                    if isinstance(e, (Symbol, Keyword)):
                        target = _REQUEST_TARGETS.get(e.local)
                        self.destructure(Symbol(e.local), target or REQUEST, ())
            elif isinstance(k, Keyword) and k.name in ("as", "strs", "syms"):
                for e in v.items if isinstance(v, Vector) else [v]:
                    if isinstance(e, Symbol):
                        self.add(ParamFact(e.name, REQUEST))
            elif k == Keyword("or"):
                continue
            else:
                target = _REQUEST_TARGETS.get(v.name) if isinstance(v, Keyword) else None
                self.destructure(k, target or REQUEST, ())

    def destructure(self, form: Form, target: str, path: tuple[str, ...]) -> None:
        if isinstance(form, Symbol):
            if path:
                self.leaf(form.name, target, path)
            else:
                self.whole(form.name, target)
        elif isinstance(form, EMap):
            for k, v in form.pairs:
                self._map_entry(k, v, target, path)
        elif isinstance(form, Vector):
            for e in form.items:
                if isinstance(e, Symbol) and e.name != "&":
                    self.destructure(e, target, path)

    def _map_entry(self, k: Form, v: Form, target: str, path: tuple[str, ...]) -> None:
        if isinstance(k, Keyword) and k.local in ("keys", "strs", "syms"):
            ns = k.name[: -len(k.local) - 1] if "/" in k.name else None
            for e in v.items if isinstance(v, Vector) else []:
                if isinstance(e, (Symbol, Keyword)):
                    wire = f"{ns}/{e.local}" if ns else e.name
                    self.leaf(e.local, target, (*path, wire))
        elif k == Keyword("as"):
            if isinstance(v, Symbol):
                self.destructure(v, target, path)
        elif k == Keyword("or"):
            return
        else:
            key = _key_name(v)
            if key is not None:
                self.destructure(k, target, (*path, key))

    def whole(self, name: str, target: str) -> None:
        if target == "body":
            self.whole_body = self.whole_body or name
            self.add(ParamFact(name, WHOLE_BODY))
        elif target in ("form", "query"):
            self.whole_query = self.whole_query or name
            self.add(ParamFact(name, WHOLE_QUERY))
        else:
            self.add(ParamFact(name, MULTIPART if target == MULTIPART else REQUEST))

    def leaf(self, name: str, target: str, path: tuple[str, ...]) -> None:
        wire = path[-1]
        if target == "form" and len(path) == 1 and wire in self.route_params:
            target = "path"  # route params are merged into :params
        self.add(
            ParamFact(
                name,
                target,
                wire=wire if wire != name else None,
                key_path=path if len(path) > 1 else None,
            )
        )


def _api_param_name(form: Form) -> str | None:
    """``(su/api-param "name" schema)``: the docs print "name" for this parameter."""
    if (
        isinstance(form, EList)
        and len(form.items) > 1
        and isinstance(form.items[0], Symbol)
        and form.items[0].local == "api-param"
        and isinstance(form.items[1], str)
    ):
        return form.items[1]
    return None


def _key_name(form: Form) -> str | None:
    if isinstance(form, (Keyword, Symbol)):
        return form.name
    if isinstance(form, str):
        return form
    if isinstance(form, int) and not isinstance(form, bool):
        return str(form)
    return None


def _documented(schema: object) -> tuple[list[str], dict[str, str]]:
    """The names a schema map documents, and local name -> the name the docs print for
    those an ``api-param`` renames."""
    documented: list[str] = []
    aliases: dict[str, str] = {}
    if not (
        isinstance(schema, EMap)
        and schema.pairs
        and all(isinstance(k, Symbol) for k, _ in schema.pairs)
    ):
        return documented, aliases
    for k, v in schema.pairs:
        assert isinstance(k, Symbol)
        documented.append(k.name)
        alias = _api_param_name(v)
        if alias is not None and alias != k.name:
            aliases[k.name] = alias
    return documented, aliases


def _as_documented(p: ParamFact, shown: str) -> ParamFact:
    """A binding under the name the docs print for it (its wire key kept)."""
    wire = p.wire_name if p.wire_name != shown else None
    return ParamFact(shown, p.location, p.documented, wire, p.key_path, p.name)


def endpoint_facts(
    form: EList, namespace: str, rules: Sequence[PrefixRule] = DEFAULT_PREFIX_RULES
) -> EndpointFacts | None:
    """The facts of one ``defendpoint`` form (``None`` when it is not of the known shape)."""
    items = form.items
    method_sym = items[1]
    assert isinstance(method_sym, Symbol)
    route_form = items[2]
    if isinstance(route_form, Vector) and route_form.items:
        route_form = route_form.items[0]
    if not isinstance(route_form, str):
        return None
    i = 3
    while i < len(items) and (isinstance(items[i], (str, EMap)) or items[i] == Keyword("-")):
        i += 2 if items[i] == Keyword("-") else 1
    if i >= len(items) or not isinstance(items[i], Vector):
        return None
    args = items[i]
    assert isinstance(args, Vector)
    documented, aliases = _documented(items[i + 1] if i + 1 < len(items) else None)
    route_params = [m.group(1) for m in _ROUTE_PARAM.finditer(route_form)]
    binder = _Binder(frozenset(route_params))
    head = items[0]
    if isinstance(head, Symbol) and head.local.startswith("defendpoint-async"):
        # a plain fn arglist: [request respond raise]
        if args.items:
            binder.request(args.items[0])
        for extra in args.items[1:]:
            if isinstance(extra, Symbol):
                binder.add(ParamFact(extra.name, REQUEST))
    else:
        binder.vector(args)
    bound = {p.name for p in binder.params}
    for name in route_params:
        if name not in bound:
            binder.add(ParamFact(name, PATH))
    doc_set = set(documented)
    params = [
        ParamFact(p.name, p.location, p.name in doc_set, p.wire, p.key_path, p.local)
        for p in binder.params
    ]
    bound = {p.name for p in params}
    params += [ParamFact(n, UNBOUND, True) for n in documented if n not in bound]
    params = [_as_documented(p, aliases[p.name]) if p.name in aliases else p for p in params]
    multipart = bool(method_sym.meta.get("multipart")) or any(
        p.location == MULTIPART for p in params
    )
    path = route_prefix(namespace, rules) + route_form
    return EndpointFacts(
        method=method_sym.name.upper(),
        path=path,
        route=path if path.startswith("/") else None,  # until a mount says otherwise
        namespace=namespace,
        params=tuple(params),
        whole_body=binder.whole_body,
        whole_query=binder.whole_query,
        multipart=multipart,
    )


def extract_source(
    text: str, rules: Sequence[PrefixRule] = DEFAULT_PREFIX_RULES, namespace: str | None = None
) -> list[EndpointFacts]:
    """Facts of every ``defendpoint`` in one Clojure source file."""
    forms = list(read_forms(text))
    ns = namespace or namespace_of(forms)
    if ns is None:
        return []
    out = []
    for form in find_defendpoints(forms):
        facts = endpoint_facts(form, ns, rules)
        if facts is not None:
            out.append(facts)
    return out
