"""Answer facts: the shapes of what Metabase sends back, per snapshot of its source.

The committed dataset is ``data/answers.json`` (format ``mbgen-answer-facts/1``, written by
the extractor; docs/facts.md). This module only loads it and chooses a snapshot; turning the
type strings into the model's types is the app layer's job (generator/app/answers.py).
Standard library only, like the rest of generator/facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .match import parse_version

__all__ = [
    "ANSWERS_FILE",
    "ANSWERS_FORMAT",
    "AnswerDataset",
    "AnswerField",
    "AnswerSnapshot",
    "AnswerType",
    "load_answer_facts",
    "match_answers",
    "route_key",
]

ANSWERS_FORMAT = "mbgen-answer-facts/1"
ANSWERS_FILE = "answers.json"


@dataclass(frozen=True)
class AnswerField:
    key: str
    type: str  # an annotation string of the model's JSON form
    required: bool


@dataclass(frozen=True)
class AnswerType:
    """A named shape: an object (``fields``, ``additional``), an alias of a type string, or
    a union of named types (tagged by the key ``tag`` when known)."""

    name: str
    fields: tuple[AnswerField, ...] = ()
    additional: str | None = None
    alias: str | None = None
    union: tuple[str, ...] = ()
    tag: str | None = None

    @property
    def is_object(self) -> bool:
        return self.alias is None and not self.union


@dataclass(frozen=True)
class AnswerSnapshot:
    label: str
    repo: str
    commit: str
    date: str
    version: str
    sources: tuple[str, ...]
    types: Mapping[str, AnswerType]
    routes: Mapping[str, str]  # "METHOD /api/path/:id" -> type string
    by_key: Mapping[tuple[str, str], str] = field(
        default_factory=dict, compare=False, repr=False
    )  # routes by route_key

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], str] = {}
        for route in sorted(self.routes):
            method, _, path = route.partition(" ")
            index.setdefault(route_key(method, path), self.routes[route])
        object.__setattr__(self, "by_key", index)

    def route_type(self, method: str, path: str) -> str | None:
        """The answer type of a route, its placeholders matched by position."""
        return self.by_key.get(route_key(method, path))


def route_key(method: str, path: str) -> tuple[str, str]:
    """(METHOD, path) with every placeholder as ``:`` and no trailing slash:
    ``/api/card/:id``, ``/api/card/{id}`` and ``/api/card/:card-id/`` are one route."""
    parts = [
        ":" if (p.startswith(":") or (p.startswith("{") and p.endswith("}"))) else p
        for p in path.split("/")
    ]
    return method.upper(), "/".join(parts).rstrip("/") or "/"


@dataclass(frozen=True)
class AnswerDataset:
    snapshots: tuple[AnswerSnapshot, ...]  # oldest first


def _type(name: str, raw: Mapping[str, Any]) -> AnswerType:
    if "alias" in raw:
        return AnswerType(name, alias=str(raw["alias"]))
    if "union" in raw:
        tag = raw.get("tag")
        return AnswerType(name, union=tuple(str(u) for u in raw["union"]), tag=tag and str(tag))
    fields = tuple(
        AnswerField(str(f["key"]), str(f["type"]), bool(f["required"])) for f in raw["fields"]
    )
    extra = raw.get("additional")
    return AnswerType(name, fields=fields, additional=None if extra is None else str(extra))


def _snapshot(raw: Mapping[str, Any]) -> AnswerSnapshot:
    return AnswerSnapshot(
        label=str(raw["label"]),
        repo=str(raw["repo"]),
        commit=str(raw["commit"]),
        date=str(raw["date"]),
        version=str(raw["version"]),
        sources=tuple(str(s) for s in raw.get("sources", ())),
        types={str(k): _type(str(k), v) for k, v in sorted(raw["types"].items())},
        routes={str(k): str(v) for k, v in sorted(raw["routes"].items())},
    )


def parse_answer_facts(data: Mapping[str, Any]) -> AnswerDataset:
    if data.get("format") != ANSWERS_FORMAT:
        raise ValueError(f"not a {ANSWERS_FORMAT} dataset")
    snaps = [_snapshot(s) for s in data["snapshots"]]
    return AnswerDataset(tuple(sorted(snaps, key=lambda s: (s.date, s.label))))


def load_answer_facts(path: str | Path | None = None) -> AnswerDataset:
    """The committed dataset (or the one at ``path``); empty when none is committed."""
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    else:
        data = resources.files(__package__).joinpath("data", ANSWERS_FILE)
        if not data.is_file():
            return AnswerDataset(())
        text = data.read_text(encoding="utf-8")
    return parse_answer_facts(json.loads(text))


def _minor(version: str) -> int | None:
    v = parse_version(version)
    return v.minor if v else None


def match_answers(
    version: str | None,
    routes: Iterable[tuple[str, str]],
    dataset: AnswerDataset | None = None,
) -> AnswerSnapshot | None:
    """The snapshot for a release: the same minor version (the newest of them), else the
    nearest by minor (older first on a tie), else (no version) the one sharing the most
    routes; None when the dataset is empty or shares no route."""
    ds = dataset if dataset is not None else load_answer_facts()
    if not ds.snapshots:
        return None
    wanted = _minor(version) if version else None
    if wanted is not None:
        known = [(m, i) for i, s in enumerate(ds.snapshots) if (m := _minor(s.version)) is not None]
        if known:
            best = min(known, key=lambda mi: (abs(mi[0] - wanted), mi[0] > wanted, -mi[1]))
            return ds.snapshots[best[1]]
    keys = {route_key(m, p) for m, p in routes}
    scored = [(len(keys & s.by_key.keys()), i, s) for i, s in enumerate(ds.snapshots) if keys]
    best_score = max(scored, key=lambda x: (x[0], x[1]), default=None)
    if best_score is None or best_score[0] == 0:
        return None
    return best_score[2]
