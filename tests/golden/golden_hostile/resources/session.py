"""Routes of the 'session' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class SessionResource(Resource):
    """Routes of the 'session' namespace (1 endpoints)."""

    def create(
        self,
        *,
        username: str,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/

        Logs in.

        Args:
            username: str; JSON body; required; must not be blank.
            password: str; JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apisession
        """
        return self._call(
            "POST",
            "/api/session/",
            (),
            body={
                "username": username,
                "password": password,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
