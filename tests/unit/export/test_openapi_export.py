"""``mbgen openapi``: valid OpenAPI 3.1 for Markdown-era docs, faithful to the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from support.corpus import CORPUS, corpus_labels

from generator.app import load as sources
from generator.export import openapi as openapi_export


def export(source: Path, version: str | None = None) -> dict[str, Any]:
    return openapi_export.export(sources.load(source, version).model)


@pytest.mark.parametrize("layout", ["single", "toc", "split", "hostile", "openapi-json"])
def test_fixtures_export_valid_openapi(fixtures: Path, layout: str) -> None:
    validate(export(fixtures / layout, "1.0"))  # raises on an invalid document


def test_round_trip_keeps_locations_types_and_flags(fixtures: Path, tmp_path: Path) -> None:
    original = sources.load(fixtures / "split", "0.5").model
    (tmp_path / "api.json").write_text(json.dumps(openapi_export.export(original)))
    again = sources.load(tmp_path, "0.5").model
    assert len(again.endpoints) == len(original.endpoints)
    for a, b in zip(original.endpoints, again.endpoints, strict=True):
        assert (a.method, openapi_export.openapi_path(a.path)) == (b.method, b.path)
        assert (a.deprecated, a.enterprise) == (b.deprecated, b.enterprise)
        assert [(p.name, p.location, p.type, p.needed) for p in a.params] == [
            (p.name, p.location, p.type, p.needed) for p in b.params
        ]


def test_extensions_tags_and_cli(fixtures: Path, tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.cli",
            "openapi",
            str(fixtures / "split"),
            "--version",
            "0.5",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text())
    assert doc["openapi"] == "3.1.0" and doc["info"]["version"] == "0.5"
    assert {t["name"] for t in doc["tags"]} == {"gizmo", "thing", "ee-gizmo-audit"}
    log = doc["paths"]["/api/ee/gizmo-audit/log"]["get"]
    assert log["x-metabase-superuser"] is True and log["x-metabase-paid-plan"] is True
    meta = doc["paths"]["/api/gizmo/{id}/metadata"]["get"]
    assert meta["x-metabase-enterprise-override"] is True
    put = doc["paths"]["/api/gizmo/{id}"]["put"]
    props = put["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert props["owner_ids"] == {
        "oneOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]
    }


@pytest.mark.corpus
@pytest.mark.parametrize("entry", corpus_labels("markdown"))
def test_every_markdown_release_exports_valid_openapi(entry: dict[str, Any]) -> None:
    model = sources.load(CORPUS / entry["label"], "0").model
    doc = openapi_export.export(model)
    validate(doc)
    ops = sum(len(v) for v in doc["paths"].values())
    # one operation per endpoint of the model: the manifest's count, less the Enterprise
    # overrides printed at a path of their own and served at the route they override
    # (tests/corpus/test_corpus_markdown.py counts those)
    assert ops == len(model.endpoints) >= entry["unique_endpoints"] - 1
