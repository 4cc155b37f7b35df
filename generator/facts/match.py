"""Choosing the facts snapshot for a docs release (the rule is written in docs/facts.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .dataset import Dataset, Snapshot, SnapshotFacts
from .model import UNBOUND, EndpointFacts

__all__ = ["Match", "match_docs", "parse_version", "similarities", "similarity"]

_VERSION = re.compile(r"^\s*(~)?\s*v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$")
#: recall (documented items found) weighs BETA times as much as precision in the score
BETA = 3.0
#: how much less similar an exact version match may be than the best same-minor snapshot
EXACT_SLACK = 0.005


@dataclass(frozen=True)
class ParsedVersion:
    minor: int
    parts: tuple[int, ...]  # (0, 45, 2) ...
    approximate: bool  # "~0.43", "0.49-dev", "0.21-snapshot"


@dataclass
class Match:
    """The snapshot chosen for a docs release, how similar it is and why it was chosen."""

    snapshot: Snapshot
    facts: SnapshotFacts
    score: float  # 0..1: similarity() of the docs and the snapshot
    reason: str  # "version" or "similarity", then a sentence
    by_version: bool


def parse_version(text: str | None) -> ParsedVersion | None:
    """``"0.45.2"``, ``"v0.45"``, ``"~0.43"``, ``"0.49-dev"`` ... (``None`` when unreadable)."""
    if not text:
        return None
    m = _VERSION.match(text)
    if not m:
        return None
    tilde, major, minor, patch, build, rest = m.groups()
    parts = tuple(int(x) for x in (major, minor, patch, build) if x is not None)
    minor_n = int(minor) if int(major) == 0 else int(minor)  # 1.45 (EE) has the same API as 0.45
    approx = bool(tilde) or bool(rest and re.search(r"dev|snapshot|~", rest, re.I))
    return ParsedVersion(minor_n, (0, *parts[1:]), approx)


def _items(documented: Mapping[tuple[str, str], Iterable[str]]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for (method, path), names in documented.items():
        out.add((method.upper(), path))
        out.update((method.upper(), path, n) for n in names)
    return out


def _fact_items(facts: SnapshotFacts) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for e in facts.endpoints:
        out.add(e.key)
        # what the docs print: schema keys and bound names (the whole body named "body" aside)
        out.update(
            (e.method, e.path, p.name)
            for p in e.params
            if p.documented or not (p.location == UNBOUND or p.name == "body")
        )
    return out


def similarity(documented: Mapping[tuple[str, str], Iterable[str]], facts: SnapshotFacts) -> float:
    """F-beta (beta 3) of the docs' (method, path) and (method, path, name) items against the
    snapshot's: mostly how many of the documented items the snapshot has, then how few extra."""
    d, f = _items(documented), _fact_items(facts)
    if not d or not f:
        return 0.0
    common = len(d & f)
    if not common:
        return 0.0
    recall, precision = common / len(d), common / len(f)
    b2 = BETA * BETA
    return (1 + b2) * recall * precision / (b2 * precision + recall)


def _record_items(e: EndpointFacts) -> set[tuple[str, ...]]:
    """What one record contributes to a snapshot's items (as in ``_fact_items``)."""
    out: set[tuple[str, ...]] = {e.key}
    out.update(
        (e.method, e.path, p.name)
        for p in e.params
        if p.documented or not (p.location == UNBOUND or p.name == "body")
    )
    return out


_Group = tuple[list[tuple[frozenset[tuple[str, ...]], list[int]]], bool]
_INDEXES: dict[int, tuple[Dataset, dict[tuple[str, str], _Group], list[int]]] = {}


def _index(dataset: Dataset) -> tuple[dict[tuple[str, str], _Group], list[int]]:
    """The records' items grouped by (method, path), whether a group's records overlap in
    some snapshot (an Enterprise override beside its open-source route), and every
    snapshot's number of distinct items: built once per dataset from its merged records."""
    cached = _INDEXES.get(id(dataset))
    if cached is not None and cached[0] is dataset:
        return cached[1], cached[2]
    by_key: dict[tuple[str, str], list[tuple[frozenset[tuple[str, ...]], list[int]]]] = {}
    for record, snapshots in dataset.facts:
        by_key.setdefault(record.key, []).append((frozenset(_record_items(record)), snapshots))
    groups: dict[tuple[str, str], _Group] = {}
    sizes = [0] * len(dataset.snapshots)
    for key, records in by_key.items():
        total = sum(len(snaps) for _, snaps in records)
        overlap = len({i for _, snaps in records for i in snaps}) < total
        groups[key] = (records, overlap)
        for i, n in _group_counts(records, overlap, None).items():
            sizes[i] += n
    _INDEXES[id(dataset)] = (dataset, groups, sizes)
    return groups, sizes


def _group_counts(
    records: list[tuple[frozenset[tuple[str, ...]], list[int]]],
    overlap: bool,
    wanted: set[tuple[str, ...]] | None,
) -> dict[int, int]:
    """Per snapshot, how many distinct items of one (method, path) it has (those in
    ``wanted`` only, when given): items of different paths never coincide, so groups add up."""
    counts: dict[int, int] = {}
    if not overlap:
        for items, snaps in records:
            n = len(items if wanted is None else items & wanted)
            if n:
                for i in snaps:
                    counts[i] = counts.get(i, 0) + n
        return counts
    union: dict[int, set[tuple[str, ...]]] = {}
    for items, snaps in records:
        mine = items if wanted is None else items & wanted
        for i in snaps:
            union.setdefault(i, set()).update(mine)
    return {i: len(u) for i, u in union.items() if u}


