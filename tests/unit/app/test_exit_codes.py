"""One exit-code path: every command's code comes from core.diagnostics.exit_code, and a
command whose diagnostics hold an error writes nothing."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from support.cli import run

from generator.core.diagnostics import (
    CODES,
    EXIT_FAIL,
    EXIT_INPUT,
    EXIT_OK,
    Diagnostics,
    InputError,
    Level,
    Location,
    exit_code,
)

GENERATOR = Path(__file__).resolve().parents[3] / "generator"


def broken_openapi(tmp_path: Path) -> Path:
    """A readable document with one operation under an HTTP method Metabase never uses."""
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "made up"},
        "paths": {
            "/api/widget/": {"get": {"responses": {}}, "fetch": {"responses": {}}},
        },
    }
    path = tmp_path / "api.json"
    path.write_text(json.dumps(doc, indent=2))
    return path


def test_exit_code_rules() -> None:
    d = Diagnostics()
    assert exit_code(d.items) == EXIT_OK
    d.warning("no-version", "w", "f.md", 1)
    assert exit_code(d.items) == EXIT_OK
    assert exit_code(d.items, strict=True) == EXIT_FAIL
    assert exit_code(d.items, failed=True) == EXIT_FAIL
    d.error("unknown-method", "e", "f.md", 2)
    assert exit_code(d.items, strict=True, failed=True) == EXIT_INPUT


def test_codes_fix_their_level() -> None:
    d = Diagnostics()
    with pytest.raises(ValueError, match="is a error"):
        d.warning("unknown-method", "x", "f")
    with pytest.raises(KeyError):
        d.warning("no-such-code", "x", "f")


def test_locations_print_as_file_line_or_pointer() -> None:
    assert str(Location("a.md", 3)) == "a.md:3"
    assert (
        str(Location("api.json", pointer="/paths/~1api~1x/get")) == "api.json#/paths/~1api~1x/get"
    )
    assert str(InputError("mbgen", 0, "m", "usage").diagnostic) == "mbgen: error: m [usage]"


def test_every_code_in_the_source_is_in_the_table() -> None:
    used: set[str] = set()
    for path in GENERATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            if name in ("warning", "error") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.add(first.value)
            if name == "InputError" and len(node.args) >= 4:
                last = node.args[3]
                if isinstance(last, ast.Constant) and isinstance(last.value, str):
                    used.add(last.value)
    assert used, "the scan found no diagnostics at all"
    assert used <= set(CODES), used - set(CODES)
    assert {level for level, _ in CODES.values()} == {Level.ERROR, Level.WARNING}


def test_generate_with_errors_writes_nothing(tmp_path: Path) -> None:
    doc = broken_openapi(tmp_path)
    out = tmp_path / "out"
    proc = run("generate", doc, "--version", "1.0", "--out", out)
    assert proc.returncode == EXIT_INPUT, proc.stderr
    assert "api.json#/paths/~1api~1widget~1/fetch: error: unknown HTTP method" in proc.stderr
    assert not out.exists()


def test_openapi_export_with_errors_writes_nothing(tmp_path: Path) -> None:
    doc = broken_openapi(tmp_path)
    target = tmp_path / "spec.json"
    proc = run("openapi", doc, "--version", "1.0", "-o", target)
    assert proc.returncode == EXIT_INPUT
    assert not target.exists()
    proc = run("openapi", doc, "--version", "1.0")
    assert proc.returncode == EXIT_INPUT and proc.stdout == ""


def test_model_with_errors_writes_nothing(tmp_path: Path) -> None:
    doc = broken_openapi(tmp_path)
    target = tmp_path / "model.json"
    proc = run("model", doc, "--version", "1.0", "-o", target)
    assert proc.returncode == EXIT_INPUT and not target.exists()


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    proc = run("generate", "--version", "1.0", "--out", tmp_path)
    assert proc.returncode == EXIT_INPUT
    assert proc.stderr.strip() == (
        "mbgen: mbgen generate: error: --version and --package need a SOURCE [usage]"
    )


def test_diff_names_the_side_that_failed(tmp_path: Path, fixtures: Path) -> None:
    proc = run("diff", fixtures / "single", tmp_path / "nowhere")
    assert proc.returncode == EXIT_INPUT
    assert "NEW: no such file or folder" in proc.stderr
    proc = run("diff", tmp_path / "nowhere", fixtures / "single")
    assert "OLD: no such file or folder" in proc.stderr


def test_docs_list_every_code() -> None:
    text = (GENERATOR.parent / "docs" / "diagnostics.md").read_text()
    missing = [code for code in CODES if f"| `{code}` |" not in text]
    assert not missing, missing
