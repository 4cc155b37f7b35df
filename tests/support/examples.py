"""The Python examples of README.md and docs/*.md, and the shipped packages each one names.

A ```python block is an example. It names its packages by importing one
(``from metabase_v0_49 import Client``) or by a comment on the line before it:

    <!-- example: metabase_v0_49 metabase_v0_56 -->
    <!-- example: every package -->
    <!-- example: every package from 0.49 -->     (that release and every later one)
    <!-- not an example: the constructor's signature -->   (the reason is required)

tests/e2e/test_docs_examples.py runs each example against each package it names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from support.corpus import REPO

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
GENERATED = REPO / "generated"
_FENCE = re.compile(r"^```python\s*$")
_MARK = re.compile(r"^<!--\s*(example|not an example)\s*:\s*(.*?)\s*-->\s*$")
_IMPORT = re.compile(r"^\s*(?:from|import)\s+(metabase_v[0-9a-z_]+)\b", re.M)
_FROM = re.compile(r"^every package from (\d+(?:\.\d+)*)$")


@dataclass(frozen=True)
class Example:
    file: str  # relative to the repo
    line: int  # of the first code line
    code: str
    packages: tuple[str, ...]  # the shipped packages it runs against
    not_run: str = ""  # why it is no example (a signature, generated code)

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def shipped() -> dict[str, tuple[int, ...]]:
    """Every shipped package and its Metabase version as numbers (``~0.43`` is 0.43)."""
    out = {}
    for pkg in sorted(p for p in GENERATED.iterdir() if (p / "MBGEN_GENERATED").is_file()):
        version = json.loads((pkg / "model.json").read_text())["metabase_version"]
        out[pkg.name] = tuple(int(n) for n in re.findall(r"\d+", version)[:3])
    return out


def _named(mark: str, code: str, where: str) -> tuple[str, ...]:
    every = shipped()
    if not mark:
        named = tuple(dict.fromkeys(_IMPORT.findall(code)))
        if not named:
            raise ValueError(
                f"{where}: the example names no package (see tests/support/examples.py)"
            )
        return named
    if mark == "every package":
        return tuple(every)
    m = _FROM.match(mark)
    if m:
        floor = tuple(int(n) for n in m.group(1).split("."))
        return tuple(p for p, v in every.items() if v >= floor)
    return tuple(mark.split())


def examples() -> list[Example]:
    found = []
    for path in DOCS:
        lines = path.read_text(encoding="utf-8").splitlines()
        rel = path.relative_to(REPO).as_posix()
        for i, line in enumerate(lines):
            if not _FENCE.match(line):
                continue
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
            code = "\n".join(lines[i + 1 : end]) + "\n"
            mark = _MARK.match(lines[i - 1]) if i else None
            where = f"{rel}:{i + 2}"
            if mark and mark.group(1) == "not an example":
                found.append(Example(rel, i + 2, code, (), mark.group(2) or "?"))
                continue
            found.append(
                Example(rel, i + 2, code, _named(mark.group(2) if mark else "", code, where))
            )
    return found
