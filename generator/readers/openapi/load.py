"""Read an OpenAPI-era docs folder: ``api.json`` (beside an ``api.html`` shell or alone), or
``api.html`` with the document embedded in it."""

from __future__ import annotations

from pathlib import Path

from generator.core.diagnostics import Diagnostics, InputError
from generator.core.model import ApiModel
from generator.readers.detect import OPENAPI_HTML
from generator.readers.fetched import fetched_version
from generator.readers.openapi import document, operations
from generator.readers.result import Loaded
from generator.readers.textio import read_text


def load_openapi(path: Path, version: str | None, text: str | None = None) -> Loaded:
    """``api.json`` (beside an ``api.html`` shell or alone), or ``api.html`` with the
    document embedded in it."""
    diags = Diagnostics()
    root = path.parent
    if path.suffix == ".json":
        fmt = "openapi-html-json" if (root / OPENAPI_HTML).is_file() else "openapi-json"
        json_path, offset = path, 0
        text = text if text is not None else read_text(path, path.name)
    else:
        html = read_text(path, path.name)
        embedded = document.embedded_spec(html, path.name)
        if embedded is not None:
            fmt, json_path = "openapi-html-embedded", path
            text, offset = embedded
        else:
            url = document.data_url(html)
            if url is None:
                raise InputError(path.name, 1, "no OpenAPI document in this page", "not-docs")
            json_path = root / url
            if "://" in url or not json_path.is_file():
                raise InputError(
                    path.name, 1, f"the page loads {url}, which is not here", "missing"
                )
            fmt, offset = "openapi-html-json", 0
            text = read_text(json_path, json_path.name)
    doc = document.load_json(text, json_path.name, offset)
    foreign = document.not_metabase(doc)
    if foreign is not None:
        diags.warning("not-metabase-api", foreign, json_path.name, offset + 1)
    endpoints, schemas = operations.parse_with_schemas(doc, text, json_path.name, diags, offset)
    if not endpoints:
        raise InputError(
            json_path.name, offset + 1, "the OpenAPI document has no operations", "not-docs"
        )
    if version is None:
        version = fetched_version(root)
    if version is None:
        diags.warning(
            "no-version", "OpenAPI documents carry no version; pass --version", json_path.name, 1
        )
    model = ApiModel(version or "unknown", fmt, endpoints, schemas=schemas).sorted()
    return Loaded(model, diags, root)
