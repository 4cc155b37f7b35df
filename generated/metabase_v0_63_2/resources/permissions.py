"""Routes of the 'permissions' namespace (14 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class PermissionsResource(Resource):
    """Routes of the 'permissions' namespace (14 endpoints)."""

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
        """DELETE /api/permissions/group/{group-id}

        Args:
            group_id: int; path; required; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apipermissionsgroupgroup-id
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
        """DELETE /api/permissions/membership/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apipermissionsmembershipid
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsgraph
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

    def get_graph_db_by_db_id(
        self,
        db_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/graph/db/{db-id}

        Args:
            db_id: int; path; required; sent as 'db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsgraphdbdb-id
        """
        return self._call(
            "GET",
            "/api/permissions/graph/db/{}",
            (db_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_graph_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/graph/group/{group-id}

        Args:
            group_id: int; path; required; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsgraphgroupgroup-id
        """
        return self._call(
            "GET",
            "/api/permissions/graph/group/{}",
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_group(
        self,
        *,
        tenancy: Literal["external", "internal"] | Unset = UNSET,
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
            tenancy: Literal['external', 'internal']; query string; optional; one of 'external', 'internal'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsgroup
        """
        return self._call(
            "GET",
            "/api/permissions/group",
            (),
            query={
                "tenancy": tenancy,
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
        """GET /api/permissions/group/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsgroupid
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipermissionsmembership
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
        is_tenant_group: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/permissions/group

        Args:
            is_tenant_group: bool | None; JSON body; optional; None sends null.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipermissionsgroup
        """
        return self._call(
            "POST",
            "/api/permissions/group",
            (),
            body={
                "is_tenant_group": is_tenant_group,
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
        is_group_manager: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/permissions/membership

        Args:
            group_id: int; JSON body; required.
            is_group_manager: bool | None; JSON body; optional; default false; None sends null.
            user_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipermissionsmembership
        """
        return self._call(
            "POST",
            "/api/permissions/membership",
            (),
            body={
                "group_id": group_id,
                "is_group_manager": is_group_manager,
                "user_id": user_id,
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
        skip_graph: bool | None = False,
        force: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/graph

        Args:
            skip_graph: bool | None; query string; optional; default false; may be None; sent as 'skip-graph'.
            force: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apipermissionsgraph
        """
        return self._call(
            "PUT",
            "/api/permissions/graph",
            (),
            query={
                "skip-graph": skip_graph,
                "force": force,
            },
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
        """PUT /api/permissions/group/{group-id}

        Args:
            group_id: int; path; required; sent as 'group-id'.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apipermissionsgroupgroup-id
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
        """PUT /api/permissions/membership/{id}

        Args:
            id: int; path; required.
            is_group_manager: bool; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apipermissionsmembershipid
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

    def update_membership_clear(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/membership/{group-id}/clear

        Args:
            group_id: int; path; required; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apipermissionsmembershipgroup-idclear
        """
        return self._call(
            "PUT",
            "/api/permissions/membership/{}/clear",
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
