"""What Metabase sends back: answer facts (generator/facts/answers.py, docs/facts.md) applied
to a model whose spec does not say.

The docs release is matched to an answer snapshot (its version, else the snapshot sharing
the most routes). Every endpoint answering JSON whose spec gives no schema (``Any``, or a
bare ``dict[str, Any]`` or list of them) gets the snapshot's type for its route, the
placeholders matched by position; where the spec has a schema, it wins. The object types it
needs become the model's ``ObjectSchema``s, named as the facts name them unless a schema of
the spec (or a reserved name) has the name: then ``Answer`` is appended (docs/typeddicts.md).

Queries are typed both ways from one table (generator/app/mbql.py): every ``dataset_query``
of an answer type or of a request, and the body of ``POST /api/dataset/``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from generator.app import mbql
from generator.core import naming
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, Param, SchemaField
from generator.facts.answers import (
    AnswerDataset,
    AnswerSnapshot,
    AnswerType,
    load_answer_facts,
    match_answers,
    route_key,
)

# The longest name a fact type keeps (a TypedDict's name must fit a line).
MAX_NAME = 60
_TOKEN = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[A-Za-z_][A-Za-z0-9_]*")
_BUILTIN = frozenset({"int", "str", "bool", "float", "bytes", "Any", "None", "Literal"})
_BUILTIN |= {"list", "dict"}
_DATASET = ("POST", "/api/dataset")
_QUERY_KEY = "dataset_query"
# an answer schema's ``source``: a snapshot's type, or a type of the MBQL table
SOURCES = ("answer facts: ", "MBQL keys: ")


@dataclass
class AnswerReport:
    """What ``mbgen model --stats`` says of the answer facts."""

    snapshot: str = ""
    reason: str = ""
    typed: int = 0  # endpoints whose return type the facts gave
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
            f"  answers typed: {self.typed} by the facts, {self.spec} by the spec, "
            f"{self.untyped} untyped; query parameters typed: {self.queries}",
        ]


@cache
def dataset() -> AnswerDataset:
    return load_answer_facts()


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
    version = "" if model.metabase_version == "unknown" else model.metabase_version
    routes = {(e.method, e.path) for e in model.endpoints}
    snap = match_answers(version or None, routes, facts if facts is not None else dataset())
    report = AnswerReport()
    types: dict[str, AnswerType] = {}
    if snap is None:
        report.reason = "no snapshot fits"
    else:
        report.snapshot = snap.label
        report.reason = _reason(snap, version)
        types.update(snap.types)
    queries = mbql.query_types(version)
    types.update(queries)  # the table's query types win over a snapshot's of the same name
    conv = Converter(types, {s.name for s in model.schemas}, set(queries))
    endpoints = [_endpoint(e, snap, conv, report) for e in model.endpoints]
    if not conv.emitted and not report.typed:
        return model, report
    schemas = tuple(sorted((*model.schemas, *conv.emitted.values()), key=lambda s: s.name))
    return replace(model, endpoints=tuple(endpoints), schemas=schemas), report


def _reason(snap: AnswerSnapshot, version: str) -> str:
    mine = version.lstrip("~").split("-")[0]
    if version and snap.version.split("-")[0].startswith(".".join(mine.split(".")[:2])):
        return f"version: {version} is the minor of {snap.version}"
    if version:
        return f"version: {snap.version} is the nearest to {version}"
    return "routes: the snapshot sharing the most routes"


def _endpoint(
    ep: Endpoint, snap: AnswerSnapshot | None, conv: Converter, report: AnswerReport
) -> Endpoint:
    params = tuple(_query_param(ep, p, conv, report) for p in ep.params)
    if route_key(ep.method, ep.path) == _DATASET:
        params = _dataset_params(params, conv, report)
    returns = ep.returns
    if ep.returns_kind == "json":
        found = snap.route_type(ep.method, ep.path) if snap else None
        if not no_schema(returns):
            report.spec += 1
        elif found is not None:
            returns = conv.type(found)
            report.typed += 1
        else:
            report.untyped += 1
    if params == ep.params and returns == ep.returns:
        return ep
    return replace(ep, params=params, returns=returns)


def _query_param(ep: Endpoint, p: Param, conv: Converter, report: AnswerReport) -> Param:
    if p.name != _QUERY_KEY or p.location != "body" or p.whole_body or not no_schema(p.type):
        return p
    report.queries += 1
    t = conv.type(mbql.DATASET_QUERY)
    return replace(p, type=tx.nullable(t) if p.type.nullable else t, type_origin="schema")


def _dataset_params(
    params: tuple[Param, ...], conv: Converter, report: AnswerReport
) -> tuple[Param, ...]:
    """``POST /api/dataset/`` takes a query: ``type``, ``native``, ``query`` (the structured
    query) beside ``database``; a whole-body parameter is the query itself."""
    out = list(params)
    for i, p in enumerate(out):
        if p.whole_body and p.location == "body" and no_schema(p.type):
            out[i] = replace(p, type=conv.type(mbql.DATASET_QUERY), type_origin="schema")
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


class Converter:
    """Fact type strings to the model's types; the object types met become schemas."""

    def __init__(
        self,
        types: Mapping[str, AnswerType],
        taken: set[str],
        table: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        self.types = types
        self.table = table  # the names of the MBQL table's types
        self.names = _names(sorted(types), taken)
        self.emitted: dict[str, ObjectSchema] = {}
        self._pending: set[str] = set()

    def type(self, text: str, aliases: frozenset[str] = frozenset()) -> tx.T:
        """The type a fact type string names (an unknown name is ``Any``)."""
        refs: list[str] = []

        def token(m: re.Match[str]) -> str:
            word = m.group(0)
            if word[0] in "'\"" or word in _BUILTIN:
                return word
            refs.append(word)
            return f"Xref{len(refs) - 1}"

        try:
            parsed = tx.parse(_TOKEN.sub(token, text))
        except ValueError:
            return tx.ANY
        return self._resolve(parsed, refs, aliases)

    def _resolve(self, t: tx.T, refs: list[str], aliases: frozenset[str]) -> tx.T:
        if t.kind is tx.Kind.REF:
            return self.named(refs[int(t.name[4:])], aliases)
        if not t.args:
            return t
        args = [self._resolve(a, refs, aliases) for a in t.args]
        if t.kind is tx.Kind.UNION:
            return tx.union(args)
        return tx.T(t.kind, t.name, tuple(args), t.values)

    def named(self, name: str, aliases: frozenset[str] = frozenset()) -> tx.T:
        at = self.types.get(name)
        if at is None or name in aliases:
            return tx.ANY  # unknown, or an alias of itself
        if at.alias is not None:
            return self.type(at.alias, aliases | {name})
        if at.union:
            return tx.union([self.named(m, aliases | {name}) for m in at.union])
        if not at.fields:
            extra = self.type(at.additional, aliases) if at.additional else tx.ANY
            return tx.dict_of(extra)
        py = self.names[name]
        if py not in self.emitted and py not in self._pending:
            self._pending.add(py)
            self.emitted[py] = self._schema(at, py)
        return tx.ref(py)

    def _schema(self, at: AnswerType, py: str) -> ObjectSchema:
        fields = []
        for f in at.fields:
            t = self.type(f.type)
            if f.key == _QUERY_KEY:  # the MBQL table's query types, in every release
                q = self.named(mbql.DATASET_QUERY)
                t = tx.nullable(q) if t.nullable else q
            fields.append(SchemaField(f.key, t, f.required))
        extra = self.type(at.additional) if at.additional else None
        origin = SOURCES[1] if at.name in self.table else SOURCES[0]
        return ObjectSchema(py, f"{origin}{at.name}", tuple(fields), extra)


def _names(names: list[str], taken: set[str]) -> dict[str, str]:
    """Each fact type's schema name: its own, CamelCase and at most MAX_NAME long, unless
    taken (a spec schema, a reserved name): then ``Answer`` appended, then ``_2``, ``_3``."""
    used = set(taken)
    out: dict[str, str] = {}
    for n in names:
        base = re.sub(r"[^A-Za-z0-9_]", "", n)[:MAX_NAME] or "Answer"
        base = base[0].upper() + base[1:] if base[0].isalpha() else "Answer" + base
        cand = base
        if cand in used or not tx.is_schema_name(cand):
            cand = base + "Answer"
        i = 2
        while cand in used or not tx.is_schema_name(cand):
            cand = f"{base}Answer_{i}"
            i += 1
        used.add(cand)
        out[n] = cand
    return out
