"""What the package templates print, computed in Python: resources, their imports, the
endpoint table. Templates only loop and branch over these views; every string that ends up
in generated code is built (and escaped) here or in literals.py and methods.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.core.model import ApiModel, Endpoint
from generator.core.surface import surface_of
from generator.render import typeddicts
from generator.render.literals import docstring, py_literal
from generator.render.methods import MethodView, method_view


@dataclass(frozen=True)
class ResourceView:
    namespace: str
    module: str
    cls: str
    attr: str
    docstring: str
    methods: tuple[MethodView, ...]
    imports: tuple[str, ...]
    async_cls: str  # the same methods, awaited (AsyncClient's)
    async_docstring: str
    raw_cls: str  # for type checkers: the methods of with_raw_response
    async_raw_cls: str
    raw_docstring: str


@dataclass(frozen=True)
class EndpointRow:
    method: str  # literal
    path: str  # literal
    attr: str  # literal
    deprecated: bool
    superuser: bool
    enterprise: bool


@dataclass(frozen=True)
class ClientView:
    """One client class of client.py: the sync one or the async one."""

    name: str
    base: str
    http: str  # the annotation of its ``http=`` pool
    raw_name: str  # the type of its ``with_raw_response`` (for type checkers)
    is_async: bool
    docstring: str


_SYNC_DOC = """Metabase {v} API client.

``Client(url, username=..., password=...)``, ``Client(url, api_key=...)`` or
``Client(url, session_token=...)``; ``timeout`` (seconds, or a (connect, read) pair) and
``max_retries`` (of GET, HEAD, PUT and DELETE) are defaults each call can override.
``with Client(...) as mb:`` logs out a password session and closes the pool on exit.
``mb.with_raw_response.card.get(1)`` answers a RawResponse (status, headers, bytes)."""

_ASYNC_DOC = """Metabase {v} API client for asyncio, on httpx (``pip install '{dist}[async]'``).

The same resources, methods, arguments and answers as ``Client``, awaited:
``async with AsyncClient(url, api_key=...) as mb: card = await mb.card.get(1)``. One login
is shared by every task; ``async for item in mb.paginate(mb.user.list)`` pages."""


def client_views(version: str, package: str) -> tuple[ClientView, ...]:
    dist = package.replace("_", "-")
    return (
        ClientView(
            "Client",
            "BaseClient",
            "requests.Session",
            "RawClient",
            False,
            docstring(_SYNC_DOC.format(v=version), " " * 4),
        ),
        ClientView(
            "AsyncClient",
            "AsyncBaseClient",
            "httpx.AsyncClient",
            "AsyncRawClient",
            True,
            docstring(_ASYNC_DOC.format(v=version, dist=dist), " " * 4),
        ),
    )


@dataclass(frozen=True)
class PackageView:
    package: str
    version: str  # literal
    version_text: str
    resources: tuple[ResourceView, ...]
    endpoints: tuple[EndpointRow, ...]
    module_doc: str
    clients: tuple[ClientView, ...]


# What a resource module may import, by the module it comes from; each is imported only
# when the module's code uses it (ruff's F401 finds nothing in generated code).
_IMPORTABLE = (
    ("collections.abc", ("Mapping",)),
    ("typing", ("IO", "TYPE_CHECKING", "Any", "List", "Literal")),
    ("typing_extensions", ("deprecated",)),
    (
        "_runtime",
        (
            "UNSET",
            "AsyncResource",
            "FileTarget",
            "Place",
            "RawResponse",
            "RequestSpec",
            "Resource",
            "Timeout",
            "Unset",
        ),
    ),
)
# What every resource module uses: its two classes' bases and the raw views' types.
_ALWAYS = {"Resource", "AsyncResource", "RawResponse", "TYPE_CHECKING"}


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"' + r"|'(?:[^'\\]|\\.)*'")


def _imports(methods: tuple[MethodView, ...], endpoints: list[Endpoint]) -> tuple[str, ...]:
    """The import lines of a resource module: exactly the names its code uses."""
    code = "\n".join("\n".join((*m.params, m.returns, m.spec, *m.decorators)) for m in methods)
    code = _STRINGS.sub('""', code)  # a name inside a string literal is not a use
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", code)) | _ALWAYS
    lines = []
    for module, names in _IMPORTABLE:
        wanted = [n for n in names if n in used]
        if not wanted:
            continue
        source = ".._runtime" if module == "_runtime" else module
        lines.append(f"from {source} import {', '.join(sorted(wanted))}")
    lines += typeddicts.schema_imports(t for ep in endpoints for t in typeddicts.endpoint_types(ep))
    return tuple(lines)


def package_view(model: ApiModel, package: str) -> PackageView:
    surface = surface_of(model)
    resources = []
    rows = []
    for r in surface.resources:
        methods = tuple(method_view(m, model.metabase_version) for m in r.methods)
        eps = [m.endpoint for m in r.methods]
        resources.append(
            ResourceView(
                namespace=r.namespace,
                module=r.attr,
                cls=r.cls,
                attr=r.attr,
                docstring=docstring(
                    f"Routes of the {r.namespace!r} namespace ({len(eps)} endpoints)."
                ),
                methods=methods,
                imports=_imports(methods, eps),
                async_cls="Async" + r.cls,
                async_docstring=docstring(
                    f"Routes of the {r.namespace!r} namespace, awaited (AsyncClient's)."
                ),
                raw_cls="Raw" + r.cls,
                async_raw_cls="AsyncRaw" + r.cls,
                raw_docstring=docstring(
                    "with_raw_response's view: each method returns the RawResponse.", " " * 8
                ),
            )
        )
        for m in r.methods:
            e = m.endpoint
            rows.append(
                EndpointRow(
                    method=py_literal(e.method),
                    path=py_literal(e.path),
                    attr=py_literal(m.qualname),
                    deprecated=e.deprecated,
                    superuser=e.superuser,
                    enterprise=e.enterprise,
                )
            )
    rows.sort(key=lambda r: (r.path, r.method))
    return PackageView(
        package=package,
        version=py_literal(model.metabase_version),
        version_text=model.metabase_version,
        resources=tuple(resources),
        endpoints=tuple(rows),
        module_doc=docstring(
            f"Typed client for the Metabase {model.metabase_version} API.\n\n"
            f"Generated by mbgen from the {model.source_format} docs; do not edit: "
            "regenerate with `mbgen generate`.",
        ),
        clients=client_views(model.metabase_version, package),
    )
