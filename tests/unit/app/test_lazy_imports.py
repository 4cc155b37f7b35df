"""A command imports only what it uses: reading docs never loads the renderer's libraries
(black, jinja2) nor the HTTP ones (requests), and the facts maintainer tool stays unloaded;
``mbgen diff`` loads the usage scanner only for ``--usage``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("black", "jinja2", "requests", "generator.facts.build", "generator.facts.gitsrc")
SCANNER = (
    "generator.analysis.usage",
    "generator.analysis.usage_calls",
    "generator.analysis.usage_scan",
)
PROBE = (
    "import json, sys\n"
    "from generator import cli\n"
    "code = cli.main(sys.argv[1:])\n"
    "print(json.dumps([code, sorted(m for m in {heavy} if m in sys.modules)]))\n"
)


def loaded_by(*argv: str | Path, heavy: tuple[str, ...] = HEAVY) -> tuple[int, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=heavy), *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    code, heavy = json.loads(proc.stdout.strip().splitlines()[-1])
    return code, heavy


@pytest.mark.parametrize("case", ["single", "split", "openapi-json"])
def test_model_loads_no_renderer_no_http(fixtures: Path, case: str) -> None:
    assert loaded_by("model", fixtures / case, "--version", "1", "-o", os.devnull) == (0, [])


def test_openapi_and_stats_load_no_renderer_no_http(fixtures: Path) -> None:
    assert loaded_by("openapi", fixtures / "single", "-o", os.devnull) == (0, [])
    assert loaded_by("model", fixtures / "single", "--stats") == (0, [])


def test_generate_loads_the_renderer(fixtures: Path, tmp_path: Path) -> None:
    """The probe can see an import: generate does load black and jinja2."""
    code, heavy = loaded_by("generate", fixtures / "single", "--out", tmp_path)
    assert code == 0 and {"black", "jinja2"} <= set(heavy)


def test_diff_loads_the_usage_scanner_only_for_usage(fixtures: Path, tmp_path: Path) -> None:
    sides = (fixtures / "single", fixtures / "openapi-json")
    assert loaded_by("diff", *sides, heavy=SCANNER) == (0, [])
    (tmp_path / "app.py").write_text("x = 1\n")
    assert loaded_by("diff", *sides, "--usage", tmp_path, heavy=SCANNER) == (0, sorted(SCANNER))
