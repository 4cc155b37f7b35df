"""The parser against every Markdown-era release in ../shared/corpus (skips without it).

The checks recount what they assert from the raw text with plain line scanning, independent
of the markdown-it based parser under test.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_labels

from generator.app import load as sources
from generator.app.load import Loaded
from generator.core import route
from generator.core.model import Endpoint
from generator.readers import malli
from generator.readers.markdown.artefacts import artefact_rule

pytestmark = pytest.mark.corpus

MARKDOWN = corpus_labels("markdown")
_HEADING = re.compile(r"^#{2,3} `([A-Z]+) (/[^`]*)`\s*$")
_BULLET = re.compile(r"^[-*]  \*\*`([^`]+)`\*\*(.*)$")


@cache
def load(label: str) -> Loaded:
    return sources.load(CORPUS / label)


@cache
def _lines(file: Path) -> list[str]:
    return file.read_text(encoding="utf-8").splitlines()


def docs_keys(label: str, e: Endpoint) -> set[tuple[str, str]]:
    """The (method, path) the headings of ``e`` print, read from its source lines (the model
    has the route the server serves it at, which the route facts may say differs; an
    Enterprise override printed at its own path is one endpoint with the route it overrides)."""
    keys = set()
    for src in e.sources:
        file = Path(src.file)
        file = file if file.is_file() else CORPUS / label / file
        m = _HEADING.match(_lines(file)[src.line - 1])
        assert m, (file, src.line)
        keys.add((m.group(1), m.group(2)))
    return keys


def raw_params(label: str) -> list[tuple[str, int, str, str, str, str]]:
    """(file, line, method, path, name, first line of prose) for every bullet under a
    PARAMS heading, read line by line."""
    out = []
    root = CORPUS / label
    for f in sorted(root.rglob("*.md")):
        rel = f.relative_to(root).as_posix()
        method = path = None
        in_params = False
        for no, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = _HEADING.match(line)
            if m:
                method, path, in_params = m.group(1), m.group(2), False
            elif line.startswith("#") and "PARAMS:" in line:
                in_params = True
            elif line.startswith("#"):
                in_params = False
                method = None
            b = _BULLET.match(line)
            if b and in_params and method and path:
                out.append((rel, no, method, path, b.group(1), b.group(2).strip()))
    return out


@pytest.mark.parametrize("entry", MARKDOWN)
def test_endpoint_count_matches_manifest(entry: dict[str, Any]) -> None:
    loaded = load(entry["label"])
    assert not loaded.diagnostics.errors
    keys = [docs_keys(entry["label"], e) for e in loaded.model.endpoints]
    assert len(set().union(*keys)) == entry["unique_endpoints"]
    overrides = sum(len(k) - 1 for k in keys)  # printed at two paths, served at one route
    assert len(loaded.model.endpoints) == entry["unique_endpoints"] - overrides
    assert overrides <= 1
    assert loaded.model.source_format == entry["format"]


@pytest.mark.parametrize("entry", MARKDOWN)
def test_headings_all_become_endpoints(entry: dict[str, Any]) -> None:
    root = CORPUS / entry["label"]
    keys = set()
    for f in root.rglob("*.md"):
        for line in f.read_text(encoding="utf-8").splitlines():
            m = _HEADING.match(line)
            if m:
                keys.add((m.group(1), m.group(2)))
    model_keys = {
        k for e in load(entry["label"]).model.endpoints for k in docs_keys(entry["label"], e)
    }
    assert model_keys == keys


@pytest.mark.parametrize("entry", MARKDOWN)
def test_no_artefact_survives_and_paths_are_params(entry: dict[str, Any]) -> None:
    for e in load(entry["label"]).model.endpoints:
        # whole-body and whole-map parameters come from the route facts, named after their
        # binding (body, raw-params ...); every other name is documented and no artefact
        names = [p.name for p in e.params if not p.whole_body]
        assert not [n for n in names if artefact_rule(n)], (e.method, e.path)
        path_names = [p.name for p in e.params if p.location == "path"]
        assert path_names == list(dict.fromkeys(route.placeholders(e.path))), e.path
        for p in e.params:
            assert p.location in ("path", "query", "form", "body", "multipart")
            assert p.python_name.isidentifier()
        assert len({p.python_name for p in e.params}) == len(e.params)


@pytest.mark.parametrize("entry", MARKDOWN)
def test_every_documented_param_with_prose_is_kept(entry: dict[str, Any]) -> None:
    label = entry["label"]
    model = load(label).model
    by_key = {k: e for e in model.endpoints for k in docs_keys(label, e)}
    missing = []
    for file, line, method, path, name, text in raw_params(label):
        if not text or artefact_rule(name):
            continue
        e = by_key[(method, path)]
        names = {p.name for p in e.params}
        if name not in names and not (map_keys(text) and map_keys(text) <= names):
            missing.append(f"{file}:{line} {name}")  # nor a whole body given as its keys
    assert not missing


def map_keys(text: str) -> set[str]:
    """The top-level keys of a malli map (``map where {:a -> <...>, ...}``), else none."""
    t = " ".join(text.split()).removeprefix("nullable ")
    if not t.startswith("map where {"):
        return set()
    body = t[len("map where {") : t.rfind("}")]
    return {m.group(1) for part in malli.split_top(body, ", ") if (m := KEY.match(part.strip()))}


KEY = re.compile(r":([^\s>]+)(?: \(optional\))? -> <")


@pytest.mark.parametrize("entry", MARKDOWN)
def test_typed_share_at_least_95_percent(entry: dict[str, Any]) -> None:
    params = [p for e in load(entry["label"]).model.endpoints for p in e.params]
    typed = sum(1 for p in params if p.type.render() not in ("Any", "Any | None"))
    assert typed / len(params) >= 0.95, f"{typed}/{len(params)}"


def _plain_expectation(text: str) -> tuple[str, bool] | None:
    """What a reader sees at once in plain prose: (type prefix, nullable), else None."""
    t = " ".join(text.split())
    nullable = False
    for prefix in ("value may be nil, or if non-nil, ", "nullable "):
        if t.startswith(prefix):
            t, nullable = t[len(prefix) :], True
    if ", or " in t or "satisfy" in t:
        return None
    plain = [
        (r"^value must be an integer( greater than zero)?\.?$", "int"),
        (r"^value must be a valid integer( greater than zero)?\.?$", "int"),
        (r"^(value must be a )?(non-blank )?string\.?$", "str"),
        (r"^value must be a (non-blank )?string\.?$", "str"),
        (r"^(value must be a )?boolean\.?$", "bool"),
        (r"^value must be a valid boolean string \('true' or 'false'\)\.?$", "bool"),
        (r"^value must be one of: .*$", "Literal["),
        (r"^enum of .*$", "Literal["),
        (r"^value must be an array\..*$", "list["),
        (r"^sequence of .*$", "list["),
        (r"^(value must be a )?map\.?$", "dict["),
        (r"^Value must be a map\.?$", "dict["),
        (r"^integer\.?$", "int"),
    ]
    for pattern, expected in plain:
        if re.match(pattern, t):
            return expected, nullable
    return None


@pytest.mark.parametrize("entry", MARKDOWN)
def test_plain_prose_gets_the_plain_type(entry: dict[str, Any]) -> None:
    model = load(entry["label"]).model
    checked = wrong = 0
    examples = []
    for e in model.endpoints:
        for p in e.params:
            if not p.schema or p.location == "path":
                continue
            exp = _plain_expectation(p.schema)
            if exp is None:
                continue
            checked += 1
            prefix, nullable = exp
            ok = p.type.render().startswith(prefix) and p.nullable == nullable
            ok = ok and (p.type.render().endswith(" | None") == nullable)
            if not ok:
                wrong += 1
                examples.append((p.name, p.schema, p.type.render()))
    assert checked > 50
    assert (checked - wrong) / checked >= 0.98, examples[:10]


@pytest.mark.parametrize("entry", MARKDOWN)
def test_name_inference_agrees_with_prose(entry: dict[str, Any]) -> None:
    """Where the prose does give a type, the name rules would have given the same one."""
    from generator.readers import inference

    agree = disagree = 0
    for e in load(entry["label"]).model.endpoints:
        for p in e.params:
            if p.type_origin != "prose":
                continue
            guess = (
                inference.from_path(p.name) if p.location == "path" else inference.from_name(p.name)
            )
            if guess is None:
                continue
            base = p.type.render().removesuffix(" | None")
            same = base == guess.render() or (guess.render() == "str" and "Literal[" in base)
            agree += same
            disagree += not same
    assert agree + disagree > 50
    assert agree / (agree + disagree) >= 0.97, (agree, disagree)
