"""The committed answer facts against the real Metabase trees they were read from: set
MBGEN_ANSWERS_MIRRORS to the mirrors folder of docs/answers.md (skipped otherwise).  Each
tree's own RTK Query routes are re-read and must be in its snapshot with the same answer."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from generator.facts.answers import load_answer_facts
from generator.facts.answers_build import normalise
from generator.facts.answers_cli import PLAN, find_git_dir
from generator.facts.answers_git import extract_tree
from generator.facts.malli import MBQL5_QUERY

from .answers_check import Coverage
from .answers_fixture import need_typescript

MIRRORS = os.environ.get("MBGEN_ANSWERS_MIRRORS")
NEWEST = [p for p in PLAN if p[2] in ("0.56", "0.59", "0.63.2")]


@pytest.mark.skipif(not MIRRORS, reason="MBGEN_ANSWERS_MIRRORS is not set")
@pytest.mark.parametrize(("repo", "rev", "version"), NEWEST)
def test_own_routes_are_in_the_committed_snapshot(repo: str, rev: str, version: str) -> None:
    need_typescript()
    git_dir = find_git_dir(Path(str(MIRRORS)), repo)
    if git_dir is None:
        pytest.skip(f"no mirror of {repo}")
    snap = next(s for s in load_answer_facts().snapshots if s.commit == rev)
    assert snap.version == version
    ex, sources = extract_tree(str(git_dir), rev)
    own = normalise(ex).routes
    assert "rtk-query" in sources and len(own) > 50
    for route, answer in own.items():
        committed = snap.routes[route]
        assert committed == answer or MBQL5_QUERY in committed, route


def _git_show(git_dir: Path, rev: str, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{rev}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.mark.skipif(not MIRRORS, reason="MBGEN_ANSWERS_MIRRORS is not set")
def test_recorded_answers_in_the_056_tree_are_named_and_valid() -> None:
    """Metabase's own recorded answers (a dashboard fixture, the static-viz stories' cards and
    query data) against the 0.56 snapshot: at least 95% of their key paths are named, and at
    least 98.5% of those fit their types.  (Some stories are trimmed by hand, and some of their
    "cards" are search results, so a real server's answers do better.)"""
    repo, rev, _ = next(p for p in PLAN if p[2] == "0.56")
    git_dir = find_git_dir(Path(str(MIRRORS)), repo)
    if git_dir is None:
        pytest.skip(f"no mirror of {repo}")
    snap = next(s for s in load_answer_facts().snapshots if s.commit == rev)
    cov = Coverage()
    dash = "frontend/src/metabase/parameters/utils/fixtures/dashboard-with-boolean-parameter.json"
    cov.add("dashboard", json.loads(_git_show(git_dir, rev, dash)), "Dashboard", snap)
    names = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", rev],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    stories = [n for n in names if "/stories-data/" in n and n.endswith(".json")]
    assert len(stories) > 100
    for name in stories:
        for item in json.loads(_git_show(git_dir, rev, name)):
            if isinstance(item, dict) and "card" in item and "data" in item:
                cov.add("card", item["card"], "Card", snap)
                cov.add("data", item["data"], "DatasetData", snap)
    assert len(cov.paths) > 1000
    assert cov.named >= 0.95, f"{cov.named:.1%} of {len(cov.paths)} paths named"
    assert cov.valid >= 0.985, f"{cov.valid:.1%} valid"
