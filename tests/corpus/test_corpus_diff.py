"""``mbgen diff`` on consecutive corpus releases, and real changes users were hurt by."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_manifest

from generator.analysis import diff as diff_mod
from generator.analysis.diff import BREAKING, SERVER
from generator.app import load as sources
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
    releases document two routes of one shape (``:id`` and ``:virtual-db``)."""
    keys: Counter[tuple[str, str]] = Counter()
    seen: set[tuple[str, str]] = set()
    for f in (CORPUS / label).rglob("*.md"):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = _HEADING.match(line)
            if m:
                path = re.sub(r"\{[^}]+\}|:[A-Za-z0-9_\-?]+", "{}", m.group(2)).rstrip("/")
                exact = (m.group(1), m.group(2).rstrip("/"))
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
    added = Counter(norm(c.method, c.path) for c in d.changes if c.kind == "endpoint-added")
    removed = Counter(norm(c.method, c.path) for c in d.changes if c.kind == "endpoint-removed")
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
    assert set(c.new.split(", ")) == {"using_segment", "using_metric"}


@needs_corpus
def test_card_filter_enum_lost_values() -> None:
    c = find("2023-04-13", "2023-12-20", "param-enum-values-removed", "GET", "/api/card/", "f")
    assert c.severity == BREAKING
    assert set(c.old.split(", ")) == {"popular", "recent"}


@needs_corpus
def test_search_models_type_narrowed() -> None:
    c = find("2023-04-13", "2023-12-20", "param-type-narrowed", "GET", "/api/search/", "models")
    assert c.severity == BREAKING and "Literal[" in (c.new or "")


@needs_corpus
def test_renamed_placeholder_breaks_only_the_client() -> None:
    path = "/api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:dashboard-template"
    c = find("2023-04-13", "2023-12-20", "param-renamed", "GET", path)
    assert (c.old, c.new, c.breaks) == ("rule", "dashboard-template", ("client",))
    m = find("2023-04-13", "2023-12-20", "method-renamed", "GET", path)
    assert m.new == "automagic_dashboards.get_rule_by_prefix_and_dashboard_template"


OPENAPI = {e["label"] for e in corpus_manifest() if e["format"].startswith("openapi")}
needs_openapi = pytest.mark.skipif(
    not {"v0.56", "v0.59-dev"} <= OPENAPI, reason=f"v0.56/v0.59-dev not found at {CORPUS}"
)


@needs_openapi
def test_0_56_to_0_59_drops_query_nullability_noise_and_keeps_every_real_change() -> None:
    """Before issue 13 this diff had 673 changes, 645 non-breaking, 389 of them nullability
    flips: 136 of query parameters and 1 of a multipart part, which cannot carry a null.
    Those go; the 252 of JSON body parameters and every other change, of every kind, stay."""
    d = diff_mod.diff(model("v0.56"), model("v0.59-dev"))
    where = {
        (e.method, diff_mod.exact_key(e.path), p.name): p.location
        for e in model("v0.59-dev").endpoints
        for p in e.params
    }
    flips = [c for c in d.changes if c.kind == "param-nullability-changed"]
    assert {where[(c.method, diff_mod.exact_key(c.path), c.param)] for c in flips} == {"body"}
    assert len(flips) == 389 - 136 - 1
    assert Counter(c.kind for c in d.changes if c.kind != "param-nullability-changed") == {
        "deprecated-changed": 2,
        "endpoint-added": 163,
        "endpoint-removed": 5,
        "param-added": 77,
        "param-enum-values-added": 9,
        "param-removed": 15,
        "param-required-changed": 4,
        "param-type-changed": 5,
        "param-type-widened": 4,
        # answers are typed since issue 10 (the spec's) and issue 20 (the answer facts' where
        # the spec has none; these docs carry no version, so both get the snapshot sharing
        # the most routes): keys gained, lost, made optional
        "response-key-added": 153,
        "response-key-removed": 106,
        "response-key-optional": 39,
    }
    # the non-breaking count falls by the query and multipart nullability flips; the 153
    # response keys 0.59 adds are new since answers are typed
    assert len(d.changes) - len(d.breaking) == 645 - 136 - 1 + 153
    lost = [c for c in d.changes if c.kind in ("response-key-removed", "response-key-optional")]
    assert {c.severity for c in lost} == {"breaking"}
    assert all("{" not in c.path for c in d.changes)  # one path style: :id


@needs_openapi
def test_routes_outside_api_are_not_covered_by_openapi_docs_not_removed() -> None:
    d = diff_mod.diff(model("v0.49"), model("v0.56"))
    outside = sorted((c.kind, c.method, c.path) for c in d.changes if not c.path.startswith("/api"))
    assert outside == [
        ("endpoint-not-covered", "GET", "/auth/sso/"),
        ("endpoint-not-covered", "POST", "/auth/sso/"),
        ("endpoint-not-covered", "POST", "/auth/sso/handle_slo"),
        ("endpoint-not-covered", "POST", "/auth/sso/logout"),
        ("endpoint-not-covered", "PUT", "/auth/saml/settings"),
    ]
    assert all(c.severity == "non-breaking" for c in d.changes if c.kind == "endpoint-not-covered")
