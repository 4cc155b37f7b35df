"""Checking facts against Markdown-era docs: an independent reader of the endpoint headings
and their parameter bullets, and the coverage figures."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .dataset import Dataset
from .model import EndpointFacts

__all__ = [
    "Coverage",
    "CorpusRow",
    "DocEndpoints",
    "corpus_report",
    "coverage",
    "read_markdown_docs",
]

_HEADING = re.compile(r"^#{2,4} `([A-Z]+) ([^`]+)`\s*$")
_ANY_HEADING = re.compile(r"^#{1,4} ")
_BULLET = re.compile(r"^[*-]\s+\*\*`([^`]+)`\*\*")

#: (method, path) -> documented parameter names, in the order printed
DocEndpoints = dict[tuple[str, str], list[str]]


def read_markdown_docs(folder: str | Path) -> DocEndpoints:
    """The endpoints and parameter names of a Markdown-era docs folder (any of its layouts)."""
    root = Path(folder)
    files = sorted(root.glob("api-documentation.md")) + sorted(root.glob("api/**/*.md"))
    out: DocEndpoints = {}
    for path in files:
        current: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _HEADING.match(line)
            if m:
                current = out.setdefault((m.group(1), m.group(2)), [])
                continue
            if _ANY_HEADING.match(line) and not line.lstrip("#").strip().startswith("PARAMS"):
                current = None
                continue
            b = _BULLET.match(line)
            if b and current is not None and b.group(1) not in current:
                current.append(b.group(1))
    return out


@dataclass
class Coverage:
    endpoints: int = 0
    endpoints_found: int = 0
    params: int = 0
    params_found: int = 0
    missing_endpoints: list[tuple[str, str]] = field(default_factory=list)
    missing_params: list[tuple[str, str, str]] = field(default_factory=list)
    by_location: Counter[str] = field(default_factory=Counter)

    @property
    def endpoint_share(self) -> float:
        return self.endpoints_found / self.endpoints if self.endpoints else 1.0

    @property
    def param_share(self) -> float:
        return self.params_found / self.params if self.params else 1.0

    def summary(self) -> str:
        locs = ", ".join(f"{k}={v}" for k, v in sorted(self.by_location.items()))
        return (
            f"endpoints {self.endpoints_found}/{self.endpoints} ({100 * self.endpoint_share:.2f}%)"
            f", params {self.params_found}/{self.params} ({100 * self.param_share:.2f}%); {locs}"
        )


def coverage(
    docs: Mapping[tuple[str, str], Iterable[str]], facts: Iterable[EndpointFacts]
) -> Coverage:
    """How many documented endpoints and parameters have a fact."""
    index: dict[tuple[str, str], list[EndpointFacts]] = {}
    for e in facts:
        index.setdefault(e.key, []).append(e)
    cov = Coverage()
    for key in sorted(docs):
        cov.endpoints += 1
        names = list(docs[key])
        found = index.get(key, [])
        if found:
            cov.endpoints_found += 1
        else:
            cov.missing_endpoints.append(key)
        for name in names:
            cov.params += 1
            fact = next((p for e in found if (p := e.param(name)) is not None), None)
            if fact is None:
                if found:
                    cov.missing_params.append((key[0], key[1], name))
                continue
            cov.params_found += 1
            cov.by_location[fact.location] += 1
    return cov


_SOURCE_COMMIT = re.compile(r"\bat commit ([0-9a-f]{7,40})\b")


@dataclass
class CorpusRow:
    """The coverage of one Markdown-era corpus folder by its snapshot."""

    label: str
    commit: str
    snapshot: str  # "repo@commit" of the snapshot used, "" when none
    coverage: Coverage | None

    @property
    def ok(self) -> bool:
        return self.coverage is not None

    def render(self) -> str:
        if self.coverage is None:
            return f"{self.label:16} {self.commit:12} no snapshot of that commit"
        lines = [f"{self.label:16} {self.commit:12} {self.coverage.summary()}"]
        lines += [f"    missing endpoint {m} {p}" for m, p in self.coverage.missing_endpoints]
        lines += [f"    missing param {m} {p} {n}" for m, p, n in self.coverage.missing_params]
        return "\n".join(lines)


def corpus_report(corpus: Path, dataset: Dataset) -> list[CorpusRow]:
    """Coverage of every Markdown-era folder of the corpus (manifest.json) by the dataset."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    rows: list[CorpusRow] = []
    for entry in manifest:
        if not str(entry.get("format", "")).startswith("markdown"):
            continue
        m = _SOURCE_COMMIT.search(str(entry.get("source", "")))
        if not m:
            continue
        commit = m.group(1)
        snap = dataset.find(commit)
        if snap is None:
            rows.append(CorpusRow(entry["label"], commit, "", None))
            continue
        docs = read_markdown_docs(corpus / entry["label"])
        cov = coverage(docs, dataset.snapshot_facts(snap).endpoints)
        rows.append(CorpusRow(entry["label"], commit, f"{snap.repo}@{snap.commit[:10]}", cov))
    return rows
