"""Routes of the 'permissions' namespace (17 endpoints)."""

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
from .._schemas import BaseGroupInfo, Group, GroupInfo, Membership, PermissionsGraph

_DELETE_GROUP_BY_GROUP_ID = RequestSpec("DELETE", "/api/permissions/group/{}", (Place("path"),))
_DELETE_MEMBERSHIP_BY_ID = RequestSpec("DELETE", "/api/permissions/membership/{}", (Place("path"),))
_GET_EXECUTION_GRAPH = RequestSpec("GET", "/api/permissions/execution/graph", ())
_GET_GRAPH = RequestSpec("GET", "/api/permissions/graph", ())
_GET_GRAPH_DB_BY_DB_ID = RequestSpec("GET", "/api/permissions/graph/db/{}", (Place("path"),))
_GET_GRAPH_GROUP_BY_GROUP_ID = RequestSpec(
    "GET", "/api/permissions/graph/group/{}", (Place("path"),)
)
_GET_GRAPH_V2 = RequestSpec("GET", "/api/permissions/graph-v2", ())
_GET_GROUP = RequestSpec(
    "GET",
    "/api/permissions/group",
    (
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_GROUP_BY_ID = RequestSpec("GET", "/api/permissions/group/{}", (Place("path"),))
_GET_MEMBERSHIP = RequestSpec("GET", "/api/permissions/membership", ())
_POST_GROUP = RequestSpec("POST", "/api/permissions/group", (Place("body", ("name",)),))
_POST_MEMBERSHIP = RequestSpec(
    "POST",
    "/api/permissions/membership",
    (
        Place("body", ("group_id",)),
        Place("body", ("user_id",)),
        Place("body", ("is_group_manager",)),
    ),
)
_UPDATE_EXECUTION_GRAPH = RequestSpec(
    "PUT", "/api/permissions/execution/graph", (Place("body", whole=True),)
)
_UPDATE_GRAPH = RequestSpec(
    "PUT",
    "/api/permissions/graph",
    (
        Place("form", ("skip-graph",)),
        Place("body", whole=True),
    ),
)
_UPDATE_GROUP_BY_GROUP_ID = RequestSpec(
    "PUT",
    "/api/permissions/group/{}",
    (
        Place("path"),
        Place("body", ("name",)),
    ),
)
_UPDATE_MEMBERSHIP_BY_ID = RequestSpec(
    "PUT",
    "/api/permissions/membership/{}",
    (
        Place("path"),
        Place("body", ("is_group_manager",)),
    ),
)
_UPDATE_MEMBERSHIP_CLEAR = RequestSpec(
    "PUT", "/api/permissions/membership/{}/clear", (Place("path"),)
)


class PermissionsResource(Resource):
    """Routes of the 'permissions' namespace (17 endpoints)."""

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
            group_id: path; required; must be > 0; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#delete-apipermissionsgroupgroup-id
        """
        return self._call(
            _DELETE_GROUP_BY_GROUP_ID,
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#delete-apipermissionsmembershipid
        """
        return self._call(
            _DELETE_MEMBERSHIP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_execution_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/execution/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsexecutiongraph
        """
        return self._call(
            _GET_EXECUTION_GRAPH,
            (),
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
    ) -> PermissionsGraph:
        """GET /api/permissions/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraph
        """
        _result: PermissionsGraph = self._call(
            _GET_GRAPH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_db_by_db_id(
        self,
        db_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """GET /api/permissions/graph/db/:db-id

        Args:
            db_id: path; required; must be > 0; sent as 'db-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraphdbdb-id
        """
        _result: PermissionsGraph = self._call(
            _GET_GRAPH_DB_BY_DB_ID,
            (db_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """GET /api/permissions/graph/group/:group-id

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraphgroupgroup-id
        """
        _result: PermissionsGraph = self._call(
            _GET_GRAPH_GROUP_BY_GROUP_ID,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_v2(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/graph-v2

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraph-v2
        """
        return self._call(
            _GET_GRAPH_V2,
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
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GroupInfo]:
        """GET /api/permissions/group

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgroup
        """
        _result: List[GroupInfo] = self._call(
            _GET_GROUP,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_group_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Group:
        """GET /api/permissions/group/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgroupid
        """
        _result: Group = self._call(
            _GET_GROUP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_membership(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, List[Membership]]:
        """GET /api/permissions/membership

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsmembership
        """
        _result: dict[str, List[Membership]] = self._call(
            _GET_MEMBERSHIP,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_group(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BaseGroupInfo:
        """POST /api/permissions/group

        Args:
            name: JSON body; required; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#post-apipermissionsgroup
        """
        _result: BaseGroupInfo = self._call(
            _POST_GROUP,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            group_id: JSON body; required; must be > 0.
            user_id: JSON body; required; must be > 0.
            is_group_manager: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#post-apipermissionsmembership
        """
        return self._call(
            _POST_MEMBERSHIP,
            (group_id, user_id, is_group_manager),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_execution_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/execution/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsexecutiongraph
        """
        return self._call(
            _UPDATE_EXECUTION_GRAPH,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_graph(
        self,
        *,
        skip_graph: bool | None = None,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """PUT /api/permissions/graph

        Args:
            skip_graph: form field or query string; optional; sent as 'skip-graph'.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsgraph
        """
        _result: PermissionsGraph = self._call(
            _UPDATE_GRAPH,
            (skip_graph, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> BaseGroupInfo:
        """PUT /api/permissions/group/:group-id

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.
            name: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsgroupgroup-id
        """
        _result: BaseGroupInfo = self._call(
            _UPDATE_GROUP_BY_GROUP_ID,
            (group_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be > 0.
            is_group_manager: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsmembershipid
        """
        return self._call(
            _UPDATE_MEMBERSHIP_BY_ID,
            (id, is_group_manager),
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
        """PUT /api/permissions/membership/:group-id/clear

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsmembershipgroup-idclear
        """
        return self._call(
            _UPDATE_MEMBERSHIP_CLEAR,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncPermissionsResource(AsyncResource):
    """Routes of the 'permissions' namespace, awaited (AsyncClient's)."""

    async def delete_group_by_group_id(
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
            group_id: path; required; must be > 0; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#delete-apipermissionsgroupgroup-id
        """
        return await self._call(
            _DELETE_GROUP_BY_GROUP_ID,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_membership_by_id(
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#delete-apipermissionsmembershipid
        """
        return await self._call(
            _DELETE_MEMBERSHIP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_execution_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/execution/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsexecutiongraph
        """
        return await self._call(
            _GET_EXECUTION_GRAPH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """GET /api/permissions/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraph
        """
        _result: PermissionsGraph = await self._call(
            _GET_GRAPH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_db_by_db_id(
        self,
        db_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """GET /api/permissions/graph/db/:db-id

        Args:
            db_id: path; required; must be > 0; sent as 'db-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraphdbdb-id
        """
        _result: PermissionsGraph = await self._call(
            _GET_GRAPH_DB_BY_DB_ID,
            (db_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """GET /api/permissions/graph/group/:group-id

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraphgroupgroup-id
        """
        _result: PermissionsGraph = await self._call(
            _GET_GRAPH_GROUP_BY_GROUP_ID,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_v2(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/permissions/graph-v2

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgraph-v2
        """
        return await self._call(
            _GET_GRAPH_V2,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_group(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GroupInfo]:
        """GET /api/permissions/group

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgroup
        """
        _result: List[GroupInfo] = await self._call(
            _GET_GROUP,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_group_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Group:
        """GET /api/permissions/group/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsgroupid
        """
        _result: Group = await self._call(
            _GET_GROUP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_membership(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, List[Membership]]:
        """GET /api/permissions/membership

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#get-apipermissionsmembership
        """
        _result: dict[str, List[Membership]] = await self._call(
            _GET_MEMBERSHIP,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_group(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BaseGroupInfo:
        """POST /api/permissions/group

        Args:
            name: JSON body; required; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#post-apipermissionsgroup
        """
        _result: BaseGroupInfo = await self._call(
            _POST_GROUP,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_membership(
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
            group_id: JSON body; required; must be > 0.
            user_id: JSON body; required; must be > 0.
            is_group_manager: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#post-apipermissionsmembership
        """
        return await self._call(
            _POST_MEMBERSHIP,
            (group_id, user_id, is_group_manager),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_execution_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/execution/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsexecutiongraph
        """
        return await self._call(
            _UPDATE_EXECUTION_GRAPH,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_graph(
        self,
        *,
        skip_graph: bool | None = None,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """PUT /api/permissions/graph

        Args:
            skip_graph: form field or query string; optional; sent as 'skip-graph'.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsgraph
        """
        _result: PermissionsGraph = await self._call(
            _UPDATE_GRAPH,
            (skip_graph, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_group_by_group_id(
        self,
        group_id: int,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BaseGroupInfo:
        """PUT /api/permissions/group/:group-id

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.
            name: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsgroupgroup-id
        """
        _result: BaseGroupInfo = await self._call(
            _UPDATE_GROUP_BY_GROUP_ID,
            (group_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_membership_by_id(
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
            id: path; required; must be > 0.
            is_group_manager: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsmembershipid
        """
        return await self._call(
            _UPDATE_MEMBERSHIP_BY_ID,
            (id, is_group_manager),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_membership_clear(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/permissions/membership/:group-id/clear

        Args:
            group_id: path; required; must be > 0; sent as 'group-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/permissions#put-apipermissionsmembershipgroup-idclear
        """
        return await self._call(
            _UPDATE_MEMBERSHIP_CLEAR,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawPermissionsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def delete_membership_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_execution_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        def get_graph_db_by_db_id(
            self,
            db_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        def get_graph_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        def get_graph_v2(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_group(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GroupInfo]]: ...

        def get_group_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Group]: ...

        def get_membership(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, List[Membership]]]: ...

        def post_group(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BaseGroupInfo]: ...

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
        ) -> RawResponse[Any]: ...

        def update_execution_graph(
            self,
            *,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_graph(
            self,
            *,
            skip_graph: bool | None = None,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

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
        ) -> RawResponse[BaseGroupInfo]: ...

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
        ) -> RawResponse[Any]: ...

        def update_membership_clear(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawPermissionsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_membership_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_execution_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        async def get_graph_db_by_db_id(
            self,
            db_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        async def get_graph_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        async def get_graph_v2(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_group(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GroupInfo]]: ...

        async def get_group_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Group]: ...

        async def get_membership(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, List[Membership]]]: ...

        async def post_group(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BaseGroupInfo]: ...

        async def post_membership(
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
        ) -> RawResponse[Any]: ...

        async def update_execution_graph(
            self,
            *,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_graph(
            self,
            *,
            skip_graph: bool | None = None,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

        async def update_group_by_group_id(
            self,
            group_id: int,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BaseGroupInfo]: ...

        async def update_membership_by_id(
            self,
            id: int,
            *,
            is_group_manager: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_membership_clear(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
