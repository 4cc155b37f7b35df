"""Routes of the 'permissions' namespace (10 endpoints)."""

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
_GET_GRAPH = RequestSpec("GET", "/api/permissions/graph", ())
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
    ),
)
_UPDATE_GRAPH = RequestSpec("PUT", "/api/permissions/graph", (Place("body", whole=True),))
_UPDATE_GROUP_BY_GROUP_ID = RequestSpec(
    "PUT",
    "/api/permissions/group/{}",
    (
        Place("path"),
        Place("body", ("name",)),
    ),
)


class PermissionsResource(Resource):
    """Routes of the 'permissions' namespace (10 endpoints)."""

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
            group_id: path; required; sent as 'group-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apipermissionsgroupgroup-id
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apipermissionsmembershipid
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgraph
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

        Requires a superuser.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgroup
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgroupid
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsmembership
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipermissionsgroup
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipermissionsmembership
        """
        return self._call(
            _POST_MEMBERSHIP,
            (group_id, user_id),
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
    ) -> PermissionsGraph:
        """PUT /api/permissions/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apipermissionsgraph
        """
        _result: PermissionsGraph = self._call(
            _UPDATE_GRAPH,
            (body,),
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
            group_id: path; required; sent as 'group-id'.
            name: JSON body; required; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apipermissionsgroupgroup-id
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
            group_id: path; required; sent as 'group-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apipermissionsgroupgroup-id
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apipermissionsmembershipid
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgraph
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

        Requires a superuser.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgroup
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsgroupid
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipermissionsmembership
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipermissionsgroup
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipermissionsmembership
        """
        return await self._call(
            _POST_MEMBERSHIP,
            (group_id, user_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermissionsGraph:
        """PUT /api/permissions/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apipermissionsgraph
        """
        _result: PermissionsGraph = await self._call(
            _UPDATE_GRAPH,
            (body,),
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
            group_id: path; required; sent as 'group-id'.
            name: JSON body; required; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apipermissionsgroupgroup-id
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

        def get_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_graph(
            self,
            *,
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

        async def get_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PermissionsGraph]: ...

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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_graph(
            self,
            *,
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
