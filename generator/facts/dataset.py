"""The committed facts dataset: snapshots (Metabase commits) and the endpoint facts each holds.

On disk (``data/facts.json``) every distinct endpoint record is stored once, with ``in``: the
snapshots it holds in, as index ranges (``"0-4,7"``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .model import EndpointFacts

_HERE = Path(__file__).parent

__all__ = [
    "DATA_FILE",
    "FORMAT",
    "Dataset",
    "Snapshot",
    "SnapshotFacts",
    "dump_dataset",
    "format_ranges",
    "load_dataset",
    "parse_ranges",
]

FORMAT = "mbgen-facts/1"
_KIND_RANK = {"release": 0, "corpus": 1, "master": 2, "rev": 3}
DATA_FILE = "facts.json"


@dataclass(frozen=True)
class Snapshot:
    """One Metabase revision the facts were read from."""

    repo: str  # the public repository read (owner/name)
    commit: str  # full commit id
    date: str  # committer date, YYYY-MM-DD
    version: str  # "0.45.0" for a release tag, "0.46-dev" for master, ...
    kind: str  # "release", "master" or "corpus" (a commit a corpus docs folder names)
    label: str = ""  # tag, branch@date or corpus folder name

    def to_json(self) -> dict[str, str]:
        return {
            "repo": self.repo,
            "commit": self.commit,
            "date": self.date,
            "version": self.version,
            "kind": self.kind,
            "label": self.label,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Snapshot:
        return cls(
            repo=str(data["repo"]),
            commit=str(data["commit"]),
            date=str(data["date"]),
            version=str(data["version"]),
            kind=str(data["kind"]),
            label=str(data.get("label", "")),
        )


@dataclass
class SnapshotFacts:
    """The facts of one snapshot, indexed by (method, path)."""

    snapshot: Snapshot
    endpoints: list[EndpointFacts]
    mounts: dict[str, str] = field(default_factory=dict)  # namespace -> URL prefix
    _index: dict[tuple[str, str], list[EndpointFacts]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for e in self.endpoints:
            self._index.setdefault(e.key, []).append(e)
        self._routes: dict[tuple[str, str], list[EndpointFacts]] = {}
        for e in self.endpoints:
            if e.route is not None and e.route != e.path:
                self._routes.setdefault((e.method, e.route), []).append(e)

    def lookup(self, method: str, path: str) -> list[EndpointFacts]:
        """Every endpoint form printed as ``method path`` (Enterprise overrides give two);
        else those served at the route ``path`` whose docs print another path."""
        key = (method.upper(), path)
        return list(self._index.get(key) or self._routes.get(key, []))

    def endpoint(self, method: str, path: str) -> EndpointFacts | None:
        found = self.lookup(method, path)
        return found[0] if found else None

    def keys(self) -> set[tuple[str, str]]:
        return set(self._index)


def parse_ranges(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        if not part:
            continue
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def format_ranges(indexes: Iterable[int]) -> str:
    nums = sorted(set(indexes))
    parts: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(parts)


@dataclass
class Dataset:
    """All snapshots (oldest first) and their facts."""

    snapshots: list[Snapshot]
    facts: list[tuple[EndpointFacts, list[int]]]  # record, indexes of the snapshots it holds in
    # (namespace, URL prefix, indexes of the snapshots whose route tables mount it there)
    mounts: list[tuple[str, str, list[int]]] = field(default_factory=list)
    _cache: dict[int, SnapshotFacts] = field(default_factory=dict, repr=False)
    _where: list[frozenset[int]] = field(default_factory=list, repr=False)

    def snapshot_facts(self, snapshot: Snapshot | int) -> SnapshotFacts:
        """One snapshot's facts, built when first asked for (a docs release needs one or a
        few of them, not all 174)."""
        idx = snapshot if isinstance(snapshot, int) else self.snapshots.index(snapshot)
        if idx not in self._cache:
            if len(self._where) != len(self.facts):
                self._where[:] = [frozenset(where) for _, where in self.facts]
            eps = [e for (e, _), where in zip(self.facts, self._where, strict=True) if idx in where]
            self._cache[idx] = SnapshotFacts(self.snapshots[idx], eps, self.snapshot_mounts(idx))
        return self._cache[idx]

    def snapshot_mounts(self, idx: int) -> dict[str, str]:
        """namespace -> URL prefix in snapshot ``idx`` (empty: its route tables were not read)."""
        return {ns: at for ns, at, where in self.mounts if idx in where}

    def find(self, commit_prefix: str) -> Snapshot | None:
        """The snapshot of a commit (full or abbreviated id)."""
        p = commit_prefix.lower()
        for s in self.snapshots:
            if s.commit.startswith(p):
                return s
        return None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Dataset:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} dataset")
        snaps = [Snapshot.from_json(s) for s in data["snapshots"]]
        facts = [(EndpointFacts.from_json(e), parse_ranges(e["in"])) for e in data["endpoints"]]
        mounts = [
            (str(m["ns"]), str(m["at"]), parse_ranges(m["in"])) for m in data.get("mounts", [])
        ]
        return cls(snaps, facts, mounts)

    @classmethod
    def from_snapshots(
        cls,
        items: Iterable[tuple[Snapshot, Iterable[EndpointFacts]]],
        mounts: Mapping[str, Mapping[str, str]] | None = None,
    ) -> Dataset:
        """Merge per-snapshot facts (deduplicated by commit; sorted by date); ``mounts``:
        commit -> the namespace mounts of that snapshot, where known."""
        seen: dict[str, tuple[Snapshot, list[EndpointFacts]]] = {}
        for snap, eps in items:
            if snap.commit in seen:  # one commit read twice: the later facts, both labels
                old = seen[snap.commit][0]
                first, second = sorted([old, snap], key=lambda s: _KIND_RANK.get(s.kind, 9))
                both = [*first.label.split(" + "), *second.label.split(" + ")]
                labels = [x for x in dict.fromkeys(both) if x]
                snap = replace(first, label=" + ".join(labels))
            seen[snap.commit] = (snap, list(eps))
        ordered = sorted(seen.values(), key=lambda x: (x[0].date, x[0].kind, x[0].commit))
        merged: dict[str, tuple[EndpointFacts, list[int]]] = {}
        for idx, (_, eps) in enumerate(ordered):
            for e in eps:
                key = json.dumps(e.to_json(), sort_keys=True)
                merged.setdefault(key, (e, []))[1].append(idx)
        facts = sorted(
            merged.values(), key=lambda x: (x[0].path, x[0].method, x[0].namespace, x[1])
        )
        at: dict[tuple[str, str], list[int]] = {}
        for idx, (snap, _) in enumerate(ordered):
            for ns, prefix in (mounts or {}).get(snap.commit, {}).items():
                at.setdefault((ns, prefix), []).append(idx)
        mount_rows = [(ns, prefix, where) for (ns, prefix), where in sorted(at.items())]
        return cls([s for s, _ in ordered], facts, mount_rows)

    def items(self) -> list[tuple[Snapshot, list[EndpointFacts]]]:
        return [(s, self.snapshot_facts(i).endpoints) for i, s in enumerate(self.snapshots)]

    def all_mounts(self) -> dict[str, dict[str, str]]:
        """commit -> namespace mounts, for the snapshots whose route tables were read."""
        out = {s.commit: self.snapshot_mounts(i) for i, s in enumerate(self.snapshots)}
        return {c: m for c, m in out.items() if m}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "note": "Facts only: methods, paths, parameter names and locations, commit ids.",
            "snapshots": [s.to_json() for s in self.snapshots],
            "mounts": [
                {"ns": ns, "at": at, "in": format_ranges(where)} for ns, at, where in self.mounts
            ],
            "endpoints": [{**e.to_json(), "in": format_ranges(where)} for e, where in self.facts],
        }


def dump_dataset(dataset: Dataset) -> str:
    """Deterministic JSON text: one snapshot / endpoint record a line."""
    data = dataset.to_json()
    lines = [
        "{",
        f'"format": {json.dumps(data["format"])},',
        f'"note": {json.dumps(data["note"])},',
    ]
    for name in ("snapshots", "mounts", "endpoints"):
        rows = [json.dumps(r, sort_keys=True, separators=(",", ":")) for r in data[name]]
        lines.append(f'"{name}": [')
        lines.extend(r + ("," if i < len(rows) - 1 else "") for i, r in enumerate(rows))
        lines.append("]," if name != "endpoints" else "]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def load_dataset(path: str | Path | None = None) -> Dataset:
    """The committed dataset (or the one at ``path``)."""
    if path is not None:
        text = Path(path).read_text(encoding="utf-8")
    elif (_HERE / "data" / DATA_FILE).is_file():  # installed as files: no importlib.resources
        text = (_HERE / "data" / DATA_FILE).read_text(encoding="utf-8")
    else:  # pragma: no cover - a zipped install
        from importlib import resources

        text = (
            resources.files(__package__).joinpath(f"data/{DATA_FILE}").read_text(encoding="utf-8")
        )
    return Dataset.from_json(json.loads(text))
