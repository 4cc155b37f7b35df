"""What the client templates print, computed in Python: signatures, docstrings, literals.

Templates only loop and branch over these views; every string that ends up in generated code
is built (and escaped) here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.core import naming
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param
from generator.render import links
from generator.runtime.client_runtime import CLIENT_MEMBERS

_LOCATION_WORDS = {"path": "path", "query": "query string", "body": "JSON body"}


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


def _param_doc(param: Param) -> str:
    bits = [param.type.render(), _LOCATION_WORDS[param.location]]
    bits.append("required" if param.needed else "optional")
    if param.default is not None:
        bits.append(f"default {param.default}")
    if param.nullable:
        bits.append("None sends null" if param.location == "body" else "may be None")
    if param.enum:
        bits.append("one of " + ", ".join(repr(v) for v in param.enum))
    bits += _constraints(param)
    if param.name != param.python_name:
        bits.append(f"sent as {param.name!r}")
    line = f"{param.python_name}: " + "; ".join(bits) + "."
    if param.description:
        line += " " + " ".join(param.description.split())
    return line


def method_docstring(ep: Endpoint, version: str) -> str:
    lines = [f"{ep.method} {ep.path}"]
    if ep.description.strip():
        lines += ["", ep.description.strip()]
    if ep.params:
        lines += ["", "Args:"]
        lines += [f"    {_param_doc(p)}" for p in ep.params]
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
    if notes:
        lines += ["", *notes]
    lines += ["", f"Metabase docs: {links.endpoint_url(version, ep)}"]
    return docstring("\n".join(lines), " " * 8)


def method_view(ep: Endpoint, name: str, version: str) -> MethodView:
    path = [p for p in ep.params if p.location == "path"]
    others = [p for p in ep.params if p.location != "path"]
    required = [p for p in others if p.needed]
    optional = [p for p in others if not p.needed]
    sig = [f"{p.python_name}: {annotation(p)}" for p in path]
    if others:
        sig.append("*")
        sig += [f"{p.python_name}: {annotation(p)}" for p in required]
        sig += [f"{p.python_name}: {annotation(p)} = {default_code(p)}" for p in optional]
    query = tuple((py_literal(p.name), p.python_name) for p in others if p.location == "query")
    body_params = tuple(
        (py_literal(p.name), p.python_name)
        for p in others
        if p.location == "body" and not p.whole_body
    )
    whole = [p.python_name for p in others if p.whole_body]
    body = body_params if body_params else None
    return MethodView(
        name=name,
        params=tuple(sig),
        docstring=method_docstring(ep, version),
        deprecated=ep.deprecated,
        warning=py_literal(f"{ep.method} {ep.path} is deprecated by Metabase"),
        method=py_literal(ep.method),
        template=py_literal(path_template(ep.path)),
        path_args=tuple(p.python_name for p in path),
        path_tuple=_tuple_expr([p.python_name for p in path]),
        query=query,
        body=body,
        raw_body=whole[0] if whole else None,
        multipart=ep.body_format == "multipart",
    )


def _tuple_expr(names: list[str]) -> str:
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"


def _imports(endpoints: list[Endpoint]) -> tuple[str, ...]:
    names = {"Any"}  # every method returns Any
    for ep in endpoints:
        for p in ep.params:
            names |= typing_names(p.type)
    return (f"from typing import {', '.join(sorted(names))}",)


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
