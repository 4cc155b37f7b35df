"""The client surface, computed once from a model: for each endpoint, the client attribute of
its resource, its method name, the parameters its signature takes and where each one goes.

Render prints it, ``_endpoints.py`` lists it, diff and ``--usage`` speak of it: every name a
report prints is a name the package has, collisions and overrides included (docs/naming.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from generator.core import naming, route_tables
from generator.core import types as tx
from generator.core.model import BODY_LOCATIONS, PATH, ApiModel, Endpoint, Location, Param
from generator.core.route import Route

# Per-call keyword options every generated method takes after the route's own parameters;
# a route parameter of the same name gets a trailing ``_`` (docs/client.md).
CALL_OPTION_NAMES = ("timeout", "extra_query", "extra_body", "extra_headers", "max_retries")
FILE_OPTION_NAME = "to_file"
OPTION_NAMES = frozenset((*CALL_OPTION_NAMES, FILE_OPTION_NAME))


# The public members of the runtime's ``BaseClient`` and ``AsyncBaseClient``, which no
# resource attribute may take; written out so that naming a method loads no HTTP library
# (tests/unit/core/test_surface.py holds it equal to ``generator.runtime.CLIENT_MEMBERS``).
CLIENT_MEMBERS = frozenset(
    {
        "aclose",
        "base_url",
        "close",
        "initial_backoff",
        "login",
        "logout",
        "max_backoff",
        "max_retries",
        "max_retry_after",
        "paginate",
        "request",
        "session_token",
        "timeout",
        "with_raw_response",
    }
)


@dataclass(frozen=True)
class Placement:
    """Where one argument goes: a location and the wire keys (from the body's root), or the
    whole body / query map (``whole``)."""

    location: Location
    keys: tuple[str, ...]
    whole: bool = False


@dataclass(frozen=True)
class MethodSurface:
    """One generated method."""

    endpoint: Endpoint
    resource: str  # the client attribute of its resource
    name: str
    rule_name: str  # what the naming rule alone gives; differs when an override names it
    params: tuple[Param, ...]  # as the signature takes them (final python names)
    paged: bool
    file_route: bool

    @property
    def qualname(self) -> str:
        """``card.get``: how a script reaches it from a client."""
        return f"{self.resource}.{self.name}"

    @property
    def route(self) -> Route:
        return Route(self.endpoint.method, self.endpoint.path)

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == PATH)

    @property
    def keyword_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location != PATH)

    @property
    def required(self) -> tuple[Param, ...]:
        """The keyword parameters a call must give."""
        return tuple(p for p in self.keyword_params if p.needed)

    @property
    def options(self) -> tuple[str, ...]:
        """The per-call option keywords this method takes."""
        return (*CALL_OPTION_NAMES, FILE_OPTION_NAME) if self.file_route else CALL_OPTION_NAMES

    @property
    def alias(self) -> str | None:
        """The rule's name, kept as an alias of an overridden method (None when the same)."""
        return self.rule_name if self.rule_name != self.name else None


@dataclass(frozen=True)
class ResourceSurface:
    namespace: str
    attr: str
    cls: str
    methods: tuple[MethodSurface, ...]  # sorted by name


@dataclass(frozen=True)
class Surface:
    resources: tuple[ResourceSurface, ...]  # sorted by namespace
    by_route: Mapping[tuple[str, str], MethodSurface]

    def method(self, method: str, path: str) -> MethodSurface:
        """The method of the endpoint ``(method, path)``; KeyError when there is none."""
        return self.by_route[(method, path)]

    def qualnames(self) -> dict[tuple[str, str], str]:
        """``(method, path)`` -> ``card.get``, with the aliases an override keeps."""
        return {k: m.qualname for k, m in self.by_route.items()}

    def resolve(self, qualname: str) -> MethodSurface | None:
        """The method a ``resource.name`` reaches: by its name, or by an override's alias."""
        for m in self.by_route.values():
            if qualname in (m.qualname, f"{m.resource}.{m.alias}"):
                return m
        return None


def placement(param: Param) -> Placement:
    if param.whole_body:
        return Placement(param.location, (), whole=True)
    return Placement(param.location, param.wire_path)


def signature_params(ep: Endpoint) -> tuple[Param, ...]:
    """The route's parameters as the method takes them: names that are per-call options get
    a trailing ``_`` (still sent under their own name); paged routes gain optional ``limit``
    and ``offset`` query parameters when they do not document them. A documented body key
    stays required when the route also takes the whole body (docs/client.md)."""
    params = [
        replace(p, python_name=p.python_name + "_") if p.python_name in OPTION_NAMES else p
        for p in ep.params
    ]
    if any(p.whole_body and p.location in BODY_LOCATIONS for p in params):
        # the whole body is then for keys beyond the documented ones: never required
        params = [replace(p, required=False) if p.whole_body else p for p in params]
    if route_tables.is_paged(ep):
        taken = {p.python_name for p in params} | {p.name for p in params}
        for name in ("limit", "offset"):
            if name not in taken:
                params.append(Param(name, name, "query", False, tx.INT, type_origin="name"))
    return tuple(params)


def _resource_attrs(namespaces: Iterable[str], reserved: frozenset[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    used: set[str] = set()
    for ns in sorted(namespaces):
        attr = base = naming.resource_attr(ns, reserved)
        i = 2
        while attr in used:
            attr, i = f"{base}_{i}", i + 1
        used.add(attr)
        out[ns] = attr
    return out


def _names(eps: list[Endpoint]) -> Mapping[tuple[str, str], tuple[str, str]]:
    """(method, path) -> (name, rule name): the naming rule, then the override table, whose
    names win unless another method of the resource already has the name."""
    return _route_names(tuple((e.method, e.path) for e in eps))


@lru_cache(maxsize=1024)
def _route_names(routes: tuple[tuple[str, str], ...]) -> Mapping[tuple[str, str], tuple[str, str]]:
    """``_names`` of a namespace's routes, worked out once for each set of routes: the
    releases a diff compares share most namespaces route for route."""
    rule = naming.method_names(list(routes))
    out = {k: (v, v) for k, v in rule.items()}
    taken = set(rule.values())
    for key in sorted(routes, key=lambda r: (r[1], r[0])):
        wanted = route_tables.name_override(*key)
        if wanted is None or wanted == rule[key] or wanted in taken:
            continue
        taken.add(wanted)
        out[key] = (wanted, rule[key])
    return MappingProxyType(out)


# The classes a resource module imports from the runtime, and the prefixes a resource's
# class name takes for its async and raw twins (render/views.py).
RUNTIME_CLASSES = frozenset({"Resource", "AsyncResource", "RawResponse", "RequestSpec", "Place"})
TWIN_PREFIXES = ("", "Async", "Raw", "AsyncRaw")


def _class_name(base: str, taken: set[str]) -> str:
    """``CardResource``, unless it or one of its twins (``AsyncCardResource``...) is a
    runtime class or another resource's: then ``Api`` joins the name (the ``async``
    namespace is ``AsyncApiResource``), then a number."""
    name, i = naming.resource_class(base), 2
    while any(p + name in taken for p in TWIN_PREFIXES):
        name = naming.resource_class(f"{base}-api" if i == 2 else f"{base}-api-{i}")
        i += 1
    taken.update(p + name for p in TWIN_PREFIXES)
    return name


def _by_namespace(model: ApiModel) -> dict[str, list[Endpoint]]:
    by_ns: dict[str, list[Endpoint]] = {}
    for ep in model.endpoints:
        by_ns.setdefault(ep.namespace, []).append(ep)
    return by_ns


def build_surface(model: ApiModel, reserved: frozenset[str] = CLIENT_MEMBERS) -> Surface:
    """The surface of ``model``'s client; ``reserved`` are the client's own member names
    (read from the runtime), which no resource attribute may take."""
    by_ns = _by_namespace(model)
    attrs = _resource_attrs(by_ns, reserved)
    classes: set[str] = set(RUNTIME_CLASSES)
    resources = []
    by_route: dict[tuple[str, str], MethodSurface] = {}
    for ns in sorted(by_ns):
        attr = attrs[ns]
        names = _names(by_ns[ns])
        methods = []
        for ep in by_ns[ns]:
            name, rule_name = names[(ep.method, ep.path)]
            m = MethodSurface(
                endpoint=ep,
                resource=attr,
                name=name,
                rule_name=rule_name,
                params=signature_params(ep),
                paged=route_tables.is_paged(ep),
                file_route=route_tables.is_file_route(ep),
            )
            methods.append(m)
            by_route[(ep.method, ep.path)] = m
        methods.sort(key=lambda m: m.name)
        cls = _class_name(ns if attr == naming.resource_attr(ns, reserved) else attr, classes)
        resources.append(ResourceSurface(ns, attr, cls, tuple(methods)))
    return Surface(tuple(resources), by_route)


_SURFACES: dict[tuple[int, frozenset[str]], tuple[ApiModel, Surface]] = {}


def surface_of(model: ApiModel, reserved: frozenset[str] = CLIENT_MEMBERS) -> Surface:
    """``build_surface``, computed once per model: held by the model's identity, since
    hashing a frozen model walks all of it (as long as building the surface takes)."""
    key = (id(model), reserved)
    hit = _SURFACES.get(key)
    if hit is None or hit[0] is not model:
        if len(_SURFACES) >= 16:
            _SURFACES.clear()
        hit = _SURFACES[key] = (model, build_surface(model, reserved))
    return hit[1]


def qualnames_of(
    model: ApiModel, reserved: frozenset[str] = CLIENT_MEMBERS
) -> dict[tuple[str, str], str]:
    """``surface_of(model).qualnames()``, in its order, from the names alone: what
    ``mbgen diff`` needs of every route, without the signatures (half the surface's cost)."""
    hit = _SURFACES.get((id(model), reserved))
    if hit is not None and hit[0] is model:
        return hit[1].qualnames()
    by_ns = _by_namespace(model)
    attrs = _resource_attrs(by_ns, reserved)
    out: dict[tuple[str, str], str] = {}
    for ns in sorted(by_ns):
        names = _names(by_ns[ns])
        for ep in by_ns[ns]:
            key = (ep.method, ep.path)
            out[key] = f"{attrs[ns]}.{names[key][0]}"
    return out
