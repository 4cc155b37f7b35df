"""Links from generated code to Metabase's own documentation of an endpoint."""

from __future__ import annotations

import re

from generator.core.model import Endpoint

DOCS = "https://www.metabase.com/docs"


def docs_version(version: str) -> str:
    """``0.49.3`` -> ``v0.49``; anything without a major.minor -> ``latest``."""
    m = re.match(r"^v?(\d+)\.(\d+)", version)
    return f"v{m.group(1)}.{m.group(2)}" if m else "latest"


def anchor(method: str, path: str) -> str:
    """The heading anchor Metabase's docs site gives ``GET /api/card/:id``: get-apicardid."""
    text = f"{method} {path}".lower()
    text = re.sub(r"[^a-z0-9 _\-]", "", text)
    return text.replace(" ", "-")


def endpoint_url(version: str, endpoint: Endpoint) -> str:
    page = endpoint.sources[0].file
    page = re.sub(r"\.md$", "", page)
    if page.startswith("api/"):
        where = page
    elif page.endswith(".json") or page.endswith(".html"):
        where = "api"
    else:
        where = "api-documentation"
    return f"{DOCS}/{docs_version(version)}/{where}#{anchor(endpoint.method, endpoint.path)}"
