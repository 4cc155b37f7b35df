"""Routes of the 'notify' namespace (3 endpoints)."""

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

_POST_DB_ATTACHED_DATAWAREHOUSE = RequestSpec(
    "POST",
    "/api/notify/db/attached_datawarehouse",
    (
        Place("body", ("schema_name",)),
        Place("body", ("synchronous?",)),
        Place("body", ("table_name",)),
    ),
)
_POST_DB_BY_ID = RequestSpec(
    "POST",
    "/api/notify/db/{}",
    (
        Place("path"),
        Place("body", ("scan",)),
        Place("body", ("table_id",)),
        Place("body", ("table_name",)),
    ),
)
_POST_DB_NEW_TABLE = RequestSpec(
    "POST",
    "/api/notify/db/{}/new-table",
    (
        Place("path"),
        Place("body", ("schema_name",)),
        Place("body", ("table_name",)),
    ),
)


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (3 endpoints)."""

    def post_db_attached_datawarehouse(
        self,
        *,
        schema_name: str | Unset = UNSET,
        synchronous: bool | Unset = UNSET,
        table_name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/attached_datawarehouse

        Args:
            schema_name: JSON body; optional.
            synchronous: JSON body; optional; not sent by default (the server assumes false); sent as 'synchronous?'.
            table_name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbattached_datawarehouse
        """
        return self._call(
            _POST_DB_ATTACHED_DATAWAREHOUSE,
            (schema_name, synchronous, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_db_by_id(
        self,
        id: int,
        *,
        scan: Literal["full", "schema"] | Unset = UNSET,
        table_id: int | Unset = UNSET,
        table_name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}

        Args:
            id: path; required; must be >= 1.
            scan: JSON body; optional.
            table_id: JSON body; optional; must be >= 1.
            table_name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbid
        """
        return self._call(
            _POST_DB_BY_ID,
            (id, scan, table_id, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_db_new_table(
        self,
        id: int,
        *,
        schema_name: str,
        table_name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}/new-table

        Args:
            id: path; required; must be >= 1.
            schema_name: JSON body; required; at least 1 character.
            table_name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbidnew-table
        """
        return self._call(
            _POST_DB_NEW_TABLE,
            (id, schema_name, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncNotifyResource(AsyncResource):
    """Routes of the 'notify' namespace, awaited (AsyncClient's)."""

    async def post_db_attached_datawarehouse(
        self,
        *,
        schema_name: str | Unset = UNSET,
        synchronous: bool | Unset = UNSET,
        table_name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/attached_datawarehouse

        Args:
            schema_name: JSON body; optional.
            synchronous: JSON body; optional; not sent by default (the server assumes false); sent as 'synchronous?'.
            table_name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbattached_datawarehouse
        """
        return await self._call(
            _POST_DB_ATTACHED_DATAWAREHOUSE,
            (schema_name, synchronous, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_db_by_id(
        self,
        id: int,
        *,
        scan: Literal["full", "schema"] | Unset = UNSET,
        table_id: int | Unset = UNSET,
        table_name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}

        Args:
            id: path; required; must be >= 1.
            scan: JSON body; optional.
            table_id: JSON body; optional; must be >= 1.
            table_name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbid
        """
        return await self._call(
            _POST_DB_BY_ID,
            (id, scan, table_id, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_db_new_table(
        self,
        id: int,
        *,
        schema_name: str,
        table_name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}/new-table

        Args:
            id: path; required; must be >= 1.
            schema_name: JSON body; required; at least 1 character.
            table_name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotifydbidnew-table
        """
        return await self._call(
            _POST_DB_NEW_TABLE,
            (id, schema_name, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawNotifyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_db_attached_datawarehouse(
            self,
            *,
            schema_name: str | Unset = UNSET,
            synchronous: bool | Unset = UNSET,
            table_name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_db_by_id(
            self,
            id: int,
            *,
            scan: Literal["full", "schema"] | Unset = UNSET,
            table_id: int | Unset = UNSET,
            table_name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_db_new_table(
            self,
            id: int,
            *,
            schema_name: str,
            table_name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawNotifyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_db_attached_datawarehouse(
            self,
            *,
            schema_name: str | Unset = UNSET,
            synchronous: bool | Unset = UNSET,
            table_name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_db_by_id(
            self,
            id: int,
            *,
            scan: Literal["full", "schema"] | Unset = UNSET,
            table_id: int | Unset = UNSET,
            table_name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_db_new_table(
            self,
            id: int,
            *,
            schema_name: str,
            table_name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
