"""The CLI answers like a well-kept tool: --version, every option's help and default, facts
under its own name, diff's --usage before OLD NEW, and clear words for wrong input."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from support.cli import assert_one_line_error, run

from generator import __version__
from generator.analysis import report
from generator.app import options


def test_version_says_mbgen_and_its_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"mbgen {__version__}"


def every_option() -> list[tuple[str, argparse.Action]]:
    top = options.parser()
    (sub,) = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    found = [("mbgen", a) for a in top._actions]
    for name, p in sub.choices.items():
        found += [(name, a) for a in p._actions]
    return [(n, a) for n, a in found if a.option_strings and a.dest not in ("help", "version")]


@pytest.mark.parametrize("cmd, action", every_option(), ids=lambda x: getattr(x, "dest", x))
def test_every_option_says_what_it_does_and_its_default(cmd: str, action: argparse.Action) -> None:
    assert action.help, (cmd, action.option_strings)
    assert "default" in action.help, (cmd, action.option_strings, action.help)
    if action.default not in (None, False, []) and "%(default)s" not in action.help:
        assert str(action.default) in action.help or "$MBGEN" in action.help


def test_the_diff_formats_are_the_report_writers() -> None:
    assert tuple(sorted(report.FORMATS)) == options.DIFF_FORMATS


def test_facts_help_names_mbgen_facts() -> None:
    proc = run("facts", "--help")
    assert proc.returncode == 0 and proc.stdout.startswith("usage: mbgen facts ")
    assert "python -m generator.facts" not in proc.stdout
    proc = run("facts", "build", "--help")
    assert proc.returncode == 0 and "usage: mbgen facts build" in proc.stdout
    assert "--every-months EVERY_MONTHS" in proc.stdout and "(default: 2)" in proc.stdout


def test_facts_without_a_command_exits_2_like_mbgen() -> None:
    for args, prog in ((["facts"], "mbgen facts"), ([], "mbgen")):
        proc = run(*args)
        assert proc.returncode == 2 and proc.stdout == ""
        assert f"{prog}: error: the following arguments are required: command" in proc.stderr


def test_diff_takes_usage_before_old_and_new(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "app.py").write_text(
        "from metabase_v0_99_1 import Client\n\nmb = Client('http://x')\nmb.widget.get(1)\n"
    )
    first = run("diff", "--usage", tmp_path, fixtures / "single", fixtures / "single")
    last = run("diff", fixtures / "single", fixtures / "single", "--usage", tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout == last.stdout and "usage: 1 files" in first.stdout
    proc = run("diff", "--usage", tmp_path, fixtures / "single")
    assert proc.returncode == 2 and "diff needs OLD and NEW" in proc.stderr


def test_a_version_the_title_overrules_is_shown_without_v(tmp_path: Path) -> None:
    (tmp_path / "api-documentation.md").write_text(
        "# API Documentation for Metabase v0.23.1\n\n## `GET /api/x/`\n\nReads x.\n"
    )
    proc = run("model", tmp_path, "--version", "0.30", "-o", tmp_path / "m.json")
    assert proc.returncode == 0
    shown, *rest = proc.stderr.splitlines()
    assert "the title says Metabase 0.23.1, --version says 0.30: using 0.23.1" in shown
    assert "[version-mismatch]" in shown and all("version-mismatch" not in r for r in rest)
    assert json.loads((tmp_path / "m.json").read_text())["metabase_version"] == "0.23.1"


def test_a_keyword_package_name_says_it_is_a_keyword(tmp_path: Path, fixtures: Path) -> None:
    proc = run("generate", fixtures / "single", "--package", "class", "--out", tmp_path)
    assert_one_line_error(proc, "'class' is a Python keyword", "[bad-package]")


def test_generate_without_a_version_is_one_error(tmp_path: Path, fixtures: Path) -> None:
    proc = run("generate", fixtures / "split", "--out", tmp_path)
    assert_one_line_error(proc, ": error: ", "--version or --package", "[no-package-name]")
    assert "warning" not in proc.stderr and not any(tmp_path.iterdir())


def test_a_truncated_api_json_keeps_its_folder_and_whole_message(
    tmp_path: Path, fixtures: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = (fixtures / "openapi-json" / "api.json").read_text()
    cut = text.index('"description"', len(text) // 2) + 5  # inside a string
    (docs / "api.json").write_text(text[:cut])
    line = text[:cut].count("\n") + 1
    proc = run("model", docs, "--version", "1")
    assert_one_line_error(proc, f"{docs / 'api.json'}:{line}: error: ", "[truncated]")
    assert "Unterminated string starting at (column " in proc.stderr
    proc = run("model", "docs", "--version", "1", cwd=tmp_path)  # as the user typed it
    assert_one_line_error(proc, f"docs/api.json:{line}: error: ")
    (docs / "api.json").write_text(text.replace('"paths"', '"paths" "x"', 1))
    proc = run("model", docs, "--version", "1")
    assert_one_line_error(proc, f"{docs / 'api.json'}:", "invalid JSON: Expecting ':' delimiter")


def test_an_openapi_document_that_is_not_metabases_gets_a_warning(tmp_path: Path) -> None:
    petstore = {
        "openapi": "3.0.0",
        "info": {"title": "Swagger Petstore", "version": "1.0.0"},
        "paths": {
            "/pets": {"get": {"operationId": "listPets", "responses": {"200": {}}}},
            "/pets/{petId}": {"get": {"operationId": "showPet", "responses": {"200": {}}}},
        },
    }
    (tmp_path / "api.json").write_text(json.dumps(petstore, indent=2))
    proc = run("model", tmp_path / "api.json", "--version", "1", "-o", tmp_path / "m.json")
    assert proc.returncode == 0
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"mbgen: {tmp_path / 'api.json'}:1: warning: ")
    assert "does not look like Metabase's API: 2 of 2 paths are outside /api/" in line


def test_metabase_documents_get_no_such_warning(tmp_path: Path, fixtures: Path) -> None:
    shutil.copytree(fixtures / "openapi-json", tmp_path / "d")
    proc = run("model", tmp_path / "d", "--version", "1", "-v", "-o", tmp_path / "m.json")
    assert proc.returncode == 0 and "not-metabase-api" not in proc.stderr


def test_a_command_collects_cycles_less_often_and_gives_the_thresholds_back(
    fixtures: Path, tmp_path: Path
) -> None:
    import gc

    from generator import cli

    seen: list[tuple[int, int, int]] = []
    real = cli.COMMANDS["model"]

    def spy(args: Any) -> Any:
        seen.append(gc.get_threshold())
        return real(args)

    before = gc.get_threshold()
    cli.COMMANDS["model"] = spy
    try:
        assert cli.main(["model", str(fixtures / "single"), "-o", str(tmp_path / "m.json")]) == 0
        assert cli.main(["model", str(tmp_path / "nope")]) == 2  # failing, too
    finally:
        cli.COMMANDS["model"] = real
    assert seen == [cli.GC_THRESHOLD] * 2 and gc.get_threshold() == before
