"""Where the server reads each parameter of a Markdown-era release: Metabase's route facts
(generator/facts, docs/facts.md) applied to the model the docs gave.

The docs name parameters but never say whether the route reads them from the query string,
ring's ``:params``, a JSON body key (maybe nested, maybe under another name), the whole body
or a whole map. The facts do. The docs release is matched to a facts snapshot (its version,
else the closest snapshot by documented endpoints and parameter names), then each parameter
gets the location the route gives it. Docs the facts do not know keep the docs' rules, with
a warning; every disagreement between docs and facts is a warning at the docs' line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from generator import facts
from generator.app import bodies
from generator.core import naming
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.model import (
    BODY,
    FORM,
    MULTIPART,
    PATH,
    QUERY_LOCATIONS,
    ApiModel,
    BodyFormat,
    Endpoint,
    Location,
    ObjectSchema,
    Param,
)
from generator.readers import prose
from generator.readers.markdown.assemble import merge
from generator.readers.markdown.page import namespace_prefix
from generator.readers.params import with_unique_names

# Fact locations -> (model location, whole_body); "multipart" endpoints send form parts.
_PLACE: dict[str, tuple[Location, bool]] = {
    "path": ("path", False),
    "query": ("query", False),
    "form": ("form", False),
    "body": ("body", False),
    "whole_body": ("body", True),
    "whole_query": ("query", True),
    "multipart": ("multipart", False),
}
_FILE_NAMES = ("file", "csv-file", "csv_file")
# Below this similarity the docs are not of any release the facts know (docs/facts.md).
MIN_SCORE = 0.5


@dataclass
class WireReport:
    """What ``mbgen model --stats`` says of the facts: which snapshot, why, what it moved."""

    snapshot: str = ""
    reason: str = ""
    score: float = 0.0
    placed: Counter[str] = field(default_factory=Counter)
    moved: int = 0  # parameters whose location or wire name differs from the docs' rules
    added: int = 0  # whole-body and whole-map parameters the docs do not list
    dropped: int = 0  # names that are parts of the request, not parameters
    without_facts: int = 0  # endpoints the snapshot does not have
    rerouted: int = 0  # endpoints served at another route than the docs print

    def lines(self) -> list[str]:
        if not self.snapshot:
            return [f"route facts:     none ({self.reason or 'not a Markdown-era release'})"]
        placed = ", ".join(f"{k} {v}" for k, v in sorted(self.placed.items()))
        return [
            f"route facts:     {self.snapshot}",
            f"  chosen by:     {self.reason}",
            f"  placed:        {placed}",
            f"  moved from the docs' rules: {self.moved}; whole-body/map added: {self.added}; "
            f"request parts dropped: {self.dropped}; endpoints without facts: "
            f"{self.without_facts}",
            f"  served at another route than the docs print: {self.rerouted}",
        ]


@cache
def dataset() -> facts.Dataset:
    return facts.load_dataset()


def routed(
    ep: Endpoint,
    ef: facts.EndpointFacts | None,
    diags: Diagnostics,
    mounts: Mapping[str, str] | None = None,
) -> Endpoint:
    """The endpoint at the route the server serves it at: its fact's ``route`` (its
    namespace's mount in the matched snapshot + the form's route string, docs/facts.md),
    which differs from the docs' path where the docs print a namespace heading
    (``POST metabase-enterprise.llm.api/card/summarize`` -> ``/api/ee/autodescribe/...``)
    or a path the route tables do not serve (``/api/preview-embed`` for ``/api/preview_embed``).
    A namespace heading without a fact takes its namespace's mount in the matched snapshot,
    else the newest one any snapshot knows, else the route its name suggests
    (readers.markdown.page.namespace_prefix), with a warning."""
    route = ef.route if ef is not None else None
    if route is None and not ep.path.startswith("/"):
        ns, _, rest = ep.path.partition("/")
        known = (mounts or {}).get(ns) or known_mounts().get(ns)
        if known is not None:
            route = known.rstrip("/") + "/" + rest
        else:
            route = namespace_prefix(ns).rstrip("/") + "/" + rest
            diags.warning(
                "namespace-heading",
                f"heading names the namespace of {ep.method} {ep.path}, which no route facts "
                f"mount: read as {ep.method} {route} (guessed from the name)",
                ep.source.file,
                ep.source.line,
            )
    if route is None or route == ep.path:
        return ep
    return replace(ep, path=route, namespace=naming.namespace(route))


def known_mounts() -> dict[str, str]:
    """namespace -> its mount in the newest snapshot that has one."""
    ds = dataset()
    out: dict[str, str] = {}
    for ns, at, _ in sorted(ds.mounts, key=lambda m: max(m[2], default=-1)):
        out[ns] = at
    return out


def _merged(endpoints: list[Endpoint], diags: Diagnostics) -> list[Endpoint]:
    """One endpoint per route: an Enterprise override the docs list at its own path
    (``/api/ee/sandbox/table/:id/query_metadata``) is served at the route it overrides
    (``/api/table/:id/query_metadata``), so the two are one endpoint, as when an Enterprise
    page documents the open-source route (readers.markdown.assemble.merge)."""
    out: dict[tuple[str, str], Endpoint] = {}
    for e in endpoints:
        key = (e.method, e.path)
        out[key] = merge(out[key], e, diags) if key in out else e
    return list(out.values())


def apply_facts(model: ApiModel, diags: Diagnostics) -> tuple[ApiModel, WireReport]:
    """The model with every parameter where the route reads it (Markdown era only)."""
    if not model.source_format.startswith("markdown") or not model.endpoints:
        return model, WireReport()
    schemas = {s.name: s for s in model.schemas}
    documented = {(e.method, e.path): [p.name for p in e.params] for e in model.endpoints}
    version = None if model.metabase_version == "unknown" else model.metabase_version
    match = facts.match_docs(dataset(), version, documented)
    snap = match.snapshot
    label = f"{snap.label or snap.version} {snap.repo}@{snap.commit[:10]}"
    if match.score < MIN_SCORE:
        diags.warning(
            "facts-none",
            f"no route facts fit these docs (closest: {label}, score {match.score:.2f}); "
            "parameters placed by the docs' rules",
            model.endpoints[0].source.file,
        )
        report = WireReport(reason=f"none fits (closest {label}, {match.score:.2f})")
        eps = [routed(e, None, diags) for e in bodies.without_facts(model.endpoints, schemas)]
        return _typed_bodies(model, eps), report
    report = WireReport(label, match.reason, match.score)
    if not match.by_version and version is None:
        diags.warning(
            "facts-guessed",
            f"no version: route facts of {label} chosen by similarity ({match.score:.3f})",
            model.endpoints[0].source.file,
        )
    endpoints = [_endpoint(e, match.facts, label, report, diags, schemas) for e in model.endpoints]
    report.rerouted = sum(e.path != d.path for e, d in zip(endpoints, model.endpoints, strict=True))
    endpoints = _merged(endpoints, diags)
    return replace(_typed_bodies(model, endpoints), wire_facts=label), report


def _typed_bodies(model: ApiModel, endpoints: list[Endpoint]) -> ApiModel:
    """The model with these endpoints, and only the object schemas they still use (a whole
    body's map is its keys now)."""
    schemas = {s.name: s for s in model.schemas}
    used = prose.used_schemas(endpoints, schemas)
    return replace(model, endpoints=tuple(endpoints), schemas=used)


def _facts_for(ep: Endpoint, snapshot: facts.SnapshotFacts) -> facts.EndpointFacts | None:
    found = snapshot.lookup(ep.method, ep.path)
    if len(found) <= 1:
        return found[0] if found else None
    names = {p.name for p in ep.params}
    # an Enterprise override and its open-source route: the one that binds more of the docs
    return max(found, key=lambda f: (len(names & set(f.documented_names())), f.namespace))


def _endpoint(
    ep: Endpoint,
    snapshot: facts.SnapshotFacts,
    label: str,
    report: WireReport,
    diags: Diagnostics,
    schemas: dict[str, ObjectSchema],
) -> Endpoint:
    ef = _facts_for(ep, snapshot)
    src = ep.source
    if ef is None:
        report.without_facts += 1
        diags.warning(
            "facts-missing",
            f"{ep.method} {ep.path}: not in the route facts of {label}; parameters placed by "
            "the docs' rules",
            src.file,
            src.line,
        )
        return routed(bodies.without_facts([ep], schemas)[0], None, diags, snapshot.mounts)
    params: list[Param] = []
    for p in ep.params:
        placed = _param(ep, p, ef, report, diags)
        if placed is not None:
            params.append(placed)
    whole = [p for p in params if p.whole_body and p.location == BODY]
    if ef.whole_body is not None and not whole:
        params.append(_whole(ef.whole_body, "body"))
        report.added += 1
    if ef.whole_query is not None and not any(p.whole_body for p in params if p.location != BODY):
        params.append(_whole(ef.whole_query, "multipart" if ef.multipart else "query"))
        report.added += 1
    params = bodies.typed_keys(params, schemas, ef)
    for p in params:
        report.placed[p.location + (" (whole)" if p.whole_body else "")] += 1
    ep = replace(ep, params=with_unique_names(tuple(params)), body_format=_format(ep, params))
    return routed(ep, ef, diags, snapshot.mounts)


def _param(
    ep: Endpoint, p: Param, ef: facts.EndpointFacts, report: WireReport, diags: Diagnostics
) -> Param | None:
    if p.location == PATH:
        return p
    fact = ef.param(p.name)
    if fact is None or fact.location == facts.UNBOUND:
        src = ep.source
        diags.warning(
            "facts-disagree",
            f"{ep.method} {ep.path}: parameter {p.name!r} is documented but the route "
            "does not read it; placed by the docs' rules",
            src.file,
            src.line,
        )
        return p
    if fact.location == facts.REQUEST:
        report.dropped += 1
        return None
    if fact.location not in _PLACE:
        return p
    location, whole = _PLACE[fact.location]
    if location in QUERY_LOCATIONS and ef.multipart and (whole or location == FORM):
        location = "multipart"  # ring's :params of a multipart request hold its parts
    key_path: tuple[str, ...] = ()
    if location == BODY and not whole:
        path = fact.key_path or (fact.wire_name,)
        key_path = () if path == (p.name,) else tuple(path)
    elif fact.wire_name != p.name:
        key_path = (fact.wire_name,)
    t = p.type
    if whole and (location != BODY or tx.is_untyped(t)):
        t = tx.DICT  # a map; a whole body keeps the type the docs give it (a list, say)
    if location == MULTIPART and p.name in _FILE_NAMES:
        t = tx.BYTES
    moved = (location, whole, key_path) != (p.location, p.whole_body, p.key_path)
    report.moved += moved
    return replace(p, location=location, whole_body=whole, key_path=key_path, type=t)


def _whole(binding: str, location: Location) -> Param:
    """A whole-body (or whole query map) parameter the docs do not list."""
    name = "body" if location == BODY else binding
    return Param(
        name=name,
        python_name=naming.identifier(name),
        location=location,
        required=False,
        type=tx.DICT,
        type_origin="none",
        whole_body=True,
    )


def _format(ep: Endpoint, params: list[Param]) -> BodyFormat:
    if any(p.location == MULTIPART for p in params):
        return "multipart"
    has_json = any(p.location == BODY for p in params)
    form = any(p.location == FORM for p in params)
    if ep.method in ("POST", "PUT", "PATCH") and not has_json and form:
        return "form"
    return "json"
