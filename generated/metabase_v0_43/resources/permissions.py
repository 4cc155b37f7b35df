"""Routes of the 'permissions' namespace (11 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PermissionsResource(Resource):
    """Routes of the 'permissions' namespace (11 endpoints)."""

    def delete_group_by_group_id(
        self,
        group_id: int,
    ) -> Any:
        """DELETE /api/permissions/group/:group-id

        Args:
            group_id: int; path; required; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apipermissionsgroupgroup-id
        """
        return self._call(
            "DELETE",
            "/api/permissions/group/{}",
            (group_id,),
        )

    def delete_membership_by_id(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/permissions/membership/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apipermissionsmembershipid
        """
        return self._call(
            "DELETE",
            "/api/permissions/membership/{}",
            (id,),
        )

    def get_graph(self) -> Any:
        """GET /api/permissions/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsgraph
        """
        return self._call(
            "GET",
            "/api/permissions/graph",
            (),
        )

    def get_group(self) -> Any:
        """GET /api/permissions/group

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsgroup
        """
        return self._call(
            "GET",
            "/api/permissions/group",
            (),
        )

    def get_group_by_id(
        self,
        id: int,
    ) -> Any:
        """GET /api/permissions/group/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsgroupid
        """
        return self._call(
            "GET",
            "/api/permissions/group/{}",
            (id,),
        )

    def get_membership(self) -> Any:
        """GET /api/permissions/membership

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsmembership
        """
        return self._call(
            "GET",
            "/api/permissions/membership",
            (),
        )

    def post_group(
        self,
        *,
        name: str,
    ) -> Any:
        """POST /api/permissions/group

        Args:
            name: str; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipermissionsgroup
        """
        return self._call(
            "POST",
            "/api/permissions/group",
            (),
            body={
                "name": name,
            },
        )

    def post_membership(
        self,
        *,
        group_id: int,
        user_id: int,
        is_group_manager: bool | None | Unset = UNSET,
    ) -> Any:
        """POST /api/permissions/membership

        Args:
            group_id: int; JSON body; required.
            user_id: int; JSON body; required.
            is_group_manager: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipermissionsmembership
        """
        return self._call(
            "POST",
            "/api/permissions/membership",
            (),
            body={
                "group_id": group_id,
                "user_id": user_id,
                "is_group_manager": is_group_manager,
            },
        )

    def update_graph(self) -> Any:
        """PUT /api/permissions/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apipermissionsgraph
        """
        return self._call(
            "PUT",
            "/api/permissions/graph",
            (),
        )

    def update_group_by_group_id(
        self,
        group_id: int,
        *,
        name: str,
    ) -> Any:
        """PUT /api/permissions/group/:group-id

        Args:
            group_id: int; path; required; sent as 'group-id'.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apipermissionsgroupgroup-id
        """
        return self._call(
            "PUT",
            "/api/permissions/group/{}",
            (group_id,),
            body={
                "name": name,
            },
        )

    def update_membership_by_id(
        self,
        id: int,
        *,
        is_group_manager: bool,
    ) -> Any:
        """PUT /api/permissions/membership/:id

        Args:
            id: int; path; required.
            is_group_manager: bool; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apipermissionsmembershipid
        """
        return self._call(
            "PUT",
            "/api/permissions/membership/{}",
            (id,),
            body={
                "is_group_manager": is_group_manager,
            },
        )
