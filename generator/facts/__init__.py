"""Facts about where Metabase's server reads each documented API parameter.

Read from Metabase's own source (its ``defendpoint`` forms, read as data) at many commits of
the Markdown docs era (2016-2024), stored in ``data/facts.json``.  Self-contained: imports
nothing from the rest of :mod:`generator`.  See docs/facts.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .dataset import Dataset, Snapshot, SnapshotFacts, dump_dataset, load_dataset
from .match import Match, match_docs, parse_version
from .model import LOCATIONS, REQUEST, UNBOUND, EndpointFacts, ParamFact

if TYPE_CHECKING:
    from .build import main
    from .extract import extract_source
    from .gitsrc import GitExtraction, GitReader, extract_git
    from .verify import coverage, read_markdown_docs

# What only the maintainers' tool uses (reading Clojure source, git) loads on first use:
# applying the committed facts to docs (mbgen model) never imports it.
_LAZY = {
    "main": "build",
    "extract_source": "extract",
    "GitExtraction": "gitsrc",
    "GitReader": "gitsrc",
    "extract_git": "gitsrc",
    "coverage": "verify",
    "read_markdown_docs": "verify",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LOCATIONS",
    "REQUEST",
    "UNBOUND",
    "Dataset",
    "EndpointFacts",
    "GitExtraction",
    "GitReader",
    "Match",
    "ParamFact",
    "Snapshot",
    "SnapshotFacts",
    "coverage",
    "dump_dataset",
    "extract_git",
    "extract_source",
    "load_dataset",
    "main",
    "match_docs",
    "parse_version",
    "read_markdown_docs",
]
