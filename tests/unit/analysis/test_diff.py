"""``mbgen diff`` on models we build here: every kind of change and its severity."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from support.cli import run

from generator.analysis import diff as diff_mod
from generator.analysis import report
from generator.analysis.diff import BREAKING, CLIENT, NON_BREAKING, SERVER
from generator.core import types as tx
from generator.core.jsonform import dumps
from generator.core.model import ApiModel, Endpoint, Param, SourceRef


def P(
    name: str,
    location: str = "body",
    type: str = "str",
    required: bool = False,
    nullable: bool = False,
    enum: tuple[str, ...] = (),
    origin: str = "prose",
) -> Param:
    py = name.replace("-", "_")
    t = tx.parse(type)
    if nullable:
        t = tx.nullable(t)
    assert enum == tx.enum_values(t)  # the model derives enum from the type
    return Param(name, py, location, required, t, "x", None, origin)


def E(method: str, path: str, *params: Param, **flags: bool) -> Endpoint:
    ns = path.split("/")[2]
    return Endpoint(
        method,
        path,
        ns,
        "",
        flags.get("superuser", False),
        flags.get("deprecated", False),
        flags.get("enterprise", False),
        (SourceRef("f.md", 1),),
        params,
    )


def M(*eps: Endpoint, version: str = "1") -> ApiModel:
    return ApiModel(version, "markdown-split", eps).sorted()


def kinds(old: ApiModel, new: ApiModel) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    return [(c.kind, c.severity, c.breaks, c.param) for c in diff_mod.diff(old, new).changes]


def test_identical_is_empty() -> None:
    m = M(E("GET", "/api/card/:id", P("id", "path", "int", True)))
    assert diff_mod.diff(m, m).changes == []


def test_endpoint_added_and_removed() -> None:
    old = M(E("GET", "/api/dashboard/"), E("GET", "/api/card/"))
    new = M(E("GET", "/api/card/"), E("POST", "/api/card/"))
    assert kinds(old, new) == [
        ("endpoint-added", NON_BREAKING, (), None),
        ("endpoint-removed", BREAKING, (SERVER, CLIENT), None),
    ]


def test_matching_ignores_placeholder_syntax_and_trailing_slash() -> None:
    old = M(E("GET", "/api/card/:id", P("id", "path", "int", True)), E("GET", "/api/card/"))
    new = M(E("GET", "/api/card/{id}", P("id", "path", "int", True)), E("GET", "/api/card"))
    assert kinds(old, new) == []


def test_renamed_placeholder_is_the_same_route() -> None:
    old = M(E("POST", "/api/card/:id/query", P("id", "path", "int", True)))
    new = M(E("POST", "/api/card/:card-id/query", P("card-id", "path", "int", True)))
    changes = diff_mod.diff(old, new).changes
    assert [(c.kind, c.breaks, c.old, c.new) for c in changes] == [
        ("param-renamed", (CLIENT,), "id", "card-id")
    ]


def test_exact_paths_pair_before_shapes() -> None:
    old = M(E("GET", "/api/database/:id/metadata", P("id", "path", "int", True)))
    new = M(
        E("GET", "/api/database/:id/metadata", P("id", "path", "int", True)),
        E("GET", "/api/database/:virtual-db/metadata", P("virtual-db", "path", "str", True)),
    )
    changes = diff_mod.diff(old, new).changes
    assert [(c.kind, c.path) for c in changes] == [
        ("endpoint-added", "/api/database/:virtual-db/metadata")
    ]


@pytest.mark.parametrize(
    "before,after,expected",
    [
        (P("a"), None, [("param-removed", BREAKING, (SERVER, CLIENT), "a")]),
        (None, P("a"), [("param-added", NON_BREAKING, (), "a")]),
        (None, P("a", required=True), [("param-added", BREAKING, (SERVER, CLIENT), "a")]),
        (
            P("a"),
            P("a", required=True),
            [("param-required-changed", BREAKING, (SERVER, CLIENT), "a")],
        ),
        (P("a", required=True), P("a"), [("param-required-changed", NON_BREAKING, (), "a")]),
        (
            P("a", type="int"),
            P("a", type="int | list[int]"),
            [("param-type-widened", NON_BREAKING, (), "a")],
        ),
        (
            P("a", type="int | list[int]"),
            P("a", type="int"),
            [("param-type-narrowed", BREAKING, (SERVER,), "a")],
        ),
        (
            P("a", type="int"),
            P("a", type="bool"),
            [("param-type-changed", BREAKING, (SERVER,), "a")],
        ),
        (
            P("a", type="Literal['x']", enum=("x",)),
            P("a", type="Literal['x', 'y']", enum=("x", "y")),
            [("param-enum-values-added", NON_BREAKING, (), "a")],
        ),
        (
            P("a", type="Literal['x', 'y']", enum=("x", "y")),
            P("a", type="Literal['y']", enum=("y",)),
            [("param-enum-values-removed", BREAKING, (SERVER,), "a")],
        ),
        (
            P("a", nullable=True, type="str | None"),
            P("a"),
            [("param-nullability-changed", BREAKING, (SERVER,), "a")],
        ),
        (
            P("a"),
            P("a", nullable=True, type="str | None"),
            [("param-nullability-changed", NON_BREAKING, (), "a")],
        ),
        (
            P("a", location="query"),
            P("a", location="body"),
            [("param-moved", BREAKING, (SERVER,), "a")],
        ),
        # A type mbgen guessed (or could not know) is no evidence of a change.
        (P("a", type="Any", origin="none"), P("a", type="int"), []),
        (P("a", type="int", origin="name"), P("a", type="str"), []),
    ],
)
def test_param_changes(
    before: Param | None, after: Param | None, expected: list[tuple[str, str, tuple[str, ...], str]]
) -> None:
    old = M(E("POST", "/api/card/", *([before] if before else [])))
    new = M(E("POST", "/api/card/", *([after] if after else [])))
    assert kinds(old, new) == expected


def test_flags() -> None:
    old = M(E("GET", "/api/x/a"), E("GET", "/api/x/b", superuser=True), E("GET", "/api/x/c"))
    new = M(
        E("GET", "/api/x/a", superuser=True),
        E("GET", "/api/x/b"),
        E("GET", "/api/x/c", deprecated=True, enterprise=True),
    )
    got = {(c.path, c.kind): (c.severity, c.breaks) for c in diff_mod.diff(old, new).changes}
    assert got == {
        ("/api/x/a", "superuser-changed"): (BREAKING, (SERVER,)),
        ("/api/x/b", "superuser-changed"): (NON_BREAKING, ()),
        ("/api/x/c", "deprecated-changed"): (NON_BREAKING, ()),
        ("/api/x/c", "enterprise-changed"): (BREAKING, (SERVER,)),
    }


def test_method_rename_is_client_breaking() -> None:
    # Same route matched by shape; the trailing placeholder names the method.
    old = M(E("GET", "/api/x/rule/:rule", P("rule", "path", "str", True)))
    new = M(E("GET", "/api/x/rule/:template", P("template", "path", "str", True)))
    got = [(c.kind, c.breaks, c.old, c.new) for c in diff_mod.diff(old, new).changes]
    assert ("method-renamed", (CLIENT,), "x.get_rule_by_rule", "x.get_rule_by_template") in got


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old = M(
        E("GET", "/api/dashboard/"),
        E("PUT", "/api/card/:id", P("id", "path", "int", True), P("name")),
        version="0.47",
    )
    card = old.endpoints[0]
    new = M(
        replace(card, params=card.params + (P("color", enum=("red",), type="Literal['red']"),)),
        E("GET", "/api/card/"),
        version="0.48",
    )
    a, b = tmp_path / "old.json", tmp_path / "new.json"
    a.write_text(dumps(old))
    b.write_text(dumps(new))
    return a, b


def test_cli_text_counts_first(pair: tuple[Path, Path]) -> None:
    proc = run("diff", *map(str, pair))
    assert proc.returncode == 0
    first, second = proc.stdout.splitlines()[:2]
    assert first.startswith("0.47 -> 0.48: 3 changes, 1 breaking")
    assert second == "endpoints: 2 -> 2 (+1 -1)"
    assert "endpoint-removed" in proc.stdout and "GET    /api/dashboard/" in proc.stdout


def test_cli_json_schema(pair: tuple[Path, Path]) -> None:
    proc = run("diff", *map(str, pair), "--format", "json")
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "mbgen-diff/2"
    assert doc["summary"]["breaking"] == 1
    for c in doc["changes"]:
        assert {"kind", "method", "path", "severity", "breaks", "namespace"} <= set(c)
    removed = [c for c in doc["changes"] if c["kind"] == "endpoint-removed"]
    assert removed == [
        {
            "kind": "endpoint-removed",
            "severity": "breaking",
            "breaks": ["server", "client"],
            "method": "GET",
            "path": "/api/dashboard/",
            "namespace": "dashboard",
            "python": {"old": "dashboard.list", "new": None},
            "message": "endpoint removed",
        }
    ]
    added = [c for c in doc["changes"] if c["kind"] == "param-added"]
    assert added[0]["param"] == "color" and added[0]["path"] == "/api/card/:id"
    assert added[0]["python"] == {"old": "card.update", "new": "card.update"}
    assert added[0]["keyword"] == {"old": None, "new": "color"}


def test_cli_markdown_grouped_by_namespace(pair: tuple[Path, Path]) -> None:
    proc = run("diff", *map(str, pair), "--format", "markdown")
    text = proc.stdout
    assert text.startswith("# Metabase API changes 0.47 -> 0.48")
    # Breaking changes by namespace; non-breaking ones counted by kind unless --all.
    assert "## Breaking changes\n\n### dashboard\n" in text and "### card" not in text
    assert (
        "- **Breaking** (server, client): `GET /api/dashboard/`: endpoint removed "
        "(`dashboard.list`)" in text
    )
    assert "## Non-breaking changes\n\n2: endpoint-added 1, param-added 1" in text
    full = run("diff", *map(str, pair), "--format", "markdown", "--all").stdout
    assert "### card" in full and "### dashboard" in full
    assert "- Non-breaking: `GET /api/card/`: endpoint added (`card.list`)" in full


def test_fail_on_breaking(pair: tuple[Path, Path], tmp_path: Path) -> None:
    assert run("diff", *map(str, pair), "--fail-on", "breaking").returncode == 1
    same = run("diff", str(pair[0]), str(pair[0]), "--fail-on", "breaking")
    assert same.returncode == 0 and same.stdout.startswith("0.47 -> 0.47: 0 changes")
    only_added = tmp_path / "more.json"
    old = M(E("GET", "/api/a/"))
    new = M(E("GET", "/api/a/"), E("GET", "/api/b/"))
    pair[0].write_text(dumps(old))
    only_added.write_text(dumps(new))
    assert run("diff", str(pair[0]), str(only_added), "--fail-on", "breaking").returncode == 0
    assert run("diff", str(pair[0]), str(only_added), "--fail-on", "any").returncode == 1


def test_bad_arguments(pair: tuple[Path, Path], tmp_path: Path) -> None:
    proc = run("diff", str(pair[0]), str(tmp_path / "missing"))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "missing" in proc.stderr and "Traceback" not in proc.stderr
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2]")
    proc = run("diff", str(junk), str(pair[1]))
    assert proc.returncode == 2 and "junk.json" in proc.stderr
    proc = run("diff", str(pair[0]))
    assert proc.returncode == 2


def test_the_collector_is_thawed_when_diff_ends(pair: tuple[Path, Path], tmp_path: Path) -> None:
    """diff freezes each model it reads out of the cycle collector's reach; a process that
    runs commands in turn gets everything back once one ends, failing or not."""
    import gc

    assert gc.get_freeze_count() == 0
    assert run("diff", *map(str, pair)).returncode == 0
    assert gc.get_freeze_count() == 0
    assert run("diff", str(pair[0]), str(tmp_path / "missing")).returncode == 2
    assert gc.get_freeze_count() == 0


def test_literal_values_that_only_changed_order_are_unchanged() -> None:
    old = M(E("GET", "/api/x/", P("m", "query", "list[Literal['a', 'b']] | Literal['a', 'b']")))
    new = M(E("GET", "/api/x/", P("m", "query", "Literal['b', 'a'] | list[Literal['b', 'a']]")))
    assert kinds(old, new) == []
    wider = M(E("GET", "/api/x/", P("m", "query", "Literal['b', 'a', 'c'] | list[Literal['a']]")))
    assert [k[0] for k in kinds(old, wider)] == ["param-type-changed"]


def test_query_nullability_is_not_a_change() -> None:
    old = M(E("GET", "/api/x/", P("q", "query"), P("r", "query", nullable=True)))
    new = M(E("GET", "/api/x/", P("q", "query", nullable=True), P("r", "query")))
    assert kinds(old, new) == []
    body = M(E("POST", "/api/x/", P("b", nullable=True)))
    assert kinds(body, M(E("POST", "/api/x/", P("b")))) == [
        ("param-nullability-changed", BREAKING, (SERVER,), "b")
    ]


def test_route_outside_api_that_new_docs_do_not_cover() -> None:
    old = M(E("GET", "/api/card/"), E("GET", "/auth/sso/"), E("GET", "/api/alert/"))
    new = M(E("GET", "/api/card/"))
    got = [(c.kind, c.severity, c.path, c.message) for c in diff_mod.diff(old, new).changes]
    assert got == [
        ("endpoint-removed", BREAKING, "/api/alert/", "endpoint removed"),
        ("endpoint-not-covered", NON_BREAKING, "/auth/sso/", "not covered by the new docs"),
    ]
    # NEW documents routes outside /api: then one that is gone was removed.
    covering = M(E("GET", "/api/card/"), E("POST", "/auth/sso/"))
    assert ("endpoint-removed", "/auth/sso/") in [
        (c.kind, c.path) for c in diff_mod.diff(old, covering).changes
    ]


def test_changes_name_python_method_and_keyword_in_one_path_style() -> None:
    old = M(
        E("POST", "/api/field/:id/dimension", P("id", "path", "int", True), P("dimension-name")),
        E("GET", "/api/x/rule/:rule", P("rule", "path", "str", True)),
    )
    new = M(
        E("POST", "/api/field/{id}/dimension", P("id", "path", "int", True), P("name")),
        E("GET", "/api/x/rule/{template}", P("template", "path", "str", True)),
    )
    got = [
        (c.kind, c.path, c.old_path, c.py_old, c.py_new, c.kw_old, c.kw_new)
        for c in diff_mod.diff(old, new).changes
    ]
    assert got == [
        ("param-added", "/api/field/:id/dimension", "/api/field/:id/dimension",
         "field.post_dimension", "field.post_dimension", None, "name"),
        ("param-removed", "/api/field/:id/dimension", "/api/field/:id/dimension",
         "field.post_dimension", "field.post_dimension", "dimension_name", None),
        ("method-renamed", "/api/x/rule/:template", "/api/x/rule/:rule",
         "x.get_rule_by_rule", "x.get_rule_by_template", None, None),
        ("param-renamed", "/api/x/rule/:template", "/api/x/rule/:rule",
         "x.get_rule_by_rule", "x.get_rule_by_template", "rule", "template"),
    ]  # fmt: skip


def test_a_renamed_object_schema_is_no_change() -> None:
    # Schema names are mbgen's; the JSON object they describe is what the server sees.
    old = M(E("POST", "/api/x/", P("p", type="list[Parameter]")))
    new = M(E("POST", "/api/x/", P("p", type="list[ParametersParameter]")))
    assert kinds(old, new) == []
    assert [k[0] for k in kinds(old, M(E("POST", "/api/x/", P("p", type="str"))))] == [
        "param-type-changed"
    ]


# --- moves ------------------------------------------------------------------------------


def NS(e: Endpoint, namespace: str) -> Endpoint:
    return replace(e, namespace=namespace)


def moves(old: ApiModel, new: ApiModel) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (c.kind, c.method, c.old_path or "", c.path, c.python)
        for c in diff_mod.diff(old, new).changes
        if c.kind.startswith("endpoint-")
    ]


def test_a_route_out_of_ee_is_a_move_with_its_parameter_changes() -> None:
    doc = "/api/ee/document/:id"
    old = M(
        NS(E("GET", doc, P("id", "path", "int", True)), "ee-document"),
        NS(E("PUT", doc, P("id", "path", "int", True), P("name")), "ee-document"),
    )
    new = M(
        E("GET", "/api/document/:id", P("id", "path", "int", True)),
        E("PUT", "/api/document/:id", P("id", "path", "int", True), P("name"), P("x", **REQ)),
    )
    d = diff_mod.diff(old, new)
    assert [(c.kind, c.method, c.old_path, c.path, c.python, c.breaks) for c in d.changes] == [
        ("endpoint-moved", "GET", doc, "/api/document/:id", "ee_document.get -> document.get",
         (SERVER, CLIENT)),
        ("endpoint-moved", "PUT", doc, "/api/document/:id",
         "ee_document.update -> document.update", (SERVER, CLIENT)),
        # the moved endpoint's own changes are still held against it
        ("param-added", "PUT", doc, "/api/document/:id", "ee_document.update -> document.update",
         (SERVER, CLIENT)),
    ]  # fmt: skip
    assert d.changes[0].message == "moved to GET /api/document/:id"
    line = next(x for x in report.text(d).splitlines() if "endpoint-moved" in x and "GET" in x)
    assert line.split() == ["!", "endpoint-moved", "GET", doc, "ee_document.get", "->",
                            "document.get", "moved", "to", "GET", "/api/document/:id"]  # fmt: skip
    assert (d.changes[0].old, d.changes[0].new) == (doc, "/api/document/:id")
    assert d.changes[0].severity == BREAKING


REQ = {"required": True}


def test_a_renamed_namespace_of_one_stem_is_a_move() -> None:
    old = M(
        NS(E("POST", "/api/ee/metabot-v3/feedback"), "ee-metabot-v3"),
        E("GET", "/api/transform/:id/inspect", P("id", "path", "int", True)),
    )
    new = M(
        E("POST", "/api/metabot/feedback"),
        NS(E("GET", "/api/ee/transforms/:id/inspect", P("id", "path", "int", True)), "ee-x"),
    )
    assert [(k, m, a, b) for k, m, a, b, _ in moves(old, new)] == [
        ("endpoint-moved", "GET", "/api/transform/:id/inspect", "/api/ee/transforms/:id/inspect"),
        ("endpoint-moved", "POST", "/api/ee/metabot-v3/feedback", "/api/metabot/feedback"),
    ]


def test_what_is_not_a_move() -> None:
    # a bare collection under another name; two candidates of one stem; other parameters
    old = M(
        E("GET", "/api/workspace"),
        E("GET", "/api/item/:id"),
        E("POST", "/api/util/logs", P("level")),
    )
    new = M(
        E("GET", "/api/metric"),
        E("GET", "/api/ee/item/:id"),
        E("GET", "/api/items/:id"),
        E("POST", "/api/logger/logs", P("threshold")),
    )
    got = sorted((k, m, b) for k, m, _, b, _ in moves(old, new))
    assert got == [
        ("endpoint-added", "GET", "/api/ee/item/:id"),
        ("endpoint-added", "GET", "/api/items/:id"),
        ("endpoint-added", "GET", "/api/metric"),
        ("endpoint-added", "POST", "/api/logger/logs"),
        ("endpoint-removed", "GET", "/api/item/:id"),
        ("endpoint-removed", "GET", "/api/workspace"),
        ("endpoint-removed", "POST", "/api/util/logs"),
    ]
    # the one pair of that method and trailing path, with the same parameters, is a move
    same = M(E("POST", "/api/logger/logs", P("level")))
    assert moves(M(E("POST", "/api/util/logs", P("level"))), same) == [
        ("endpoint-moved", "POST", "/api/util/logs", "/api/logger/logs",
         "util.post_logs -> logger.post_logs"),
    ]  # fmt: skip
