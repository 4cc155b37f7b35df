"""The committed answer facts against the real Metabase trees they were read from: set
MBGEN_ANSWERS_MIRRORS to the mirrors folder of docs/answers.md (skipped otherwise).  Each
tree's own RTK Query routes are re-read and must be in its snapshot with the same answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.facts.answers import load_answer_facts
from generator.facts.answers_build import normalise
from generator.facts.answers_cli import PLAN, find_git_dir
from generator.facts.answers_git import extract_tree
from generator.facts.malli import MBQL5_QUERY

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
