"""The errors the client raises, and how an answer's status and body become one."""

from __future__ import annotations

import json
from typing import Any


class MetabaseError(Exception):
    """Base class of every error this client raises."""


class ConnectionFailed(MetabaseError):
    """The server could not be reached (the cause is chained as ``__cause__``)."""


class RequestTimeout(MetabaseError):
    """The server did not answer within the timeout (the cause is chained as ``__cause__``)."""


class ApiError(MetabaseError):
    """The server answered with an error status.

    ``status_code`` (``status`` is an alias), ``method``, ``url`` (no credentials, no query
    string), ``body`` (the whole answer: parsed JSON, else text), ``errors`` (Metabase's
    field-error map ``{"field": "what is wrong"}`` when the answer has one, else None) and
    ``message`` (the server's message, or a summary of the field errors).
    """

    def __init__(
        self,
        status_code: int,
        method: str,
        url: str,
        message: str | None = None,
        *,
        body: object = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.errors = _field_errors(body)
        self.message = message if message is not None else _message_of(body, self.errors)
        summary = self.message if len(self.message) <= 1000 else self.message[:1000] + "..."
        super().__init__(f"{method} {url} failed with HTTP {status_code}: {summary}")

    @property
    def status(self) -> int:
        """Alias of ``status_code``."""
        return self.status_code


class BadRequest(ApiError):
    """400: the request was refused as invalid; ``errors`` holds the field errors."""


class AuthenticationError(ApiError):
    """401: not logged in, or the credentials were refused."""


class PermissionDenied(ApiError):
    """403: the user may not do this."""


class NotFound(ApiError):
    """404: no such object or route."""


class RateLimited(ApiError):
    """429: too many requests (raised once the retries are used up)."""


class ServerError(ApiError):
    """5xx: the server failed (502, 503 and 504 are raised once the retries are used up)."""


_ERROR_CLASSES: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    429: RateLimited,
}


def _error_class(status: int) -> type[ApiError]:
    if status >= 500:
        return ServerError
    return _ERROR_CLASSES.get(status, ApiError)


def _field_errors(body: object) -> dict[str, Any] | None:
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, dict) and errors:
            return errors
    return None


def _message_of(body: object, errors: dict[str, Any] | None) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        if errors:
            return "; ".join(
                f"{k}: {v if isinstance(v, str) else json.dumps(v)}" for k, v in errors.items()
            )
        if body.get("errors"):
            return json.dumps(body["errors"])
    if isinstance(body, str):
        return body.strip()
    if body is None:
        return ""
    return json.dumps(body)
