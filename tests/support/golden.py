"""Golden records: what mbgen makes of each of our fixtures, committed under tests/golden/,
and reports of real releases under tests/golden/reports/ (facts only: methods, paths, names,
types, kinds; they replace counts the tests once kept by hand).

``python tests/support/golden.py`` regenerates them all (the reports when the corpus is
there); tests/e2e/test_golden.py and tests/corpus check that mbgen still makes exactly these.
Descriptions are kept (the fixtures are ours). A package's ``_runtime/`` is left out: it is
generator/runtime/ verbatim, which a test of its own checks, so a runtime change does not
rewrite six copies of it here.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make `support` and `generator` importable
    sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).parents[2])]

from generator.app import generate
from support.cli import run
from support.corpus import CORPUS, FIXTURES, REPO

GOLDEN = REPO / "tests" / "golden"
RUNTIME = "_runtime/"  # the verbatim copy of generator/runtime/, not recorded
# fixture folder -> the version to give when the docs carry none
CASES = {
    "single": None,
    "toc": None,
    "split": "1",
    "hostile": None,
    "openapi-embedded": "9.1",
    "openapi-json": "9.2",
}


REPORTS = GOLDEN / "reports"
# report file -> the mbgen command whose output it is (corpus paths relative to CORPUS)
REPORT_COMMANDS = {
    "diff_v0.56_v0.59-dev.json": (
        "diff", "{corpus}/v0.56", "{corpus}/v0.59-dev", "--format", "json",
        "--old-version", "0.56", "--new-version", "0.59-dev",
    ),
}  # fmt: skip


def report(name: str) -> str | None:
    """What mbgen prints for the report now (as ``one_change_a_line`` lays it out), or None
    without the corpus."""
    if not CORPUS.is_dir():
        return None
    proc = run(*(a.format(corpus=CORPUS) for a in REPORT_COMMANDS[name]))
    assert proc.returncode == 0, proc.stderr
    return one_change_a_line(proc.stdout)


def one_change_a_line(text: str) -> str:
    """The same JSON with each change on one line: a regenerated record's diff then shows
    one line per change that came or went (indented, a change took 20 lines)."""
    doc = json.loads(text)
    head = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in doc.items()]
    changes = [json.dumps(c, ensure_ascii=False) for c in doc.get("changes", [])]
    assert list(doc)[-1] == "changes", "the changes come last in mbgen's JSON report"
    lines = ["{", *head[:-1], '"changes": [', *[c + "," for c in changes[:-1]], *changes[-1:]]
    out = "\n".join([*lines, "]", "}"]) + "\n"
    assert json.loads(out) == doc
    return out


def committed_report(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def package_of(case: str) -> str:
    return "golden_" + case.replace("-", "_")


def render_all(case: str) -> dict[str, str]:
    """Every file mbgen writes for the fixture, by path relative to the package."""
    prepared, _ = generate.generate(
        str(FIXTURES / case), CASES[case], GOLDEN, package_of(case), facts_only=False
    )
    return prepared.files


def render(case: str) -> dict[str, str]:
    """What the golden record holds: every file but the runtime's."""
    return {rel: text for rel, text in render_all(case).items() if not rel.startswith(RUNTIME)}


def committed(case: str) -> dict[str, str]:
    root = GOLDEN / package_of(case)
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def update() -> None:
    for case in CASES:
        target = GOLDEN / package_of(case)
        shutil.rmtree(target, ignore_errors=True)
        files = render(case)
        for rel, text in files.items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        print(f"{target.relative_to(REPO)}: {len(files)} files")
    for name in REPORT_COMMANDS:
        text = report(name)
        if text is None:
            print(f"{REPORTS.relative_to(REPO) / name}: kept (no corpus at {CORPUS})")
            continue
        REPORTS.mkdir(exist_ok=True)
        (REPORTS / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"{REPORTS.relative_to(REPO) / name}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    update()
