"""Routes of the 'ee-database-routing' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostEeDatabaseRoutingDestinationDatabaseDestinationsItem


class EeDatabaseRoutingResource(Resource):
    """Routes of the 'ee-database-routing' namespace (2 endpoints)."""

    def post_destination_database(
        self,
        *,
        destinations: List[PostEeDatabaseRoutingDestinationDatabaseDestinationsItem],
        router_database_id: int,
        check_connection_details: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-routing/destination-database

        Args:
            check_connection_details: bool; query string; optional.
            destinations: list[PostEeDatabaseRoutingDestinationDatabaseDestinationsItem]; JSON body; required.
            router_database_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedatabase-routingdestination-database
        """
        return self._call(
            "POST",
            "/api/ee/database-routing/destination-database",
            (),
            query={
                "check_connection_details": check_connection_details,
            },
            body={
                "destinations": destinations,
                "router_database_id": router_database_id,
            },
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
            id: int; path; required.
            user_attribute: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieedatabase-routingrouter-databaseid
        """
        return self._call(
            "PUT",
            "/api/ee/database-routing/router-database/{}",
            (id,),
            body={
                "user_attribute": user_attribute,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
