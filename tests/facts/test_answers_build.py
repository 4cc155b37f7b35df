"""Normalising, borrowing and the cross-snapshot rule; the build command end to end on a
made-up repository (its frontend tree from answers_fixture.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.facts.answers import load_answer_facts, match_answers
from generator.facts.answers_borrow import borrow_routes
from generator.facts.answers_build import Extraction, normalise, union_of, widen_literals
from generator.facts.answers_cli import build_answers
from generator.facts.answers_rules import apply_cross_snapshot_rules
from generator.facts.build import main

from .answers_fixture import TYPES, git_repo, need_typescript


def _obj(*fields: tuple[str, str, bool]) -> dict[str, Any]:
    return {
        "fields": [{"key": k, "type": t, "required": r} for k, t, r in fields],
        "additional": None,
    }


def test_normalise_names_optionality_and_pruning() -> None:
    ex = Extraction(
        routes={"GET /api/thing/:id": "Thing", "GET /api/any": "Any"},
        types={
            "Thing": _obj(
                ("id", "int", True),
                ("nick", "str", False),
                ("uiFlag", "bool", True),
                ("sizes", "list[Literal['s', 'm']]", True),
                ("mode", "Client", True),
            ),
            "Client": _obj(("x", "int", True)),  # a name the generated package uses itself
            "Unused": _obj(("y", "int", True)),
        },
        dropped=[],
    )
    out = normalise(ex)
    assert out.routes == {"GET /api/thing/:id": "Thing"}  # an untyped answer is no fact
    assert set(out.types) == {"Thing", "ClientShape"}
    got = {f["key"]: (f["type"], f["required"]) for f in out.types["Thing"]["fields"]}
    assert got == {
        "id": ("int", True),
        "nick": ("str | None", False),
        "uiFlag": ("bool | None", False),
        "sizes": ("list[str]", True),
        "mode": ("ClientShape", True),
    }


def test_union_of() -> None:
    assert union_of("Literal['a'] | None", "Literal['b'] | int") == "Literal['a', 'b'] | int | None"
    assert union_of("str", "Literal['x']") == "str"
    assert union_of("int", "Any | None") == "Any"


def test_widen_literals() -> None:
    nine = "Literal[" + ", ".join(f"'{c}'" for c in "abcdefghi") + "]"
    assert widen_literals(f"{nine} | None") == "str | None"
    assert widen_literals("Literal['a', 'b'] | int") == "Literal['a', 'b'] | int"
    assert widen_literals("dict[str, list[Literal['a']]]") == "dict[str, list[str]]"


def _snap(version: str, routes: dict[str, str], sources: list[str], **types: Any) -> dict[str, Any]:
    return {
        "version": version,
        "date": f"20{version[2:4]}-01-01",
        "label": version,
        "sources": sources,
        "routes": routes,
        "types": types,
    }


def test_borrowing_takes_own_types_and_small_wrappers() -> None:
    newer = _snap(
        "0.56",
        {
            "GET /api/thing/:id": "Thing",
            "GET /api/thing/": "ThingPage",
            "GET /api/names": "list[str]",
            "GET /api/other": "Other",
        },
        ["rtk-query"],
        Thing=_obj(("id", "int", True), ("new_key", "str", True)),
        ThingPage=_obj(("data", "list[Thing]", True), ("total", "int", True)),
        Other=_obj(("a", "Deep1", True)),
        Deep1=_obj(("b", "Deep2", True)),
        Deep2=_obj(("c", "Deep3", True)),
        Deep3=_obj(("d", "int", True)),
    )
    own = Extraction({}, {"Thing": _obj(("id", "int", True))}, [])
    old = _snap("0.49", {}, ["frontend-ts"])
    out = borrow_routes(old, own, [newer])
    # Other would bring three foreign types for one of its own: not taken; list[str] says
    # nothing of this tree
    assert out["routes"] == {"GET /api/thing/:id": "Thing", "GET /api/thing/": "ThingPage"}
    assert out["types"]["Thing"] == own.types["Thing"]  # the tree's own shape, not the newer one
    assert out["types"]["ThingPage"] == {**newer["types"]["ThingPage"], "borrowed": True}
    assert "routes-of-nearest" in out["sources"]
    flow = borrow_routes(old, own, [newer], copy=False)
    assert flow["routes"] == {"GET /api/thing/:id": "Thing"}


def test_cross_snapshot_rule_keeps_required_only_where_neighbours_agree() -> None:
    a = _snap("0.49", {}, [], Thing=_obj(("id", "int", True), ("k", "str", True)))
    b = _snap(
        "0.56", {}, [], Thing=_obj(("id", "int", True), ("k", "str", True), ("n", "str", True))
    )
    c = _snap(
        "0.59", {}, [], Thing=_obj(("id", "int", True), ("k", "str", False), ("n", "str", True))
    )
    out = apply_cross_snapshot_rules([c, a, b])
    req = lambda s: {f["key"] for f in s["types"]["Thing"]["fields"] if f["required"]}  # noqa: E731
    assert req(out[1]) == {"id", "k"}
    assert req(out[2]) == {"id"}  # n is new in 0.56, k optional in 0.59
    assert req(out[0]) == {"id", "n"}


def test_copied_types_require_nothing_and_prove_nothing() -> None:
    copied = {**_obj(("data", "list[int]", True)), "borrowed": True}
    old = _snap("0.49", {}, [], Page=copied)
    new = _snap("0.56", {}, [], Page=_obj(("data", "list[int]", True), ("engine", "str", True)))
    out = apply_cross_snapshot_rules([old, new])
    assert out[0]["types"]["Page"] == _obj(("data", "list[int] | None", False))
    assert [f["required"] for f in out[1]["types"]["Page"]["fields"]] == [False, False]


def test_newer_snapshot_keeps_older_keys_and_types() -> None:
    old = _snap(
        "0.49",
        {},
        [],
        Thing=_obj(("gone", "int", True), ("k", "Literal['a']", True), ("ref", "Missing", True)),
    )
    new = _snap("0.56", {}, [], Thing=_obj(("k", "Literal['b'] | None", True)))
    out = apply_cross_snapshot_rules([old, new])
    got = {f["key"]: (f["type"], f["required"]) for f in out[1]["types"]["Thing"]["fields"]}
    assert got == {
        "gone": ("int | None", False),
        "k": ("Literal['a', 'b'] | None", True),  # required by both
        "ref": ("Any", False),  # names a shape the newer snapshot lacks
    }


MIGRATION = """\
databaseChangeLog:
  - changeSet:
      id: 1
      changes:
        - createTable:
            tableName: metabase_gadget
            columns:
              - column: {name: id, type: int}
