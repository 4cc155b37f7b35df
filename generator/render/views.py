"""What the client templates print, computed in Python: signatures, docstrings, literals.

Templates only loop and branch over these views; every string that ends up in generated code
is built (and escaped) here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator.core import naming
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param
from generator.render import links
from generator.runtime import CLIENT_MEMBERS

_LOCATION_WORDS = {
    "path": "path",
    "query": "query string",
    "form": "form field or query string",
    "body": "JSON body",
    "multipart": "multipart part",
}


@dataclass(frozen=True)
class MethodView:
    name: str
    params: tuple[str, ...]  # signature entries after self, "*" included
    docstring: str  # a complete Python string literal
    deprecated: bool
    warning: str  # literal
    method: str  # literal
    template: str  # literal
    path_args: tuple[str, ...]
    path_tuple: str  # the tuple expression of path_args
    query: tuple[tuple[str, str], ...]  # (key literal, python name)
    body: tuple[tuple[str, str], ...] | None
    raw_body: str | None  # python name of a whole-body parameter
    multipart: bool
    # Where Metabase's route reads the rest (docs/facts.md): body values under nested keys
    # ((key path tuple literal, python name)), ring :params reads, sent as a form body when
    # form_body, and a whole map of query parameters (its python name).
    nested: tuple[tuple[str, str], ...] = ()
    form: tuple[tuple[str, str], ...] = ()
    form_body: bool = False
    query_map: str | None = None
    options: tuple[tuple[str, str], ...] = ()  # (keyword, python name) passed on to _call
    decorators: tuple[str, ...] = ()  # expressions after "@"
    paged: bool = False
    file_route: bool = False


@dataclass(frozen=True)
class ResourceView:
    namespace: str
    module: str
    cls: str
    attr: str
    docstring: str
    methods: tuple[MethodView, ...]
    imports: tuple[str, ...]


@dataclass(frozen=True)
class EndpointRow:
    method: str  # literal
    path: str  # literal
    attr: str  # literal
    deprecated: bool
    superuser: bool
    enterprise: bool


@dataclass(frozen=True)
class PackageView:
    package: str
    version: str  # literal
    version_text: str
    resources: tuple[ResourceView, ...]
    endpoints: tuple[EndpointRow, ...]
    module_doc: str


def py_literal(text: str) -> str:
    """A double-quoted Python string literal for any text."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    out.append('"')
    return "".join(out)


def docstring(text: str, indent: str = "") -> str:
    """A triple-quoted docstring literal; quotes, backslashes and control characters in
    ``text`` are escaped so that no documentation can end or break the literal. Lines after
    the first are indented by ``indent``, as black would lay them out."""
    body = []
    for ch in text.strip("\n"):
        if ch == "\\":
            body.append("\\\\")
        elif ch in "\n\t" or ch.isprintable():
            body.append(ch)
        else:
            body.append(ch.encode("unicode_escape").decode("ascii"))
    escaped = "".join(body).replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in escaped.split("\n")]
    if lines[-1].endswith('"'):
        lines[-1] = lines[-1][:-1] + '\\"'
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    rest = [indent + line if line else "" for line in lines[1:]]
    return '"""' + "\n".join([lines[0], *rest]) + "\n" + indent + '"""'


def annotation(param: Param) -> str:
    """The signature annotation: the model's type written as black writes it, with ``List``
    for ``list`` (a resource may have a method named ``list``) and ``| Unset`` when
    optional."""
    text = type_code(param.type)
    if not param.needed and default_code(param) == "UNSET":
        text += " | Unset"
    return text


def default_code(param: Param) -> str:
    """The Python default of an optional parameter: the schema's default when it is a
    scalar (always sent, as the spec wants it), else ``UNSET`` (not sent)."""
    if param.default is None:
        return "UNSET"
    value = json.loads(param.default)
    if isinstance(value, str):
        return py_literal(value)
    if isinstance(value, (bool, int, float)):
        return repr(value)
    return "UNSET"


