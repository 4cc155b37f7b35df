"""Sending a request until its answer is final: retries with backoff, one new login after a
401, errors raised with what the server said, downloads streamed to a file."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import Protocol

import requests

from .base import _CHUNK, UNSET, FileTarget, Timeout, Unset
from .encoding import _rewind, _without_userinfo, wire_request, wire_url
from .errors import ConnectionFailed, RequestTimeout
from .policy import Step, api_error, backoff, log_attempt, next_step

__all__ = ["Owner", "Step", "Transport", "next_step"]


class Owner(Protocol):
    """What a transport reads of the client that owns it: where the server is, the retry
    settings (read at each call, so that a client's settings and test hooks apply), the
    authentication, and the secrets no error may show."""

    initial_backoff: float
    max_backoff: float
    max_retry_after: float
    _sleep: Callable[[float], None]
    _random: Callable[[], float]

    @property
    def base_url(self) -> str: ...

    @property
    def timeout(self) -> Timeout: ...

    def _auth_headers(self) -> tuple[dict[str, str], str | None]: ...

    def _relogin(self, stale: str | None) -> bool: ...

    def _secrets(self) -> list[str]: ...


class Transport:
    """Sends the requests of one client over its ``requests.Session``: retries with
    backoff, one new login after a 401, errors raised with what the server said, downloads
    streamed to a file. The client owns it (``client._transport``)."""

    def __init__(self, owner: Owner, http: requests.Session) -> None:
        self._owner = owner
        self._http = http
        self._shown_base = _without_userinfo(owner.base_url)

    # --- requests -----------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return self._owner.base_url + path

    def shown_url(self, path: str) -> str:
        """The URL for errors: no user or password of the base URL, no query string."""
        return self._shown_base + path

    def _send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: object,
        *,
        headers: dict[str, str],
        multipart: bool = False,
        timeout: Timeout | Unset = UNSET,
        stream: bool = False,
    ) -> requests.Response:
        url = wire_url(self._url(path), query)
        request = wire_request(method, url, body, headers=headers, multipart=multipart)
        prepared = self._http.prepare_request(request)
        prepared.url = url  # as built: requests would unquote %2E in path values
        settings = self._http.merge_environment_settings(url, {}, stream, None, None)
        wait = self._owner.timeout if timeout is UNSET else timeout
        try:
            return self._http.send(prepared, timeout=wait, **settings)
        except requests.Timeout as exc:
            raise RequestTimeout(
                f"{method} {self.shown_url(path)}: no answer within {wait} s"
            ) from exc
        except requests.RequestException as exc:
            reason = type(exc).__name__
            raise ConnectionFailed(
                f"{method} {self.shown_url(path)}: cannot connect ({reason})"
            ) from exc

    def attempts(
        self,
        method: str,
        path: str,
        path_args: tuple[object, ...],
        query: list[tuple[str, str]],
        payload: object,
        *,
        auth: Callable[[], tuple[dict[str, str], str | None]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        multipart: bool = False,
        timeout: Timeout | Unset = UNSET,
        retries: int = 0,
        relogin: bool = True,
        stream: bool = False,
        template: str | None = None,
    ) -> requests.Response:
        """Send until an answer is final: at most ``retries`` retries of connection errors and
        429/502/503/504, plus at most one new login after a 401; raise for 4xx/5xx."""
        get_auth = auth if auth is not None else self._owner._auth_headers
        retry = 0
        relogged = False
        while True:
            headers, token = get_auth()
            if extra_headers:
                headers = {**extra_headers, **headers}
            if retry or relogged:
                _rewind(payload)
            sent = (method, path, query, payload, headers)
            shown = (template, path_args, retry)
            response, failure = self._try(sent, shown, multipart, timeout, stream)
            status = None if response is None else response.status_code
            step = next_step(status, retry, retries, may_relogin=relogin and not relogged)
            if step == "relogin" and not self._owner._relogin(token):
                step = next_step(status, retry, retries, may_relogin=False)
            if step == "done" and response is not None:
                return response
            if step == "fail":
                if failure is not None:
                    raise failure
                if response is not None:
                    self._raise(response, method, path)
            headers_seen = None if response is None else response.headers
            wait = 0.0 if step == "relogin" else backoff(self._owner, retry, headers_seen)
            if response is not None:
                response.close()
            if step == "relogin":
                relogged = True
            else:
                self._owner._sleep(wait)
                retry += 1

    def _try(
        self,
        sent: tuple[str, str, list[tuple[str, str]], object, dict[str, str]],
        shown: tuple[str | None, tuple[object, ...], int],
        multipart: bool,
        timeout: Timeout | Unset,
        stream: bool,
    ) -> tuple[requests.Response | None, ConnectionFailed | None]:
        """One attempt, logged: its answer, or the connection failure (a timeout raises)."""
        method, path, query, payload, headers = sent
        template, path_args, retry = shown
        started = time.perf_counter()
        try:
            response = self._send(
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

    def _raise(self, response: requests.Response, method: str, path: str) -> None:
        try:
            error = api_error(
                response, response.reason, method, self.shown_url(path), self._owner._secrets()
            )
        finally:
            response.close()
        raise error

    def save(self, response: requests.Response, target: FileTarget, method: str, path: str) -> None:
        """Stream the answer into ``target`` chunk by chunk: memory stays flat."""
        try:
            if isinstance(target, (str, os.PathLike)):
                with open(target, "wb") as fh:
                    for chunk in response.iter_content(_CHUNK):
                        fh.write(chunk)
            else:
                for chunk in response.iter_content(_CHUNK):
                    target.write(chunk)
        except requests.RequestException as exc:
            raise ConnectionFailed(
                f"{method} {self.shown_url(path)}: the download broke off ({type(exc).__name__})"
            ) from exc
        finally:
            response.close()
