"""The record ``mbgen fetch`` writes beside a server's OpenAPI document: its version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FETCHED = "fetched.json"


def fetched_version(folder: Path) -> str | None:
    """The version ``mbgen fetch`` recorded beside a document, if any."""
    path = folder / FETCHED
    if not path.is_file():
        return None
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("metabase_version") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value != "unknown" else None


def fetched_record(version: str, tag: str, source: str) -> str:
    """The text of the record for a fetched document."""
    return (
        json.dumps({"metabase_version": version, "version_tag": tag, "from": source}, indent=1)
        + "\n"
    )
