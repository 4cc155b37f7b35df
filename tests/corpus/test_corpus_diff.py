"""``mbgen diff`` on consecutive corpus releases, and real changes users were hurt by."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_manifest
from support.golden import committed_report, report

from generator.analysis import diff as diff_mod
from generator.analysis.diff import BREAKING, SERVER
from generator.app import load as sources
from generator.core import types as tx
from generator.core.model import ApiModel

pytestmark = pytest.mark.corpus

ENTRIES = [e for e in corpus_manifest() if e["format"].startswith("markdown")]
PAIRS = [
    pytest.param(a["label"], b["label"], id=f"{a['label']}..{b['label']}")
    for a, b in zip(ENTRIES, ENTRIES[1:], strict=False)
] or [pytest.param(None, None, marks=pytest.mark.skip(reason=f"corpus not found at {CORPUS}"))]
needs_corpus = pytest.mark.skipif(not ENTRIES, reason=f"corpus not found at {CORPUS}")
_HEADING = re.compile(r"^#{2,3} `([A-Z]+) (/[^`]*)`\s*$")


@cache
def model(label: str) -> ApiModel:
    return sources.load(CORPUS / label).model


def heading_keys(label: str) -> Counter[tuple[str, str]]:
    """(method, normalised path) from the raw headings, read line by line, counted: some
    releases document two routes of one shape (``:id`` and ``:virtual-db``). A heading the
    model serves at another route (the route facts' mount, docs/facts.md) counts at that
    route, looked up by the heading's line."""
    served = {
        (Path(src.file).name, src.line, e.method): e.path
        for e in model(label).endpoints
        for src in e.sources
    }
    keys: Counter[tuple[str, str]] = Counter()
    seen: set[tuple[str, str]] = set()
    for f in (CORPUS / label).rglob("*.md"):
        for no, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = _HEADING.match(line)
            if m:
                route = served.get((f.name, no, m.group(1)), m.group(2))
                path = re.sub(r"\{[^}]+\}|:[A-Za-z0-9_\-?]+", "{}", route).rstrip("/")
                exact = (m.group(1), route.rstrip("/"))
                keys[(m.group(1), path)] += 0 if exact in seen else 1  # EE overrides: once
                seen.add(exact)
    return keys


def norm(method: str, path: str) -> tuple[str, str]:
    return method, re.sub(r"\{[^}]+\}|:[A-Za-z0-9_\-?]+", "{}", path).rstrip("/")


@pytest.mark.parametrize("old,new", PAIRS)
def test_added_and_removed_equal_heading_difference(old: str, new: str) -> None:
    """Counted per shape, so that a second route of an existing shape (``:virtual-db``
    beside ``:id``) is an addition; on distinct shapes this is the plain set difference."""
    d = diff_mod.diff(model(old), model(new))
    moved = [c for c in d.changes if c.kind == "endpoint-moved"]  # gone from one route, at another
    added = Counter(norm(c.method, c.path) for c in d.changes if c.kind == "endpoint-added")
    removed = Counter(norm(c.method, c.path) for c in d.changes if c.kind == "endpoint-removed")
    added += Counter(norm(c.method, c.path) for c in moved)
    removed += Counter(norm(c.method, c.old_path or "") for c in moved)
    assert added == heading_keys(new) - heading_keys(old)
    assert removed == heading_keys(old) - heading_keys(new)


@pytest.mark.parametrize("entry", [pytest.param(e, id=e["label"]) for e in ENTRIES])
def test_self_diff_is_empty(entry: dict[str, Any]) -> None:
    m = model(entry["label"])
    assert diff_mod.diff(m, m).changes == []


def find(
    old: str, new: str, kind: str, method: str, path: str, param: str | None = None
) -> diff_mod.Change:
    d = diff_mod.diff(model(old), model(new))
    found = [
        c
        for c in d.changes
        if (c.kind, c.method, c.path) == (kind, method, path)
        and (param is None or c.param == param)
    ]
    assert len(found) == 1, [c for c in d.changes if c.path == path]
    return found[0]


@needs_corpus
def test_dashboard_listing_disappeared_around_0_48() -> None:
    c = find("2023-04-13", "2023-12-20", "endpoint-removed", "GET", "/api/dashboard/")
    assert c.severity == BREAKING and SERVER in c.breaks


@needs_corpus
def test_card_filter_enum_gained_values() -> None:
    c = find("2023-12-20", "v0.49", "param-enum-values-added", "GET", "/api/card/", "f")
    assert c.severity == "non-breaking"
    assert isinstance(c.new, tuple) and set(c.new) == {"using_segment", "using_metric"}


@needs_corpus
def test_card_filter_enum_lost_values() -> None:
    c = find("2023-04-13", "2023-12-20", "param-enum-values-removed", "GET", "/api/card/", "f")
    assert c.severity == BREAKING
    assert isinstance(c.old, tuple) and set(c.old) == {"popular", "recent"}


@needs_corpus
def test_search_models_type_narrowed() -> None:
    c = find("2023-04-13", "2023-12-20", "param-type-narrowed", "GET", "/api/search/", "models")
    assert c.severity == BREAKING and isinstance(c.new, tx.T)
    assert any(t.kind is tx.Kind.LITERAL for t in c.new.walk())


@needs_corpus
def test_renamed_placeholder_breaks_only_the_client() -> None:
    path = "/api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:dashboard-template"
    c = find("2023-04-13", "2023-12-20", "param-renamed", "GET", path)
    assert (c.old, c.new, c.breaks) == ("rule", "dashboard-template", ("client",))
    m = find("2023-04-13", "2023-12-20", "method-renamed", "GET", path)
    assert m.new == "automagic_dashboards.get_rule_by_prefix_and_dashboard_template"


OPENAPI = {e["label"] for e in corpus_manifest() if e["format"].startswith("openapi")}
NAME = "diff_v0.56_v0.59-dev.json"
needs_openapi = pytest.mark.skipif(
    not {"v0.56", "v0.59-dev"} <= OPENAPI, reason=f"v0.56/v0.59-dev not found at {CORPUS}"
)


@needs_openapi
def test_0_56_to_0_59_report_is_the_golden_one() -> None:
    """The whole JSON report, against tests/golden/reports/ (python tests/support/golden.py
    rewrites it after an intended change; its diff shows which changes came and went)."""
    assert report(NAME) == committed_report(NAME), f"run python tests/support/golden.py; {NAME}"


@needs_openapi
def test_0_56_to_0_59_drops_query_nullability_noise() -> None:
    """Before issue 13 this diff had 389 nullability flips, 137 of them of query parameters
    and multipart parts, which cannot carry a null: only those of JSON bodies stay."""
    # with their versions, as the golden report's command gives them (answers are typed then)
    old = sources.load(CORPUS / "v0.56", "0.56").model
    new = sources.load(CORPUS / "v0.59-dev", "0.59-dev").model
    d = diff_mod.diff(old, new)
    where = {
        (e.method, diff_mod.exact_key(e.path), p.name): p.location
        for e in new.endpoints
        for p in e.params
    }
    flips = [c for c in d.changes if c.kind == "param-nullability-changed"]
    assert flips and {where[(c.method, diff_mod.exact_key(c.path), c.param)] for c in flips} == {
        "body"
    }
    assert all("{" not in c.path for c in d.changes)  # one path style: :id
    summary = json.loads(committed_report(NAME))["summary"]
    assert summary["changes"] == len(d.changes) and summary["breaking"] == len(d.breaking)


@needs_openapi
def test_routes_outside_api_are_not_covered_by_openapi_docs_not_removed() -> None:
    d = diff_mod.diff(model("v0.49"), model("v0.56"))
    outside = sorted((c.kind, c.method, c.path) for c in d.changes if not c.path.startswith("/api"))
    assert outside == [
        ("endpoint-not-covered", "GET", "/auth/sso/"),
        ("endpoint-not-covered", "POST", "/auth/sso/"),
        ("endpoint-not-covered", "POST", "/auth/sso/handle_slo"),
        ("endpoint-not-covered", "POST", "/auth/sso/logout"),
    ]
    assert all(c.severity == "non-breaking" for c in d.changes if c.kind == "endpoint-not-covered")


@pytest.mark.skipif(
    not {"v0.59-dev", "v0.63.2"} <= OPENAPI, reason=f"v0.59-dev/v0.63.2 not found at {CORPUS}"
)
def test_0_59_to_0_63_routes_out_of_ee_are_moves_not_removals() -> None:
    """87 routes of 0.59 are gone from 0.63.2; 14 of them reappear at another route: out of
    /api/ee (ai-entity-analysis, metabot-v3 as metabot) or into it (transform inspection)."""
    d = diff_mod.diff(model("v0.59-dev"), model("v0.63.2"))
    moved = {(c.method, c.old_path, c.path) for c in d.changes if c.kind == "endpoint-moved"}
    assert len(moved) == 14
    assert (
        "POST",
        "/api/ee/ai-entity-analysis/analyze-chart",
        "/api/ai-entity-analysis/analyze-chart",
    ) in moved
    assert sum(1 for _, a, _ in moved if a and a.startswith("/api/ee/metabot-v3/")) == 10
    assert sum(1 for _, _, b in moved if b.startswith("/api/ee/transforms/")) == 3
    assert d.count("endpoint-removed") == 87 - 14
    assert all(
        c.severity == BREAKING and c.py_old and c.py_new
        for c in d.changes
        if c.kind == "endpoint-moved"
    )
