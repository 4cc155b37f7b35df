"""Docs from a running server (``mbgen fetch``): its OpenAPI document and its version.

It talks to the server through the very runtime the generated clients ship
(generator/runtime/), so its login, API-key and error rules are theirs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator import runtime as rt
from generator.core import naming
from generator.core.diagnostics import InputError
from generator.readers.fetched import fetched_record

OPENAPI_PATH = "/api/docs/openapi.json"


@dataclass(frozen=True)
class Fetched:
    spec: str  # api.json
    record: str  # fetched.json
    version: str


def version_from_tag(tag: str) -> str:
    """``v0.56.8`` -> ``0.56.8``; ``v1.56.8`` (Enterprise builds) -> ``1.56.8``; a tag that is
    no version (whatever a server says) -> ``unknown``."""
    return naming.normalise_version(tag) or "unknown"


def _read(client: rt.BaseClient, url: str) -> tuple[str, object]:
    """(version tag, OpenAPI answer) of the server; its errors as one-line input errors."""
    try:
        props = client.request("GET", "/api/session/properties")
        tag = ""
        if isinstance(props, dict) and isinstance(props.get("version"), dict):
            tag = str(props["version"].get("tag") or "")
        try:
            return tag, client.request("GET", OPENAPI_PATH)
        except rt.NotFound:
            raise InputError(
                url,
                0,
                f"the server has no {OPENAPI_PATH} (Metabase before about "
                "0.50?): generate from its Markdown docs instead",
                "too-old",
            ) from None
    except rt.AuthenticationError as exc:
        raise InputError(
            url,
            0,
            f"not authenticated (HTTP 401): {exc.message}; check the API "
            "key or the username and password",
            "auth",
        ) from None
    except rt.PermissionDenied as exc:
        raise InputError(url, 0, f"permission denied (HTTP 403): {exc.message}", "auth") from None
    except rt.ApiError as exc:
        raise InputError(
            url, 0, f"HTTP {exc.status} from {exc.method} {exc.url}: {exc.message}", "http"
        ) from None
    except rt.MetabaseError as exc:
        raise InputError(url, 0, str(exc), "connection") from None


def fetch(
    url: str,
    *,
    api_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    session_token: str | None = None,
    timeout: float = 60.0,
) -> Fetched:
    """The server's OpenAPI document and its version, read through the clients' runtime."""
    try:  # the clients' own address rule (runtime encoding._server_url)
        client = rt.BaseClient(
            url,
            api_key=api_key,
            username=username,
            password=password,
            session_token=session_token,
            timeout=timeout,
        )
    except ValueError as exc:
        raise InputError(url, 0, str(exc), "usage") from None
    try:
        tag, spec = _read(client, url)
    finally:
        client.close()
    if isinstance(spec, (bytes, bytearray)):
        try:
            spec = json.loads(spec)
        except ValueError:
            raise InputError(url, 0, f"{OPENAPI_PATH} did not answer JSON", "not-openapi") from None
    if not isinstance(spec, dict) or "paths" not in spec:
        raise InputError(url, 0, f"{OPENAPI_PATH} is not an OpenAPI document", "not-openapi")
    version = version_from_tag(tag) if tag else "unknown"
    return Fetched(
        spec=json.dumps(spec, indent=2, ensure_ascii=False) + "\n",
        record=fetched_record(version, tag, OPENAPI_PATH),
        version=version,
    )
