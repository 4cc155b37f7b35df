"""Answer facts: the shapes of what Metabase sends back, per snapshot of its source.

The dataset (``data/answers.json``, format ``mbgen-answer-facts/1``, docs/answers.md) names,
per snapshot, object shapes (``types``) and the answer type of each route (``routes``), as
type strings in the model's annotation grammar.  This module loads it into frozen data
classes and chooses the snapshot for a release (:func:`match_answers`).  Standard library
only, like the rest of :mod:`generator.facts`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "ANSWER_FORMAT",
    "AnswerDataset",
    "AnswerField",
    "AnswerSnapshot",
    "AnswerType",
    "AnswerFactsError",
    "answer_minor",
    "committed_answers",
    "load_answer_facts",
    "match_answers",
]

ANSWER_FORMAT = "mbgen-answer-facts/2"
# Where the committed dataset keeps each snapshot's types (``types`` names the file, relative
# to the dataset's folder): a release reads the types of the one or few snapshots it uses.
TYPES_DIR = "answer-types"
READABLE_FORMATS = ("mbgen-answer-facts/1", ANSWER_FORMAT)  # /1: every snapshot's types inline
_TYPES_FILE = re.compile(r"answer-types/[0-9a-f]{6,40}\.json")
_VERSION = re.compile(r"^v?(\d+)\.(\d+)")


class AnswerFactsError(ValueError):
    """The dataset file is not in the expected form; the message names the JSON pointer."""


@dataclass(frozen=True)
class AnswerField:
    key: str
    type: str  # a type string of the annotation grammar
    required: bool


@dataclass(frozen=True)
class AnswerType:
    """A named shape: an object (``fields``, ``additional``), an ``alias`` of a type string,
    or a ``union`` of names (tagged by ``tag`` when the members have a literal key)."""

    name: str
    fields: tuple[AnswerField, ...] = ()
    additional: str | None = None
    alias: str | None = None
    union: tuple[str, ...] = ()
    tag: str | None = None

    @property
    def kind(self) -> str:
        if self.alias is not None:
            return "alias"
        return "union" if self.union else "object"

    def field(self, key: str) -> AnswerField | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class AnswerSnapshot:
    label: str
    repo: str
    commit: str
    date: str
    version: str
    sources: tuple[str, ...]
    types: Mapping[str, AnswerType]
    routes: Mapping[str, str]  # "METHOD /api/path" -> type string

    def route_keys(self) -> set[tuple[str, str]]:
        return {_split_route(k) for k in self.routes}

    def answer(self, method: str, path: str) -> str | None:
        """The answer type of a route, placeholders matched by position (``:id`` = ``{x}``)."""
        want = (method.upper(), _shape(path))
        for key, value in self.routes.items():
            m, p = _split_route(key)
            if (m, _shape(p)) == want:
                return value
        return None


@dataclass(frozen=True)
class AnswerDataset:
    format: str
    snapshots: tuple[AnswerSnapshot, ...]

    def find(self, label_or_commit: str) -> AnswerSnapshot | None:
        for s in self.snapshots:
            if label_or_commit in (s.label, s.commit) or s.commit.startswith(label_or_commit):
                return s
        return None


def _split_route(key: str) -> tuple[str, str]:
    method, _, path = key.partition(" ")
    return method, path


@cache
def _shape(path: str) -> str:
    """A path with every placeholder (``:id``, ``{id}``) as ``*`` and no trailing slash."""
    segs = [
        "*" if s.startswith(":") or (s.startswith("{") and s.endswith("}")) else s
        for s in path.strip("/").split("/")
    ]
    return "/".join(segs)


def answer_minor(version: str | None) -> int | None:
    """The minor of a version string (``0.56``, ``v0.49.5``, ``1.56.2``, ``0.57-dev``)."""
    m = _VERSION.match((version or "").strip().lstrip("~"))
    return int(m.group(2)) if m else None


# ---- loading ---------------------------------------------------------------------------


def _need(obj: Any, key: str, kind: type, ptr: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise AnswerFactsError(f"{ptr}/{key}: missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise AnswerFactsError(f"{ptr}/{key}: expected {kind.__name__}")
    return value


def _type_from_json(name: str, obj: Any, ptr: str) -> AnswerType:
    if not isinstance(obj, dict):
        raise AnswerFactsError(f"{ptr}: expected an object")
    if "alias" in obj:
        return AnswerType(name, alias=_need(obj, "alias", str, ptr))
    if "union" in obj:
        members = _need(obj, "union", list, ptr)
        if not all(isinstance(m, str) for m in members):
            raise AnswerFactsError(f"{ptr}/union: expected names")
        tag = obj.get("tag")
        if tag is not None and not isinstance(tag, str):
            raise AnswerFactsError(f"{ptr}/tag: expected a string")
        return AnswerType(name, union=tuple(members), tag=tag)
    fields = []
    for i, f in enumerate(_need(obj, "fields", list, ptr)):
        fp = f"{ptr}/fields/{i}"
        fields.append(
            AnswerField(
                _need(f, "key", str, fp), _need(f, "type", str, fp), _need(f, "required", bool, fp)
            )
        )
    additional = obj.get("additional")
    if additional is not None and not isinstance(additional, str):
        raise AnswerFactsError(f"{ptr}/additional: expected a type string or null")
    return AnswerType(name, fields=tuple(fields), additional=additional)


TypesReader = Callable[[str], Any]


def types_file(obj: Any, ptr: str) -> str | None:
    """The file a snapshot's types are in, or None when they are inline."""
    ref = obj.get("types") if isinstance(obj, dict) else None
    if not isinstance(ref, str):
        return None
    if not _TYPES_FILE.fullmatch(ref):
        raise AnswerFactsError(f"{ptr}/types: {ref!r} is not an {TYPES_DIR}/<commit>.json file")
    return ref


