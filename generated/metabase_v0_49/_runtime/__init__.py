"""The HTTP runtime of a generated Metabase client, built on requests (shipped verbatim as the
package's ``_runtime``; mbgen's ``fetch`` uses it too).

Authentication: ``username``/``password`` log in lazily with ``POST /api/session`` and send
``X-Metabase-Session``; ``api_key`` sends ``X-API-Key``; ``session_token`` reuses a session.
A 401 with a password login logs in again once and retries the request once. Connection
errors and 429/502/503/504 answers are retried with exponential backoff (``max_retries``),
for GET, HEAD, PUT and DELETE only unless a call asks for retries itself. Leaving a ``with``
block (or ``close()``) logs out a session the client logged in itself.
"""

from __future__ import annotations

from .base import UNSET, FileTarget, Timeout, Unset
from .client import CLIENT_MEMBERS, BaseClient, Resource
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
from .spec import Place, RequestSpec

__all__ = [
    "CLIENT_MEMBERS",
    "UNSET",
    "ApiError",
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
    "RequestSpec",
    "RequestTimeout",
    "Resource",
    "ServerError",
    "Timeout",
    "Unset",
]
