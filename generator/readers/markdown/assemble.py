"""Turn raw endpoints read from Markdown into model endpoints.

Here the model's rules are applied: artefact parameters are dropped, every ``:name`` of a
path becomes a required path parameter, the rest go to the query string (GET, DELETE) or the
JSON body (POST, PUT, PATCH), prose is typed, and Enterprise overrides are merged.
"""

from __future__ import annotations

from dataclasses import replace

from generator.core import flags, naming, route
from generator.core.diagnostics import Diagnostics
from generator.core.model import Endpoint, Param, SourceRef
from generator.readers.markdown.artefacts import artefact_rule
from generator.readers.markdown.page import RawEndpoint, RawParam
from generator.readers.params import non_path_location, typed_param, with_unique_names

NO_BODY = ("GET", "DELETE")  # whole maps of these are query strings, not typed here


def build_endpoint(raw: RawEndpoint, diags: Diagnostics) -> Endpoint:
    documented: dict[str, RawParam] = {}
    whole: list[RawParam] = []
    for p in raw.params:
        rule = artefact_rule(p.name)
        if rule and rule[0] in "AB" and _malli_map(p.prose) and raw.method not in NO_BODY:
            whole.append(p)  # the whole body, described key by key (app/bodies.py)
            continue
        if rule:
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
    for doc in whole[:1]:
        typed = typed_param(doc.name, "body", doc.prose, raw.file, doc.line, diags)
        params.append(replace(typed, whole_body=True))
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


def _malli_map(prose: str) -> bool:
    """Prose describing a map key by key (malli): ``[nullable ]map where {...}``."""
    text = " ".join(prose.split())
    return text.removeprefix("nullable ").startswith("map where {")
