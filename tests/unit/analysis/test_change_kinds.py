"""The change kinds: one table (generator/analysis/kinds.py) that docs/diff.md lists and the
diff obeys; typed old and new values; no kind written as a string anywhere else."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from generator.analysis import diff as diff_mod
from generator.analysis import kinds
from generator.analysis.kinds import KINDS, ChangeKind, When, Who
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param, SourceRef

ROOT = Path(__file__).resolve().parents[3]


def doc_rows() -> dict[str, tuple[str, str]]:
    """kind -> (breaking when, breaks) from the table under "Changes and severity"."""
    text = (ROOT / "docs" / "diff.md").read_text()
    section = text.split("## Changes and severity", 1)[1].split("\n## ", 1)[0]
    out: dict[str, tuple[str, str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            for kind in re.findall(r"`([a-z-]+)`", cells[0]):
                out[kind] = (cells[1], cells[2])
    return out


def test_docs_list_every_kind_with_the_rule_of_the_table() -> None:
    rows = doc_rows()
    assert sorted(rows) == sorted(k.value for k in ChangeKind)
    for kind, rule in KINDS.items():
        when, breaks = rows[kind.value]
        assert set(re.findall(r"server|client", breaks)) == {w.value for w in rule.breaks}, kind
        first = when.split()[0].rstrip(":,")
        if rule.when is When.ALWAYS:
            assert first == "always", kind
        elif rule.when is When.NEVER:
            assert first == "never", kind
        else:
            assert first not in ("always", "never"), kind


def test_the_table_refuses_breaks_it_does_not_allow() -> None:
    with pytest.raises(ValueError, match="endpoint-removed"):
        kinds.checked_breaks(ChangeKind.ENDPOINT_REMOVED, ())
    with pytest.raises(ValueError, match="endpoint-added"):
        kinds.checked_breaks(ChangeKind.ENDPOINT_ADDED, (Who.CLIENT,))
    with pytest.raises(ValueError, match="param-moved"):
        kinds.checked_breaks(ChangeKind.PARAM_MOVED, (Who.CLIENT,))
    assert kinds.checked_breaks(ChangeKind.PARAM_ADDED, ()) == ()


def P(name: str, type: str = "str", required: bool = False, nullable: bool = False) -> Param:
    t = tx.nullable(tx.parse(type)) if nullable else tx.parse(type)
    return Param(name, name, "body", required, t, None, None, "schema")


def M(*params: Param, superuser: bool = False) -> ApiModel:
    path = Param("id", "id", "path", True, tx.parse("int"), None, None, "schema")
    where = (SourceRef("f", 1),)
    e = Endpoint("PUT", "/api/x/:id", "x", "", superuser, False, False, where, (path, *params))
    return ApiModel("1", "openapi-html-json", (e,)).sorted()


def test_changes_carry_typed_values_and_json_writes_them_as_text() -> None:
    old = M(P("a", "Literal['x', 'y', 'z']"), P("b"), P("c", "int"), P("d", nullable=True))
    new = M(
        P("a", "Literal['x']"), P("b", required=True), P("c", "list[int]"), P("d"), P("e", "int"),
        superuser=True,
    )  # fmt: skip
    d = diff_mod.diff(old, new)
    got = {(c.kind, c.param): (c.old, c.new) for c in d.changes}
    assert got == {
        (ChangeKind.PARAM_ENUM_VALUES_REMOVED, "a"): (("y", "z"), None),
        (ChangeKind.PARAM_REQUIRED_CHANGED, "b"): (False, True),
        (ChangeKind.PARAM_TYPE_CHANGED, "c"): (tx.parse("int"), tx.parse("list[int]")),
        (ChangeKind.PARAM_NULLABILITY_CHANGED, "d"): (True, False),
        (ChangeKind.PARAM_ADDED, "e"): (None, tx.parse("int")),
        (ChangeKind.SUPERUSER_CHANGED, None): (False, True),
    }
    as_json = {(j["kind"], j.get("param")): (j.get("old"), j.get("new"))
               for j in json.loads(json.dumps([c.to_json() for c in d.changes]))}  # fmt: skip
    assert as_json == {
        ("param-enum-values-removed", "a"): ("y, z", None),
        ("param-required-changed", "b"): ("false", "true"),
        ("param-type-changed", "c"): ("int", "list[int]"),
        ("param-nullability-changed", "d"): ("true", "false"),
        ("param-added", "e"): (None, "int"),
        ("superuser-changed", None): ("false", "true"),
    }


def test_no_change_kind_is_written_as_a_string_outside_its_table() -> None:
    names = {k.value for k in ChangeKind}
    found = []
    for f in sorted((ROOT / "generator").rglob("*.py")):
        if f.name == "kinds.py" and f.parent.name == "analysis":
            continue
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.Constant) and node.value in names:
                found.append(f"{f.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert found == []
