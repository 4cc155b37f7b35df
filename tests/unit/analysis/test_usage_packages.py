"""``--usage`` finds the generated client a user's code imports without being told: docs of
unknown version, a package generated under another name, a client for another release."""

from __future__ import annotations

import dataclasses
import shutil
import sys
from functools import cache
from pathlib import Path

import pytest
from support.cli import run

from generator.analysis import diff as diff_mod
from generator.analysis import usage
from generator.analysis.changes import Diff
from generator.app import load as sources
from generator.core import jsonform

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "usage"
GENERATED = ROOT / "generated"
SCRIPTS = FIXTURES / "unversioned"


@cache
def unversioned_diff() -> Diff:
    """0.49 -> 0.56 with OLD's version unknown, as split-Markdown docs give it."""
    a = sources.load(GENERATED / "metabase_v0_49").model
    b = sources.load(GENERATED / "metabase_v0_56").model
    return diff_mod.diff(dataclasses.replace(a, metabase_version="unknown"), b)


@pytest.fixture
def nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """No generated client importable from here (other tests put generated/ on sys.path)."""

    def holds_a_client(entry: str) -> bool:
        folder = Path(entry or ".")
        return folder.name == "generated" or any(folder.glob("metabase_v*/__init__.py"))

    monkeypatch.setattr(sys, "path", [p for p in sys.path if not holds_a_client(p)])
    for name in [n for n in sys.modules if n.startswith("metabase_v")]:
        monkeypatch.delitem(sys.modules, name)


def found(u: usage.Usage) -> list[tuple[str, int, int, str, str | None]]:
    return [
        (Path(h.call.file).name, h.call.line, h.call.col, h.change.kind, h.suggestion)
        for h in u.hits
    ]


EXPECTED = [
    # self.mb set in __init__, a resource reached through it
    ("reports.py", 16, 9, "endpoint-removed", None),
    # a parameter annotated with the aliased Client
    ("reports.py", 20, 5, "param-removed", "drop dataset="),
    # with mbc.Client(...) as mb
    ("reports.py", 24, 5, "param-removed", "drop is_full_sync="),
]


def test_unknown_version_tied_to_a_found_package_by_its_routes() -> None:
    u = usage.analyse([SCRIPTS], unversioned_diff(), search=[GENERATED])
    assert found(u) == EXPECTED
    assert u.not_checked == [] and not u.blind
    # paginate(self.mb.search.list, ...) is a call of search.list, limit= its own
    pag = [c for c in u.calls if c.text.startswith("self.mb.paginate")]
    assert [(c.attr, c.keywords) for c in pag] == [("search.list", {"q": "x"})]
    assert len(u.calls) == 5


@pytest.mark.usefixtures("nowhere")
def test_unknown_version_and_no_package_found_says_so_and_checks_nothing() -> None:
    u = usage.analyse([SCRIPTS], unversioned_diff())
    assert u.hits == [] and u.calls == [] and u.blind
    [note] = u.not_checked
    assert (Path(note.file).name, note.line, note.text) == (
        "reports.py",
        5,
        "import metabase_v0_49 as mbc",
    )
    assert "OLD's docs carry no version" in note.reason
    assert "--old-version 0.49 (or --old-package metabase_v0_49)" in note.reason


def test_a_file_that_does_not_parse_is_reported_once_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text(
        "from metabase_v0_49 import Client\n\ndef oops(:\n    Client('u').card.get(1)\n"
    )
    (tmp_path / "fine.py").write_text(
        "from metabase_v0_49 import Client\nClient('u').card.get(1)\n"
    )
    u = usage.analyse([tmp_path], unversioned_diff(), search=[GENERATED])
    assert [(Path(x.file).name, x.line) for x in u.errors] == [("broken.py", 3)]
    assert u.errors[0].reason.startswith("not read: ")
    assert [c.attr for c in u.calls] == ["card.get"]


def test_the_old_package_name_settles_it() -> None:
    u = usage.analyse([SCRIPTS], unversioned_diff(), packages=["metabase_v0_49"])
    assert found(u) == EXPECTED and not u.blind


def _vendor(folder: Path, name: str, version: str, source: str) -> None:
    """A generated package copied into the user's tree under another name."""
    pkg = folder / name
    pkg.mkdir(parents=True)
    for f in ("MBGEN_GENERATED", "_endpoints.py"):
        shutil.copy(GENERATED / source / f, pkg / f)
    (pkg / "__init__.py").write_text(f'METABASE_VERSION = "{version}"\n')


def test_a_package_generated_under_another_name_is_found_in_the_tree(tmp_path: Path) -> None:
    _vendor(tmp_path / "vendor", "acme_metabase", "0.49", "metabase_v0_49")
    (tmp_path / "job.py").write_text(
        "from vendor.acme_metabase import Client\n"
        "import vendor.acme_metabase as am\n"
        "Client('u').card.update(1, dataset=True)\n"
        "am.Client('u').alert.get(1)\n"
    )
    u = usage.analyse([tmp_path], unversioned_diff())
    assert [(h.call.line, h.change.kind) for h in u.hits] == [(3, "param-removed")]
    assert len(u.calls) == 2 and not u.blind
    assert u.files == 1  # the vendored package's own files are not the user's code


