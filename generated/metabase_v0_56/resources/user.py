"""Routes of the 'user' namespace (10 endpoints)."""

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
from .._schemas import ListUsersResponse, User, UserGroupMembership

_CREATE = RequestSpec(
    "POST",
    "/api/user/",
    (
        Place("body", ("email",)),
        Place("body", ("first_name",)),
        Place("body", ("last_name",)),
        Place("body", ("login_attributes",)),
        Place("body", ("source",)),
        Place("body", ("user_group_memberships",)),
    ),
)
_CURRENT = RequestSpec("GET", "/api/user/current", ())
_DELETE = RequestSpec("DELETE", "/api/user/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/user/{}", (Place("path"),))
_GET_RECIPIENTS = RequestSpec("GET", "/api/user/recipients", ())
_LIST = RequestSpec(
    "GET",
    "/api/user/",
    (
        Place("query", ("status",)),
        Place("query", ("query",)),
        Place("query", ("group_id",)),
        Place("query", ("include_deactivated",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/user/{}",
    (
        Place("path"),
        Place("body", ("email",)),
        Place("body", ("first_name",)),
        Place("body", ("is_group_manager",)),
        Place("body", ("is_superuser",)),
        Place("body", ("last_name",)),
        Place("body", ("locale",)),
        Place("body", ("login_attributes",)),
        Place("body", ("user_group_memberships",)),
    ),
)
_UPDATE_MODAL_BY_MODAL = RequestSpec(
    "PUT",
    "/api/user/{}/modal/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_UPDATE_PASSWORD = RequestSpec(
    "PUT",
    "/api/user/{}/password",
    (
        Place("path"),
        Place("body", ("password",)),
    ),
)
_UPDATE_REACTIVATE = RequestSpec("PUT", "/api/user/{}/reactivate", (Place("path"),))


class UserResource(Resource):
    """Routes of the 'user' namespace (10 endpoints)."""

    def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        login_attributes: dict[str, Any] | Unset = UNSET,
        source: str | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """POST /api/user/

        Args:
            email: JSON body; required.
            first_name: JSON body; optional; at least 1 character.
            last_name: JSON body; optional; at least 1 character.
            login_attributes: JSON body; optional.
            source: JSON body; optional; not sent by default (the server assumes "admin"); at least 1 character.
            user_group_memberships: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuser
        """
        _result: User = self._call(
            _CREATE,
            (email, first_name, last_name, login_attributes, source, user_group_memberships),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/current

        Also reachable as get_current(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiusercurrent
        """
        _result: User = self._call(
            _CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/user/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiuserid
        """
        return self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserid
        """
        _result: User = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_recipients(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListUsersResponse:
        """GET /api/user/recipients

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserrecipients
        """
        _result: ListUsersResponse = self._call(
            _GET_RECIPIENTS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        status: str | None = None,
        query: str | None = None,
        group_id: int | None = None,
        include_deactivated: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListUsersResponse:
        """GET /api/user/

        Args:
            status: query string; optional.
            query: query string; optional.
            group_id: query string; optional; must be >= 1.
            include_deactivated: query string; optional; not sent by default (the server assumes false).
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuser
        """
        _result: ListUsersResponse = self._call(
            _LIST,
            (status, query, group_id, include_deactivated, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        is_group_manager: bool | Unset = UNSET,
        is_superuser: bool | Unset = UNSET,
        last_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        login_attributes: dict[str, Any] | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/{id}

        Args:
            id: path; required; must be >= 1.
            email: JSON body; optional.
            first_name: JSON body; optional; at least 1 character.
            is_group_manager: JSON body; optional.
            is_superuser: JSON body; optional.
            last_name: JSON body; optional; at least 1 character.
            locale: JSON body; optional; at least 1 character.
            login_attributes: JSON body; optional.
            user_group_memberships: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuserid
        """
        _result: User = self._call(
            _UPDATE,
            (
                id,
                email,
                first_name,
                is_group_manager,
                is_superuser,
                last_name,
                locale,
                login_attributes,
                user_group_memberships,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_modal_by_modal(
        self,
        id: int,
        modal: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/modal/{modal}

        Args:
            id: path; required; must be >= 1.
            modal: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridmodalmodal
        """
        return self._call(
            _UPDATE_MODAL_BY_MODAL,
            (id, modal),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_password(
        self,
        id: int,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/password

        Args:
            id: path; required; must be >= 1.
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridpassword
        """
        return self._call(
            _UPDATE_PASSWORD,
            (id, password),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_reactivate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/{id}/reactivate

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridreactivate
        """
        _result: User = self._call(
            _UPDATE_REACTIVATE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    get_current = current


class AsyncUserResource(AsyncResource):
    """Routes of the 'user' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        login_attributes: dict[str, Any] | Unset = UNSET,
        source: str | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """POST /api/user/

        Args:
            email: JSON body; required.
            first_name: JSON body; optional; at least 1 character.
            last_name: JSON body; optional; at least 1 character.
            login_attributes: JSON body; optional.
            source: JSON body; optional; not sent by default (the server assumes "admin"); at least 1 character.
            user_group_memberships: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuser
        """
        _result: User = await self._call(
            _CREATE,
            (email, first_name, last_name, login_attributes, source, user_group_memberships),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/current

        Also reachable as get_current(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiusercurrent
        """
        _result: User = await self._call(
            _CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/user/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiuserid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserid
        """
        _result: User = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_recipients(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListUsersResponse:
        """GET /api/user/recipients

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserrecipients
        """
        _result: ListUsersResponse = await self._call(
            _GET_RECIPIENTS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        status: str | None = None,
        query: str | None = None,
        group_id: int | None = None,
        include_deactivated: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListUsersResponse:
        """GET /api/user/

        Args:
            status: query string; optional.
            query: query string; optional.
            group_id: query string; optional; must be >= 1.
            include_deactivated: query string; optional; not sent by default (the server assumes false).
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuser
        """
        _result: ListUsersResponse = await self._call(
            _LIST,
            (status, query, group_id, include_deactivated, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        is_group_manager: bool | Unset = UNSET,
        is_superuser: bool | Unset = UNSET,
        last_name: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        login_attributes: dict[str, Any] | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/{id}

        Args:
            id: path; required; must be >= 1.
            email: JSON body; optional.
            first_name: JSON body; optional; at least 1 character.
            is_group_manager: JSON body; optional.
            is_superuser: JSON body; optional.
            last_name: JSON body; optional; at least 1 character.
            locale: JSON body; optional; at least 1 character.
            login_attributes: JSON body; optional.
            user_group_memberships: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuserid
        """
        _result: User = await self._call(
            _UPDATE,
            (
                id,
                email,
                first_name,
                is_group_manager,
                is_superuser,
                last_name,
                locale,
                login_attributes,
                user_group_memberships,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_modal_by_modal(
        self,
        id: int,
        modal: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/modal/{modal}

        Args:
            id: path; required; must be >= 1.
            modal: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridmodalmodal
        """
        return await self._call(
            _UPDATE_MODAL_BY_MODAL,
            (id, modal),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_password(
        self,
        id: int,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/password

        Args:
            id: path; required; must be >= 1.
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridpassword
        """
        return await self._call(
            _UPDATE_PASSWORD,
            (id, password),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_reactivate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/{id}/reactivate

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridreactivate
        """
        _result: User = await self._call(
            _UPDATE_REACTIVATE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    get_current = current


if TYPE_CHECKING:

    class RawUserResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            email: str,
            first_name: str | Unset = UNSET,
            last_name: str | Unset = UNSET,
            login_attributes: dict[str, Any] | Unset = UNSET,
            source: str | Unset = UNSET,
            user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        def current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        def get_recipients(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        def list(
            self,
            *,
            status: str | None = None,
            query: str | None = None,
            group_id: int | None = None,
            include_deactivated: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        def update(
            self,
            id: int,
            *,
            email: str | Unset = UNSET,
            first_name: str | Unset = UNSET,
            is_group_manager: bool | Unset = UNSET,
            is_superuser: bool | Unset = UNSET,
            last_name: str | Unset = UNSET,
            locale: str | Unset = UNSET,
            login_attributes: dict[str, Any] | Unset = UNSET,
            user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        def update_modal_by_modal(
            self,
            id: int,
            modal: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_password(
            self,
            id: int,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_reactivate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        get_current = current

    class AsyncRawUserResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            email: str,
            first_name: str | Unset = UNSET,
            last_name: str | Unset = UNSET,
            login_attributes: dict[str, Any] | Unset = UNSET,
            source: str | Unset = UNSET,
            user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        async def current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        async def get_recipients(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        async def list(
            self,
            *,
            status: str | None = None,
            query: str | None = None,
            group_id: int | None = None,
            include_deactivated: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        async def update(
            self,
            id: int,
            *,
            email: str | Unset = UNSET,
            first_name: str | Unset = UNSET,
            is_group_manager: bool | Unset = UNSET,
            is_superuser: bool | Unset = UNSET,
            last_name: str | Unset = UNSET,
            locale: str | Unset = UNSET,
            login_attributes: dict[str, Any] | Unset = UNSET,
            user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        async def update_modal_by_modal(
            self,
            id: int,
            modal: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_password(
            self,
            id: int,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_reactivate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        get_current = current