def similarities(
    documented: Mapping[tuple[str, str], Iterable[str]], dataset: Dataset
) -> list[float]:
    """``similarity`` of the docs and every snapshot, by counting shared items through an
    index of the dataset instead of building each snapshot's items. Every item names its
    (METHOD, path), so only the groups of documented routes can share any."""
    d = _items(documented)
    groups, sizes = _index(dataset)
    common = [0] * len(dataset.snapshots)
    for method, path in {(m.upper(), p) for m, p in documented}:
        group = groups.get((method, path))
        if group is None:
            continue
        for i, n in _group_counts(group[0], group[1], d).items():
            common[i] += n
    b2 = BETA * BETA
    out = []
    for c, size in zip(common, sizes, strict=True):
        if not d or not size or not c:
            out.append(0.0)
            continue
        recall, precision = c / len(d), c / size
        out.append((1 + b2) * recall * precision / (b2 * precision + recall))
    return out


def _snapshot_minor(s: Snapshot) -> int | None:
    v = parse_version(s.version)
    return v.minor if v else None


def _releases_of(dataset: Dataset, cands: list[int], parsed: ParsedVersion) -> list[int]:
    """The release snapshots among ``cands`` of the very release ``parsed`` names."""
    return [
        i
        for i in cands
        if dataset.snapshots[i].kind == "release"
        and parse_version(dataset.snapshots[i].version) is not None
        and _same_release(dataset.snapshots[i].version, parsed)
    ]


def match_docs(
    dataset: Dataset,
    version: str | None,
    documented: Mapping[tuple[str, str], Iterable[str]],
) -> Match:
    """The snapshot whose facts to apply to a docs release.

    ``version`` is the release's version if known (``"0.45.2"``, ``"~0.43"``, ``None``);
    ``documented`` maps each documented (METHOD, path) to its documented parameter names.
    """
    if not dataset.snapshots:
        raise ValueError("empty dataset")
    parsed = parse_version(version)
    order = list(range(len(dataset.snapshots)))
    same = _same_minor(dataset, parsed)
    # scores of the candidates only: a few snapshots when the version names them, else all
    scores: Mapping[int, float] = (
        {i: similarity(documented, dataset.snapshot_facts(i)) for i in same}
        if same
        else dict(enumerate(similarities(documented, dataset)))
    )

    def pick(cands: list[int], near: int | None) -> int:
        def key(i: int) -> tuple[float, int, str]:
            m = _snapshot_minor(dataset.snapshots[i])
            dist = abs(m - near) if (near is not None and m is not None) else 0
            return (-round(scores[i], 6), dist, _neg(dataset.snapshots[i].date))

        return min(cands, key=key)

    if parsed is not None and same:
        best = pick(same, parsed.minor)
        exact = _releases_of(dataset, same, parsed)
        if exact:
            top = pick(exact, parsed.minor)
            if scores[top] >= scores[best] - EXACT_SLACK:
                best = top
        return _match(
            dataset,
            best,
            scores[best],
            True,
            f"version: {version} names minor 0.{parsed.minor}; "
            f"{dataset.snapshots[best].label or dataset.snapshots[best].version} "
            f"is the closest of its {len(same)} snapshots",
        )
    cands = order
    near = parsed.minor if parsed else None
    if parsed is not None:
        window = [
            i
            for i in order
            if (m := _snapshot_minor(dataset.snapshots[i])) is not None
            and abs(m - parsed.minor) <= 1
        ]
        cands = window or order
    best = pick(cands, near)
    why = (
        f"similarity: closest of {len(cands)} snapshots"
        + (f" within one minor of {version}" if parsed and len(cands) < len(order) else "")
        + f" by documented endpoints and parameter names (score {scores[best]:.4f})"
    )
    return _match(dataset, best, scores[best], False, why)


def _same_minor(dataset: Dataset, parsed: ParsedVersion | None) -> list[int]:
    """The snapshots of an exact version's minor, plus the master snapshots right after it
    (docs built there); none for an approximate or unknown version."""
    if parsed is None or parsed.approximate:
        return []
    after = f"0.{parsed.minor + 1}-dev"
    return [
        i
        for i, s in enumerate(dataset.snapshots)
        if _snapshot_minor(s) == parsed.minor or (s.kind != "release" and s.version == after)
    ]


def _neg(day: str) -> str:
    # later dates first among equals: invert the digits
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in day)


def _same_release(version: str, wanted: ParsedVersion) -> bool:
    have = parse_version(version)
    if have is None:
        return False
    n = len(wanted.parts)
    return have.parts[:n] == wanted.parts or (n == 2 and have.parts[:2] == wanted.parts)


def _match(dataset: Dataset, idx: int, score: float, by_version: bool, reason: str) -> Match:
    return Match(dataset.snapshots[idx], dataset.snapshot_facts(idx), score, reason, by_version)
