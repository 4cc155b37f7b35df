"""A client typed by answer facts (the made-up dataset tests/fixtures/answers/small.json):
what a user's script sees under ``mypy --strict``, what the runtime returns (the answer,
untouched), and made-up answers checked against the declared types by pydantic (strict)."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError
from pytest_httpserver import HTTPServer
from support.made_up import made_up, union_width
from support.packages import import_package
from support.typecheck import cache_args

from generator.app import answers, generate
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param, SourceRef
from generator.facts.answers import load_answer_facts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "answers" / "small.json"
PACKAGE = "answers_demo"


def _ep(method: str, path: str, *params: Param) -> Endpoint:
    return Endpoint(
        method,
        path,
        path.split("/")[2],
        "",
        False,
        False,
        False,
        (SourceRef("api.json", 1),),
        params=params,
    )


def _body(name: str, t: tx.T, required: bool = False) -> Param:
    return Param(name, name, "body", required, t, type_origin="schema")


def _path(name: str) -> Param:
    return Param(name, name.replace("-", "_"), "path", True, tx.INT, type_origin="location")


MODEL = ApiModel(
    "0.56",
    "openapi-json",
    (
        _ep("GET", "/api/card/{id}", _path("id")),
        _ep("GET", "/api/card/"),
        _ep(
            "POST",
            "/api/card/",
            _body("name", tx.STR, True),
            _body("display", tx.STR, True),
            _body("visualization_settings", tx.DICT, True),
            _body("dataset_query", tx.DICT, True),
        ),
        _ep("POST", "/api/card/{card-id}/query", _path("card-id")),
        _ep("POST", "/api/dataset/", _body("database", tx.INT)),
        _ep("GET", "/api/collection/{id}/items", _path("id")),
        _ep("GET", "/api/collection/tree"),
        _ep("GET", "/api/user/current"),
    ),
)

SCRIPT = """\
from answers_demo import Client

mb = Client("http://localhost", api_key="k")
card = mb.card.get(1)
reveal_type(card["dataset_query"])
name: str = card["name"]
card["colection_id"]
mb.dataset.create(database=1, type="native", native={"query": "select 1"})
mb.card.create(
    name="n",
    display="table",
    visualization_settings={},
    dataset_query={"type": "query", "database": 1, "query": {"source-table": 2, "limit": 3}},
)
mb.card.create(
    name="n",
    display="table",
    visualization_settings={},
    dataset_query={"type": "query", "database": 1, "querry": {"source-table": 2}},
)
for item in mb.collection.get_items(1)["data"]:
    if item["model"] == "dashboard":
        reveal_type(item)
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("answers")
    model, _ = answers.apply_answers(MODEL, load_answer_facts(FIXTURE))
    generate.write_package(model, folder, PACKAGE)
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return import_package(out, PACKAGE)


def test_a_users_script_under_mypy_strict(out: Path, tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(SCRIPT)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *cache_args("strict"), "use.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(out), "PATH": ""},
        timeout=600,
    )
    lines = proc.stdout.splitlines()
    revealed = [line for line in lines if "Revealed type" in line]
    assert "MbqlNativeDatasetQuery" in revealed[0] and "MbqlStructuredDatasetQuery" in revealed[0]
    assert re.search(
        r'use\.py:\d+: note: Revealed type is "TypedDict\(.*CollectionItemDashboard', revealed[1]
    )
    errors = [line for line in lines if ": error:" in line]
    assert len(errors) == 2, proc.stdout
    assert 'TypedDict "Card" has no key "colection_id"' in errors[0]
    assert errors[1].startswith("use.py:19:") and 'Argument "dataset_query"' in errors[1]


def test_declared_types_are_the_packages_typeddicts(pkg: ModuleType) -> None:
    schemas = importlib.import_module(f"{PACKAGE}._schemas")
    card = typing.get_type_hints(type(pkg.Client("http://x").card).get)["return"]
    assert card is schemas.Card
    assert typing.get_type_hints(card)["dataset_query"] == (
        schemas.MbqlNativeDatasetQuery | schemas.MbqlStructuredDatasetQuery
    )
    assert "archived" in card.__optional_keys__ and "id" in card.__required_keys__


def _returns(pkg: ModuleType) -> dict[str, Any]:
    client = pkg.Client("http://x")
    hints = {
        "card.get": type(client.card).get,
        "card.list": type(client.card).list,
        "card.post_query": type(client.card).post_query,
        "dataset.create": type(client.dataset).create,
        "collection.get_items": type(client.collection).get_items,
        "collection.get_tree": type(client.collection).get_tree,
        "user.get_current": type(client.user).get_current,
    }
    return {k: typing.get_type_hints(fn)["return"] for k, fn in hints.items()}


def test_the_runtime_returns_made_up_answers_untouched(
    pkg: ModuleType, httpserver: HTTPServer
) -> None:
    declared = _returns(pkg)
    answer = made_up(declared["card.get"])
    httpserver.expect_ordered_request("/api/card/1", method="GET").respond_with_json(answer)
    sent = {"database": 1, "type": "native", "native": {"query": "select 1"}}
    result = made_up(declared["dataset.create"], pick=1)
    httpserver.expect_ordered_request(
        "/api/dataset/", method="POST", json=sent, headers={"Content-Type": "application/json"}
    ).respond_with_json(result)
    mb = pkg.Client(httpserver.url_for("/").rstrip("/"), api_key="k")
    got = mb.card.get(1)
    assert got == answer and type(got) is dict  # plain JSON, nothing constructed
    assert mb.dataset.create(database=1, type="native", native={"query": "select 1"}) == result
    httpserver.check_assertions()
    assert json.dumps(got)  # still JSON


def test_made_up_answers_validate_strictly_against_the_declared_types(pkg: ModuleType) -> None:
    checked = 0
    for name, tp in _returns(pkg).items():
        adapter = TypeAdapter(tp)
        for pick in range(union_width(tp)):
            value = made_up(tp, pick)
            assert adapter.validate_python(value, strict=True) == value, name
            checked += 1
    assert checked >= 10


def test_a_wrong_answer_fails_the_strict_check(pkg: ModuleType) -> None:
    declared = _returns(pkg)
    card = made_up(declared["card.get"])
    adapter = TypeAdapter(declared["card.get"])
    for key, bad in (("id", "7"), ("collection_id", 1.5), ("dataset_query", {"type": "other"})):
        with pytest.raises(ValidationError):
            adapter.validate_python({**card, key: bad}, strict=True)
    missing = {k: v for k, v in card.items() if k != "display"}
    with pytest.raises(ValidationError):
        adapter.validate_python(missing, strict=True)
