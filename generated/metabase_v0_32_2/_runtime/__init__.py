"""The HTTP runtime of a generated Metabase client, built on requests (shipped verbatim as the
package's ``_runtime``; mbgen's ``fetch`` uses it too).

Authentication: ``username``/``password`` log in lazily with ``POST /api/session`` and send
``X-Metabase-Session``; ``api_key`` sends ``X-API-Key``; ``session_token`` reuses a session.
A 401 with a password login logs in again once and retries the request once. Connection
errors and 429/502/503/504 answers are retried with exponential backoff (``max_retries``),
for GET, HEAD, PUT and DELETE only unless a call asks for retries itself. Leaving a ``with``
block (or ``close()``) logs out a session the client logged in itself.

``AsyncBaseClient`` does the same on httpx (async_client.py, async_transport.py: only the
latter imports httpx, when an async client is made); both share the request building
(spec.py, encoding.py), the retry policy and the error mapping (policy.py).
"""

from __future__ import annotations

from .async_client import AsyncBaseClient, AsyncResource
from .base import UNSET, FileTarget, Timeout, Unset
from .client import BaseClient, RawView, Resource
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequest,
    ConnectionFailed,
    MetabaseError,
    NotFound,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    ServerError,
)
from .raw import RawResponse
from .spec import Place, RequestSpec

# What a resource attribute of the generated clients must not be called (mbgen reads it).
CLIENT_MEMBERS = frozenset(
    name for cls in (BaseClient, AsyncBaseClient) for name in dir(cls) if not name.startswith("_")
)

__all__ = [
    "CLIENT_MEMBERS",
    "UNSET",
    "ApiError",
    "AsyncBaseClient",
    "AsyncResource",
    "AuthenticationError",
    "BadRequest",
    "BaseClient",
    "ConnectionFailed",
    "FileTarget",
    "MetabaseError",
    "NotFound",
    "PermissionDenied",
    "Place",
    "RateLimited",
    "RawResponse",
    "RawView",
    "RequestSpec",
    "RequestTimeout",
    "Resource",
    "ServerError",
    "Timeout",
    "Unset",
]