def type_code(t: tx.T) -> str:
    if t == tx.BYTES:
        return "bytes | IO[bytes] | tuple[str, bytes | IO[bytes]]"  # a file part
    if t.kind is tx.Kind.LIST:
        return f"List[{type_code(t.args[0])}]"
    if t.kind is tx.Kind.DICT:
        return f"dict[{type_code(t.args[0])}, {type_code(t.args[1])}]"
    if t.kind is tx.Kind.LITERAL:
        return "Literal[" + ", ".join(py_literal(v) for v in t.values) + "]"
    if t.kind is tx.Kind.UNION:
        return " | ".join(type_code(a) for a in t.args)
    return t.render()


# The typing names a type needs imported, by the kind of node that uses them.
_TYPING_NAMES = {tx.Kind.LITERAL: "Literal", tx.Kind.LIST: "List", tx.Kind.ANY: "Any"}


def typing_names(t: tx.T) -> set[str]:
    """The names of ``typing`` that ``type_code(t)`` uses."""
    names = {_TYPING_NAMES[n.kind] for n in t.walk() if n.kind in _TYPING_NAMES}
    if tx.BYTES in t.walk():
        names.add("IO")
    return names


def path_template(path: str) -> str:
    """``/api/table/card__:id/fks`` -> ``/api/table/card__{}/fks`` for str.format."""
    parts = re.split(r"(:[A-Za-z0-9_\-?]+|\{[^}]+\})", path)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append("{}")
        else:
            out.append(part.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _constraints(param: Param) -> list[str]:
    words: list[str] = []
    schema = (param.schema or "").lower()
    if "greater than zero" in schema:
        words.append("must be > 0")
    elif "greater than or equal to zero" in schema:
        words.append("must be >= 0")
    if "non-blank" in schema:
        words.append("must not be blank")
    if "cannot be empty" in schema:
        words.append("must not be empty")
    return words


_WHOLE_WORDS = {
    "body": "the whole JSON body (keyword arguments are merged into it)",
    "query": "a map of query parameters",
    "form": "a map of query parameters",
    "multipart": "the multipart parts, by name (file parts: bytes, a file, or (name, bytes))",
}


def _param_doc(param: Param) -> str:
    where = (_WHOLE_WORDS if param.whole_body else _LOCATION_WORDS)[param.location]
    bits = [param.type.render(), where]
    bits.append("required" if param.needed else "optional")
    if param.default is not None:
        bits.append(f"default {param.default}")
    if param.nullable:
        bits.append("None sends null" if param.location == "body" else "may be None")
    if param.enum:
        bits.append("one of " + ", ".join(repr(v) for v in param.enum))
    bits += _constraints(param)
    if param.key_path:
        bits.append(f"sent as {'.'.join(param.key_path)!r}")
    elif param.name != param.python_name and not param.whole_body:
        bits.append(f"sent as {param.name!r}")
    line = f"{param.python_name}: " + "; ".join(bits) + "."
    if param.description:
        line += " " + " ".join(param.description.split())
    return line


# Keyword-only options every generated method takes, after the route's own parameters:
# (name, annotation, default). They go to the runtime's ``_call`` under the same name.
CALL_OPTIONS = (
    ("timeout", "Timeout | Unset", "UNSET"),
    ("extra_query", "Mapping[str, object] | None", "None"),
    ("extra_body", "Mapping[str, object] | None", "None"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("max_retries", "int | None", "None"),
)
FILE_OPTION = ("to_file", "FileTarget | None", "None")
OPTION_NAMES = frozenset([name for name, _, _ in CALL_OPTIONS] + [FILE_OPTION[0]])

# GET routes Metabase pages with ``limit``/``offset`` (its offset-paging middleware) without
# documenting them, as paths with every placeholder written ``*`` and no trailing slash.
# Each is in Metabase's source or docs (docs/client.md, "Paging"); a GET route that documents
# both ``limit`` and ``offset`` pages too.
PAGED_ROUTES = frozenset(
    {
        "/api/user",
        "/api/collection/*/items",
        "/api/collection/root/items",
        "/api/collection/*/dashboard-question-candidates",
        "/api/search",
        "/api/permissions/group",
        "/api/persist",
        "/api/task",
        "/api/cache",
        "/api/ee/tenant",
        "/api/ee/dependencies/graph/breaking",
        "/api/ee/dependencies/graph/unreferenced",
    }
)
# Literal last segments of routes that answer a file (exports and downloads).
_FILE_SEGMENTS = frozenset({"csv", "xlsx", "json", "export", "download"})
_PLACEHOLDER = re.compile(r"^(:[A-Za-z0-9_\-?]+|\{[^}]+\})$")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def route_shape(path: str) -> str:
    """``/api/collection/:id/items/`` -> ``/api/collection/*/items``."""
    return "/" + "/".join("*" if _PLACEHOLDER.match(s) else s for s in _segments(path))


def is_paged(ep: Endpoint) -> bool:
    """Whether the route pages with ``limit``/``offset``: a GET route in ``PAGED_ROUTES``,
    or one that documents both parameters."""
    if ep.method != "GET":
        return False
    names = {p.name for p in ep.params if p.location == "query"}
    return route_shape(ep.path) in PAGED_ROUTES or {"limit", "offset"} <= names


def is_file_route(ep: Endpoint) -> bool:
    """Whether the route can answer a file, from its path (the model has no response types):
    an ``export-format`` placeholder; a last literal segment ``csv``, ``xlsx``, ``json``,
    ``export`` or ``download``; a literal segment containing ``download`` or ``png``; or a
    ``tiles`` segment (PNG map tiles). Uploads (multipart bodies) are not downloads."""
    if ep.body_format == "multipart":
        return False
    segments = _segments(ep.path)
    literals = [s for s in segments if not _PLACEHOLDER.match(s)]
    for s in segments:
        if _PLACEHOLDER.match(s) and s.strip(":{}").replace("_", "-") == "export-format":
            return True
    if literals and literals[-1] in _FILE_SEGMENTS:
        return True
    return any("download" in s or "png" in s or s == "tiles" for s in literals)


def method_docstring(ep: Endpoint, version: str, params: tuple[Param, ...] | None = None) -> str:
    params = ep.params if params is None else params
    lines = [f"{ep.method} {ep.path}"]
    if ep.description.strip():
        lines += ["", ep.description.strip()]
    if params:
        lines += ["", "Args:"]
        lines += [f"    {_param_doc(p)}" for p in params]
    notes = []
    if ep.superuser:
        notes.append("Requires a superuser.")
    if ep.enterprise:
        if ep.enterprise_override:
            notes.append("Paid plans replace this route with their own version.")
        else:
            notes.append("Part of Metabase's paid-plan features.")
    if ep.deprecated:
        notes.append("Deprecated by Metabase.")
    if is_paged(ep):
        notes.append("Paged with limit and offset: client.paginate(method) iterates every item.")
    if is_file_route(ep):
        notes.append("May answer a file: to_file= (a path or a binary file) streams it there.")
    if notes:
        lines += ["", *notes]
    lines += ["", f"Metabase docs: {links.endpoint_url(version, ep)}"]
    return docstring("\n".join(lines), " " * 8)


def _route_params(ep: Endpoint) -> tuple[Param, ...]:
    """The route's parameters as the method takes them: names that are per-call options get
    a trailing ``_`` (still sent under their own name), and paged routes gain optional
    ``limit`` and ``offset`` query parameters when they do not document them."""
    params = [
        replace(p, python_name=p.python_name + "_") if p.python_name in OPTION_NAMES else p
        for p in ep.params
    ]
    if any(p.whole_body and p.location in _BODIES for p in params):
        # the whole body may carry the documented keys: none of them must be passed apart
        params = [
            replace(p, required=False) if p.location in _BODIES and not p.whole_body else p
            for p in params
        ]
    if is_paged(ep):
        taken = {p.python_name for p in params} | {p.name for p in params}
        for name in ("limit", "offset"):
            if name not in taken:
                params.append(Param(name, name, "query", False, tx.INT, type_origin="name"))
    return tuple(params)


def method_view(ep: Endpoint, name: str, version: str) -> MethodView:
    all_params = _route_params(ep)
    path = [p for p in all_params if p.location == "path"]
    others = [p for p in all_params if p.location != "path"]
    required = [p for p in others if p.needed]
    optional = [p for p in others if not p.needed]
    file_route = is_file_route(ep)
    options = (*CALL_OPTIONS, FILE_OPTION) if file_route else CALL_OPTIONS
    sig = [f"{p.python_name}: {annotation(p)}" for p in path]
    sig.append("*")
    sig += [f"{p.python_name}: {annotation(p)}" for p in required]
    sig += [f"{p.python_name}: {annotation(p)} = {default_code(p)}" for p in optional]
    sig += [f"{opt}: {ann} = {default}" for opt, ann, default in options]
    keys = [p for p in others if not p.whole_body]
    query = _keyed(p for p in keys if p.location == "query")
    form = _keyed(p for p in keys if p.location == "form")
    body_params = _keyed(
        p for p in keys if p.location in ("body", "multipart") and len(p.wire_path) == 1
    )
    nested = tuple(
        (_tuple_expr([py_literal(k) for k in p.wire_path]), p.python_name)
        for p in keys
        if p.location == "body" and len(p.wire_path) > 1
    )
    whole = [p.python_name for p in others if p.whole_body and p.location in _BODIES]
    maps = [p.python_name for p in others if p.whole_body and p.location in ("query", "form")]
    body = body_params if body_params or nested else None
    warning = py_literal(f"{ep.method} {ep.path} is deprecated by Metabase")
    return MethodView(
        name=name,
        params=tuple(sig),
        docstring=method_docstring(ep, version, all_params),
        deprecated=ep.deprecated,
        warning=warning,
        method=py_literal(ep.method),
        template=py_literal(path_template(ep.path)),
        path_args=tuple(p.python_name for p in path),
        path_tuple=_tuple_expr([p.python_name for p in path]),
        query=query,
        body=body,
        raw_body=whole[0] if whole else None,
        multipart=ep.body_format == "multipart",
        nested=nested,
        form=form,
        form_body=ep.body_format == "form",
        query_map=maps[0] if maps else None,
        options=tuple((opt, opt) for opt, _, _ in options),
        decorators=(f"deprecated({warning}, category=None)",) if ep.deprecated else (),
        paged=is_paged(ep),
        file_route=file_route,
    )


_BODIES = ("body", "multipart")


def _keyed(params: Iterable[Param]) -> tuple[tuple[str, str], ...]:
    """(wire key literal, python name): the key is what the route reads, not the docs' name."""
    return tuple((py_literal(p.wire_path[-1]), p.python_name) for p in params)


def _tuple_expr(names: list[str]) -> str:
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"


def _imports(endpoints: list[Endpoint]) -> tuple[str, ...]:
    names = {"Any"}  # every method returns Any
    for ep in endpoints:
        for p in ep.params:
            names |= typing_names(p.type)
    runtime = ["UNSET", "Resource", "Timeout", "Unset"]
    if any(is_file_route(ep) for ep in endpoints):
        runtime.append("FileTarget")
    lines = ["from collections.abc import Iterable, Mapping"]
    lines.append("from typing import " + ", ".join(sorted(names)))
    if any(ep.deprecated for ep in endpoints):
        lines.append("from typing_extensions import deprecated")
    lines.append(f"from .._runtime import {', '.join(sorted(runtime))}")
    return tuple(lines)


def package_view(model: ApiModel, package: str) -> PackageView:
    by_ns: dict[str, list[Endpoint]] = {}
    for ep in model.endpoints:
        by_ns.setdefault(ep.namespace, []).append(ep)
    resources = []
    rows = []
    used_attrs: set[str] = set()
    for ns in sorted(by_ns):
        eps = by_ns[ns]
        attr = naming.resource_attr(ns, CLIENT_MEMBERS)
        base_attr, i = attr, 2
        while attr in used_attrs:
            attr, i = f"{base_attr}_{i}", i + 1
        used_attrs.add(attr)
        names = naming.method_names([(e.method, e.path) for e in eps])
        methods = sorted(
            (method_view(e, names[(e.method, e.path)], model.metabase_version) for e in eps),
            key=lambda m: m.name,
        )
        resources.append(
            ResourceView(
                namespace=ns,
                module=attr,
                cls=(
                    naming.resource_class(ns)
                    if attr == naming.resource_attr(ns, CLIENT_MEMBERS)
                    else naming.resource_class(attr)
                ),
                attr=attr,
                docstring=docstring(f"Routes of the {ns!r} namespace ({len(eps)} endpoints)."),
                methods=tuple(methods),
                imports=_imports(eps),
            )
        )
        for e in eps:
            rows.append(
                EndpointRow(
                    method=py_literal(e.method),
                    path=py_literal(e.path),
                    attr=py_literal(f"{attr}.{names[(e.method, e.path)]}"),
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
    )
