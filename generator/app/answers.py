"""What Metabase sends back: answer facts (generator/facts/answers.py, docs/answers.md)
applied to a model whose spec does not say.

The docs release is matched to an answer snapshot (its minor, else the nearest newer, else
the snapshot sharing the most routes); a route it lacks takes the nearest snapshot that has
it. Every endpoint answering JSON whose spec gives no schema (``Any``, or a bare
``dict[str, Any]`` or a list of them) gets the snapshot's type for its route, placeholders
matched by position; where the spec has a schema, it wins. The object types it needs become
the model's ``ObjectSchema``s (generator/app/answer_types.py, docs/typeddicts.md).

Queries are typed both ways from one table (generator/app/mbql.py): every ``dataset_query``
of an answer type or of a request, and the body of ``POST /api/dataset/``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from generator.app import mbql
from generator.app.answer_types import QUERY_KEY, SOURCES, Converter
from generator.core import naming
from generator.core import types as tx
from generator.core.model import BODY, ApiModel, Endpoint, Param
from generator.facts.answers import (
    AnswerDataset,
    AnswerSnapshot,
    answer_minor,
    committed_answers,
    match_answers,
)

_DATASET = ("POST", "/api/dataset")


@dataclass
class AnswerReport:
    """What ``mbgen model --stats`` says of the answer facts."""

    snapshot: str = ""
    reason: str = ""
    typed: int = 0  # endpoints whose return type the facts gave
    borrowed: int = 0  # of them, from a snapshot other than the matched one
    spec: int = 0  # endpoints whose spec gives a schema (kept)
    untyped: int = 0  # JSON endpoints neither gives a type
    queries: int = 0  # request parameters typed as queries

    def lines(self) -> list[str]:
        head = f"answer facts:    {self.snapshot or 'none'}"
        if not self.snapshot:
            head += f" ({self.reason})"
        return [
            head,
            *([f"  chosen by:     {self.reason}"] if self.snapshot else []),
            f"  answers typed: {self.typed} by the facts ({self.borrowed} borrowed from "
            f"other snapshots), {self.spec} by the spec, "
            f"{self.untyped} untyped; query parameters typed: {self.queries}",
        ]


def dataset() -> AnswerDataset:
    """The committed answer facts, each snapshot's types read when first used."""
    return committed_answers()


@cache
def route_key(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path) with every placeholder as ``:`` and no trailing slash:
    ``/api/card/:id``, ``/api/card/{id}`` and ``/api/card/:card-id/`` are one route."""
    parts = [
        ":" if (p.startswith(":") or (p.startswith("{") and p.endswith("}"))) else p
        for p in path.split("/")
    ]
    return method.upper(), "/".join(parts).rstrip("/") or "/"


def route_types(snap: AnswerSnapshot | None) -> dict[tuple[str, str], str]:
    """The snapshot's answer type strings by ``route_key`` (the first route, sorted, wins)."""
    out: dict[tuple[str, str], str] = {}
    if snap is None:
        return out
    for route in sorted(snap.routes):
        method, _, path = route.partition(" ")
        out.setdefault(route_key(method, path), snap.routes[route])
    return out


def no_schema(t: tx.T) -> bool:
    """Whether a return type says nothing of the answer's keys."""
    t = tx.strip_none(t)
    if t.kind is tx.Kind.LIST:
        t = t.args[0]
    return tx.is_untyped(t) or t == tx.DICT


