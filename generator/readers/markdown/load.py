"""Read a Markdown-era docs folder: one ``api-documentation.md``, or an index of pages."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from generator.core import naming
from generator.core.diagnostics import Diagnostics, InputError
from generator.core.model import ApiModel
from generator.readers import prose
from generator.readers.markdown import assemble
from generator.readers.markdown import page as markdown_docs
from generator.readers.result import Loaded
from generator.readers.textio import read_text

_VERSION = re.compile(r"\bMetabase\s+v?(\d+(?:\.\d+)*[\w.\-]*)", re.I)


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
    elif doc_version and version and doc_version != version:
        diags.warning(
            "version-mismatch",
            f"the title says Metabase {doc_version}, --version says {version}: "
            f"using {doc_version}, the document's own",
            index_name,
            1,
        )
    with prose.collecting() as found:  # prose naming a map's keys: object schemas
        endpoints = assemble.build_all(raws, diags)
    schemas = prose.used_schemas(endpoints, found)
    model = ApiModel(final_version, source_format, endpoints, schemas=schemas).sorted()
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
    return naming.normalise_version(m.group(1)) if m else None
