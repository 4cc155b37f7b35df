"""The dataset format, the committed dataset and the matcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.facts import (
    Dataset,
    EndpointFacts,
    ParamFact,
    Snapshot,
    dump_dataset,
    load_dataset,
    match_docs,
    parse_version,
)
from generator.facts.dataset import format_ranges, parse_ranges
from generator.facts.match import similarity


def ep(method: str, path: str, *params: ParamFact) -> EndpointFacts:
    return EndpointFacts(method, path, "metabase.api.widget", tuple(params))


def snap(commit: str, day: str, version: str, kind: str = "release") -> Snapshot:
    return Snapshot("example/widgets", commit * 40, day, version, kind, f"v{version}")


ID = ParamFact("id", "path", True)
NAME = ParamFact("name", "body", True)
COLOUR = ParamFact("colour", "form", True)


@pytest.fixture
def small() -> Dataset:
    return Dataset.from_snapshots(
        [
            (snap("a", "2020-01-01", "0.30.0"), [ep("GET", "/api/widget/:id", ID)]),
            (
                snap("b", "2020-03-01", "0.31-dev", "master"),
                [ep("GET", "/api/widget/:id", ID), ep("POST", "/api/widget/", NAME)],
            ),
            (
                snap("c", "2020-05-01", "0.31.0"),
                [ep("GET", "/api/widget/:id", ID, COLOUR), ep("POST", "/api/widget/", NAME)],
            ),
        ]
    )


def test_ranges() -> None:
    assert format_ranges([5, 0, 1, 2, 7, 8]) == "0-2,5,7-8"
    assert parse_ranges("0-2,5,7-8") == [0, 1, 2, 5, 7, 8]
    assert format_ranges([]) == "" and parse_ranges("") == []


def test_merge_and_round_trip(small: Dataset) -> None:
    # the GET record of a and b is the same one, stored once
    assert len(small.facts) == 3
    text = dump_dataset(small)
    again = Dataset.from_json(json.loads(text))
    assert dump_dataset(again) == text
    got = again.snapshot_facts(2).endpoint("GET", "/api/widget/:id")
    assert got is not None and got.param("colour") == COLOUR
    assert again.find("ccc") == small.snapshots[2]


def test_same_commit_twice_keeps_both_labels() -> None:
    s1 = snap("d", "2021-01-01", "0.40.0")
    s2 = Snapshot(s1.repo, s1.commit, s1.date, "0.41-dev", "corpus", "docs-folder")
    ds = Dataset.from_snapshots([(s2, []), (s1, [])])
    assert len(ds.snapshots) == 1
    assert ds.snapshots[0].kind == "release" and ds.snapshots[0].label == "v0.40.0 + docs-folder"


def test_parse_version() -> None:
    v = parse_version("0.45.2")
    assert v is not None and v.minor == 45 and v.parts == (0, 45, 2) and not v.approximate
    a = parse_version("~0.43")
    assert a is not None and a.approximate and a.minor == 43
    d = parse_version("v0.49-dev")
    assert d is not None and d.approximate
    e = parse_version("1.45.3")  # enterprise numbering: same API as 0.45
    assert e is not None and e.minor == 45
    assert parse_version(None) is None and parse_version("latest") is None


def test_match_by_version(small: Dataset) -> None:
    docs = {("GET", "/api/widget/:id"): ["id"]}
    m = match_docs(small, "0.30.0", docs)
    assert m.by_version and m.snapshot.commit.startswith("a") and m.reason.startswith("version")


def test_match_by_similarity(small: Dataset) -> None:
    docs = {("GET", "/api/widget/:id"): ["id", "colour"], ("POST", "/api/widget/"): ["name"]}
    m = match_docs(small, None, docs)
    assert not m.by_version and m.snapshot.commit.startswith("c") and m.score == 1.0
    assert m.reason.startswith("similarity")
    # an unknown minor falls back to similarity over every snapshot
    assert match_docs(small, "0.99.0", docs).snapshot.commit.startswith("c")
    assert similarity(docs, small.snapshot_facts(0)) < 1.0


def test_committed_dataset_loads() -> None:
    ds = load_dataset()
    assert len(ds.snapshots) > 50
    releases = {s.version for s in ds.snapshots if s.kind == "release"}
    for minor in range(20, 50):
        assert f"0.{minor}.0" in releases
    dates = [s.date for s in ds.snapshots]
    assert dates == sorted(dates)
    for s in ds.snapshots:
        assert len(s.commit) == 40 and s.repo.count("/") == 1
    locations = {p.location for e, _ in ds.facts for p in e.params}
    assert locations <= {
        "path",
        "query",
        "form",
        "body",
        "whole_body",
        "whole_query",
        "multipart",
        "request",
        "unbound",
    }


def test_committed_dataset_is_deterministic() -> None:
    path = Path(__file__).resolve().parents[2] / "generator" / "facts" / "data" / "facts.json"
    text = path.read_text(encoding="utf-8")
    assert dump_dataset(Dataset.from_json(json.loads(text))) == text
    assert len(text) < 3_000_000


def test_package_imports_nothing_else_from_generator() -> None:
    import ast
    import sys

    pkg = Path(__file__).resolve().parents[2] / "generator" / "facts"
    for module in sorted(pkg.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    continue  # relative: inside generator.facts
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__", (module.name, name)
