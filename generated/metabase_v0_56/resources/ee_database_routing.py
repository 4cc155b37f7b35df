"""Routes of the 'ee-database-routing' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class EeDatabaseRoutingResource(Resource):
    """Routes of the 'ee-database-routing' namespace (2 endpoints)."""

    def post_destination_database(
        self,
        *,
        destinations: List[dict[str, Any]],
        router_database_id: int,
        check_connection_details: bool | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/database-routing/destination-database

        Args:
            check_connection_details: bool; query string; optional.
            destinations: list[dict[str, Any]]; JSON body; required.
            router_database_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieedatabase-routingdestination-database
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
        )

    def update_router_database_by_id(
        self,
        id: int,
        *,
        user_attribute: str | Unset = UNSET,
    ) -> Any:
        """PUT /api/ee/database-routing/router-database/{id}

        Args:
            id: int; path; required.
            user_attribute: str; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieedatabase-routingrouter-databaseid
        """
        return self._call(
            "PUT",
            "/api/ee/database-routing/router-database/{}",
            (id,),
            body={
                "user_attribute": user_attribute,
            },
        )
