"""One client method per endpoint, printed from the surface (generator/core/surface.py): its
signature, docstring, and the request spec the runtime sends it by, computed for
templates/resource.py.j2."""

from __future__ import annotations

from dataclasses import dataclass

from generator.core import route
from generator.core.model import BODY, PATH, Endpoint, Param
from generator.core.surface import MethodSurface, placement
from generator.render import layout, links, typeddicts
from generator.render.literals import annotation, default_code, docstring, py_literal
from generator.render.routes import CALL_OPTIONS, FILE_OPTION

_LOCATION_WORDS = {
    "path": "path",
    "query": "query string",
    "form": "form field or query string",
    "body": "JSON body",
    "multipart": "multipart part",
}
_WHOLE_WORDS = {
    "body": "the whole JSON body, for keys beyond the keyword arguments (which win)",
    "query": "a map of query parameters",
    "form": "a map of query parameters",
    "multipart": "the multipart parts, by name (file parts: bytes, a file, or (name, bytes))",
}


@dataclass(frozen=True)
class MethodView:
    name: str
    params: tuple[str, ...]  # signature entries after self, "*" included
    docstring: str  # a complete Python string literal
    decorators: tuple[str, ...]  # expressions after "@"
    spec_name: str  # the module constant holding the request spec
    spec: str  # the statement "_NAME = RequestSpec(...)", laid out as black lays it out
    args: str  # the tuple of the arguments in the spec's order, with its comma, laid out
    options: tuple[str, ...]  # per-call option keywords passed on to _call
    returns: str = "Any"  # the return annotation: the 2XX response's type
    # returns is not Any: the runtime's Any answer goes through a typed local, ``_result``
    # (a leading underscore: no parameter can have that name, see naming.identifier)
    typed_return: bool = False
    alias: str | None = None  # the naming rule's name, kept for an overridden method


def _param_doc(param: Param) -> str:
    """Where it goes, under which wire name, what the server assumes when it is not sent,
    its constraints: what the annotation does not say."""
    where = (_WHOLE_WORDS if param.whole_body else _LOCATION_WORDS)[param.location]
    bits = [where, "required" if param.needed else "optional"]
    if param.default is not None:
        bits.append(f"not sent by default (the server assumes {param.default})")
    if param.nullable and param.location == BODY:
        bits.append("None sends null")
    bits += param.constraints.words()
    if param.key_path:
        bits.append(f"sent as {'.'.join(param.key_path)!r}")
    elif param.name != param.python_name and not param.whole_body:
        bits.append(f"sent as {param.name!r}")
    line = f"{param.python_name}: " + "; ".join(bits) + "."
    if param.description:
        line += " " + " ".join(param.description.split())
    return line


def method_docstring(m: MethodSurface, version: str) -> str:
    ep = m.endpoint
    params = _in_signature_order(m)
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
    if m.paged:
        notes.append("Paged with limit and offset: client.paginate(method) iterates every item.")
    if m.file_route:
        notes.append("May answer a file: to_file= (a path or a binary file) streams it there.")
    if m.alias:
        notes.append(f"Also reachable as {m.alias}(), the name the naming rule gives.")
    if notes:
        lines += ["", *notes]
    lines += ["", f"Metabase docs: {links.endpoint_url(version, ep)}"]
    return docstring("\n".join(lines), " " * 8)


def _in_signature_order(m: MethodSurface) -> tuple[Param, ...]:
    """Path parameters, then the required keywords, then the optional ones."""
    return (*m.path_params, *m.required, *(p for p in m.keyword_params if not p.needed))


def _signature(m: MethodSurface) -> list[str]:
    sig = [f"{p.python_name}: {annotation(p)}" for p in m.path_params]
    sig.append("*")
    sig += [f"{p.python_name}: {annotation(p)}" for p in m.required]
    sig += [
        f"{p.python_name}: {annotation(p)} = {default_code(p)}"
        for p in m.keyword_params
        if not p.needed
    ]
    options = (*CALL_OPTIONS, FILE_OPTION) if m.file_route else CALL_OPTIONS
    sig += [f"{opt}: {ann} = {default}" for opt, ann, default in options]
    return sig


def _place_node(p: Param) -> layout.Node:
    where = placement(p)
    if where.whole:
        return layout.Group("Place(", (py_literal(where.location), "whole=True"))
    if where.location == PATH:
        return layout.Group("Place(", ('"path"',))
    keys = layout.Group("(", tuple(py_literal(k) for k in where.keys), one_tuple=True)
    return layout.Group("Place(", (py_literal(where.location), keys))


def spec_code(name: str, ep: Endpoint, params: tuple[Param, ...]) -> str:
    """The ``NAME = RequestSpec(...)`` statement of an endpoint: method, path template,
    where each argument goes (in signature order), body format, answer kind, deprecation."""
    places = layout.Group("(", tuple(_place_node(p) for p in params), one_tuple=True)
    parts: list[layout.Node] = [
        py_literal(ep.method),
        py_literal(route.format_template(ep.path)),
        places if params else "()",
    ]
    if ep.body_format != "json":
        parts.append(layout.Keyword("body_format", py_literal(ep.body_format)))
    if ep.returns_kind != "json":
        parts.append(layout.Keyword("answer", py_literal(ep.returns_kind)))
    if ep.deprecated:
        parts.append(layout.Keyword("deprecated", py_literal(_warning(ep))))
    return layout.statement(f"{name} = ", layout.Group("RequestSpec(", tuple(parts)))


def _warning(ep: Endpoint) -> str:
    return f"{ep.method} {ep.path} is deprecated by Metabase"


def _args(names: list[str], depth: int) -> str:
    """The call's tuple of arguments at ``depth`` (inside ``self._call(``), with its comma."""
    return layout.nested(layout.Group("(", tuple(names), one_tuple=True), depth, ",")


def method_view(m: MethodSurface, version: str) -> MethodView:
    ep = m.endpoint
    returns = _returns(ep, m.file_route)
    ordered = _in_signature_order(m)
    decorators: tuple[str, ...] = ()
    if ep.deprecated:
        decorators = (f"deprecated({py_literal(_warning(ep))}, category=None)",)
    return MethodView(
        name=m.name,
        params=tuple(_signature(m)),
        docstring=method_docstring(m, version),
        decorators=decorators,
        spec_name="_" + m.name.upper(),
        spec=spec_code("_" + m.name.upper(), ep, ordered),
        args=_args([p.python_name for p in ordered], 3),
        options=m.options,
        returns=returns,
        typed_return=returns != "Any",
        alias=m.alias,
    )


def _returns(ep: Endpoint, file_route: bool) -> str:
    """The response's type; a route that can answer a file returns None when ``to_file=``
    took it."""
    text = typeddicts.return_annotation(ep)
    return f"{text} | None" if file_route and text not in ("Any", "None") else text
