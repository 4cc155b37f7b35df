"""Every shipped package types what Metabase sends back and the queries it takes: a user's
script under ``mypy --strict`` (one run over all packages), and made-up answers built from
the declared types, returned untouched by the runtime and valid in pydantic's strict mode."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import TypeAdapter
from pytest_httpserver import HTTPServer
from support.corpus import REPO
from support.made_up import made_up, union_width
from support.packages import import_package
from support.typecheck import cache_args

from generator.app.answers import route_key

GENERATED = REPO / "generated"
SHIPPED = sorted(p.name for p in GENERATED.iterdir() if (p / "MBGEN_GENERATED").is_file())
# The GET and query endpoints scripts call most (issue 20).
MOST_USED = (
    ("GET", "/api/card/:id"),
    ("GET", "/api/card/"),
    ("POST", "/api/card/:id/query"),
    ("POST", "/api/dataset/"),
    ("GET", "/api/dashboard/:id"),
    ("GET", "/api/dashboard/"),
    ("GET", "/api/collection/"),
    ("GET", "/api/collection/:id"),
    ("GET", "/api/collection/:id/items"),
    ("GET", "/api/collection/root/items"),
    ("GET", "/api/database/"),
    ("GET", "/api/database/:id"),
    ("GET", "/api/database/:id/metadata"),
    ("GET", "/api/table/:id"),
    ("GET", "/api/field/:id"),
    ("GET", "/api/user/current"),
)

SCRIPT = """\
from {pkg} import Client

mb = Client("http://localhost", api_key="k")
card = mb.card.get(1)
reveal_type(card["dataset_query"])
card["colection_id"]
mb.dataset.create(database=1, type="native", native={{"query": "select 1"}})
mb.card.create(
    name="Orders by month",
    display="line",
    visualization_settings={{}},
    dataset_query={{
        "type": "query",
        "database": 1,
        "query": {{"source-table": 2, "aggregation": [["count"]], "breakout": [], "limit": 10}},
    }},
)
"""


def test_every_shipped_package_types_answers_and_queries(tmp_path: Path) -> None:
    for pkg in SHIPPED:
        (tmp_path / f"use_{pkg}.py").write_text(SCRIPT.format(pkg=pkg))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *cache_args("strict"), "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(GENERATED), "PATH": ""},
        timeout=1200,
    )
    by_file: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        by_file.setdefault(line.split(":", 1)[0], []).append(line)
    for pkg in SHIPPED:
        lines = by_file.get(f"use_{pkg}.py", [])
        revealed = [line for line in lines if "Revealed type" in line]
        assert len(revealed) == 1, (pkg, lines)
        for member in ("MbqlNativeDatasetQuery", "MbqlStructuredDatasetQuery"):
            assert f"{pkg}._schemas.{member}" in revealed[0], pkg
        errors = [line for line in lines if ": error:" in line]
        assert len(errors) == 1, (pkg, errors)  # the misspelt key, and nothing else
        assert errors[0].startswith(f"use_{pkg}.py:6: error: TypedDict")
        assert 'has no key "colection_id"' in errors[0]


def _most_used(pkg: ModuleType) -> dict[tuple[str, str], Any]:
    """The declared answer type of each most-used endpoint the package has."""
    client = pkg.Client("http://localhost", api_key="k")
    rows = {route_key(r.method, r.path): r.attr for r in pkg.ENDPOINTS}
    out = {}
    for method, path in MOST_USED:
        attr = rows.get(route_key(method, path))
        if attr is None:
            continue
        ns, name = attr.split(".")
        out[(method, path)] = typing.get_type_hints(getattr(type(getattr(client, ns)), name))[
            "return"
        ]
    return out


@pytest.mark.parametrize("package", SHIPPED)
def test_the_most_used_answers_are_typed_and_made_up_ones_validate(package: str) -> None:
    declared = _most_used(import_package(GENERATED, package))
    assert len(declared) == len(MOST_USED), set(MOST_USED) - set(declared)
    untyped = [k for k, t in declared.items() if t is Any or t == dict[str, Any]]
    assert not untyped, untyped
    for route, tp in declared.items():
        adapter = TypeAdapter(tp)
        for pick in range(min(union_width(tp), 4)):
            value = made_up(tp, pick)
            # raises unless valid; a union of TypedDicts gives back the keys of the member
            # pydantic picks (it drops others'), so only the top level is compared
            checked = adapter.validate_python(value, strict=True)
            assert type(checked) is type(value), route
            if isinstance(value, dict):
                assert checked.keys() == value.keys(), route


@pytest.mark.parametrize("package", SHIPPED)
def test_the_runtime_returns_the_answer_untouched(package: str, httpserver: HTTPServer) -> None:
    pkg = import_package(GENERATED, package)
    declared = _most_used(pkg)
    card = made_up(declared[("GET", "/api/card/:id")])
    items = made_up(declared[("GET", "/api/collection/root/items")], pick=1)
    httpserver.expect_ordered_request(
        "/api/card/3", method="GET", query_string=""
    ).respond_with_json(card)
    httpserver.expect_ordered_request("/api/collection/root/items", method="GET").respond_with_json(
        items
    )
    mb = pkg.Client(httpserver.url_for("/").rstrip("/"), api_key="k")
    got = mb.card.get(3)
    assert got == card and type(got) is dict and json.loads(json.dumps(got)) == card
    assert mb.collection.get_root_items() == items
    httpserver.check_assertions()
