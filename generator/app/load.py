"""Read any supported source into a model: detect its kind, hand it to its reader.

Sources (docs/formats.md): Markdown-era docs, OpenAPI-era docs, a model JSON written by
``mbgen model -o``, or a package in ``generated/`` (its ``model.json``).
"""

from __future__ import annotations

from pathlib import Path

from generator.app import answers
from generator.app.wire import apply_facts
from generator.core.diagnostics import Diagnostics, InputError, Location
from generator.core.jsonform import ModelFormatError, loads
from generator.readers.detect import MODEL_FILE, detect
from generator.readers.markdown.load import load_markdown
from generator.readers.openapi.load import load_openapi
from generator.readers.result import Loaded
from generator.readers.textio import read_text

__all__ = ["MODEL_FILE", "Loaded", "load", "load_model_json"]


def load(path: str | Path, version: str | None = None) -> Loaded:
    """Read any supported source into a model. Raises InputError on unusable input."""
    found = detect(Path(path))
    if found.kind == "model":
        return load_model_json(found.path, found.text)
    if found.kind == "openapi":
        return with_answers(load_openapi(found.path, version, found.text))
    loaded = load_markdown(found.path, version)
    model, report = apply_facts(loaded.model, loaded.diagnostics)
    return with_answers(Loaded(model, loaded.diagnostics, loaded.root, report.lines()))


def with_answers(loaded: Loaded) -> Loaded:
    """The loaded docs with answer and query types (generator/app/answers.py)."""
    model, report = answers.apply_answers(loaded.model)
    return Loaded(model, loaded.diagnostics, loaded.root, [*loaded.notes, *report.lines()])


def load_model_json(path: Path, text: str | None = None) -> Loaded:
    text = text if text is not None else read_text(path, str(path))
    try:
        model = loads(text)
    except ModelFormatError as exc:
        raise InputError(
            Location(str(path), pointer=exc.pointer), 0, exc.message, "model-json"
        ) from None
    return Loaded(model, Diagnostics(), path.parent)