def apply_answers(
    model: ApiModel, facts: AnswerDataset | None = None
) -> tuple[ApiModel, AnswerReport]:
    """The model with answer types from the facts and query types from the MBQL table."""
    if any(s.source.startswith(SOURCES) for s in model.schemas):
        return model, AnswerReport(reason="already applied")
    ds = facts if facts is not None else dataset()
    version = "" if model.metabase_version == "unknown" else model.metabase_version
    routes = {(e.method, e.path) for e in model.endpoints}
    snap = match_answers(version or None, routes, ds)
    report = AnswerReport()
    if snap is None:
        report.reason = "no snapshot fits"
    else:
        report.snapshot, report.reason = snap.label, _reason(snap, version)
    conv = Converter(mbql.query_types(version), {s.name for s in model.schemas})
    endpoints = [_requests(e, conv, report) for e in model.endpoints]
    wanted = [i for i, e in enumerate(endpoints) if e.returns_kind == "json"]
    report.spec = sum(not no_schema(endpoints[i].returns) for i in wanted)
    wanted = [i for i in wanted if no_schema(endpoints[i].returns)]
    # the matched snapshot first (its types keep their names), then the nearest others
    for other in _by_nearness(snap, ds) if wanted else []:
        src, by_route = conv.add(other.types), route_types(other)
        left = []
        for i in wanted:
            found = by_route.get(route_key(endpoints[i].method, endpoints[i].path))
            if found is None:
                left.append(i)
                continue
            endpoints[i] = replace(endpoints[i], returns=conv.type(found, src))
            report.typed += 1
            report.borrowed += other is not snap
        wanted = left
    report.untyped = len(wanted)
    if endpoints == list(model.endpoints):
        return model, report
    schemas = tuple(sorted((*model.schemas, *conv.emitted.values()), key=lambda s: s.name))
    return replace(model, endpoints=tuple(endpoints), schemas=schemas), report


def _by_nearness(snap: AnswerSnapshot | None, ds: AnswerDataset) -> list[AnswerSnapshot]:
    """The matched snapshot, then the others by minor distance (the newer first on a tie, as
    the matching rule prefers a newer neighbour; then the newest)."""
    if snap is None:
        return []
    here = answer_minor(snap.version) or 0

    def key(s: AnswerSnapshot) -> tuple[int, bool, str]:
        m = answer_minor(s.version)
        m = here + 1000 if m is None else m
        return (abs(m - here), m < here, "".join(chr(255 - ord(c)) for c in s.date))

    return [snap, *sorted((s for s in ds.snapshots if s is not snap), key=key)]


def _reason(snap: AnswerSnapshot, version: str) -> str:
    mine = answer_minor(version)
    if mine is not None and mine == answer_minor(snap.version):
        return f"version: {version} is the minor of {snap.version}"
    if mine is not None:
        return f"version: {snap.version} is the nearest to {version}"
    return "routes: the snapshot sharing the most routes"


def _requests(ep: Endpoint, conv: Converter, report: AnswerReport) -> Endpoint:
    """The endpoint with its query parameters typed."""
    params = tuple(_query_param(p, conv, report) for p in ep.params)
    if route_key(ep.method, ep.path) == _DATASET:
        params = _dataset_params(params, conv, report)
    return ep if params == ep.params else replace(ep, params=params)


def _query_param(p: Param, conv: Converter, report: AnswerReport) -> Param:
    if p.name != QUERY_KEY or p.location != BODY or p.whole_body or not no_schema(p.type):
        return p
    report.queries += 1
    t = conv.query()
    return replace(p, type=tx.nullable(t) if p.type.nullable else t, type_origin="schema")


def _dataset_params(
    params: tuple[Param, ...], conv: Converter, report: AnswerReport
) -> tuple[Param, ...]:
    """``POST /api/dataset/`` takes a query: ``type``, ``native``, ``query`` (the structured
    query) beside ``database``; a whole-body parameter is the query itself."""
    out = list(params)
    for i, p in enumerate(out):
        if p.whole_body and p.location == BODY and no_schema(p.type):
            out[i] = replace(p, type=conv.query(), type_origin="schema")
            report.queries += 1
    names = {p.name for p in out} | {p.python_name for p in out}
    for key, text in (
        ("type", mbql.QUERY_TYPES),
        ("native", mbql.NATIVE),
        ("query", mbql.STRUCTURED),
    ):
        if key in names:
            continue
        out.append(
            Param(
                name=key,
                python_name=naming.identifier(key),
                location="body",
                required=False,
                type=conv.type(text),
                type_origin="schema",
            )
        )
        report.queries += 1
    return tuple(out)
