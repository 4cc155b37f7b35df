"""What the sync and the async client share before any I/O: the checked settings, the
credentials (and which of them no error or repr may show), how many retries a call gets,
and the stopping rule of ``paginate``."""

from __future__ import annotations

import random
from typing import Any

from .base import IDEMPOTENT_METHODS, Timeout
from .encoding import _server_url, _without_userinfo
from .spec import Place, RequestSpec, Where


class ClientConfig:
    """Settings and credentials of one client, checked at construction."""

    #: Seconds before the first retry; doubled for each further one, up to ``max_backoff``,
    #: and shortened by up to a quarter at random (jitter).
    initial_backoff = 0.5
    max_backoff = 8.0
    #: The longest wait a ``Retry-After`` header can ask for (longer asks wait this long).
    max_retry_after = 60.0

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: Timeout = 60.0,
        max_retries: int = 2,
    ) -> None:
        if (username is None) != (password is None):
            raise ValueError("give both username and password, or neither")
        if api_key is not None and (username is not None or session_token is not None):
            raise ValueError("api_key cannot be combined with a login or a session token")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._base_url = _server_url(base_url)  # ValueError naming the fix
        self._shown_base = _without_userinfo(self._base_url)  # for reprs
        self._timeout = timeout
        self._max_retries = max_retries
        self._username = username
        self._password = password
        self._api_key = api_key
        self._token = session_token
        self._own_session = False  # the token came from this client's own login
        self._closed = False
        # Test hook: the jitter source of the backoff.
        self._random = random.random

    @property
    def base_url(self) -> str:
        """The server's address, without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> Timeout:
        """The default timeout of each request, in seconds (a call's ``timeout=`` wins)."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times GET, HEAD, PUT and DELETE are retried (a call's ``max_retries=``
        wins, and is the only way to retry POST and PATCH)."""
        return self._max_retries

    @property
    def session_token(self) -> str | None:
        """The session token in use: the one given, or the one the login got (None before
        the first login, after logout, and with an API key)."""
        return self._token

    def _secrets(self) -> list[str]:
        """What no error body or log may show."""
        return [s for s in (self._password, self._api_key, self._token) if s]

    def _retries(self, spec: RequestSpec, max_retries: int | None) -> int:
        """The retries of one call: the call's own, else the client's for idempotent
        methods only (never a POST or PATCH by default)."""
        if max_retries is not None:
            return max_retries
        return self._max_retries if spec.method in IDEMPOTENT_METHODS else 0

    def _login_body(self) -> dict[str, str] | None:
        if self._username is None or self._password is None:
            return None
        return {"username": self._username, "password": self._password}

    def __repr__(self) -> str:
        if self._api_key is not None:
            auth = "api_key=***"
        elif self._username is not None:
            auth = f"username={self._username!r}"
        elif self._token is not None:
            auth = "session_token=***"
        else:
            auth = "anonymous"
        return f"{type(self).__name__}({self._shown_base!r}, {auth})"


def _escape_request(method: str, path: str, params: dict[str, object]) -> RequestSpec:
    """The spec of ``client.request(method, path, **params)``: parameters go to the query
    string for GET, HEAD and DELETE, to the JSON body otherwise."""
    method = method.upper()
    if not path.startswith("/"):
        path = "/" + path
    escaped = path.replace("{", "{{").replace("}", "}}")
    where: Where = "query" if method in ("GET", "HEAD", "DELETE") else "body"
    return RequestSpec(method, escaped, tuple(Place(where, (key,)) for key in params))


class Pager:
    """The stopping rule of ``paginate``, for both clients: feed it each page, get the
    page's items and whether another page follows."""

    def __init__(self, method: object, params: dict[str, Any]) -> None:
        self.limit = params.pop("limit", 50)
        self.offset = params.pop("offset", 0)
        if not isinstance(self.limit, int) or self.limit <= 0:
            raise ValueError("limit must be a positive integer")
        self._name = getattr(method, "__name__", method)
        self._previous: list[Any] | None = None
        self.more = True

    def items(self, page: Any) -> list[Any]:
        """The items of ``page`` to yield (sets ``more`` False after the last page)."""
        total = None
        unpaged = False
        if isinstance(page, dict):
            items = page.get("data")
            total = page.get("total")
            unpaged = "limit" in page and page["limit"] is None
        else:
            items = page
        if not isinstance(items, list):
            raise TypeError(f"{self._name} does not answer pages")
        if items and items == self._previous:
            self.more = False  # a server that ignores offset answers the same page again
            return []
        self._previous = items
        self.offset += len(items)
        last_page = unpaged or not items or len(items) != self.limit
        self.more = not last_page and not (isinstance(total, int) and self.offset >= total)
        return items
