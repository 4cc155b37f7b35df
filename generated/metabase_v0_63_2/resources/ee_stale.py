"""Routes of the 'ee-stale' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_GET = RequestSpec(
    "GET",
    "/api/ee/stale/{}",
    (
        Place("path"),
        Place("query", ("before_date",)),
        Place("query", ("is_recursive",)),
        Place("query", ("sort_column",)),
        Place("query", ("sort_direction",)),
    ),
)


class EeStaleResource(Resource):
    """Routes of the 'ee-stale' namespace (1 endpoints)."""

    def get(
        self,
        id: int | Literal["root"],
        *,
        before_date: str | None = None,
        is_recursive: bool | None = None,
        sort_column: Literal["name", "last_used_at"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/stale/{id}

        Args:
            id: path; required.
            before_date: query string; optional.
            is_recursive: query string; optional; not sent by default (the server assumes false).
            sort_column: query string; optional; not sent by default (the server assumes "name").
            sort_direction: query string; optional; not sent by default (the server assumes "asc").

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieestaleid
        """
        return self._call(
            _GET,
            (id, before_date, is_recursive, sort_column, sort_direction),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeStaleResource(AsyncResource):
    """Routes of the 'ee-stale' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        id: int | Literal["root"],
        *,
        before_date: str | None = None,
        is_recursive: bool | None = None,
        sort_column: Literal["name", "last_used_at"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/stale/{id}

        Args:
            id: path; required.
            before_date: query string; optional.
            is_recursive: query string; optional; not sent by default (the server assumes false).
            sort_column: query string; optional; not sent by default (the server assumes "name").
            sort_direction: query string; optional; not sent by default (the server assumes "asc").

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieestaleid
        """
        return await self._call(
            _GET,
            (id, before_date, is_recursive, sort_column, sort_direction),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeStaleResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int | Literal["root"],
            *,
            before_date: str | None = None,
            is_recursive: bool | None = None,
            sort_column: Literal["name", "last_used_at"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeStaleResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int | Literal["root"],
            *,
            before_date: str | None = None,
            is_recursive: bool | None = None,
            sort_column: Literal["name", "last_used_at"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
