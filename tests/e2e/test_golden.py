"""mbgen makes exactly the committed golden records from our fixtures.

A difference is either a bug or an intended change: run ``python tests/support/golden.py``,
read the diff of tests/golden/, and commit it with the change that caused it.
"""

from __future__ import annotations

import pytest
from support.golden import CASES, committed, render


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_package_matches_the_golden_record(case: str) -> None:
    want = committed(case)
    assert want, f"no golden record for {case}: run python tests/support/golden.py"
    got = render(case)
    assert sorted(got) == sorted(want)
    for rel in sorted(want):
        assert got[rel] == want[rel], f"{case}/{rel} differs from its golden record"


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
