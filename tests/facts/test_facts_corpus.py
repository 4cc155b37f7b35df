"""The committed facts against the real Markdown-era docs of the corpus.

The corpus is read from $MBGEN_CORPUS, else /work/shared/corpus, else ../shared/corpus beside
the checkout; the tests skip, with the reason, when none exists.  Every miss allowed here is
listed and explained in docs/facts.md ("Known misses").
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.facts import load_dataset, match_docs, read_markdown_docs
from generator.facts.verify import corpus_report, coverage

#: every documented (method, path) the facts of that commit lack, and why (docs/facts.md)
KNOWN_MISSING_ENDPOINTS = {
    # the docs of bd53aed6bc were not regenerated after #17700 removed these two routes
    ("2021-09-14", "DELETE", "/api/pulse/:id"),
    ("2021-09-14", "DELETE", "/api/pulse/:id/subscription/email"),
}
TARGET = 0.995


def corpus_dir() -> Path | None:
    candidates = [
        os.environ.get("MBGEN_CORPUS"),
        "/work/shared/corpus",
        str(Path(__file__).resolve().parents[3] / "shared" / "corpus"),
    ]
    for c in candidates:
        if c and (Path(c) / "manifest.json").is_file():
            return Path(c)
    return None


CORPUS = corpus_dir()
pytestmark = pytest.mark.skipif(
    CORPUS is None, reason="no corpus: set MBGEN_CORPUS to the shared corpus folder"
)


def markdown_entries() -> list[dict[str, str]]:
    assert CORPUS is not None
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return [e for e in manifest if str(e.get("format", "")).startswith("markdown")]


def test_every_markdown_folder_has_its_snapshot() -> None:
    assert CORPUS is not None
    rows = corpus_report(CORPUS, load_dataset())
    assert len(rows) == len(markdown_entries())
    assert all(r.ok for r in rows), [r.render() for r in rows if not r.ok]


def test_coverage_at_the_exact_commit() -> None:
    assert CORPUS is not None
    for row in corpus_report(CORPUS, load_dataset()):
        cov = row.coverage
        assert cov is not None
        print(row.render())
        missing = {(row.label, m, p) for m, p in cov.missing_endpoints}
        assert missing <= KNOWN_MISSING_ENDPOINTS, missing - KNOWN_MISSING_ENDPOINTS
        assert cov.missing_params == [], cov.missing_params
        assert cov.endpoint_share >= TARGET or missing, row.render()
        assert cov.param_share >= TARGET, row.render()


def test_matcher_picks_a_snapshot_that_covers_the_docs() -> None:
    assert CORPUS is not None
    dataset = load_dataset()
    for entry in markdown_entries():
        docs = read_markdown_docs(CORPUS / entry["label"])
        for version in (entry.get("metabase_version"), None):
            m = match_docs(dataset, version, docs)
            cov = coverage(docs, m.facts.endpoints)
            print(entry["label"], version, m.snapshot.label, f"{m.score:.4f}", cov.summary())
            assert cov.endpoint_share >= TARGET, (entry["label"], version, m.reason, cov.summary())
            assert cov.param_share >= TARGET, (entry["label"], version, m.reason, cov.summary())
