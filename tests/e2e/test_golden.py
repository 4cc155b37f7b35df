"""mbgen makes exactly the committed golden records from our fixtures.

A difference is either a bug or an intended change: run ``python tests/support/golden.py``,
read the diff of tests/golden/, and commit it with the change that caused it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.corpus import REPO
from support.golden import CASES, RUNTIME, committed, render, render_all

SOURCE = REPO / "generator" / "runtime"
SHIPPED = sorted(p for p in (REPO / "generated").iterdir() if (p / "MBGEN_GENERATED").is_file())


def runtime_files(root: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(root.glob("*.py"))}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_package_matches_the_golden_record(case: str) -> None:
    want = committed(case)
    assert want, f"no golden record for {case}: run python tests/support/golden.py"
    got = render(case)
    assert sorted(got) == sorted(want)
    for rel in sorted(want):
        assert got[rel] == want[rel], f"{case}/{rel} differs from its golden record"


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_package_ships_the_runtime_verbatim(case: str) -> None:
    """What the golden records leave out: ``_runtime/`` is generator/runtime/, byte for byte."""
    got = {
        rel.removeprefix(RUNTIME): text
        for rel, text in render_all(case).items()
        if rel.startswith(RUNTIME)
    }
    assert got == runtime_files(SOURCE)
    assert not (REPO / "tests" / "golden" / f"golden_{case.replace('-', '_')}" / RUNTIME).exists()


@pytest.mark.parametrize("pkg", SHIPPED, ids=[p.name for p in SHIPPED])
def test_each_shipped_package_has_the_current_runtime(pkg: Path) -> None:
    assert runtime_files(pkg / RUNTIME) == runtime_files(SOURCE)


def test_records_hold_under_a_python_312_keyword_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """3.12 made ``type`` a soft keyword: names, and so packages, must not change with it."""
    import keyword

    from generator.core import naming

    monkeypatch.setattr(keyword, "softkwlist", [*keyword.softkwlist, "type"])
    monkeypatch.setattr(keyword, "issoftkeyword", lambda s: s in keyword.softkwlist)
    naming.identifier.cache_clear()
    try:
        got = render("hostile")
    finally:
        naming.identifier.cache_clear()
    assert "        type: Literal[" in got["resources/thing.py"]
    assert got == committed("hostile")
