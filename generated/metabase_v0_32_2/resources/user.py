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
from .._schemas import ListUsersResponse, User

_CREATE = RequestSpec(
    "POST",
    "/api/user/",
    (
        Place("body", ("first_name",)),
        Place("body", ("last_name",)),
        Place("body", ("email",)),
        Place("body", ("password",)),
        Place("body", ("group_ids",)),
        Place("body", ("login_attributes",)),
        Place("body", whole=True),
    ),
)
_CURRENT = RequestSpec("GET", "/api/user/current", ())
_DELETE = RequestSpec("DELETE", "/api/user/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/user/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/user/",
    (
        Place("form", ("include_deactivated",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_POST_SEND_INVITE = RequestSpec("POST", "/api/user/{}/send_invite", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/user/{}",
    (
        Place("path"),
        Place("body", ("email",)),
        Place("body", ("first_name",)),
        Place("body", ("last_name",)),
        Place("body", ("group_ids",)),
        Place("body", ("is_superuser",)),
        Place("body", ("login_attributes",)),
        Place("body", whole=True),
    ),
)
_UPDATE_PASSWORD = RequestSpec(
    "PUT",
    "/api/user/{}/password",
    (
        Place("path"),
        Place("body", ("password",)),
        Place("body", ("old_password",)),
    ),
)
_UPDATE_QBNEWB = RequestSpec("PUT", "/api/user/{}/qbnewb", (Place("path"),))
_UPDATE_REACTIVATE = RequestSpec("PUT", "/api/user/{}/reactivate", (Place("path"),))


class UserResource(Resource):
    """Routes of the 'user' namespace (10 endpoints)."""

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        password: str | Unset = UNSET,
        group_ids: List[int] | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """POST /api/user/

        Args:
            first_name: JSON body; required; must not be blank.
            last_name: JSON body; required; must not be blank.
            email: JSON body; required.
            password: JSON body; optional.
            group_ids: JSON body; optional; None sends null.
            login_attributes: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apiuser
        """
        _result: User = self._call(
            _CREATE,
            (first_name, last_name, email, password, group_ids, login_attributes, body),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiusercurrent
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
        """DELETE /api/user/:id

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apiuserid
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
        """GET /api/user/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiuserid
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

    def list(
        self,
        *,
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
            include_deactivated: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiuser
        """
        _result: ListUsersResponse = self._call(
            _LIST,
            (include_deactivated, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_send_invite(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/user/:id/send_invite

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apiuseridsend_invite
        """
        return self._call(
            _POST_SEND_INVITE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        email: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        group_ids: List[int] | None | Unset = UNSET,
        is_superuser: bool | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/:id

        Args:
            id: path; required.
            email: JSON body; optional; None sends null.
            first_name: JSON body; optional; None sends null; must not be blank.
            last_name: JSON body; optional; None sends null; must not be blank.
            group_ids: JSON body; optional; None sends null.
            is_superuser: JSON body; optional; None sends null.
            login_attributes: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuserid
        """
        _result: User = self._call(
            _UPDATE,
            (id, email, first_name, last_name, group_ids, is_superuser, login_attributes, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_password(
        self,
        id: int,
        *,
        password: str,
        old_password: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id/password

        Args:
            id: path; required.
            password: JSON body; required.
            old_password: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridpassword
        """
        return self._call(
            _UPDATE_PASSWORD,
            (id, password, old_password),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_qbnewb(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id/qbnewb

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridqbnewb
        """
        return self._call(
            _UPDATE_QBNEWB,
            (id,),
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
        """PUT /api/user/:id/reactivate

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridreactivate
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
        first_name: str,
        last_name: str,
        email: str,
        password: str | Unset = UNSET,
        group_ids: List[int] | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """POST /api/user/

        Args:
            first_name: JSON body; required; must not be blank.
            last_name: JSON body; required; must not be blank.
            email: JSON body; required.
            password: JSON body; optional.
            group_ids: JSON body; optional; None sends null.
            login_attributes: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apiuser
        """
        _result: User = await self._call(
            _CREATE,
            (first_name, last_name, email, password, group_ids, login_attributes, body),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiusercurrent
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
        """DELETE /api/user/:id

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apiuserid
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
        """GET /api/user/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiuserid
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

    async def list(
        self,
        *,
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
            include_deactivated: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiuser
        """
        _result: ListUsersResponse = await self._call(
            _LIST,
            (include_deactivated, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_send_invite(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/user/:id/send_invite

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apiuseridsend_invite
        """
        return await self._call(
            _POST_SEND_INVITE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        email: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        group_ids: List[int] | None | Unset = UNSET,
        is_superuser: bool | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """PUT /api/user/:id

        Args:
            id: path; required.
            email: JSON body; optional; None sends null.
            first_name: JSON body; optional; None sends null; must not be blank.
            last_name: JSON body; optional; None sends null; must not be blank.
            group_ids: JSON body; optional; None sends null.
            is_superuser: JSON body; optional; None sends null.
            login_attributes: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuserid
        """
        _result: User = await self._call(
            _UPDATE,
            (id, email, first_name, last_name, group_ids, is_superuser, login_attributes, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_password(
        self,
        id: int,
        *,
        password: str,
        old_password: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id/password

        Args:
            id: path; required.
            password: JSON body; required.
            old_password: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridpassword
        """
        return await self._call(
            _UPDATE_PASSWORD,
            (id, password, old_password),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_qbnewb(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id/qbnewb

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridqbnewb
        """
        return await self._call(
            _UPDATE_QBNEWB,
            (id,),
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
        """PUT /api/user/:id/reactivate

        Args:
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apiuseridreactivate
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
            first_name: str,
            last_name: str,
            email: str,
            password: str | Unset = UNSET,
            group_ids: List[int] | None | Unset = UNSET,
            login_attributes: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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

        def list(
            self,
            *,
            include_deactivated: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        def post_send_invite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            email: str | None | Unset = UNSET,
            first_name: str | None | Unset = UNSET,
            last_name: str | None | Unset = UNSET,
            group_ids: List[int] | None | Unset = UNSET,
            is_superuser: bool | None | Unset = UNSET,
            login_attributes: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        def update_password(
            self,
            id: int,
            *,
            password: str,
            old_password: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_qbnewb(
            self,
            id: int,
            *,
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
            first_name: str,
            last_name: str,
            email: str,
            password: str | Unset = UNSET,
            group_ids: List[int] | None | Unset = UNSET,
            login_attributes: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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

        async def list(
            self,
            *,
            include_deactivated: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListUsersResponse]: ...

        async def post_send_invite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            email: str | None | Unset = UNSET,
            first_name: str | None | Unset = UNSET,
            last_name: str | None | Unset = UNSET,
            group_ids: List[int] | None | Unset = UNSET,
            is_superuser: bool | None | Unset = UNSET,
            login_attributes: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        async def update_password(
            self,
            id: int,
            *,
            password: str,
            old_password: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_qbnewb(
            self,
            id: int,
            *,
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
