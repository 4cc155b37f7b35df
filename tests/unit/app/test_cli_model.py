"""``mbgen model`` as a user runs it: outputs, exit codes, one-line errors on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.cli import assert_one_line_error, run

from generator.core import jsonform as model_mod


def test_model_json_written_and_reloadable(tmp_path: Path, fixtures: Path) -> None:
    out = tmp_path / "m.json"
    proc = run("model", fixtures / "single", "-o", out)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    assert data["metabase_version"] == "0.99.1"
    assert data["source_format"] == "markdown-single"
    first = data["endpoints"][0]
    assert set(first) >= {
        "method",
        "path",
        "namespace",
        "description",
        "superuser",
        "deprecated",
        "enterprise",
        "source",
        "params",
    }
    again = model_mod.loads(out.read_text())
    assert model_mod.dumps(again) == out.read_text()


def test_version_flag_and_warning(fixtures: Path) -> None:
    proc = run("model", fixtures / "split")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["metabase_version"] == "unknown"
    assert "warning" in proc.stderr
    proc = run("model", fixtures / "split", "--version", "0.50.1")
    assert json.loads(proc.stdout)["metabase_version"] == "0.50.1"


def test_stats_lists_unreadable_prose(fixtures: Path) -> None:
    proc = run("model", fixtures / "split", "--stats")
    assert proc.returncode == 0
    assert "endpoints:        5" in proc.stdout
    assert "typed (not Any):  11/12 = 91.7%" in proc.stdout
    assert "api/thing.md:20: cannot type 'secret'" in proc.stdout
    # which answer snapshot typed the answers, and how many (none fits made-up routes)
    assert "answer facts:    " in proc.stdout
    typed = "  answers typed: 0 by the facts (0 borrowed from other snapshots), 0 by the spec,"
    assert typed + " 5 untyped" in proc.stdout


def test_strict_fails_on_warnings(fixtures: Path) -> None:
    assert run("model", fixtures / "split", "--strict").returncode == 1
    # made-up docs that no route facts fit carry a facts-none warning; OpenAPI docs none
    assert run("model", fixtures / "single", "--strict").returncode == 1
    assert run("model", fixtures / "openapi-json", "--version", "1.0", "--strict").returncode == 0


def test_missing_path() -> None:
    assert_one_line_error(run("model", "/nonexistent/docs"), "/nonexistent/docs", "no such file")


def test_empty_folder(tmp_path: Path) -> None:
    assert_one_line_error(run("model", tmp_path), str(tmp_path), "empty folder")


def test_not_api_docs(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_text("# Shopping list\n\n- eggs\n- milk\n")
    assert_one_line_error(run("model", tmp_path), "api-documentation.md:1", "not Metabase")


def test_folder_without_index(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("hello\n")
    assert_one_line_error(run("model", tmp_path), "no api-documentation.md")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_bytes(b"# API\n\n\x00\x01\x02binary")
    assert_one_line_error(run("model", tmp_path), "api-documentation.md:3", "binary")


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_bytes(b"# API\nok\n\xff\xfe bad\n")
    assert_one_line_error(run("model", tmp_path), "api-documentation.md:3", "UTF-8")


def test_unknown_method(tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "single" / "api-documentation.md").read_text()
    text = text.replace("## `GET /api/widget/:id`", "## `FETCH /api/widget/:id`")
    (tmp_path / "api-documentation.md").write_text(text)
    line = text.splitlines().index("## `FETCH /api/widget/:id`") + 1
    assert_one_line_error(run("model", tmp_path), f"api-documentation.md:{line}", "FETCH")


def test_truncated_heading(tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "single" / "api-documentation.md").read_text()
    cut = text.index("## `POST /api/widget/`") + len("## `POST /api/wid")
    (tmp_path / "api-documentation.md").write_text(text[:cut])
    line = text[:cut].count("\n") + 1
    assert_one_line_error(run("model", tmp_path), f"api-documentation.md:{line}", "malformed")


def test_truncated_split_page(tmp_path: Path, fixtures: Path) -> None:
    shutil.copytree(fixtures / "split", tmp_path / "docs")
    page = tmp_path / "docs" / "api" / "thing.md"
    page.write_text(page.read_text()[:20])  # cut inside the front matter
    assert_one_line_error(run("model", tmp_path / "docs"), "api/thing.md:1", "front matter")


def test_missing_linked_page(tmp_path: Path, fixtures: Path) -> None:
    shutil.copytree(fixtures / "split", tmp_path / "docs")
    (tmp_path / "docs" / "api" / "thing.md").unlink()
    assert_one_line_error(
        run("model", tmp_path / "docs"), "api-documentation.md:11", "api/thing.md"
    )


@pytest.mark.parametrize(
    "doc,pointer",
    [
        ("{", "/"),
        (
            '{"metabase_version": "1", "source_format": "x", "endpoints": [{"method": "GET"}]}',
            "/endpoints/0/path",
        ),
        (
            '{"metabase_version": "1", "source_format": "x", "endpoints": [{"method": "FETCH"}]}',
            "/endpoints/0/method",
        ),
    ],
)
def test_bad_model_json(tmp_path: Path, doc: str, pointer: str) -> None:
    f = tmp_path / "model.json"
    f.write_text(doc)
    assert_one_line_error(run("model", f), f"model.json#{pointer}")
