"""Routes of the 'permissions' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class PermissionsResource(Resource):
    """Routes of the 'permissions' namespace (11 endpoints)."""

    def delete_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_membership_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsgraph
        """
        return self._call(
            "GET",
            "/api/permissions/graph",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_group(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/group

        Args:
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsgroup
        """
        return self._call(
            "GET",
            "/api/permissions/group",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_group_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_membership(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/membership

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipermissionsmembership
        """
        return self._call(
            "GET",
            "/api/permissions/membership",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_group(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_membership(
        self,
        *,
        group_id: int,
        user_id: int,
        is_group_manager: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/graph

        Args:
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apipermissionsgraph
        """
        return self._call(
            "PUT",
            "/api/permissions/graph",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_group_by_group_id(
        self,
        group_id: int,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_membership_by_id(
        self,
        id: int,
        *,
        is_group_manager: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
