"""Routes of the 'user' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import UserGroupMembership


class UserResource(Resource):
    """Routes of the 'user' namespace (10 endpoints)."""

    def create(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        login_attributes: dict[str, Any] | Unset = UNSET,
        source: str = "admin",
        user_group_memberships: List[UserGroupMembership] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/user/

        Args:
            email: str; JSON body; required.
            first_name: str; JSON body; optional.
            last_name: str; JSON body; optional.
            login_attributes: dict[str, Any]; JSON body; optional.
            source: str; JSON body; optional; default "admin".
            user_group_memberships: list[UserGroupMembership]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuser
        """
        return self._call(
            "POST",
            "/api/user/",
            (),
            body={
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "login_attributes": login_attributes,
                "source": source,
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiuserid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiusercurrent
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuserrecipients
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
        status: str | Unset = UNSET,
        query: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        include_deactivated: bool = False,
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
            status: str; query string; optional.
            query: str; query string; optional.
            group_id: int; query string; optional.
            include_deactivated: bool; query string; optional; default false.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuser
        """
        return self._call(
            "GET",
            "/api/user/",
            (),
            query={
                "status": status,
                "query": query,
                "group_id": group_id,
                "include_deactivated": include_deactivated,
                "limit": limit,
                "offset": offset,
            },
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
    ) -> Any:
        """PUT /api/user/{id}

        Args:
            id: int; path; required.
            email: str; JSON body; optional.
            first_name: str; JSON body; optional.
            is_group_manager: bool; JSON body; optional.
            is_superuser: bool; JSON body; optional.
            last_name: str; JSON body; optional.
            locale: str; JSON body; optional.
            login_attributes: dict[str, Any]; JSON body; optional.
            user_group_memberships: list[UserGroupMembership]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuserid
        """
        return self._call(
            "PUT",
            "/api/user/{}",
            (id,),
            body={
                "email": email,
                "first_name": first_name,
                "is_group_manager": is_group_manager,
                "is_superuser": is_superuser,
                "last_name": last_name,
                "locale": locale,
                "login_attributes": login_attributes,
                "user_group_memberships": user_group_memberships,
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
            id: int; path; required.
            modal: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridmodalmodal
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridpassword
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuseridreactivate
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
