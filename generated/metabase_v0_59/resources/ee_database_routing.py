"""Routes of the 'ee-database-routing' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import PostEeDestinationDatabaseDestinationsItem

_POST_DESTINATION_DATABASE = RequestSpec(
    "POST",
    "/api/ee/database-routing/destination-database",
    (
        Place("body", ("destinations",)),
        Place("body", ("router_database_id",)),
        Place("query", ("check_connection_details",)),
    ),
)
_UPDATE_ROUTER_DATABASE_BY_ID = RequestSpec(
    "PUT",
    "/api/ee/database-routing/router-database/{}",
    (
        Place("path"),
        Place("body", ("user_attribute",)),
    ),
)


class EeDatabaseRoutingResource(Resource):
    """Routes of the 'ee-database-routing' namespace (2 endpoints)."""

    def post_destination_database(
        self,
        *,
        destinations: List[PostEeDestinationDatabaseDestinationsItem],
        router_database_id: int,
        check_connection_details: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-routing/destination-database

        Args:
            destinations: JSON body; required.
            router_database_id: JSON body; required; must be >= 1.
            check_connection_details: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieedatabase-routingdestination-database
        """
        return self._call(
            _POST_DESTINATION_DATABASE,
            (destinations, router_database_id, check_connection_details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_router_database_by_id(
        self,
        id: int,
        *,
        user_attribute: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/database-routing/router-database/{id}

        Args:
            id: path; required; must be >= 1.
            user_attribute: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieedatabase-routingrouter-databaseid
        """
        return self._call(
            _UPDATE_ROUTER_DATABASE_BY_ID,
            (id, user_attribute),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeDatabaseRoutingResource(AsyncResource):
    """Routes of the 'ee-database-routing' namespace, awaited (AsyncClient's)."""

    async def post_destination_database(
        self,
        *,
        destinations: List[PostEeDestinationDatabaseDestinationsItem],
        router_database_id: int,
        check_connection_details: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-routing/destination-database

        Args:
            destinations: JSON body; required.
            router_database_id: JSON body; required; must be >= 1.
            check_connection_details: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieedatabase-routingdestination-database
        """
        return await self._call(
            _POST_DESTINATION_DATABASE,
            (destinations, router_database_id, check_connection_details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_router_database_by_id(
        self,
        id: int,
        *,
        user_attribute: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/database-routing/router-database/{id}

        Args:
            id: path; required; must be >= 1.
            user_attribute: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieedatabase-routingrouter-databaseid
        """
        return await self._call(
            _UPDATE_ROUTER_DATABASE_BY_ID,
            (id, user_attribute),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeDatabaseRoutingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_destination_database(
            self,
            *,
            destinations: List[PostEeDestinationDatabaseDestinationsItem],
            router_database_id: int,
            check_connection_details: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_router_database_by_id(
            self,
            id: int,
            *,
            user_attribute: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeDatabaseRoutingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_destination_database(
            self,
            *,
            destinations: List[PostEeDestinationDatabaseDestinationsItem],
            router_database_id: int,
            check_connection_details: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_router_database_by_id(
            self,
            id: int,
            *,
            user_attribute: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
