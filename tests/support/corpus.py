"""Where the real Metabase docs are, for the tests that read them.

The real Metabase docs live outside the repo, in ``../shared/corpus`` beside the checkout by
default; ``MBGEN_CORPUS`` points elsewhere. Tests that need them skip, saying why, when absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
CORPUS = Path(os.environ.get("MBGEN_CORPUS", REPO.parent / "shared" / "corpus"))


def corpus_manifest() -> list[dict[str, Any]]:
    path = CORPUS / "manifest.json"
    if not path.is_file():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return entries


def corpus_labels(prefix: str) -> list[Any]:
    """Corpus entries whose format starts with ``prefix``, as pytest params (or one skip)."""
    entries = [e for e in corpus_manifest() if e["format"].startswith(prefix)]
    if not entries:
        return [
            pytest.param(
                None,
                marks=pytest.mark.skip(reason=f"corpus not found at {CORPUS} (set MBGEN_CORPUS)"),
            )
        ]
    return [pytest.param(e, id=e["label"]) for e in entries]
