"""What the sync and the async transports decide alike: whether an attempt is retried, how long
to wait first, what an error answer raises, what no error may show, what is logged, and what
a call answers. Neither requests nor httpx is imported here: both transports call these."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Protocol

from .base import RETRY_STATUSES, Answer, log
from .encoding import _parsed_body, _retry_after, _shown_path
from .errors import ApiError, _error_class

Step = Literal["done", "relogin", "retry", "fail"]


def next_step(status: int | None, retry: int, retries: int, *, may_relogin: bool) -> Step:
    """What follows an attempt: its answer's status (None: the connection failed), how
    many retries were made of how many allowed, and whether a new login may still be tried.
    The one retry policy of the runtime."""
    if status is None:
        return "retry" if retry < retries else "fail"
    if status == 401 and may_relogin:
        return "relogin"
    if status in RETRY_STATUSES and retry < retries:
        return "retry"
    return "fail" if status >= 400 else "done"


class Backoff(Protocol):
    """The retry settings a client has (read at each call, so that test hooks apply)."""

    initial_backoff: float
    max_backoff: float
    max_retry_after: float
    _random: Callable[[], float]


def backoff(settings: Backoff, retry: int, headers: Mapping[str, str] | None) -> float:
    """Seconds to wait before retry number ``retry`` (0-based): the answer's ``Retry-After``
    (capped), else exponential backoff shortened by up to a quarter at random."""
    if headers is not None:
        asked = _retry_after(headers)
        if asked is not None:
            return min(asked, settings.max_retry_after)
    delay = min(settings.initial_backoff * 2.0**retry, settings.max_backoff)
    return delay * (1.0 - 0.25 * settings._random())


def redact(value: object, secrets: Sequence[str]) -> object:
    """``value`` with each secret replaced by ``***`` (in strings, dicts and lists)."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "***")
        return value
    if isinstance(value, dict):
        return {k: redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, secrets) for v in value]
    return value


def api_error(
    answer: Answer, reason: str | None, method: str, url: str, secrets: Sequence[str]
) -> ApiError:
    """The error an error answer raises: its class by status, its body redacted."""
    status = answer.status_code
    body = redact(_parsed_body(answer), secrets)
    message = (reason or "") if body is None else None
    return _error_class(status)(status, method, url, message, body=body)


def log_attempt(
    method: str,
    path: str,
    template: str | None,
    path_args: tuple[object, ...],
    outcome: object,
    started: float,
    retry: int,
) -> None:
    """One debug line per request sent: no query, no headers, no body, no token path values."""
    if log.isEnabledFor(logging.DEBUG):
        shown = _shown_path(template, path_args) if template and path_args else path
        took = (time.perf_counter() - started) * 1000
        log.debug("%s %s -> %s in %.1f ms (retry %d)", method, shown, outcome, took, retry)


def decode(answer: Answer) -> Any:
    """What a call returns: parsed JSON, bytes when the answer is no JSON, None when empty."""
    if answer.status_code == 204 or not answer.content:
        return None
    ctype = answer.headers.get("Content-Type", "")
    if "json" in ctype:
        try:
            return answer.json()
        except ValueError:
            return answer.content
    return answer.content


def session_id(answer: Answer) -> str | None:
    """The session id a login answered (None when the answer has none)."""
    try:
        return str(answer.json()["id"])
    except (ValueError, KeyError, TypeError):
        return None
