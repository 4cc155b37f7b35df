"""The layering the project keeps: reading docs never loads the renderer's libraries, and
rendering never loads the Markdown parser."""

from __future__ import annotations

import subprocess
import sys


def loaded_after(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_parsers_do_not_load_jinja2_or_black() -> None:
    for module in ("generator.sources", "generator.diff", "generator.openapi_export"):
        mods = loaded_after(module)
        assert not {m for m in mods if m.split(".")[0] in ("jinja2", "black")}, module


def test_renderers_do_not_load_markdown_it() -> None:
    for module in ("generator.render", "generator.views"):
        assert not {m for m in loaded_after(module) if m.startswith("markdown_it")}, module
