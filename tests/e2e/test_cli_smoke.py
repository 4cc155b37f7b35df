"""A handful of real processes: the installed ``mbgen`` script and ``python -m
generator.cli`` behave as ``main(argv)`` does in-process (the other CLI tests call that)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from support.cli import assert_one_line_error, run_process

from generator import __version__

SCRIPT = Path(sys.executable).with_name("mbgen")


def test_the_installed_script_says_its_version() -> None:
    exe = str(SCRIPT) if SCRIPT.exists() else shutil.which("mbgen")
    assert exe, "the mbgen console script is installed with the package"
    proc = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout.strip()) == (0, f"mbgen {__version__}")


def test_model_then_generate_from_it(tmp_path: Path, fixtures: Path) -> None:
    proc = run_process("model", fixtures / "single", "-o", tmp_path / "model.json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "model.json").read_text())["metabase_version"] == "0.99.1"
    proc = run_process("generate", tmp_path / "model.json", "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("endpoints")
    proc = run_process("generate", "--out", tmp_path / "out")
    assert proc.returncode == 0 and "(regenerated)" in proc.stdout


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "api.json").write_text('{"openapi": "3.1.0", "paths": {')
    assert_one_line_error(run_process("model", tmp_path), "api.json:1", "[truncated]")
    proc = run_process("facts")
    assert proc.returncode == 2 and "usage: mbgen facts" in proc.stderr


def test_diff_of_two_shipped_packages_by_name() -> None:
    repo = Path(__file__).resolve().parents[2]
    proc = run_process("diff", "metabase_v0_43", "metabase_v0_49", "--format", "json", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["old"]["package"], report["new"]["package"]) == (
        "metabase_v0_43",
        "metabase_v0_49",
    )
    assert report["summary"]["changes"] == len(report["changes"]) > 0
