"""Signatures say what the route requires: on every shipped package, a script that leaves out
a required key of ``card.create`` is a ``mypy --strict`` error, and the same call with the
required keys (and nothing else) is clean."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from support.corpus import REPO
from support.typecheck import cache_args

from generator.core import types as tx
from generator.core.jsonform import loads
from generator.core.model import ApiModel
from generator.core.surface import MethodSurface, surface_of
from generator.runtime import CLIENT_MEMBERS

GENERATED = REPO / "generated"
SHIPPED = sorted(json.loads((GENERATED / "sources.json").read_text()))


def _value(t: tx.T, model: ApiModel, depth: int = 0) -> str:
    """A Python expression of type ``t``: what a user would pass."""
    t = tx.strip_none(t) if t.nullable and t != tx.NONE else t
    if t.kind is tx.Kind.UNION:
        return _value(t.args[0], model, depth)
    if t.kind is tx.Kind.LITERAL:
        return repr(t.values[0])
    if t.kind is tx.Kind.LIST:
        return "[]"
    if t.kind is tx.Kind.REF and depth < 6:
        schema = model.schema(t.name)
        fields = [f for f in schema.fields if f.required]
        keys = [f"{f.key!r}: {_value(f.type, model, depth + 1)}" for f in fields]
        return "{" + ", ".join(keys) + "}"
    return {"int": "1", "str": '"x"', "bool": "True", "float": "1.5", "None": "None"}.get(
        t.render(), "{}"
    )


def _card_create(package: str) -> tuple[ApiModel, MethodSurface]:
    model = loads((GENERATED / package / "model.json").read_text())
    surface = surface_of(model, CLIENT_MEMBERS)
    return model, next(
        m
        for (method, path), m in surface.by_route.items()
        if method == "POST" and path.rstrip("/") == "/api/card"
    )


def test_card_create_requires_what_metabase_requires() -> None:
    for package in SHIPPED:
        _, m = _card_create(package)
        required = {p.python_name for p in m.required}
        assert {"name", "display"} <= required, package


def test_leaving_out_a_required_key_is_a_mypy_error(tmp_path: Path) -> None:
    bad_lines: dict[str, set[int]] = {}
    for package in SHIPPED:
        model, m = _card_create(package)
        good = ", ".join(f"{p.python_name}={_value(p.type, model)}" for p in m.required)
        without_name = ", ".join(
            f"{p.python_name}={_value(p.type, model)}" for p in m.required if p.name != "name"
        )
        lines = [
            f"from {package} import Client",
            "",
            'mb = Client("http://127.0.0.1:1", api_key="k")',
            f"mb.{m.qualname}({good})",
            f"mb.{m.qualname}()",
            f"mb.{m.qualname}({without_name})",
            "",
        ]
        (tmp_path / f"use_{package}.py").write_text("\n".join(lines))
        bad_lines[f"use_{package}.py"] = {5, 6}
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"]
        + cache_args("strict-silent")
        + sorted(str(p.name) for p in tmp_path.glob("use_*.py")),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    errors: dict[str, set[int]] = {}
    for line in proc.stdout.splitlines():
        hit = re.match(r"(use_\w+\.py):(\d+): error: (.*)", line)
        if hit:
            assert "Missing named argument" in hit.group(3), line
            errors.setdefault(hit.group(1), set()).add(int(hit.group(2)))
    assert errors == bad_lines, proc.stdout
