"""The answer-facts loader and matcher (generator/facts/answers.py) on made-up datasets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.core import types as typeexpr
from generator.facts.answers import (
    ANSWER_FORMAT,
    AnswerFactsError,
    answers_from_json,
    load_answer_facts,
    match_answers,
)


def _snap(version: str, date: str, routes: dict[str, str], **types: Any) -> dict[str, Any]:
    return {
        "label": f"v{version} someone/gadgets@{date.replace('-', '')}00",
        "repo": "someone/gadgets",
        "commit": date.replace("-", "") * 5,
        "date": date,
        "version": version,
        "sources": ["frontend-ts"],
        "types": types,
        "routes": routes,
    }


WIDGET = {
    "fields": [
        {"key": "id", "type": "int", "required": True},
        {"key": "colour", "type": "Literal['red', 'blue'] | None", "required": False},
    ],
    "additional": None,
}
DATA = {
    "format": ANSWER_FORMAT,
    "snapshots": [
        _snap("0.40", "2021-01-02", {"GET /api/widget/:id": "Widget"}, Widget=WIDGET),
        _snap(
            "0.44",
            "2022-01-02",
            {"GET /api/widget/:id": "Widget", "GET /api/widget/": "list[Widget]"},
            Widget=WIDGET,
            Thing={"union": ["Widget"], "tag": "model"},
        ),
        _snap("0.47", "2023-01-02", {"POST /api/gizmo/": "dict[str, Any]"}),
    ],
}


def test_loads_types_and_routes(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps(DATA))
    ds = load_answer_facts(p)
    s = ds.snapshots[1]
    assert s.version == "0.44"
    w = s.types["Widget"]
    assert w.kind == "object"
    colour = w.field("colour")
    assert colour is not None and colour.required is False
    assert s.types["Thing"].kind == "union" and s.types["Thing"].tag == "model"
    assert s.answer("GET", "/api/widget/{widget_id}") == "Widget"
    assert s.answer("GET", "/api/widget") == "list[Widget]"
    assert s.answer("DELETE", "/api/widget/:id") is None


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.44.3", "0.44"),
        ("v0.45", "0.47"),
        ("1.46.1", "0.47"),
        ("0.42", "0.44"),
        ("0.39", "0.40"),
        ("0.60", "0.47"),
    ],
)
def test_match_by_minor_then_nearest_newer(version: str, expected: str) -> None:
    ds = answers_from_json(DATA)
    got = match_answers(version, set(), ds)
    assert got is not None and got.version == expected


def test_match_without_version_uses_route_overlap() -> None:
    ds = answers_from_json(DATA)
    got = match_answers(None, {("GET", "/api/widget/:x"), ("GET", "/api/widget/")}, ds)
    assert got is not None and got.version == "0.44"
    assert match_answers(None, set(), answers_from_json({**DATA, "snapshots": []})) is None


def test_bad_file_names_the_pointer(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(DATA))
    bad["snapshots"][1]["types"]["Widget"]["fields"][0]["required"] = "yes"
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(bad))
    with pytest.raises(
        AnswerFactsError, match=r"bad.json: /snapshots/1/types/Widget/fields/0/required"
    ):
        load_answer_facts(p)
    p2 = tmp_path / "broken.json"
    p2.write_text('{"format": \n')
    with pytest.raises(AnswerFactsError, match=r"broken.json:2:"):
        load_answer_facts(p2)


def test_committed_dataset_parses_with_the_model_grammar() -> None:
    """Every type string of the committed dataset is one the model's parser accepts, every
    name it uses is defined in its snapshot, and the core routes are typed on 0.56."""
    ds = load_answer_facts()
    assert ds.format == ANSWER_FORMAT and ds.snapshots
    dates = [(s.date, s.label) for s in ds.snapshots]
    assert dates == sorted(dates)
    for s in ds.snapshots:
        strings = list(s.routes.values())
        for t in s.types.values():
            assert typeexpr.is_schema_name(t.name), t.name
            strings += [f.type for f in t.fields]
            strings += [x for x in (t.alias, t.additional) if x is not None]
            assert set(t.union) <= s.types.keys()
        for text in strings:
            parsed = typeexpr.parse(text)
            assert typeexpr.refs(parsed) <= s.types.keys(), (s.label, text)
    snap = match_answers("0.56", set())
    assert snap is not None and snap.version == "0.56"
    for method, path, name in [
        ("GET", "/api/card/:id", "Card"),
        ("GET", "/api/dashboard/:id", "Dashboard"),
        ("POST", "/api/dataset/", "Dataset"),
        ("GET", "/api/collection/root/items", "ListCollectionItemsResponse"),
    ]:
        assert snap.answer(method, path) == name
