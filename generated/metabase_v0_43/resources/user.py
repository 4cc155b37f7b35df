"""Routes of the 'user' namespace (10 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class UserResource(Resource):
    """Routes of the 'user' namespace (10 endpoints)."""

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        user_group_memberships: List[Any] | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/user/

        Args:
            first_name: str; JSON body; required.
            last_name: str; JSON body; required.
            email: str; JSON body; required.
            user_group_memberships: list[Any] | None; JSON body; optional; None sends null.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apiuser
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
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/user/:id

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apiuserid
        """
        return self._call(
            "DELETE",
            "/api/user/{}",
            (id,),
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/user/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiuserid
        """
        return self._call(
            "GET",
            "/api/user/{}",
            (id,),
        )

    def get_current(self) -> Any:
        """GET /api/user/current

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiusercurrent
        """
        return self._call(
            "GET",
            "/api/user/current",
            (),
        )

    def list(
        self,
        *,
        status: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        include_deactivated: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/user/

        Args:
            status: str | None; query string; optional; may be None.
            query: str | None; query string; optional; may be None.
            group_id: int | None; query string; optional; may be None.
            include_deactivated: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiuser
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
            },
        )

    def post_send_invite(
        self,
        id: int,
    ) -> Any:
        """POST /api/user/:id/send_invite

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apiuseridsend_invite
        """
        return self._call(
            "POST",
            "/api/user/{}/send_invite",
            (id,),
        )

    def update(
        self,
        id: int,
        *,
        email: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        is_group_manager: bool | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        user_group_memberships: List[Any] | None | Unset = UNSET,
        is_superuser: bool | None | Unset = UNSET,
        login_attributes: dict[str, Any] | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/user/:id

        Args:
            id: int; path; required.
            email: str | None; JSON body; optional; None sends null.
            first_name: str | None; JSON body; optional; None sends null.
            is_group_manager: bool | None; JSON body; optional; None sends null.
            locale: str | None; JSON body; optional; None sends null.
            user_group_memberships: list[Any] | None; JSON body; optional; None sends null.
            is_superuser: bool | None; JSON body; optional; None sends null.
            login_attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            last_name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apiuserid
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
        )

    def update_modal_by_modal(
        self,
        id: int,
        modal: str,
    ) -> Any:
        """PUT /api/user/:id/modal/:modal

        Args:
            id: int; path; required.
            modal: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apiuseridmodalmodal
        """
        return self._call(
            "PUT",
            "/api/user/{}/modal/{}",
            (id, modal),
        )

    def update_password(
        self,
        id: int,
        *,
        password: str,
        old_password: str | Unset = UNSET,
    ) -> Any:
        """PUT /api/user/:id/password

        Args:
            id: int; path; required.
            password: str; JSON body; required.
            old_password: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apiuseridpassword
        """
        return self._call(
            "PUT",
            "/api/user/{}/password",
            (id,),
            body={
                "password": password,
                "old_password": old_password,
            },
        )

    def update_reactivate(
        self,
        id: int,
    ) -> Any:
        """PUT /api/user/:id/reactivate

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apiuseridreactivate
        """
        return self._call(
            "PUT",
            "/api/user/{}/reactivate",
            (id,),
        )
