"""Mid-2024 docs describe a whole body as one malli map (``dash-updates map where {...}``).
The corpus has no such release, so v0.49's docs are rewritten that way here (the dashboard
update documented by its whole body only, as later releases print it) and read with the route
facts as a user's run would: the keys become typed keywords, and no key the route reads is
advised away against the releases before."""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from support.corpus import CORPUS

from generator.analysis import diff as diff_mod
from generator.app import load as sources
from generator.app import wire
from generator.core.model import ApiModel

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "v0.49").is_dir(), reason=f"v0.49 not found at {CORPUS}"),
]

MAP = (
    "-  **`id`** value must be an integer greater than zero.\n\n"
    "-  **`dash-updates`** map where {:name (optional) -> <nullable value must be a non-blank "
    "string.>, :description (optional) -> <nullable string>, :archived (optional) -> "
    "<nullable boolean>, :width (optional) -> <nullable enum of fixed, full>, :dashcards "
    "(optional) -> <nullable sequence of map where {:id -> <integer>, :size_x (optional) -> "
    "<value must be an integer greater than zero.>}>}.\n\n"
)


@cache
def rewritten(tmp: Path) -> ApiModel:
    root = tmp / "v0.49-malli"
    shutil.copytree(CORPUS / "v0.49", root)
    page = root / "api" / "dashboard.md"
    text = page.read_text(encoding="utf-8")
    head = "## `PUT /api/dashboard/:id`\n"
    start = text.index(head)
    params = text.index("### PARAMS:\n\n", start) + len("### PARAMS:\n\n")
    end = text.index("\n## `", params) + 1
    page.write_text(text[:params] + MAP + text[end:], encoding="utf-8")
    return sources.load(root).model


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> ApiModel:
    return rewritten(tmp_path_factory.mktemp("malli"))


def route_reads(model: ApiModel) -> set[str]:
    """The body keys PUT /api/dashboard/:id reads in the facts snapshot the model took."""
    ds = wire.dataset()
    commit = (model.wire_facts or "").rsplit("@", 1)[-1]
    [snap] = [i for i, s in enumerate(ds.snapshots) if commit and s.commit.startswith(commit)]
    [ef] = ds.snapshot_facts(snap).lookup("PUT", "/api/dashboard/:id")
    return {f.wire_name for f in ef.params if f.location == "body" and not f.key_path}


def test_the_map_is_typed_keywords_and_keeps_every_key_the_route_reads(model: ApiModel) -> None:
    [e] = [e for e in model.endpoints if (e.method, e.path) == ("PUT", "/api/dashboard/:id")]
    got = {p.name: p for p in e.params if p.location == "body"}
    assert not any(p.whole_body for p in e.params)
    assert route_reads(model) <= set(got)
    assert got["name"].type.render() == "str | None" and not got["name"].required
    assert got["width"].type.render() == "Literal['fixed', 'full'] | None"
    assert re.fullmatch(r"list\[MapIdSizeX\] \| None", got["dashcards"].type.render())
    assert "MapIdSizeX" in {s.name for s in model.schemas}


@pytest.mark.parametrize("old", ["2023-12-20", "v0.49"])
def test_no_key_the_route_reads_is_advised_away(model: ApiModel, old: str) -> None:
    d = diff_mod.diff(sources.load(CORPUS / old).model, model)
    dash = [c for c in d.changes if (c.method, c.path) == ("PUT", "/api/dashboard/:id")]
    gone = {c.param for c in dash if c.kind == "param-removed"}
    reads = route_reads(model)
    assert not gone & reads, sorted(gone & reads)
    # v0.49's client also took the whole body as body=: now its keys are the keywords
    # (extra_body= for others), a change for the client only, as from v0.49 to 0.56
    whole = [c for c in dash if c.kind.startswith("param-whole")]
    assert all(c.kind == "param-whole-body-typed" and c.breaks == ("client",) for c in whole)


def test_the_facts_are_those_of_the_release(model: ApiModel) -> None:
    assert (model.wire_facts or "").startswith(("v0.49", "master@2024"))
    assert {"name", "caveats", "points_of_interest"} <= route_reads(model)
