"""Find API documentation under a path, detect its format, and read it into a model.

Formats (see docs/formats.md): ``markdown-single``, ``markdown-single-toc`` and
``markdown-split`` for Metabase's Markdown era; a model JSON written by ``mbgen model -o``;
a package in ``generated/`` (its ``model.json``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator import assemble, markdown_docs, openapi_docs
from generator.diagnostics import Diagnostics, InputError
from generator.model import ApiModel, ModelFormatError, loads

INDEX = "api-documentation.md"
OPENAPI_JSON = "api.json"
OPENAPI_HTML = "api.html"
FETCHED = "fetched.json"  # written by `mbgen fetch` beside api.json
MODEL_FILE = "model.json"
_VERSION = re.compile(r"\bMetabase\s+v?(\d+(?:\.\d+)*[\w.\-]*)", re.I)


@dataclass
class Loaded:
    model: ApiModel
    diagnostics: Diagnostics
    root: Path


def read_text(path: Path, shown: str) -> str:
    """Read a UTF-8 text file, refusing binary or undecodable content with file:line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, 0, f"cannot read: {exc.strerror}", "io") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(shown, line, "binary file (NUL byte), not API documentation", "binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(shown, line, "not UTF-8 text, not API documentation", "encoding") from None


def find_index(path: Path) -> Path:
    """The ``api-documentation.md`` under ``path`` (itself, beside it, or the shallowest one)."""
    if path.is_file():
        return path
    if not path.exists():
        raise InputError(str(path), 0, "no such file or folder", "missing")
    for cand in (path / INDEX, path / "docs" / INDEX):
        if cand.is_file():
            return cand
    found: list[tuple[int, str]] = []
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames.sort()
        if INDEX in filenames:
            rel = Path(dirpath, INDEX)
            found.append((len(rel.parts), str(rel)))
    if found:
        return Path(min(found)[1])
    if not any(path.iterdir()):
        raise InputError(str(path), 0, "empty folder: no API documentation in it", "empty")
    raise InputError(str(path), 0, f"no {INDEX} found in this folder", "not-docs")


def _openapi_in(folder: Path) -> Path | None:
    for cand in (folder, folder / "docs"):
        for name in (OPENAPI_JSON, OPENAPI_HTML):
            if (cand / name).is_file():
                return cand / name
    return None


def load(path: str | Path, version: str | None = None) -> Loaded:
    """Read any supported source into a model. Raises InputError on unusable input."""
    p = Path(path)
    if p.is_dir() and (p / MODEL_FILE).is_file() and not (p / INDEX).exists():
        return _load_model_json(p / MODEL_FILE)
    if p.is_file() and p.suffix == ".json":
        text = read_text(p, str(p))
        if re.match(r'\s*\{\s*"(openapi|components|info|paths|security|servers)"', text):
            return load_openapi(p, version, text)
        return _load_model_json(p, text)
    if p.is_file() and p.suffix in (".html", ".htm"):
        return load_openapi(p, version)
    if p.is_dir() and not (p / INDEX).exists() and not (p / "docs" / INDEX).exists():
        found = _openapi_in(p)
        if found is not None:
            return load_openapi(found, version)
    return load_markdown(find_index(p), version)


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
        embedded = openapi_docs.embedded_spec(html, path.name)
        if embedded is not None:
            fmt, json_path = "openapi-html-embedded", path
            text, offset = embedded
        else:
            url = openapi_docs.data_url(html)
            if url is None:
                raise InputError(path.name, 1, "no OpenAPI document in this page", "not-docs")
            json_path = root / url
            if "://" in url or not json_path.is_file():
                raise InputError(
                    path.name, 1, f"the page loads {url}, which is not here", "missing"
                )
            fmt, offset = "openapi-html-json", 0
            text = read_text(json_path, json_path.name)
    doc = openapi_docs.load_json(text, json_path.name, offset)
    endpoints = openapi_docs.parse(doc, text, json_path.name, diags, offset)
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
    model = ApiModel(version or "unknown", fmt, endpoints).sorted()
    return Loaded(model, diags, root)


def _load_model_json(path: Path, text: str | None = None) -> Loaded:
    text = text if text is not None else read_text(path, str(path))
    try:
        model = loads(text)
    except ModelFormatError as exc:
        raise InputError(f"{path}#{exc.pointer}", 0, exc.message, "model-json") from None
    return Loaded(model, Diagnostics(), path.parent)


def load_markdown(index: Path, version: str | None) -> Loaded:
    root = index.parent
    diags = Diagnostics()
    index_name = index.name
    text = read_text(index, str(index))
    page = markdown_docs.parse_page(text, index_name, enterprise=False, diags=diags)
    raws = list(page.endpoints)
    links = [
        (label, href, line)
        for label, href, line in markdown_docs.index_links(text)
        if href.endswith(".md") and "://" not in href and not href.startswith("#")
    ]
    page_links = [
        (label, href, line)
        for label, href, line in links
        if PurePosixPath(href).parts[:1] == ("api",)
    ]
    if page_links:
        source_format = "markdown-split"
        seen: set[str] = set()
        for label, href, line in page_links:
            rel = PurePosixPath(href).as_posix()
            if rel in seen:
                continue
            seen.add(rel)
            target = root / rel
            if not target.is_file():
                raise InputError(index_name, line, f"linked page {rel} does not exist", "missing")
            enterprise = label.rstrip().endswith("*") or "ee" in PurePosixPath(rel).parts[1:-1]
            raws += _page(target, rel, enterprise, diags)
        api_dir = root / "api"
        for extra in sorted(api_dir.rglob("*.md")) if api_dir.is_dir() else []:
            rel = extra.relative_to(root).as_posix()
            if rel not in seen:
                diags.warning("unlinked-page", f"{rel} is not linked from the index", index_name)
                enterprise = "ee" in PurePosixPath(rel).parts[1:-1]
                raws += _page(extra, rel, enterprise, diags)
    else:
        source_format = "markdown-single-toc" if "h3" in page.heading_tags else "markdown-single"
    if not raws:
        raise InputError(
            index_name, 1, "no endpoint headings found: not Metabase API docs", "not-docs"
        )
    doc_version = _version_from_title(page.title)
    final_version = doc_version or version or "unknown"
    if doc_version is None and version is None:
        diags.warning("no-version", "no version in the document; pass --version", index_name, 1)
    endpoints = assemble.build_all(raws, diags)
    model = ApiModel(final_version, source_format, endpoints).sorted()
    return Loaded(model, diags, root)


def _page(
    path: Path, rel: str, enterprise: bool, diags: Diagnostics
) -> list[markdown_docs.RawEndpoint]:
    text = read_text(path, rel)
    page = markdown_docs.parse_page(text, rel, enterprise=enterprise, diags=diags)
    if not page.endpoints:
        diags.warning("empty-page", "page documents no endpoint", rel, 1)
    return page.endpoints


def _version_from_title(title: str | None) -> str | None:
    if not title:
        return None
    m = _VERSION.search(title)
    return m.group(1) if m else None


def fetched_version(folder: Path) -> str | None:
    """The version ``mbgen fetch`` recorded beside a document, if any."""
    path = folder / FETCHED
    if not path.is_file():
        return None
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("metabase_version") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value != "unknown" else None
