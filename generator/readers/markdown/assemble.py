"""Turn raw endpoints read from Markdown into model endpoints.

Here the model's rules are applied: artefact parameters are dropped, every ``:name`` of a
path becomes a required path parameter, the rest go to the query string (GET, DELETE) or the
JSON body (POST, PUT, PATCH), prose is typed, and Enterprise overrides are merged.
"""

from __future__ import annotations

from generator.core import flags, naming, route
from generator.core.diagnostics import Diagnostics
from generator.core.model import Endpoint, Param, SourceRef
from generator.readers.markdown.artefacts import artefact_rule
from generator.readers.markdown.page import RawEndpoint, RawParam
from generator.readers.params import non_path_location, typed_param, with_unique_names


def build_endpoint(raw: RawEndpoint, diags: Diagnostics) -> Endpoint:
    documented: dict[str, RawParam] = {}
    for p in raw.params:
        if artefact_rule(p.name):
            continue
        if p.name in documented:
            diags.warning("duplicate-param", f"parameter {p.name!r} listed twice", raw.file, p.line)
            continue
        documented[p.name] = p
    params: list[Param] = []
    in_path = route.placeholders(raw.path)
    for name in dict.fromkeys(in_path):
        doc = documented.pop(name, None)
        line = doc.line if doc else raw.line
        params.append(typed_param(name, "path", doc.prose if doc else "", raw.file, line, diags))
    location = non_path_location(raw.method)
    for doc in documented.values():
        params.append(typed_param(doc.name, location, doc.prose, raw.file, doc.line, diags))
    return Endpoint(
        method=raw.method,
        path=raw.path,
        namespace=naming.namespace(raw.path),
        description=raw.description,
        superuser=flags.superuser(raw.description),
        deprecated=flags.deprecated(raw.description),
        enterprise=raw.enterprise or flags.enterprise_route(raw.path),
        sources=(SourceRef(raw.file, raw.line),),
        params=with_unique_names(tuple(params)),
    )


def merge(first: Endpoint, second: Endpoint, diags: Diagnostics) -> Endpoint:
    """One endpoint documented twice. An Enterprise page overriding an open-source one is
    expected (both sources kept, marked); any other repeat is warned about."""
    oss, ee = (first, second) if not first.enterprise else (second, first)
    override = oss.enterprise != ee.enterprise
    if not override:
        src = second.sources[0]
        diags.warning(
            "duplicate-endpoint",
            f"{second.method} {second.path} documented again",
            src.file,
            src.line,
        )
        oss, ee = first, second
    names = {p.name for p in oss.params}
    params = oss.params + tuple(p for p in ee.params if p.name not in names)
    return Endpoint(
        method=oss.method,
        path=oss.path,
        namespace=oss.namespace,
        description=oss.description or ee.description,
        superuser=oss.superuser or ee.superuser,
        deprecated=oss.deprecated and ee.deprecated,
        enterprise=oss.enterprise or ee.enterprise,
        enterprise_override=override or oss.enterprise_override,
        sources=oss.sources + ee.sources,
        params=with_unique_names(params),
    )


def build_all(raws: list[RawEndpoint], diags: Diagnostics) -> tuple[Endpoint, ...]:
    out: dict[tuple[str, str], Endpoint] = {}
    for raw in raws:
        ep = build_endpoint(raw, diags)
        if ep.key in out:
            out[ep.key] = merge(out[ep.key], ep, diags)
        else:
            out[ep.key] = ep
    return tuple(out.values())
