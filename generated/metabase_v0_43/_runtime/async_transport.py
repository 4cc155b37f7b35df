"""The async transport, on ``httpx.AsyncClient``: the sync transport's loop (policy.py decides
retries, waits, errors and log lines; encoding.py builds the bytes), awaited. Only this module
of the runtime imports httpx."""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

import httpx  # type: ignore[import-not-found, unused-ignore]

from .base import _CHUNK, UNSET, FileTarget, Timeout, Unset
from .encoding import _rewind, _without_userinfo, wire_body, wire_request, wire_url
from .errors import ConnectionFailed, RequestTimeout
from .policy import api_error, backoff, log_attempt, next_step

AuthFn = Callable[[], Awaitable[tuple[dict[str, str], str | None]]]


class AsyncOwner(Protocol):
    """What the async transport reads of its client (as ``transport.Owner``, awaited)."""

    initial_backoff: float
    max_backoff: float
    max_retry_after: float
    _sleep: Callable[[float], Awaitable[None]]
    _random: Callable[[], float]

    @property
    def base_url(self) -> str: ...

    @property
    def timeout(self) -> Timeout: ...

    async def _auth_headers(self) -> tuple[dict[str, str], str | None]: ...

    async def _relogin(self, stale: str | None) -> bool: ...

    def _secrets(self) -> list[str]: ...


def _httpx_timeout(timeout: Timeout) -> httpx.Timeout:
    """requests' timeout as httpx's: one number for connect and each read (and write), a
    (connect, read) pair, or None."""
    if isinstance(timeout, tuple):
        return httpx.Timeout(timeout[1], connect=timeout[0])
    return httpx.Timeout(timeout)


class AsyncTransport:
    """Sends the requests of one ``AsyncClient`` over its ``httpx.AsyncClient``."""

    def __init__(self, owner: AsyncOwner, http: httpx.AsyncClient | None) -> None:
        self._owner = owner
        self._http = http if http is not None else httpx.AsyncClient()
        self._shown_base = _without_userinfo(owner.base_url)

    async def aclose(self) -> None:
        await self._http.aclose()

    def shown_url(self, path: str) -> str:
        """The URL for errors: no user or password of the base URL, no query string."""
        return self._shown_base + path

    async def _send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: object,
        *,
        headers: dict[str, str],
        multipart: bool,
        timeout: Timeout | Unset,
        stream: bool,
    ) -> httpx.Response:
        url = wire_url(self._owner.base_url + path, query)
        content, ctype = wire_body(wire_request(method, url, body, headers={}, multipart=multipart))
        sent = {**headers, "Content-Type": ctype} if ctype else headers
        wait = self._owner.timeout if timeout is UNSET else timeout
        built = self._http.build_request(
            method, url, content=content, headers=sent, timeout=_httpx_timeout(wait)
        )
        try:
            response: httpx.Response = await self._http.send(
                built, stream=stream, follow_redirects=True
            )
            return response
        except httpx.TimeoutException as exc:
            raise RequestTimeout(
                f"{method} {self.shown_url(path)}: no answer within {wait} s"
            ) from exc
        except httpx.HTTPError as exc:
            reason = type(exc).__name__
            raise ConnectionFailed(
                f"{method} {self.shown_url(path)}: cannot connect ({reason})"
            ) from exc

    async def attempts(
        self,
        method: str,
        path: str,
        path_args: tuple[object, ...],
        query: list[tuple[str, str]],
        payload: object,
        *,
        auth: AuthFn | None = None,
        extra_headers: Mapping[str, str] | None = None,
        multipart: bool = False,
        timeout: Timeout | Unset = UNSET,
        retries: int = 0,
        relogin: bool = True,
        stream: bool = False,
        template: str | None = None,
    ) -> httpx.Response:
        """Send until an answer is final, as ``Transport.attempts`` does."""
        get_auth = auth if auth is not None else self._owner._auth_headers
        retry = 0
        relogged = False
        while True:
            headers, token = await get_auth()
            if extra_headers:
                headers = {**extra_headers, **headers}
            if retry or relogged:
                _rewind(payload)
            sent = (method, path, query, payload, headers)
            shown = (template, path_args, retry)
            response, failure = await self._try(sent, shown, multipart, timeout, stream)
            status = None if response is None else response.status_code
            step = next_step(status, retry, retries, may_relogin=relogin and not relogged)
            if step == "relogin" and not await self._owner._relogin(token):
                step = next_step(status, retry, retries, may_relogin=False)
            if step == "done" and response is not None:
                return response
            if step == "fail":
                if failure is not None:
                    raise failure
                if response is not None:
                    await self._raise(response, method, path)
            seen = None if response is None else response.headers
            wait = 0.0 if step == "relogin" else backoff(self._owner, retry, seen)
            if response is not None:
                await response.aclose()
            if step == "relogin":
                relogged = True
            else:
                await self._owner._sleep(wait)
                retry += 1

    async def _try(
        self,
        sent: tuple[str, str, list[tuple[str, str]], object, dict[str, str]],
        shown: tuple[str | None, tuple[object, ...], int],
        multipart: bool,
        timeout: Timeout | Unset,
        stream: bool,
    ) -> tuple[httpx.Response | None, ConnectionFailed | None]:
        """One attempt, logged: its answer, or the connection failure (a timeout raises)."""
        method, path, query, payload, headers = sent
        template, path_args, retry = shown
        started = time.perf_counter()
        try:
            response = await self._send(
                method,
                path,
                query,
                payload,
                headers=headers,
                multipart=multipart,
                timeout=timeout,
                stream=stream,
            )
        except ConnectionFailed as exc:
            log_attempt(method, path, template, path_args, "connection failed", started, retry)
            return None, exc
        except RequestTimeout:
            log_attempt(method, path, template, path_args, "timeout", started, retry)
            raise
        log_attempt(method, path, template, path_args, response.status_code, started, retry)
        return response, None

    async def _raise(self, response: httpx.Response, method: str, path: str) -> None:
        try:
            await response.aread()
            error = api_error(
                response,
                response.reason_phrase,
                method,
                self.shown_url(path),
                self._owner._secrets(),
            )
        except httpx.HTTPError as exc:
            raise ConnectionFailed(
                f"{method} {self.shown_url(path)}: the answer broke off ({type(exc).__name__})"
            ) from exc
        finally:
            await response.aclose()
        raise error

    async def save(
        self, response: httpx.Response, target: FileTarget, method: str, path: str
    ) -> None:
        """Stream the answer into ``target`` chunk by chunk: memory stays flat."""
        try:
            if isinstance(target, (str, os.PathLike)):
                with open(target, "wb") as fh:
                    async for chunk in response.aiter_bytes(_CHUNK):
                        fh.write(chunk)
            else:
                async for chunk in response.aiter_bytes(_CHUNK):
                    target.write(chunk)
        except httpx.HTTPError as exc:
            raise ConnectionFailed(
                f"{method} {self.shown_url(path)}: the download broke off ({type(exc).__name__})"
            ) from exc
        finally:
            await response.aclose()
