"""Routes of the 'user' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import MapIdIsGroupManager


class UserResource(Resource):
    """Routes of the 'user' namespace (11 endpoints)."""

    def create(
        self,
        *,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        email: str | Unset = UNSET,
        user_group_memberships: List[MapIdIsGroupManager] | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/user/

        Args:
            first_name: str | None; JSON body; optional; None sends null.
            last_name: str | None; JSON body; optional; None sends null.
            email: str; JSON body; optional.
            user_group_memberships: list[MapIdIsGroupManager] | None; JSON body; optional; None sends null.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#post-apiuser
        """
        return self._call(
            "POST",
            "/api/user/",
            (),
            body={
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "user_group_memberships": user_group_memberships,
                "login_attributes": login_attributes,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#delete-apiuserid
        """
        return self._call(
            "DELETE",
            "/api/user/{}",
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
    ) -> Any:
        """GET /api/user/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#get-apiuserid
        """
        return self._call(
            "GET",
            "/api/user/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user/current

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#get-apiusercurrent
        """
        return self._call(
            "GET",
            "/api/user/current",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_recipients(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user/recipients

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#get-apiuserrecipients
        """
        return self._call(
            "GET",
            "/api/user/recipients",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        status: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        include_deactivated: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user/

        Args:
            status: str | None; form field or query string; optional; may be None.
            query: str | None; form field or query string; optional; may be None.
            group_id: int | None; form field or query string; optional; may be None.
            include_deactivated: bool | None; form field or query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#get-apiuser
        """
        return self._call(
            "GET",
            "/api/user/",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            form={
                "status": status,
                "query": query,
                "group_id": group_id,
                "include_deactivated": include_deactivated,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#post-apiuseridsend_invite
        """
        return self._call(
            "POST",
            "/api/user/{}/send_invite",
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
        is_group_manager: bool | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        user_group_memberships: List[MapIdIsGroupManager] | None | Unset = UNSET,
        is_superuser: bool | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id

        Args:
            id: int; path; required.
            email: str | None; JSON body; optional; None sends null.
            first_name: str | None; JSON body; optional; None sends null.
            is_group_manager: bool | None; JSON body; optional; None sends null.
            locale: str | None; JSON body; optional; None sends null.
            user_group_memberships: list[MapIdIsGroupManager] | None; JSON body; optional; None sends null.
            is_superuser: bool | None; JSON body; optional; None sends null.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            last_name: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#put-apiuserid
        """
        return self._call(
            "PUT",
            "/api/user/{}",
            (id,),
            body={
                "email": email,
                "first_name": first_name,
                "is_group_manager": is_group_manager,
                "locale": locale,
                "user_group_memberships": user_group_memberships,
                "is_superuser": is_superuser,
                "login_attributes": login_attributes,
                "last_name": last_name,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """PUT /api/user/:id/modal/:modal

        Args:
            id: int; path; required.
            modal: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#put-apiuseridmodalmodal
        """
        return self._call(
            "PUT",
            "/api/user/{}/modal/{}",
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
        old_password: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/:id/password

        Args:
            id: int; path; required.
            password: str; JSON body; required.
            old_password: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#put-apiuseridpassword
        """
        return self._call(
            "PUT",
            "/api/user/{}/password",
            (id,),
            body={
                "password": password,
                "old_password": old_password,
            },
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
    ) -> Any:
        """PUT /api/user/:id/reactivate

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/user#put-apiuseridreactivate
        """
        return self._call(
            "PUT",
            "/api/user/{}/reactivate",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
