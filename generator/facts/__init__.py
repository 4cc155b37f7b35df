"""Facts about where Metabase's server reads each documented API parameter.

Read from Metabase's own source (its ``defendpoint`` forms, read as data) at many commits of
the Markdown docs era (2016-2024), stored in ``data/facts.json``.  Self-contained: imports
nothing from the rest of :mod:`generator`.  See docs/facts.md.
"""

from __future__ import annotations

from .build import main
from .dataset import Dataset, Snapshot, SnapshotFacts, dump_dataset, load_dataset
from .extract import extract_source
from .gitsrc import GitExtraction, GitReader, extract_git
from .match import Match, match_docs, parse_version
from .model import LOCATIONS, EndpointFacts, ParamFact
from .verify import coverage, read_markdown_docs

__all__ = [
    "LOCATIONS",
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
