"""The text report a terminal shows: wrapped at its width, and --namespace checked."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from support.cli import assert_one_line_error, run

from generator import cli
from generator.analysis import diff as diff_mod
from generator.analysis import report
from generator.app import load as sources

ROOT = Path(__file__).resolve().parents[3]
GENERATED = ROOT / "generated"


def text_out(args: list[str], tty: bool, monkeypatch: pytest.MonkeyPatch) -> str:
    """What ``mbgen`` prints, in-process, to a terminal 60 columns wide or to a pipe."""
    out = io.StringIO()
    monkeypatch.setattr(out, "isatty", lambda: tty, raising=False)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "60")
    assert cli.main(args) == 0
    return out.getvalue()


def test_text_wraps_at_the_terminal_width_and_not_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["diff", "metabase_v0_49", "metabase_v0_56", "--namespace", "card"]
    piped = text_out(args, False, monkeypatch)
    narrow = text_out(args, True, monkeypatch)
    assert max(map(len, piped.splitlines())) > 100  # a pipe gets whole lines
    lines = narrow.splitlines()
    assert all(len(line) <= 60 or " " not in line.strip() for line in lines)
    # the same words, only broken into more lines; continuations are indented
    assert narrow.split() == piped.split()
    assert len(lines) > len(piped.splitlines())
    assert any(line.startswith("    ") and not line.startswith("     ") for line in lines)


def test_wrapping_never_breaks_a_path_or_a_name() -> None:
    text = report.wrapped(["! x " + "/api/" + "a" * 50 + " card.get_by_id_and_more"], 30)
    assert text.split() == ["!", "x", "/api/" + "a" * 50, "card.get_by_id_and_more"]


def test_an_unknown_namespace_is_one_line_naming_those_there_are() -> None:
    proc = run("diff", "metabase_v0_49", "metabase_v0_56", "--namespace", "nosuch")
    assert_one_line_error(proc, "'nosuch'", "namespaces: action, activity,", "card", "user")
    assert proc.stdout == ""
    ok = run("diff", "metabase_v0_49", "metabase_v0_56", "--namespace", "ee_serialization")
    assert ok.returncode == 0, ok.stderr


def test_non_breaking_nullability_flips_are_counted_unless_all() -> None:
    """0.56 -> 0.59 through the committed models: 252 body parameters of 34 namespaces may
    now be null, which changes nothing for a caller; the summary counts them on one line,
    and --all lists each."""
    d = diff_mod.diff(
        sources.load(GENERATED / "metabase_v0_56").model,
        sources.load(GENERATED / "metabase_v0_59").model,
    )
    flips = [c for c in d.changes if c.kind == "param-nullability-changed" and not c.breaks]
    assert len(flips) == 252 and len({c.namespace for c in flips}) == 34
    short = report.text(d, report.Options())
    full = report.text(d, report.Options(full=True))
    mentions = [line for line in short.splitlines() if "param-nullability-changed" in line]
    assert len(mentions) <= 2  # "by kind" and the non-breaking summary
    listed = [line for line in full.splitlines() if line.lstrip().startswith("param-nullab")]
    assert len(listed) == len(flips)