@pytest.mark.usefixtures("nowhere")
def test_a_client_of_another_release_is_not_checked(tmp_path: Path) -> None:
    (tmp_path / "old.py").write_text(
        "from metabase_v0_43 import Client\n"  # a release that is not OLD (0.49)
        "Client('u').card.update(1, dataset=True)\n"
    )
    d = diff_mod.diff(
        sources.load(GENERATED / "metabase_v0_49").model,
        sources.load(GENERATED / "metabase_v0_56").model,
    )
    u = usage.analyse([tmp_path], d, search=[GENERATED])
    assert u.calls == [] and u.hits == []
    [note] = u.not_checked
    assert note.line == 1 and note.text == "from metabase_v0_43 import Client"
    assert "generated for Metabase 0.43" in note.reason
    assert "--old-package metabase_v0_43" in note.reason
    # not found anywhere: its name still says which release it is
    u = usage.analyse([tmp_path], d)
    assert "a client of Metabase 0.43, not of OLD (0.49)" in u.not_checked[0].reason


def test_cli_gate_fails_when_it_cannot_see_and_on_unreadable_files(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    model = sources.load(GENERATED / "metabase_v0_49").model
    old.write_text(jsonform.dumps(dataclasses.replace(model, metabase_version="unknown")))
    quiet = tmp_path / "src"
    quiet.mkdir()
    # a client generated for "0.48" that is nowhere to be found: OLD cannot be tied to it
    (quiet / "q.py").write_text("from metabase_v0_48 import Client\nClient('u').card.get(1)\n")
    args = ["diff", old, GENERATED / "metabase_v0_56", "--usage", quiet, "--fail-on", "breaking"]
    blind = run(*args, cwd=tmp_path)
    assert blind.returncode == 1, blind.stderr
    line = next(x for x in blind.stdout.splitlines() if ": not checked: " in x)
    assert line.endswith("give --old-version 0.48 (or --old-package metabase_v0_48)")
    assert run(*args, "--old-version", "0.48", cwd=tmp_path).returncode == 0
    assert run(*args, "--old-package", "metabase_v0_48", cwd=tmp_path).returncode == 0
    (quiet / "bad.py").write_text("from metabase_v0_48 import Client\nx = (\n")
    any_ = run(*args[:-1], "any", "--old-version", "0.48", cwd=tmp_path)
    assert any_.returncode == 1
    assert any_.stdout.count("bad.py:") == 1 and "bad.py:2: not read: " in any_.stdout
    assert run(*args, "--old-version", "0.48", cwd=tmp_path).returncode == 0


def test_cli_finds_the_shipped_client_from_any_folder(tmp_path: Path) -> None:
    """Docs of unknown version, code importing metabase_v0_49, run outside the checkout:
    the shipped package (generated/ beside mbgen) ties it to OLD."""
    old = tmp_path / "old.json"
    model = sources.load(GENERATED / "metabase_v0_49").model
    old.write_text(jsonform.dumps(dataclasses.replace(model, metabase_version="unknown")))
    args = ["diff", old, GENERATED / "metabase_v0_56", "--usage", SCRIPTS, "--fail-on", "breaking"]
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 1 and ": not checked: " not in proc.stdout
    assert "usage: 1 files, 5 calls to Metabase, 3 affected in 1 files" in proc.stdout


def test_a_client_of_new_is_named_so(tmp_path: Path) -> None:
    (tmp_path / "new.py").write_text("from metabase_v0_56 import Client\nClient('u').card.get(1)\n")
    u = usage.analyse([tmp_path], unversioned_diff(), search=[GENERATED])
    [note] = u.not_checked
    assert note.reason.startswith("metabase_v0_56 is NEW's client (")
    assert note.reason.endswith("its calls are not checked against OLD") and u.blind


def test_a_package_is_tied_by_its_model_when_its_endpoints_cannot_be_read(tmp_path: Path) -> None:
    pkg = tmp_path / "vendor" / "acme_metabase"
    pkg.mkdir(parents=True)
    shutil.copy(GENERATED / "metabase_v0_49" / "MBGEN_GENERATED", pkg / "MBGEN_GENERATED")
    shutil.copy(GENERATED / "metabase_v0_49" / "model.json", pkg / "model.json")
    (pkg / "__init__.py").write_text("")
    (tmp_path / "job.py").write_text(
        "from vendor.acme_metabase import Client\nClient('u').card.update(1, dataset=True)\n"
    )
    u = usage.analyse([tmp_path], unversioned_diff())
    assert [(h.call.line, h.change.kind) for h in u.hits] == [(2, "param-removed")]
    assert not u.blind