def types_of_file(doc: Any, where: str) -> dict[str, Any]:
    """The types a snapshot's types file holds."""
    if not isinstance(doc, dict) or doc.get("format") != ANSWER_FORMAT:
        raise AnswerFactsError(f"{where}: /format: not {ANSWER_FORMAT!r}")
    types: dict[str, Any] = _need(doc, "types", dict, "")
    return types


def _snapshot_from_json(obj: Any, ptr: str, read: TypesReader | None) -> AnswerSnapshot:
    ref = types_file(obj, ptr)
    if ref is None:
        types_obj = _need(obj, "types", dict, ptr)
    elif read is None:
        raise AnswerFactsError(f"{ptr}/types: a file, but no folder to read it from")
    else:
        types_obj = read(ref)
    routes_obj = _need(obj, "routes", dict, ptr)
    for k, v in routes_obj.items():
        if not isinstance(v, str) or " /" not in k:
            raise AnswerFactsError(f"{ptr}/routes/{k}: expected 'METHOD /path': type string")
    sources = _need(obj, "sources", list, ptr)
    types = {n: _type_from_json(n, t, f"{ptr}/types/{n}") for n, t in sorted(types_obj.items())}
    return AnswerSnapshot(
        label=_need(obj, "label", str, ptr),
        repo=_need(obj, "repo", str, ptr),
        commit=_need(obj, "commit", str, ptr),
        date=_need(obj, "date", str, ptr),
        version=_need(obj, "version", str, ptr),
        sources=tuple(str(s) for s in sources),
        types=MappingProxyType(types),
        routes=MappingProxyType(dict(sorted(routes_obj.items()))),
    )


def answers_from_json(obj: Any, read: TypesReader | None = None) -> AnswerDataset:
    """The dataset of a parsed ``answers.json``; ``read`` gives the types file a snapshot
    names (its parsed types), when they are not inline."""
    fmt = _need(obj, "format", str, "")
    if fmt not in READABLE_FORMATS:
        raise AnswerFactsError(f"/format: {fmt!r} is not {ANSWER_FORMAT!r}")
    snaps = _need(obj, "snapshots", list, "")
    return AnswerDataset(
        fmt, tuple(_snapshot_from_json(s, f"/snapshots/{i}", read) for i, s in enumerate(snaps))
    )


_CACHE: dict[str, AnswerDataset] = {}


