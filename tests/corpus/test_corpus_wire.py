"""Parameter placements of Markdown-era releases against Metabase's route code at the very
commit each corpus folder was taken from (its facts snapshot, kind "corpus" or the release
tag at that commit). The model gets its facts by matching the release's version or docs, as
a user's run would; this checks that what it ships is what the server read at that commit.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_labels

from generator import facts
from generator.app import load as sources
from generator.app import wire
from generator.core.model import Endpoint

pytestmark = pytest.mark.corpus
MARKDOWN = corpus_labels("markdown")

# What each kind of fact means for a client, written out here apart from generator/app/wire.py.
EXPECTED = {
    "path": "path",
    "query": "query",
    "form": "form",
    "body": "body",
    "whole_body": "body (whole)",
    "whole_query": "query (whole)",
    "multipart": "multipart",
}


def placement(location: str, whole: bool, multipart: bool) -> str:
    if multipart and (location == "form" or (location == "query" and whole)):
        location = "multipart"
    return location + (" (whole)" if whole else "")


def truth_at(entry: dict[str, Any]) -> facts.SnapshotFacts:
    commit = re.search(r"commit ([0-9a-f]{7,40})", entry["source"])
    assert commit, entry["source"]
    ds = facts.load_dataset()
    snap = ds.find(commit.group(1))
    assert snap is not None, f"no facts snapshot at {commit.group(1)}"
    return ds.snapshot_facts(snap)


def score(
    ep: Endpoint,
    truth: facts.SnapshotFacts,
    right: Counter[str],
    wrong: Counter[str],
    misses: list[str],
) -> None:
    found = truth.lookup(ep.method, ep.path)
    if not found:
        return  # stale docs of a removed route (docs/facts.md); nothing to hold it against
    names = {p.name for p in ep.params}
    ef = max(found, key=lambda f: len(names & set(f.documented_names())))
    for p in ep.params:
        if p.location == "path" or p.whole_body and p.name not in {q.name for q in ef.params}:
            continue
        fact = ef.param(p.name)
        if fact is None or fact.location in ("unbound", "request"):
            continue
        want = placement(
            EXPECTED[fact.location].split(" ")[0], fact.location.startswith("whole"), ef.multipart
        )
        wire = fact.key_path or (fact.wire_name,)
        got = placement(p.location, p.whole_body, False)
        ok = got == want and (
            p.whole_body
            or p.wire_path == wire
            or p.location != "body"
            and p.wire_path[-1] == wire[-1]
        )
        (right if ok else wrong)[want] += 1
        if not ok:
            misses.append(f"{ep.method} {ep.path} {p.name}: {got} {p.wire_path} != {want} {wire}")


@pytest.mark.parametrize("entry", MARKDOWN)
def test_placements_match_the_route_code_at_the_docs_commit(entry: dict[str, Any]) -> None:
    loaded = sources.load(CORPUS / entry["label"], entry["metabase_version"])
    truth = truth_at(entry)
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    misses: list[str] = []
    for ep in loaded.model.endpoints:
        score(ep, truth, right, wrong, misses)
    total = sum(right.values()) + sum(wrong.values())
    assert total > 100
    assert sum(right.values()) / total >= 0.99, misses
    for cls in set(right) | set(wrong):
        n = right[cls] + wrong[cls]
        assert wrong[cls] <= max(1, n // 100), (cls, misses)


@pytest.mark.parametrize("entry", MARKDOWN)
@pytest.mark.parametrize("version", ["manifest", "none"])
def test_held_out_release_still_placed_right(
    entry: dict[str, Any], version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for a release the dataset has never seen: its own commit is taken out of the
    dataset, and the release is matched to its neighbours (by version, or with no version
    at all by its docs alone)."""
    truth = truth_at(entry)
    full = facts.load_dataset()
    held_out = facts.Dataset.from_snapshots(
        ((s, eps) for s, eps in full.items() if s.commit != truth.snapshot.commit),
        full.all_mounts(),
    )
    assert len(held_out.snapshots) == len(full.snapshots) - 1
    monkeypatch.setattr(wire, "dataset", lambda: held_out)
    given = entry["metabase_version"] if version == "manifest" else None
    loaded = sources.load(CORPUS / entry["label"], given)
    assert truth.snapshot.commit[:10] not in loaded.model.wire_facts
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    misses: list[str] = []
    for ep in loaded.model.endpoints:
        score(ep, truth, right, wrong, misses)
    total = sum(right.values()) + sum(wrong.values())
    assert sum(right.values()) / total >= 0.99, misses


@pytest.mark.parametrize("entry", MARKDOWN)
def test_every_endpoint_is_at_the_route_its_commit_serves(entry: dict[str, Any]) -> None:
    """The route tables of the docs' commit mount each namespace somewhere: every endpoint
    the facts know is at that route (``/api/preview_embed``, not the ``/api/preview-embed``
    the docs print), none at a route guessed from a namespace's name."""
    loaded = sources.load(CORPUS / entry["label"], entry["metabase_version"])
    truth = truth_at(entry)
    served = {(e.method, e.route) for e in truth.endpoints}
    assert len(truth.mounts) > 20
    misplaced = [
        f"{e.method} {e.path}"
        for e in loaded.model.endpoints
        if truth.lookup(e.method, e.path) and (e.method, e.path) not in served
    ]
    assert misplaced == []
    guessed = [d for d in loaded.diagnostics.warnings if d.code == "namespace-heading"]
    assert guessed == []
