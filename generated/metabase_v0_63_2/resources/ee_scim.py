"""Routes of the 'ee-scim' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    PatchEeScimV2UsersByIdOperationsItem,
    PostEeScimV2GroupsMembersItem,
    PostEeScimV2UsersEmailsItem,
    PostEeScimV2UsersGroupsItem,
    PostEeScimV2UsersName,
    PutEeScimV2GroupsByIdMembersItem,
    PutEeScimV2UsersByIdEmailsItem,
    PutEeScimV2UsersByIdGroupsItem,
    PutEeScimV2UsersByIdName,
)


class EeScimResource(Resource):
    """Routes of the 'ee-scim' namespace (12 endpoints)."""

    def delete_v2_groups_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/scim/v2/Groups/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieescimv2groupsid
        """
        return self._call(
            "DELETE",
            "/api/ee/scim/v2/Groups/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_api_key(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/api_key

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieescimapi_key
        """
        return self._call(
            "GET",
            "/api/ee/scim/api_key",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_v2_groups(
        self,
        *,
        start_index: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        filter: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups

        Args:
            start_index: int | None; query string; optional; may be None; sent as 'startIndex'.
            count: int | None; query string; optional; may be None.
            filter: str | None; query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieescimv2groups
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_v2_groups_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieescimv2groupsid
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Groups/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_v2_users(
        self,
        *,
        start_index: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        filter: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Users

        Args:
            start_index: int | None; query string; optional; may be None; sent as 'startIndex'.
            count: int | None; query string; optional; may be None.
            filter: str | None; query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieescimv2users
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_v2_users_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Users/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieescimv2usersid
        """
        return self._call(
            "GET",
            "/api/ee/scim/v2/Users/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def patch_v2_users_by_id(
        self,
        id: str,
        *,
        operations: List[PatchEeScimV2UsersByIdOperationsItem],
        schemas: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PATCH /api/ee/scim/v2/Users/{id}

        Args:
            id: str; path; required.
            operations: list[PatchEeScimV2UsersByIdOperationsItem]; JSON body; required; sent as 'Operations'.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#patch-apieescimv2usersid
        """
        return self._call(
            "PATCH",
            "/api/ee/scim/v2/Users/{}",
            (id,),
            body={
                "Operations": operations,
                "schemas": schemas,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_api_key(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/scim/api_key

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieescimapi_key
        """
        return self._call(
            "POST",
            "/api/ee/scim/api_key",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_v2_groups(
        self,
        *,
        display_name: str,
        schemas: List[str],
        id: str | Unset = UNSET,
        members: List[PostEeScimV2GroupsMembersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/scim/v2/Groups

        Args:
            display_name: str; JSON body; required; sent as 'displayName'.
            id: str; JSON body; optional.
            members: list[PostEeScimV2GroupsMembersItem]; JSON body; optional.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieescimv2groups
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_v2_users(
        self,
        *,
        emails: List[PostEeScimV2UsersEmailsItem],
        name: PostEeScimV2UsersName,
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[PostEeScimV2UsersGroupsItem] | Unset = UNSET,
        id: str | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/scim/v2/Users

        Args:
            active: bool; JSON body; optional.
            emails: list[PostEeScimV2UsersEmailsItem]; JSON body; required.
            groups: list[PostEeScimV2UsersGroupsItem]; JSON body; optional.
            id: str; JSON body; optional.
            locale: str | None; JSON body; optional; None sends null.
            name: PostEeScimV2UsersName; JSON body; required.
            schemas: list[str]; JSON body; required.
            user_name: str; JSON body; required; sent as 'userName'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieescimv2users
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_v2_groups_by_id(
        self,
        id: int,
        *,
        display_name: str,
        schemas: List[str],
        id_2: str | Unset = UNSET,
        members: List[PutEeScimV2GroupsByIdMembersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Groups/{id}

        Args:
            id: int; path; required.
            display_name: str; JSON body; required; sent as 'displayName'.
            id_2: str; JSON body; optional; sent as 'id'.
            members: list[PutEeScimV2GroupsByIdMembersItem]; JSON body; optional.
            schemas: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieescimv2groupsid
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_v2_users_by_id(
        self,
        id: int,
        *,
        emails: List[PutEeScimV2UsersByIdEmailsItem],
        name: PutEeScimV2UsersByIdName,
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[PutEeScimV2UsersByIdGroupsItem] | Unset = UNSET,
        id_2: str | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Users/{id}

        Args:
            id: int; path; required.
            active: bool; JSON body; optional.
            emails: list[PutEeScimV2UsersByIdEmailsItem]; JSON body; required.
            groups: list[PutEeScimV2UsersByIdGroupsItem]; JSON body; optional.
            id_2: str; JSON body; optional; sent as 'id'.
            locale: str | None; JSON body; optional; None sends null.
            name: PutEeScimV2UsersByIdName; JSON body; required.
            schemas: list[str]; JSON body; required.
            user_name: str; JSON body; required; sent as 'userName'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieescimv2usersid
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
