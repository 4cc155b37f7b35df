"""The CLI's rough edges, smoothed: versions, package names, encodings, hints, deep schemas,
URLs without a scheme. Each refusal is one line and exit 2, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import assert_one_line_error, run

from generator.core.naming import normalise_version

DOC = "# API Documentation for Metabase v0.30.1\n\n## `GET /api/x/`\n\nReads x.\n"


@pytest.mark.parametrize(
    ("given", "want"),
    [("0.49.3", "0.49.3"), ("v0.49", "0.49"), (" 0.49 beta ", "0.49-beta"), ("~0.43", "~0.43")],
)
def test_versions_are_normalised(given: str, want: str) -> None:
    assert normalise_version(given) == want


@pytest.mark.parametrize("bad", ["../../evil", "0.49/x", "", "latest", "0.49;rm"])
def test_versions_that_are_none_are_refused(bad: str, tmp_path: Path, fixtures: Path) -> None:
    assert normalise_version(bad) is None
    proc = run("generate", fixtures / "split", "--version", bad, "--out", tmp_path / "o")
    assert_one_line_error(proc, "--version", "is not a Metabase version", "[bad-version]")
    assert not (tmp_path / "o").exists()


def test_a_spaced_version_names_the_package_the_same_way(tmp_path: Path, fixtures: Path) -> None:
    proc = run("generate", fixtures / "split", "--version", "0.5 beta", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "metabase_v0_5_beta").is_dir()
    init = (tmp_path / "metabase_v0_5_beta" / "__init__.py").read_text()
    assert 'METABASE_VERSION = "0.5-beta"' in init


def test_version_that_disagrees_with_the_title_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_text(DOC)
    proc = run("model", tmp_path, "--version", "0.31", "-v")
    assert proc.returncode == 0
    assert "title says Metabase 0.30.1, --version says 0.31: using 0.30.1" in proc.stderr
    assert json.loads(proc.stdout)["metabase_version"] == "0.30.1"


@pytest.mark.parametrize("name", ["requests", "json", "typing_extensions", "Bad-Name", "class"])
def test_package_names_that_would_break_an_import_are_refused(
    name: str, tmp_path: Path, fixtures: Path
) -> None:
    proc = run("generate", fixtures / "single", "--package", name, "--out", tmp_path)
    assert_one_line_error(proc, name, "[bad-package]")
    assert not any(tmp_path.iterdir())


def test_utf16_docs_are_read(tmp_path: Path) -> None:
    path = tmp_path / "api-documentation.md"
    path.write_bytes(b"\xff\xfe" + DOC.encode("utf-16-le"))
    proc = run("model", path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["endpoints"][0]["path"] == "/api/x/"


def test_fetch_without_a_scheme_names_the_url(tmp_path: Path) -> None:
    proc = run("fetch", "metabase.example.com", "-o", tmp_path)
    assert_one_line_error(proc, "metabase.example.com", "https://")


def test_hints_name_only_flags_the_command_has(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_text(DOC.replace("v0.30.1", ""))
    gen = run("generate", tmp_path, "--version", "0.3", "--out", tmp_path / "o")
    assert gen.returncode == 0 and "-v lists them" in gen.stderr and "--stats" not in gen.stderr
    model = run("model", tmp_path)
    assert "--stats or -v lists them" in model.stderr


def test_schemas_nested_200_deep_generate_and_regenerate(tmp_path: Path) -> None:
    deep: dict[str, object] = {"type": "integer"}
    for _ in range(200):
        deep = {"type": "array", "items": deep}
    schema = {"type": "object", "properties": {"a": deep}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "made up"},
        "paths": {
            "/api/x": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {},
                }
            }
        },
    }
    (tmp_path / "api.json").write_text(json.dumps(doc))
    out = tmp_path / "out"
    proc = run("generate", tmp_path / "api.json", "--version", "1.0", "--out", out, "-v")
    assert proc.returncode == 0, proc.stderr
    assert "[deep-schema]" in proc.stderr
    again = run("generate", "--out", out)
    assert again.returncode == 0, again.stderr


def test_mbgen_facts_runs_the_maintainer_tool() -> None:
    proc = run("facts", "build", "--help")
    assert proc.returncode == 0 and "--git-dir" in proc.stdout
    proc = run("facts", "show", "HEAD", "--git-dir", "/nonexistent")
    assert_one_line_error(proc, "mbgen facts: error: git failed: ", "[git]")
