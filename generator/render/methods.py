"""One client method per endpoint: its signature, docstring, and where each argument goes on
the wire, computed for templates/resource.py.j2."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator.core import types as tx
from generator.core.model import Endpoint, Param
from generator.render import links, typeddicts
from generator.render.literals import (
    annotation,
    default_code,
    docstring,
    path_template,
    py_literal,
)
from generator.render.routes import (
    CALL_OPTIONS,
    FILE_OPTION,
    OPTION_NAMES,
    is_file_route,
    is_paged,
)

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
    returns: str = "Any"  # the return annotation: the 2XX response's type
    # returns is not Any: the runtime's Any answer goes through a typed local, ``_result``
    # (a leading underscore: no parameter can have that name, see naming.identifier)
    typed_return: bool = False


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
        returns=_returns(ep, file_route),
        typed_return=_returns(ep, file_route) != "Any",
        file_route=file_route,
    )


_BODIES = ("body", "multipart")


def _returns(ep: Endpoint, file_route: bool) -> str:
    """The response's type; a route that can answer a file returns None when ``to_file=``
    took it."""
    text = typeddicts.return_annotation(ep)
    return f"{text} | None" if file_route and text not in ("Any", "None") else text


def _keyed(params: Iterable[Param]) -> tuple[tuple[str, str], ...]:
    """(wire key literal, python name): the key is what the route reads, not the docs' name."""
    return tuple((py_literal(p.wire_path[-1]), p.python_name) for p in params)


def _tuple_expr(names: list[str]) -> str:
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"
