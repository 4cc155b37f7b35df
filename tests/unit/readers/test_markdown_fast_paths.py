"""The Markdown reader reads headings that are one code span and bullets that open with
**`name`** without an inline parse (generator/readers/markdown/page.py). It must read every
page exactly as the whole parse does: pages of our fixtures, of every corpus release, and
made-up edge cases, each read both ways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.corpus import CORPUS, FIXTURES

from generator.core.diagnostics import Diagnostics
from generator.readers.markdown import page

EDGES = """\
# Title with `code` and *words*

## `GET /api/a/:id`

Reads an a.

### PARAMS:

*  **`id`** value must be an integer greater than zero.
*  **`b`**c glued to the name: not a strong span, so no name
*  **`two words`** a name with a space
*  ** `spaced`** opener followed by a space
*  **``double``** two backticks
*  **`esc\\`** a backslash before the closing backtick
*  **`x`*** three stars
*  **`tail`**
*  plain bullet without a name

## ` GET /api/b `

## `GET /api/c` and more

## `POST /api/d`

### PARAMS:

-  **`d`** value may be nil.
"""


# what the whole parse makes of the bullets above (a strong code span opening the bullet)
NAMES = ["id", "two words", "double", "esc\\", "x", "tail", "d"]


def read(text: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as m:
        if not fast:  # the whole parse: no shortcut can match, every block inline-parsed
            never = re.compile(r"(?!)")
            m.setattr(page, "_ONE_CODE_SPAN", never)
            m.setattr(page, "_PARAM_OPENING", never)
            m.setattr(page, "_BLOCKS", page._MD)
        diags = Diagnostics()
        try:
            got = page.parse_page(text, "p.md", enterprise=False, diags=diags)
        except Exception as exc:  # an InputError must be the same both ways too
            return ("raised", type(exc).__name__, str(exc))
    return (got, [(d.code, d.message, d.location) for d in diags.items])


def test_made_up_edges_read_as_the_whole_parse_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = read(EDGES, True, monkeypatch)
    assert fast == read(EDGES, False, monkeypatch)
    found, warnings = fast
    assert isinstance(found, page.Page)
    names = [p.name for e in found.endpoints for p in e.params]
    assert names == NAMES
    assert [e.path for e in found.endpoints] == ["/api/a/:id", "/api/b", "/api/d"]
    assert any(code == "bad-param" for code, _, _ in warnings)


def pages() -> list[Path]:
    roots = [FIXTURES, CORPUS] if CORPUS.is_dir() else [FIXTURES]
    return sorted(p for root in roots for p in root.rglob("*.md") if p.name != "README.md")


def test_every_page_we_have_reads_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    checked = 0
    for path in pages():
        text = path.read_text(encoding="utf-8", errors="replace")
        assert read(text, True, monkeypatch) == read(text, False, monkeypatch), path
        checked += 1
    assert checked > 20
