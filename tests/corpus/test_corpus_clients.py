"""Clients generated from every corpus release: import, mypy --strict, routing on loopback.
Skips without the corpus."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from pytest_httpserver import HTTPServer
from support.corpus import CORPUS, corpus_manifest
from support.packages import import_package, model_of
from support.shipped import docs_params, shipped, sources
from support.typecheck import HINTS, mypy_strict
from werkzeug import Request, Response

from generator.app import generate
from generator.core import naming
from generator.core.model import ApiModel

pytestmark = pytest.mark.corpus

REPO = Path(__file__).resolve().parents[2]
ENTRIES = corpus_manifest()
needs_corpus = pytest.mark.skipif(not ENTRIES, reason=f"corpus not found at {CORPUS}")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ApiModel, str]]:
    out = tmp_path_factory.mktemp("corpus_clients")
    done = {}
    for e in ENTRIES:
        openapi = e["format"].startswith("openapi")
        model = model_of(CORPUS / e["label"], e["label"].lstrip("v") if openapi else None)
        package = naming.package_name(e["label"])
        generate.write_package(model, out, package, formatted=False)  # black: tests/e2e
        done[e["label"]] = (model, package)
    done["__out__"] = (model, str(out))  # type: ignore[assignment]
    return done


@needs_corpus
@pytest.mark.parametrize("hints", HINTS)
def test_mypy_strict_on_every_release(built: dict[str, Any], hints: str, tmp_path: Path) -> None:
    out = built["__out__"][1]
    proc = mypy_strict(Path(out), hints, tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:]


@needs_corpus
@pytest.mark.parametrize("label", [e["label"] for e in ENTRIES])
def test_every_endpoint_routes_correctly(
    built: dict[str, Any], label: str, httpserver: HTTPServer
) -> None:
    model, package = built[label]
    pkg = import_package(Path(built["__out__"][1]), package)
    seen: list[tuple[str, str]] = []

    def record(request: Request) -> Response:
        seen.append((request.method, request.path))
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request(re.compile(".*")).respond_with_handler(record)
    client = pkg.Client(httpserver.url_for("/").rstrip("/"), api_key="k")
    by_key = {(e.method, e.path): e for e in model.endpoints}
    assert {(r.method, r.path) for r in pkg.ENDPOINTS} == set(by_key)
    for row in pkg.ENDPOINTS:
        ep = by_key[(row.method, row.path)]
        ns, name = row.attr.split(".")
        fn = getattr(getattr(client, ns), name)
        args = [7 for p in ep.params if p.location == "path"]
        kwargs = {p.python_name: 1 for p in ep.params if p.location != "path" and p.required}
        seen.clear()
        with pytest.warns() if ep.deprecated else _nothing():
            fn(*args, **kwargs)
        expected = unquote(re.sub(r":[A-Za-z0-9_\-?]+|\{[^}]+\}", "7", ep.path))  # decoded
        assert seen == [(ep.method, expected)], row.attr


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *a: object) -> None:
        return None


@pytest.mark.parametrize("package,docs", docs_params(shipped()))
def test_committed_model_is_what_its_docs_give_now(package: str, docs: Path) -> None:
    """Each shipped model.json is what its docs give now; a package whose docs are absent
    here (not in the corpus, or a sourced release without MBGEN_SOURCED) skips, saying why."""
    fresh = model_of(docs, sources()[package]["version"]).without_prose()
    committed = model_of(REPO / "generated" / package / "model.json")
    assert committed == fresh.sorted(), package
    assert committed.source_format == sources()[package]["format"]
