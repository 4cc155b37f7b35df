"""Routes of the 'ee-scim' namespace (12 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class EeScimResource(Resource):
    """Routes of the 'ee-scim' namespace (12 endpoints)."""

    def delete_v2_groups_by_id(
        self,
        id: str,
    ) -> Any:
        """DELETE /api/ee/scim/v2/Groups/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieescimv2groupsid
        """
        return self._call(
            "DELETE",
            "/api/ee/scim/v2/Groups/{}",
            (id,),
        )

    def get_api_key(self) -> Any:
        """GET /api/ee/scim/api_key

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimapi_key
        """
        return self._call(
            "GET",
            "/api/ee/scim/api_key",
            (),
        )

    def get_v2_groups(
        self,
        *,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter: str | Unset = UNSET,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups

        Args:
            start_index: int; query string; optional; sent as 'startIndex'.
            count: int; query string; optional.
            filter: str; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groups
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Groups",
            (),
            query={
                "startIndex": start_index,
                "count": count,
                "filter": filter,
            },
        )

    def get_v2_groups_by_id(
        self,
        id: str,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groupsid
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Groups/{}",
            (id,),
        )

    def get_v2_users(
        self,
        *,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        filter: str | Unset = UNSET,
    ) -> Any:
        """GET /api/ee/scim/v2/Users

        Args:
            start_index: int; query string; optional; sent as 'startIndex'.
            count: int; query string; optional.
            filter: str; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2users
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Users",
            (),
            query={
                "startIndex": start_index,
                "count": count,
                "filter": filter,
            },
        )

    def get_v2_users_by_id(
        self,
        id: str,
    ) -> Any:
        """GET /api/ee/scim/v2/Users/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2usersid
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Users/{}",
            (id,),
        )

    def patch_v2_users_by_id(
        self,
        id: str,
        *,
        operations: List[dict[str, Any]],
        schemas: List[str],
    ) -> Any:
        """PATCH /api/ee/scim/v2/Users/{id}

        Args:
            id: str; path; required.
            operations: list[dict[str, Any]]; JSON body; required; sent as 'Operations'.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#patch-apieescimv2usersid
        """
        return self._call(
            "PATCH",
            "/api/ee/scim/v2/Users/{}",
            (id,),
            body={
                "Operations": operations,
                "schemas": schemas,
            },
        )

    def post_api_key(self) -> Any:
        """POST /api/ee/scim/api_key

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimapi_key
        """
        return self._call(
            "POST",
            "/api/ee/scim/api_key",
            (),
        )

    def post_v2_groups(
        self,
        *,
        display_name: str,
        schemas: List[str],
        id: str | Unset = UNSET,
        members: List[dict[str, Any]] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/scim/v2/Groups

        Args:
            display_name: str; JSON body; required; sent as 'displayName'.
            id: str; JSON body; optional.
            members: list[dict[str, Any]]; JSON body; optional.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2groups
        """
        return self._call(
            "POST",
            "/api/ee/scim/v2/Groups",
            (),
            body={
                "displayName": display_name,
                "id": id,
                "members": members,
                "schemas": schemas,
            },
        )

    def post_v2_users(
        self,
        *,
        emails: List[dict[str, Any]],
        name: dict[str, Any],
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[dict[str, Any]] | Unset = UNSET,
        id: str | Unset = UNSET,
        locale: str | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/scim/v2/Users

        Args:
            active: bool; JSON body; optional.
            emails: list[dict[str, Any]]; JSON body; required.
            groups: list[dict[str, Any]]; JSON body; optional.
            id: str; JSON body; optional.
            locale: str; JSON body; optional.
            name: dict[str, Any]; JSON body; required.
            schemas: list[str]; JSON body; required.
            user_name: str; JSON body; required; sent as 'userName'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2users
        """
        return self._call(
            "POST",
            "/api/ee/scim/v2/Users",
            (),
            body={
                "active": active,
                "emails": emails,
                "groups": groups,
                "id": id,
                "locale": locale,
                "name": name,
                "schemas": schemas,
                "userName": user_name,
            },
        )

    def update_v2_groups_by_id(
        self,
        id: int,
        *,
        display_name: str,
        schemas: List[str],
        id_2: str | Unset = UNSET,
        members: List[dict[str, Any]] | Unset = UNSET,
    ) -> Any:
        """PUT /api/ee/scim/v2/Groups/{id}

        Args:
            id: int; path; required.
            display_name: str; JSON body; required; sent as 'displayName'.
            id_2: str; JSON body; optional; sent as 'id'.
            members: list[dict[str, Any]]; JSON body; optional.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2groupsid
        """
        return self._call(
            "PUT",
            "/api/ee/scim/v2/Groups/{}",
            (id,),
            body={
                "displayName": display_name,
                "id": id_2,
                "members": members,
                "schemas": schemas,
            },
        )

    def update_v2_users_by_id(
        self,
        id: int,
        *,
        emails: List[dict[str, Any]],
        name: dict[str, Any],
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[dict[str, Any]] | Unset = UNSET,
        id_2: str | Unset = UNSET,
        locale: str | Unset = UNSET,
    ) -> Any:
        """PUT /api/ee/scim/v2/Users/{id}

        Args:
            id: int; path; required.
            active: bool; JSON body; optional.
            emails: list[dict[str, Any]]; JSON body; required.
            groups: list[dict[str, Any]]; JSON body; optional.
            id_2: str; JSON body; optional; sent as 'id'.
            locale: str; JSON body; optional.
            name: dict[str, Any]; JSON body; required.
            schemas: list[str]; JSON body; required.
            user_name: str; JSON body; required; sent as 'userName'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2usersid
        """
        return self._call(
            "PUT",
            "/api/ee/scim/v2/Users/{}",
            (id,),
            body={
                "active": active,
                "emails": emails,
                "groups": groups,
                "id": id_2,
                "locale": locale,
                "name": name,
                "schemas": schemas,
                "userName": user_name,
            },
        )
