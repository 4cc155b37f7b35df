"""Routes of the 'notify' namespace (1 endpoints)."""

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

_POST_DB_BY_ID = RequestSpec(
    "POST",
    "/api/notify/db/{}",
    (
        Place("path"),
        Place("body", ("table_id",)),
        Place("body", ("table_name",)),
        Place("body", ("scan",)),
    ),
)


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (1 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/:id

        Args:
            id: path; required.
            table_id: JSON body; optional; None sends null; must be > 0.
            table_name: JSON body; optional; None sends null; must not be blank.
            scan: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apinotifydbid
        """
        return self._call(
            _POST_DB_BY_ID,
            (id, table_id, table_name, scan),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncNotifyResource(AsyncResource):
    """Routes of the 'notify' namespace, awaited (AsyncClient's)."""

    async def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/:id

        Args:
            id: path; required.
            table_id: JSON body; optional; None sends null; must be > 0.
            table_name: JSON body; optional; None sends null; must not be blank.
            scan: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apinotifydbid
        """
        return await self._call(
            _POST_DB_BY_ID,
            (id, table_id, table_name, scan),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawNotifyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_db_by_id(
            self,
            id: int,
            *,
            table_id: int | None | Unset = UNSET,
            table_name: str | None | Unset = UNSET,
            scan: Literal["full", "schema"] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawNotifyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_db_by_id(
            self,
            id: int,
            *,
            table_id: int | None | Unset = UNSET,
            table_name: str | None | Unset = UNSET,
            scan: Literal["full", "schema"] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