"""


@pytest.fixture(scope="module")
def mirrors(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    need_typescript()
    root = tmp_path_factory.mktemp("m")
    files = {**TYPES, "resources/migrations/001_made_up.yaml": MIGRATION}
    commit = git_repo(root / "work", root / "mirrors" / "someone+gadgets" / "repo", files)
    return root / "mirrors", commit


def test_build_end_to_end_is_deterministic(
    mirrors: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where, commit = mirrors
    plan = (("someone/gadgets", commit, "0.50"),)
    snaps = build_answers(where, plan)
    assert len(snaps) == 1
    s = snaps[0]
    assert (s["repo"], s["commit"], s["date"], s["version"]) == (
        "someone/gadgets",
        commit,
        "2025-03-04",
        "0.50",
    )
    assert s["label"] == f"v0.50 someone/gadgets@{commit[:10]}"
    assert s["routes"]["GET /api/gadget/:id"] == "Gadget"
    assert "frontend-ts" in s["sources"] and "rtk-query" in s["sources"]
    # through the command line, twice: same bytes, and a loadable dataset
    out1, out2 = tmp_path / "a" / "answers.json", tmp_path / "b" / "answers.json"
    out1.parent.mkdir()
    out2.parent.mkdir()
    (out1.parent / "answer-types").mkdir()
    (out1.parent / "answer-types" / "0123456789ab.json").write_text("{}")  # a stale one
    monkeypatch.setattr("generator.facts.answers_cli.PLAN", plan)
    assert main(["answers", "--mirrors", str(where), "-o", str(out1)]) == 0
    assert main(["answers", "--mirrors", str(where), "-o", str(out2)]) == 0

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.json")}

    assert files(out1.parent) == files(out2.parent)
    assert sorted(files(out1.parent)) == ["answer-types/" + commit[:12] + ".json", "answers.json"]
    ds = load_answer_facts(out1)
    got = match_answers("0.50.3", set(), ds)
    assert got is not None and got.answer("GET", "/api/gadget/{id}") == "Gadget"
    assert got.types["Gadget"].fields
    index = json.loads(out1.read_text())
    assert index["format"] == "mbgen-answer-facts/2"
    assert index["snapshots"][0]["types"] == f"answer-types/{commit[:12]}.json"


def test_missing_mirror_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "answers.json"
    assert main(["answers", "--mirrors", str(tmp_path / "none"), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "no git directory for" in err[0]
    assert not out.exists()
