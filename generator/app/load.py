"""Read any supported source into a model: detect its kind, hand it to its reader.

Sources (docs/formats.md): Markdown-era docs, OpenAPI-era docs, a model JSON written by
``mbgen model -o``, or a package in ``generated/`` (its ``model.json``).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from generator.core.diagnostics import Diagnostics, InputError, Location
from generator.core.jsonform import ModelFormatError, loads
from generator.readers.detect import MODEL_FILE, Found, detect
from generator.readers.result import Loaded
from generator.readers.textio import read_text

__all__ = ["MODEL_FILE", "Loaded", "load", "load_model_json"]


def load(path: str | Path, version: str | None = None) -> Loaded:
    """Read any supported source into a model. Raises InputError on unusable input. Every
    diagnostic names its file as the user reaches it (``docs/api.json:136``), while the
    model's own locations stay relative to the docs' folder."""
    found = detect(Path(path))
    root = found.path.parent
    try:
        loaded = _load(found, version)
    except InputError as exc:
        d = exc.diagnostic
        raise InputError(_in_folder(d.location, root), 0, d.message, d.code) from None
    loaded.diagnostics = Diagnostics(
        [replace(d, location=_in_folder(d.location, root)) for d in loaded.diagnostics.items]
    )
    return loaded


def _load(found: Found, version: str | None) -> Loaded:
    # each reader is imported when its kind of docs is read (a command loads one or two)
    if found.kind == "model":
        return load_model_json(found.path, found.text)
    if found.kind == "openapi":
        from generator.readers.openapi.load import load_openapi

        return with_answers(load_openapi(found.path, version, found.text))
    from generator.app.wire import apply_facts
    from generator.readers.markdown.load import load_markdown

    loaded = load_markdown(found.path, version)
    model, report = apply_facts(loaded.model, loaded.diagnostics)
    return with_answers(Loaded(model, loaded.diagnostics, loaded.root, report.lines()))


def with_answers(loaded: Loaded) -> Loaded:
    """The loaded docs with answer and query types (generator/app/answers.py)."""
    from generator.app import answers

    model, report = answers.apply_answers(loaded.model)
    return Loaded(model, loaded.diagnostics, loaded.root, [*loaded.notes, *report.lines()])


def _in_folder(at: Location, root: Path) -> Location:
    """``at`` with the docs' folder in front of a file named relative to it."""
    file = at.file
    if not file or root == Path(".") or Path(file).is_absolute():
        return at
    if file.startswith(str(root) + os.sep) or not (root / file).exists():
        return at
    return replace(at, file=str(root / file))


def load_model_json(path: Path, text: str | None = None) -> Loaded:
    text = text if text is not None else read_text(path, str(path))
    try:
        model = loads(text)
    except ModelFormatError as exc:
        raise InputError(
            Location(str(path), pointer=exc.pointer), 0, exc.message, "model-json"
        ) from None
    return Loaded(model, Diagnostics(), path.parent)
