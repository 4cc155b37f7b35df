"""The import-linter contracts in pyproject.toml: kept by the code, and able to fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def scratch_copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(
        REPO / "generator", root / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_code_keeps_every_contract() -> None:
    proc = lint(REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/_scratch.py", "from generator.render import views", "Stages sit on the core"),
        ("readers/_scratch.py", "from generator.render import views", "Stages sit on the core"),
        ("analysis/_scratch.py", "import generator.export.openapi", "Stages sit on the core"),
        (
            "readers/markdown/_scratch.py",
            "from generator.readers.openapi import params",
            "stands alone",
        ),
        ("readers/_scratch.py", "import jinja2", "never load the renderer's libraries"),
        ("render/_scratch.py", "import markdown_it", "never loads the Markdown parser"),
        ("core/_scratch.py", "import black", "import nothing of mbgen's libraries"),
    ],
)
def test_an_import_that_points_the_wrong_way_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    root = scratch_copy(tmp_path)
    (root / "generator" / module).write_text(line + "\n")
    proc = lint(root)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    broken = [ln for ln in proc.stdout.splitlines() if ln.endswith("BROKEN")]
    assert (
        any(contract in ln for ln in broken)
        or contract in proc.stdout.split("Broken contracts")[-1]
    ), proc.stdout
