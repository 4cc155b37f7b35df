"""Mutated real docs (truncated, bytes flipped, lines dropped or duplicated) never crash
``model`` or ``generate``: they give a model or one InputError, and what generates compiles
and imports. The mutations are drawn with fixed seeds, so a failure is reproducible."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest
from support.corpus import CORPUS, corpus_manifest
from support.packages import import_package

from generator.app import load as sources
from generator.core.diagnostics import InputError
from generator.render.package import render_package
from generator.render.writing import replace_dir

pytestmark = pytest.mark.corpus
LABELS = [
    e["label"]
    for e in corpus_manifest()
    if e["label"] in ("v0.27-snapshot", "2021-09-14", "v0.49", "v0.56")
]
KINDS = ("truncate", "flip", "flip-many", "drop", "duplicate")


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    if kind == "truncate":
        return data[: rng.randrange(len(data))]
    if kind.startswith("flip"):
        out = bytearray(data)
        for _ in range(1 if kind == "flip" else 40):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    lines = data.split(b"\n")
    at, n = rng.randrange(len(lines)), rng.randint(1, 5)
    if kind == "drop":
        del lines[at : at + n]
    else:
        lines[at:at] = lines[at : at + n]
    return b"\n".join(lines)


@pytest.mark.skipif(not LABELS, reason=f"corpus not found at {CORPUS} (set MBGEN_CORPUS)")
@pytest.mark.parametrize("seed", range(10))
def test_mutated_docs_parse_or_fail_on_one_line(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    label = LABELS[seed % len(LABELS)]
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS / label, docs)
    files = sorted(p for p in docs.rglob("*") if p.suffix in (".md", ".json", ".html"))
    target = rng.choice(files)
    kind = KINDS[seed % len(KINDS)]
    target.write_bytes(mutate(target.read_bytes(), kind, rng))
    try:
        loaded = sources.load(docs, "0.49")
    except InputError as exc:
        assert "\n" not in str(exc.diagnostic)
        return
    package = f"mutated_{seed}"
    files = render_package(loaded.model, package, formatted=False)  # compiled below
    for rel, text in files.items():
        if rel.endswith(".py"):
            compile(text, rel, "exec")
    replace_dir(tmp_path / "out" / package, files)
    module = import_package(tmp_path / "out", package)
    assert len(module.ENDPOINTS) == len(loaded.model.endpoints)
    sys.path.remove(str(tmp_path / "out"))
