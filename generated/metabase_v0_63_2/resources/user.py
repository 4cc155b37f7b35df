"""Routes of the 'user' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    PostUserByIdPasswordResetUrlResponse,
    PostUserInviteTarget,
    UserGroupMembership,
)


class UserResource(Resource):
    """Routes of the 'user' namespace (11 endpoints)."""

    def create(
        self,
        *,
        email: str,
        first_name: str | None | Unset = UNSET,
        invite_target: PostUserInviteTarget | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        source: str | None = "admin",
        tenant_id: int | None | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/user

        Args:
            email: str; JSON body; required.
            first_name: str | None; JSON body; optional; None sends null.
            invite_target: PostUserInviteTarget | None; JSON body; optional; None sends null.
            last_name: str | None; JSON body; optional; None sends null.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            source: str | None; JSON body; optional; default "admin"; None sends null.
            tenant_id: int | None; JSON body; optional; None sends null.
            user_group_memberships: list[UserGroupMembership] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiuser
        """
        return self._call(
            "POST",
            "/api/user",
            (),
            body={
                "email": email,
                "first_name": first_name,
                "invite_target": invite_target,
                "last_name": last_name,
                "login_attributes": login_attributes,
                "source": source,
                "tenant_id": tenant_id,
                "user_group_memberships": user_group_memberships,
            },
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
        """DELETE /api/user/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiuserid
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
        """GET /api/user/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiuserid
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiusercurrent
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiuserrecipients
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
        include_deactivated: bool | None = False,
        is_data_analyst: bool | None | Unset = UNSET,
        can_access_data_studio: bool | None | Unset = UNSET,
        tenancy: Literal["all", "internal", "external"] | None | Unset = UNSET,
        tenant_id: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user

        Args:
            status: str | None; query string; optional; may be None.
            query: str | None; query string; optional; may be None.
            group_id: int | None; query string; optional; may be None.
            include_deactivated: bool | None; query string; optional; default false; may be None.
            is_data_analyst: bool | None; query string; optional; may be None.
            can_access_data_studio: bool | None; query string; optional; may be None.
            tenancy: Literal['all', 'internal', 'external'] | None; query string; optional; may be None; one of 'all', 'internal', 'external'.
            tenant_id: int | None; query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiuser
        """
        return self._call(
            "GET",
            "/api/user",
            (),
            query={
                "status": status,
                "query": query,
                "group_id": group_id,
                "include_deactivated": include_deactivated,
                "is_data_analyst": is_data_analyst,
                "can_access_data_studio": can_access_data_studio,
                "tenancy": tenancy,
                "tenant_id": tenant_id,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_password_reset_url(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostUserByIdPasswordResetUrlResponse:
        """POST /api/user/{id}/password-reset-url

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiuseridpassword-reset-url
        """
        _result: PostUserByIdPasswordResetUrlResponse = self._call(
            "POST",
            "/api/user/{}/password-reset-url",
            (id,),
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
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        user_group_memberships: List[UserGroupMembership] | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        is_data_analyst: bool | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        is_group_manager: bool | None | Unset = UNSET,
        is_superuser: bool | None | Unset = UNSET,
        tenant_id: int | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}

        Args:
            id: int; path; required.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            user_group_memberships: list[UserGroupMembership] | None; JSON body; optional; None sends null.
            email: str | None; JSON body; optional; None sends null.
            is_data_analyst: bool | None; JSON body; optional; None sends null.
            locale: str | None; JSON body; optional; None sends null.
            is_group_manager: bool | None; JSON body; optional; None sends null.
            is_superuser: bool | None; JSON body; optional; None sends null.
            tenant_id: int | None; JSON body; optional; None sends null.
            last_name: str | None; JSON body; optional; None sends null.
            first_name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiuserid
        """
        return self._call(
            "PUT",
            "/api/user/{}",
            (id,),
            body={
                "login_attributes": login_attributes,
                "user_group_memberships": user_group_memberships,
                "email": email,
                "is_data_analyst": is_data_analyst,
                "locale": locale,
                "is_group_manager": is_group_manager,
                "is_superuser": is_superuser,
                "tenant_id": tenant_id,
                "last_name": last_name,
                "first_name": first_name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_modal_by_modal(
        self,
        id: int,
        modal: Literal["qbnewb", "datasetnewb"],
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/modal/{modal}

        Args:
            id: int; path; required.
            modal: Literal['qbnewb', 'datasetnewb']; path; required; one of 'qbnewb', 'datasetnewb'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiuseridmodalmodal
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user/{id}/password

        Args:
            id: int; path; required.
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiuseridpassword
        """
        return self._call(
            "PUT",
            "/api/user/{}/password",
            (id,),
            body={
                "password": password,
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
        """PUT /api/user/{id}/reactivate

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiuseridreactivate
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
