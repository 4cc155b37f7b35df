"""``mbgen diff --usage``: our made-up scripts (tests/fixtures/usage/) against the committed
clients, and the exact call sites an upgrade breaks."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from support.cli import run

from generator.analysis import diff as diff_mod
from generator.analysis import usage
from generator.analysis.changes import Diff
from generator.app import load as sources
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param, SourceRef

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "usage"
GENERATED = ROOT / "generated"


@cache
def package_diff(old: str, new: str) -> Diff:
    a = sources.load(GENERATED / old).model
    b = sources.load(GENERATED / new).model
    return diff_mod.diff(a, b)


def analyse(folder: str, old: str, new: str) -> usage.Usage:
    return usage.analyse([FIXTURES / folder], package_diff(old, new))


def where(file: str, line: int, col: int) -> str:
    return f"{file}:{line}:{col}"


def hits(u: usage.Usage) -> list[tuple[str, str, str | None, str | None]]:
    """(file:line:col relative to the fixture folder, change kind, keyword, suggestion)."""
    out = []
    for h in u.hits:
        rel = Path(h.call.file).relative_to(FIXTURES).as_posix().split("/", 1)[1]
        out.append((where(rel, h.call.line, h.call.col), h.change.kind, h.change.keyword,
                    h.suggestion))  # fmt: skip
    return out


def unresolved(u: usage.Usage) -> list[tuple[str, str]]:
    out = []
    for x in u.unresolved:
        rel = Path(x.file).relative_to(FIXTURES).as_posix().split("/", 1)[1]
        out.append((where(rel, x.line, x.col), x.reason))
    return out


CARD_F = "use one of: archived, table, using_model, bookmarked, using_segment, all, mine, database"
MODELS = (
    "give a list[Literal['dashboard', 'table', 'dataset', 'segment', 'collection', "
    "'database', 'action', 'indexed-entity', 'metric', 'card']]"
)
EMBED = "give a dict[str, Literal['disabled', 'enabled', 'locked']]"

# Every call of the v049 scripts that the 0.49 -> 0.56 upgrade breaks, and nothing else.
EXPECTED_049 = [
    # import metabase_v0_49 as mbc; with mbc.Client(...) as mb; from ...client import Client as MB
    ("aliases.py:5:5", "param-removed", "is_full_sync", "drop is_full_sync="),
    ("aliases.py:6:5", "endpoint-removed", None, None),
    ("aliases.py:9:1", "param-added", "groups", "pass groups=..."),
    # a whole body bound under another name: the keyword is renamed, nothing is removed
    ("aliases.py:10:1", "param-renamed", "settings", "write body= instead of settings="),
    # from metabase_v0_49 import Client; assignments of the client, a resource, a method
    ("direct.py:7:1", "param-enum-values-removed", "f", CARD_F),
    ("direct.py:10:1", "param-removed", "dataset", "drop dataset="),
    ("direct.py:12:1", "endpoint-removed", None, None),
    ("direct.py:14:1", "param-type-narrowed", "models", MODELS),
    ("direct.py:16:1", "param-required-changed", "archived", "pass archived=..."),
    (
        "direct.py:18:1",
        "endpoint-not-covered",
        None,
        'mb.request("GET", "/auth/sso/", ...) (the route is not in the new client)',
    ),
    # class attributes, attributes of our objects, self.x set in a later method, a, b = x, y,
    # contextlib.closing, comprehensions and lambdas
    ("holders.py:19:9", "endpoint-removed", None, None),
    ("holders.py:25:1", "endpoint-removed", None, None),
    ("holders.py:27:1", "endpoint-removed", None, None),
    ("holders.py:29:1", "endpoint-removed", None, None),
    ("holders.py:31:14", "endpoint-removed", None, None),
    ("holders.py:32:40", "endpoint-removed", None, None),
    # a Client passed on **kwargs still hits a removed endpoint
    ("indirect.py:17:1", "endpoint-removed", None, None),
    # a module-level client, and a function returning one, imported from another file
    # a whole body that 0.56 types key by key
    (
        "pkg/job.py:3:1",
        "param-whole-body-typed",
        "settings",
        "pass the keys as keyword arguments, or extra_body=settings",
    ),
    ("pkg/nightly.py:4:1", "endpoint-removed", None, None),
    # requests, httpx, a Session, client.request(); f-strings and + paths
    ("raw_http.py:7:1", "param-enum-values-removed", "f", CARD_F),
    ("raw_http.py:8:1", "endpoint-removed", None, None),
    ("raw_http.py:9:1", "param-removed", "is_on_demand", "stop sending 'is_on_demand'"),
    ("raw_http.py:12:5", "endpoint-removed", None, None),
    ("raw_http.py:14:1", "param-removed", "token", "stop sending 'token'"),
    ("raw_http.py:15:1", "param-required-changed", "archived", "send 'archived'"),
    (
        "raw_http.py:17:1",
        "param-removed",
        "include_editable_data_model",
        "stop sending 'include_editable_data_model'",
    ),
    ("raw_http.py:18:1", "endpoint-removed", None, None),
    # self.mb, a dataclass field, annotated parameters, a subclass, a factory function
    ("service.py:14:9", "endpoint-removed", None, None),
    # value-pairs was read from the wire key values all along: a keyword rename
    ("service.py:23:9", "param-renamed", "value_pairs", "write values= instead of value_pairs="),
    ("service.py:28:9", "param-removed", "dataset", "drop dataset="),
    ("service.py:32:5", "param-type-narrowed", "embedding_params", EMBED),
    ("service.py:38:9", "param-removed", "old_password", "drop old_password="),
    ("service.py:45:1", "param-removed", "synchronous", "drop synchronous="),
]

NOT_FOLLOWED = "; the call is not followed"
EXPECTED_UNRESOLVED_049 = [
    ("indirect.py:5:1", "client reached by getattr with a computed name" + NOT_FOLLOWED),
    ("indirect.py:7:5", "client reached by getattr with a computed name" + NOT_FOLLOWED),
    ("indirect.py:10:1", "client taken out of a container" + NOT_FOLLOWED),
    ("indirect.py:14:5", "client taken out of a container" + NOT_FOLLOWED),
    ("indirect.py:16:1", usage._SPREAD),
    (
        "indirect.py:24:1",
        "client passed as an argument to helper() "
        "(parameter 'client' is not annotated with Client)",
    ),
]


def test_v049_scripts_affected_call_sites_exactly() -> None:
    u = analyse("v049", "metabase_v0_49", "metabase_v0_56")
    assert hits(u) == EXPECTED_049
    assert u.files == 11


def test_v049_scripts_unresolved_indirections_are_listed() -> None:
    u = analyse("v049", "metabase_v0_49", "metabase_v0_56")
    assert unresolved(u) == EXPECTED_UNRESOLVED_049
    assert [(c.line, c.text) for c in u.undocumented] == [
        (20, 'mb.request("GET", "/api/not/documented")')
    ]


def test_v043_method_and_keyword_renames() -> None:
    u = analyse("v043", "metabase_v0_43", "metabase_v0_49")
    new_name = "automagic_dashboards.get_rule_by_prefix_and_dashboard_template"
    assert hits(u) == [
        # positional arguments: only the method's name changed for this call
        ("renames.py:5:1", "method-renamed", None, f"call {new_name}()"),
        ("renames.py:6:1", "method-renamed", None, f"call {new_name}()"),
        ("renames.py:6:1", "param-renamed", "rule", "write dashboard_template= instead of rule="),
        (
            "renames.py:7:1",
            "param-enum-values-removed",
            "icon",
            "use one of: star, cake, mail, warning, bell, cloud",
        ),
        (
            "renames.py:9:1",
            "param-added",
            "include_editable_data_model",
            "pass include_editable_data_model=...",
        ),
        # line 10: enterprise-changed is not held against calls
        (
            "renames.py:11:1",
            "param-enum-values-removed",
            "f",
            "use one of: archived, table, using_model, bookmarked, using_segment, all, mine, "
            "using_metric, database",
        ),
    ]
    renamed = [h.change for h in u.hits if h.change.kind == "method-renamed"]
    assert renamed[0].py_old == "automagic_dashboards.get_rule_by_prefix_and_rule"
    assert renamed[0].py_new == new_name


def test_client_recognised_only_from_client_modules(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from metabase_client import Client\n"  # a module with 'client' in its name
        "from vendor.metabase_v0_49 import Client as V\n"  # the package, vendored
        "from httpx import Client as H\n"  # an HTTP client, not ours
        "from other import Client as O\n"  # a Client of some other library
        "Client('u').alert.create(card={}, channels=[])\n"
        "V('u').alert.create(card={}, channels=[])\n"
        "H().alert.create(card={}, channels=[])\n"
        "O('u').alert.create(card={}, channels=[])\n"
    )
    u = usage.analyse([tmp_path], package_diff("metabase_v0_49", "metabase_v0_56"))
    assert [(h.call.line, h.change.kind) for h in u.hits] == [
        (5, "endpoint-removed"),
        (6, "endpoint-removed"),
    ]


def test_literal_none_for_a_no_longer_nullable_parameter_and_moved_http_params(
    tmp_path: Path,
) -> None:
    old = M(
        E("PUT", "/api/x/:id", P("id", "path", "int", True), P("note", nullable=True)),
        E("GET", "/api/x/", P("q", "query")),
        version="0.9",
    )
    new = M(
        E("PUT", "/api/x/{id}", P("id", "path", "int", True), P("note")),
        E("GET", "/api/x/", P("q", "body")),
        version="1.0",
    )
    (tmp_path / "s.py").write_text(
        "import requests\n"
        "from metabase_v0_9 import Client\n"
        "mb = Client('u')\n"
        "mb.x.update(1, note=None)\n"
        "mb.x.update(1, note='fine')\n"
        "mb.x.list(q='a')\n"  # the new client sends q where it now goes
        "requests.get('https://m/api/x/', params={'q': 'a'})\n"
        "requests.put('https://m/api/x/1', json={'note': None})\n"
    )
    u = usage.analyse([tmp_path], diff_mod.diff(old, new))
    got = [(h.call.line, h.change.kind, h.suggestion, h.change.path) for h in u.hits]
    assert got == [
        (4, "param-nullability-changed", "leave note= out instead of None", "/api/x/:id"),
        (7, "param-moved", "send 'q' in the body", "/api/x/"),
        (8, "param-nullability-changed", "do not send 'note' as null", "/api/x/:id"),
    ]


def P(name: str, location: str = "body", type: str = "str", required: bool = False,
      nullable: bool = False) -> Param:  # fmt: skip
    t = tx.nullable(tx.parse(type)) if nullable else tx.parse(type)
    return Param(name, name, location, required, t, None, None, "schema")


def E(method: str, path: str, *params: Param) -> Endpoint:
    return Endpoint(method, path, path.split("/")[2], "", False, False, False,
                    (SourceRef("f", 1),), params)  # fmt: skip


def M(*eps: Endpoint, version: str) -> ApiModel:
    return ApiModel(version, "openapi-html-json", eps).sorted()


def test_a_scan_of_many_files_finds_every_call(tmp_path: Path) -> None:
    """Every file, call and hit is counted (bench/bench.py times a 2000-file scan)."""
    body = (
        "from metabase_v0_49 import Client\n"
        "import requests\n\n"
        "mb = Client('https://mb')\n\n\n"
        "def job(n: int) -> None:\n"
        "    cards = mb.card\n"
        "    cards.get(n)\n"
        "    mb.card.update(n, name='x', dataset=True)\n"
        "    requests.get(f'https://mb/api/card/{n}')\n"
    )
    for i in range(50):
        (tmp_path / f"m{i}.py").write_text(body)
    u = usage.analyse([tmp_path], package_diff("metabase_v0_49", "metabase_v0_56"))
    assert u.files == 50 and len(u.calls) == 150 and len(u.hits) == 50


# --- the command line ---------------------------------------------------------------------


def test_cli_text_lists_call_sites_then_unused_changes() -> None:
    proc = run("diff", "metabase_v0_43", "metabase_v0_49", "--usage", FIXTURES / "v043")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    head = lines.index("usage: 1 files, 7 calls to Metabase, 5 affected in 1 files, 0 not resolved")
    site = f"{FIXTURES / 'v043' / 'renames.py'}:6:1".replace("\\", "/")
    assert lines[head + 4].endswith(
        'ad.get_rule_by_prefix_and_rule("table", "1", prefix="p", rule="r")'
    )
    assert lines[head + 4].startswith(site)
    assert lines[head + 7].split() == [
        "!", "param-renamed", "GET",
        "/api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:dashboard-template",
        "automagic_dashboards.get_rule_by_prefix_and_rule", "->",
        "automagic_dashboards.get_rule_by_prefix_and_dashboard_template(rule=", "->",
        "dashboard_template=)", "path", "parameter", "'rule'", "is", "now",
        "'dashboard-template'",
    ]  # fmt: skip
    assert lines[head + 8].strip() == "-> write dashboard_template= instead of rule="
    assert any(line.startswith("changes no call uses: ") for line in lines)


def test_cli_fail_on_breaking_only_for_changes_the_code_hits(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.py"
    quiet.write_text("from metabase_v0_49 import Client\nClient('u').card.get(1)\n")
    args = ["diff", "metabase_v0_49", "metabase_v0_56", "--fail-on", "breaking"]
    assert run(*args).returncode == 1  # a real upgrade breaks something
    assert run(*args, "--usage", quiet).returncode == 0  # but not this code
    assert run(*args, "--usage", FIXTURES / "v049").returncode == 1


def test_cli_markdown_for_an_upgrade_ticket() -> None:
    proc = run(
        "diff", "metabase_v0_49", "metabase_v0_56", "--format", "markdown",
        "--usage", FIXTURES / "v049" / "pkg", FIXTURES / "v049" / "indirect.py",
    )  # fmt: skip
    text = proc.stdout
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert sections == [
        "## Affected call sites",
        "## Calls not resolved",
        "## Breaking changes no call uses",
        "## Non-breaking changes",
    ]
    job = (FIXTURES / "v049" / "pkg" / "job.py").as_posix()
    assert f"### `{job}`\n\n- line 3:1 `mb.ldap.update_settings(settings={{}})`\n" in text
    assert (
        "  - **param-whole-body-typed** `PUT /api/ldap/settings` "
        "(`ldap.update_settings(settings=)`): the whole body (settings=) is now typed keyword "
        "arguments; other keys go in extra_body=; instead: `pass the keys as keyword "
        "arguments, or extra_body=settings`"
    ) in text
    files = [line for line in text.splitlines() if line.startswith("### `")]
    assert files == sorted(files) and len(files) == 3  # grouped by file
    assert "\n### card\n" in text  # breaking changes by namespace


def test_cli_json_usage_schema(tmp_path: Path) -> None:
    proc = run(
        "diff", "metabase_v0_49", "metabase_v0_56", "--format", "json",
        "--usage", FIXTURES / "v049" / "direct.py", "--namespace", "card",
    )  # fmt: skip
    doc = json.loads(proc.stdout)
    assert doc["schema"] == "mbgen-diff/2"
    assert doc["old"]["package"] == "metabase_v0_49"
    assert doc["filters"] == {"namespace": ["card"], "severity": None}
    assert {c["namespace"] for c in doc["changes"]} == {"card"}
    u = doc["usage"]
    assert (u["files"], u["calls"]) == (1, 10)  # other namespaces' calls still found
    assert [(a["line"], a["change"]["kind"]) for a in u["affected"]] == [
        (7, "param-enum-values-removed"),
        (10, "param-removed"),
    ]
    first = u["affected"][0]
    assert first["via"] == "client" and first["python"] == "card.list"
    assert first["call"] == 'mb.card.list(f="using_metric")' and first["col"] == 1
    assert first["suggestion"] == CARD_F
    assert first["change"]["python"] == {"old": "card.list", "new": "card.list"}
    assert first["change"]["keyword"] == {"old": "f", "new": "f"}
    used = [c for c in doc["changes"] if c["used"]]
    assert len(used) == 2
    assert (
        u["unused_changes"]["breaking"] + u["unused_changes"]["non_breaking"]
        == len(doc["changes"]) - 2
    )


def test_cli_severity_all_and_versions(tmp_path: Path) -> None:
    breaking = run("diff", "metabase_v0_49", "metabase_v0_56", "--severity", "breaking")
    assert "non-breaking (" not in breaking.stdout and " 0 non-breaking" in breaking.stdout
    summary = run("diff", "metabase_v0_49", "metabase_v0_56").stdout
    # the non-breaking changes are counted, not listed (their number moves with the answer
    # facts: most are answer keys 0.56 adds)
    counted = re.search(r", (\d+) non-breaking\n", summary)
    assert counted and f"non-breaking ({counted.group(1)}, --all lists them): " in summary
    full = run("diff", "metabase_v0_49", "metabase_v0_56", "--all").stdout
    assert "  endpoint-added               GET    /api/activity/popular_items" not in summary
    assert len(full.splitlines()) > len(summary.splitlines()) + 240  # the 246 listed
    named = run(
        "diff", GENERATED / "metabase_v0_56" / "model.json", GENERATED / "metabase_v0_56",
        "--old-version", "0.56.8", "--new-version", "0.56.9",
    )  # fmt: skip
    assert named.stdout.startswith("0.56.8 -> 0.56.9: 0 changes")


def test_cli_usage_path_missing_is_one_line_error(tmp_path: Path) -> None:
    proc = run("diff", "metabase_v0_49", "metabase_v0_56", "--usage", tmp_path / "nope")
    assert proc.returncode == 2 and "nope" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_paths_print_in_one_style(kind: str) -> None:
    out = run("diff", "metabase_v0_49", "metabase_v0_56", "--all", "--format", kind).stdout
    assert "{id}" not in out and "/api/card/:id" in out


def test_a_moved_endpoint_suggests_the_new_method(tmp_path: Path) -> None:
    import dataclasses

    get = E("GET", "/api/ee/document/:id", P("id", "path", "int", True))
    old = M(dataclasses.replace(get, namespace="ee-document"), version="0.57")
    new = M(E("GET", "/api/document/{id}", P("id", "path", "int", True)), version="0.63")
    (tmp_path / "s.py").write_text(
        "import requests\n"
        "from metabase_v0_57 import Client\n"
        "mb = Client('u')\n"
        "mb.ee_document.get(3)\n"
        "docs = mb.ee_document\n"
        "docs.get(4)\n"
        "requests.get('https://m/api/ee/document/5')\n"
    )
    u = usage.analyse([tmp_path], diff_mod.diff(old, new))
    assert [(h.call.line, h.change.kind, h.suggestion) for h in u.hits] == [
        (4, "endpoint-moved", "use mb.document.get(3)"),
        (6, "endpoint-moved", "call document.get()"),
        (7, "endpoint-moved", "send it to GET /api/document/:id"),
    ]


def test_typing_cast_to_the_client_gives_a_client(tmp_path: Path) -> None:
    (tmp_path / "c.py").write_text(
        "import typing\n"
        "from metabase_v0_49 import Client\n"
        "def f(x: object) -> None:\n"
        "    mb = typing.cast(Client, x)\n"
        "    mb.database.update(1, is_full_sync=True)\n"
        "    other = typing.cast('Client', x)\n"
        "    other.card.get(1)\n"
    )
    u = usage.analyse([tmp_path], package_diff("metabase_v0_49", "metabase_v0_56"))
    assert [(c.line, c.attr) for c in u.calls] == [(5, "database.update"), (7, "card.get")]
    assert [(h.call.line, h.change.kind) for h in u.hits] == [(5, "param-removed")]
    assert u.unresolved == []


def test_a_method_chosen_by_a_condition_is_not_resolved(tmp_path: Path) -> None:
    (tmp_path / "c.py").write_text(
        "from metabase_v0_49 import Client\n"
        "mb = Client('u')\n"
        "def f(x: bool) -> None:\n"
        "    fn = mb.card.get if x else mb.card.list\n"
        "    fn(1)\n"
        "    same = mb if x else None\n"
        "    same.card.get(1)\n"
    )
    u = usage.analyse([tmp_path], package_diff("metabase_v0_49", "metabase_v0_56"))
    assert [(c.line, c.attr) for c in u.calls] == [(7, "card.get")]
    assert [(x.line, x.reason) for x in u.unresolved] == [
        (5, "chosen by a condition between two parts of the client; the call is not followed")
    ]