def load_answer_facts(path: str | Path | None = None) -> AnswerDataset:
    """The committed dataset (or the file at ``path``); cached per path."""
    key = str(path) if path is not None else ""
    if key not in _CACHE:
        if path is None:
            folder: Any = resources.files(__package__).joinpath("data")
            where_dir = "generator/facts/data"
        else:
            folder, where_dir = Path(path).parent, str(Path(path).parent)
        name = "answers.json" if path is None else Path(path).name
        obj = _read_json(folder.joinpath(name).read_text(encoding="utf-8"), f"{where_dir}/{name}")

        def read(rel: str) -> dict[str, Any]:
            where = f"{where_dir}/{rel}"
            try:
                text = folder.joinpath(rel).read_text(encoding="utf-8")
            except OSError as exc:
                raise AnswerFactsError(f"{where}: {exc.strerror or exc}") from None
            return types_of_file(_read_json(text, where), where)

        try:
            _CACHE[key] = answers_from_json(obj, read)
        except AnswerFactsError as exc:
            raise AnswerFactsError(f"{where_dir}/{name}: {exc}") from None
    return _CACHE[key]


class _LazyTypes(Mapping[str, AnswerType]):
    """A snapshot's types, read when first asked for, each made from its JSON on first use."""

    def __init__(self, read: Callable[[], dict[str, Any]], where: str) -> None:
        self._read, self._where = read, where
        self._loaded: dict[str, Any] | None = None
        self._made: dict[str, AnswerType] = {}

    @property
    def _raw(self) -> dict[str, Any]:
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def __getitem__(self, name: str) -> AnswerType:
        made = self._made.get(name)
        if made is None:
            raw = self._raw[name]
            made = self._made[name] = _type_from_json(name, raw, f"{self._where}/types/{name}")
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@cache
def committed_answers() -> AnswerDataset:
    """The committed dataset as the model uses it: each snapshot's types file read when one
    of its types is first used, each type made then (``load_answer_facts`` reads and checks
    it all; tests/facts do; reading all of it up front costs more than the rest of the
    answers' work)."""
    data = resources.files(__package__).joinpath("data")
    raw = json.loads(data.joinpath("answers.json").read_text("utf-8"))

    def types(s: dict[str, Any], ptr: str) -> _LazyTypes:
        ref = types_file(s, ptr)
        if ref is None:
            return _LazyTypes(lambda: s["types"], f"answers.json{ptr}")
        where = f"generator/facts/data/{ref}"
        text = data.joinpath(ref).read_text
        return _LazyTypes(lambda: types_of_file(json.loads(text("utf-8")), where), where)

    snapshots = tuple(
        AnswerSnapshot(
            label=s["label"],
            repo=s["repo"],
            commit=s["commit"],
            date=s["date"],
            version=s["version"],
            sources=tuple(s["sources"]),
            types=types(s, f"/snapshots/{i}"),
            routes=s["routes"],
        )
        for i, s in enumerate(raw["snapshots"])
    )
    return AnswerDataset(raw["format"], snapshots)


def _read_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerFactsError(f"{where}:{exc.lineno}: {exc.msg}") from None


# ---- matching --------------------------------------------------------------------------


def _overlap(snapshot: AnswerSnapshot, routes: Iterable[tuple[str, str]]) -> int:
    have = {(m, _shape(p)) for m, p in snapshot.route_keys()}
    return sum(1 for m, p in routes if (m.upper(), _shape(p)) in have)


def match_answers(
    version: str | None,
    routes: set[tuple[str, str]],
    dataset: AnswerDataset | None = None,
) -> AnswerSnapshot | None:
    """The snapshot for a release: one of the same minor version (the newest such), else the
    nearest newer one (a newer snapshot keeps its older neighbour's keys and requires only
    what both require, so it fits the releases in between), else the newest; with no version,
    the best route overlap (then the newest).  ``None`` when the dataset is empty."""
    ds = dataset if dataset is not None else load_answer_facts()
    snaps = list(ds.snapshots)
    if not snaps:
        return None
    minor = answer_minor(version)
    dated = [(m, s) for m, s in ((answer_minor(s.version), s) for s in snaps) if m is not None]
    if minor is not None and dated:
        same = [s for m, s in dated if m == minor]
        if same:
            return max(same, key=lambda s: (s.date, s.label))
        newer = [(m, s) for m, s in dated if m > minor]
        if newer:
            first = min(m for m, _ in newer)
            return max((s for m, s in newer if m == first), key=lambda s: (s.date, s.label))
        return max((s for _, s in dated), key=lambda s: (s.date, s.label))
    return max(snaps, key=lambda s: (_overlap(s, routes), s.date, s.label))
