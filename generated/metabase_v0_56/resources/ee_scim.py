"""Routes of the 'ee-scim' namespace (12 endpoints)."""

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
from .._schemas import (
    PatchEeScimV2UsersOperationsItem,
    PostEeScimV2GroupsMembersItem,
    PostEeScimV2UsersEmailsItem,
    PostEeScimV2UsersGroupsItem,
    PostEeScimV2UsersName,
    PutEeScimV2GroupsMembersItem,
    PutEeScimV2UsersEmailsItem,
    PutEeScimV2UsersGroupsItem,
    PutEeScimV2UsersName,
)

_DELETE_V2_GROUPS_BY_ID = RequestSpec("DELETE", "/api/ee/scim/v2/Groups/{}", (Place("path"),))
_GET_API_KEY = RequestSpec("GET", "/api/ee/scim/api_key", ())
_GET_V2_GROUPS = RequestSpec(
    "GET",
    "/api/ee/scim/v2/Groups",
    (
        Place("query", ("startIndex",)),
        Place("query", ("count",)),
        Place("query", ("filter",)),
    ),
)
_GET_V2_GROUPS_BY_ID = RequestSpec("GET", "/api/ee/scim/v2/Groups/{}", (Place("path"),))
_GET_V2_USERS = RequestSpec(
    "GET",
    "/api/ee/scim/v2/Users",
    (
        Place("query", ("startIndex",)),
        Place("query", ("count",)),
        Place("query", ("filter",)),
    ),
)
_GET_V2_USERS_BY_ID = RequestSpec("GET", "/api/ee/scim/v2/Users/{}", (Place("path"),))
_PATCH_V2_USERS_BY_ID = RequestSpec(
    "PATCH",
    "/api/ee/scim/v2/Users/{}",
    (
        Place("path"),
        Place("body", ("Operations",)),
        Place("body", ("schemas",)),
    ),
)
_POST_API_KEY = RequestSpec("POST", "/api/ee/scim/api_key", ())
_POST_V2_GROUPS = RequestSpec(
    "POST",
    "/api/ee/scim/v2/Groups",
    (
        Place("body", ("displayName",)),
        Place("body", ("schemas",)),
        Place("body", ("id",)),
        Place("body", ("members",)),
    ),
)
_POST_V2_USERS = RequestSpec(
    "POST",
    "/api/ee/scim/v2/Users",
    (
        Place("body", ("emails",)),
        Place("body", ("name",)),
        Place("body", ("schemas",)),
        Place("body", ("userName",)),
        Place("body", ("active",)),
        Place("body", ("groups",)),
        Place("body", ("id",)),
        Place("body", ("locale",)),
    ),
)
_UPDATE_V2_GROUPS_BY_ID = RequestSpec(
    "PUT",
    "/api/ee/scim/v2/Groups/{}",
    (
        Place("path"),
        Place("body", ("displayName",)),
        Place("body", ("schemas",)),
        Place("body", ("id",)),
        Place("body", ("members",)),
    ),
)
_UPDATE_V2_USERS_BY_ID = RequestSpec(
    "PUT",
    "/api/ee/scim/v2/Users/{}",
    (
        Place("path"),
        Place("body", ("emails",)),
        Place("body", ("name",)),
        Place("body", ("schemas",)),
        Place("body", ("userName",)),
        Place("body", ("active",)),
        Place("body", ("groups",)),
        Place("body", ("id",)),
        Place("body", ("locale",)),
    ),
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieescimv2groupsid
        """
        return self._call(
            _DELETE_V2_GROUPS_BY_ID,
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimapi_key
        """
        return self._call(
            _GET_API_KEY,
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
        start_index: int | None = None,
        count: int | None = None,
        filter: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups

        Args:
            start_index: query string; optional; must be >= 1; sent as 'startIndex'.
            count: query string; optional; must be >= 1.
            filter: query string; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groups
        """
        return self._call(
            _GET_V2_GROUPS,
            (start_index, count, filter),
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groupsid
        """
        return self._call(
            _GET_V2_GROUPS_BY_ID,
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
        start_index: int | None = None,
        count: int | None = None,
        filter: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Users

        Args:
            start_index: query string; optional; must be >= 1; sent as 'startIndex'.
            count: query string; optional; must be >= 1.
            filter: query string; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2users
        """
        return self._call(
            _GET_V2_USERS,
            (start_index, count, filter),
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2usersid
        """
        return self._call(
            _GET_V2_USERS_BY_ID,
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
        operations: List[PatchEeScimV2UsersOperationsItem],
        schemas: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PATCH /api/ee/scim/v2/Users/{id}

        Args:
            id: path; required; at least 1 character.
            operations: JSON body; required; sent as 'Operations'.
            schemas: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#patch-apieescimv2usersid
        """
        return self._call(
            _PATCH_V2_USERS_BY_ID,
            (id, operations, schemas),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimapi_key
        """
        return self._call(
            _POST_API_KEY,
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
            display_name: JSON body; required; at least 1 character; sent as 'displayName'.
            schemas: JSON body; required.
            id: JSON body; optional; at least 1 character.
            members: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2groups
        """
        return self._call(
            _POST_V2_GROUPS,
            (display_name, schemas, id, members),
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
        locale: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/scim/v2/Users

        Args:
            emails: JSON body; required.
            name: JSON body; required.
            schemas: JSON body; required.
            user_name: JSON body; required; at least 1 character; sent as 'userName'.
            active: JSON body; optional.
            groups: JSON body; optional.
            id: JSON body; optional; at least 1 character.
            locale: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2users
        """
        return self._call(
            _POST_V2_USERS,
            (emails, name, schemas, user_name, active, groups, id, locale),
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
        members: List[PutEeScimV2GroupsMembersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Groups/{id}

        Args:
            id: path; required.
            display_name: JSON body; required; at least 1 character; sent as 'displayName'.
            schemas: JSON body; required.
            id_2: JSON body; optional; at least 1 character; sent as 'id'.
            members: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2groupsid
        """
        return self._call(
            _UPDATE_V2_GROUPS_BY_ID,
            (id, display_name, schemas, id_2, members),
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
        emails: List[PutEeScimV2UsersEmailsItem],
        name: PutEeScimV2UsersName,
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[PutEeScimV2UsersGroupsItem] | Unset = UNSET,
        id_2: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Users/{id}

        Args:
            id: path; required.
            emails: JSON body; required.
            name: JSON body; required.
            schemas: JSON body; required.
            user_name: JSON body; required; at least 1 character; sent as 'userName'.
            active: JSON body; optional.
            groups: JSON body; optional.
            id_2: JSON body; optional; at least 1 character; sent as 'id'.
            locale: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2usersid
        """
        return self._call(
            _UPDATE_V2_USERS_BY_ID,
            (id, emails, name, schemas, user_name, active, groups, id_2, locale),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeScimResource(AsyncResource):
    """Routes of the 'ee-scim' namespace, awaited (AsyncClient's)."""

    async def delete_v2_groups_by_id(
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieescimv2groupsid
        """
        return await self._call(
            _DELETE_V2_GROUPS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_api_key(
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimapi_key
        """
        return await self._call(
            _GET_API_KEY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_v2_groups(
        self,
        *,
        start_index: int | None = None,
        count: int | None = None,
        filter: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Groups

        Args:
            start_index: query string; optional; must be >= 1; sent as 'startIndex'.
            count: query string; optional; must be >= 1.
            filter: query string; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groups
        """
        return await self._call(
            _GET_V2_GROUPS,
            (start_index, count, filter),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_v2_groups_by_id(
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2groupsid
        """
        return await self._call(
            _GET_V2_GROUPS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_v2_users(
        self,
        *,
        start_index: int | None = None,
        count: int | None = None,
        filter: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/scim/v2/Users

        Args:
            start_index: query string; optional; must be >= 1; sent as 'startIndex'.
            count: query string; optional; must be >= 1.
            filter: query string; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2users
        """
        return await self._call(
            _GET_V2_USERS,
            (start_index, count, filter),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_v2_users_by_id(
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
            id: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieescimv2usersid
        """
        return await self._call(
            _GET_V2_USERS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def patch_v2_users_by_id(
        self,
        id: str,
        *,
        operations: List[PatchEeScimV2UsersOperationsItem],
        schemas: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PATCH /api/ee/scim/v2/Users/{id}

        Args:
            id: path; required; at least 1 character.
            operations: JSON body; required; sent as 'Operations'.
            schemas: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#patch-apieescimv2usersid
        """
        return await self._call(
            _PATCH_V2_USERS_BY_ID,
            (id, operations, schemas),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_api_key(
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimapi_key
        """
        return await self._call(
            _POST_API_KEY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_v2_groups(
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
            display_name: JSON body; required; at least 1 character; sent as 'displayName'.
            schemas: JSON body; required.
            id: JSON body; optional; at least 1 character.
            members: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2groups
        """
        return await self._call(
            _POST_V2_GROUPS,
            (display_name, schemas, id, members),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_v2_users(
        self,
        *,
        emails: List[PostEeScimV2UsersEmailsItem],
        name: PostEeScimV2UsersName,
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[PostEeScimV2UsersGroupsItem] | Unset = UNSET,
        id: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/scim/v2/Users

        Args:
            emails: JSON body; required.
            name: JSON body; required.
            schemas: JSON body; required.
            user_name: JSON body; required; at least 1 character; sent as 'userName'.
            active: JSON body; optional.
            groups: JSON body; optional.
            id: JSON body; optional; at least 1 character.
            locale: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieescimv2users
        """
        return await self._call(
            _POST_V2_USERS,
            (emails, name, schemas, user_name, active, groups, id, locale),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_v2_groups_by_id(
        self,
        id: int,
        *,
        display_name: str,
        schemas: List[str],
        id_2: str | Unset = UNSET,
        members: List[PutEeScimV2GroupsMembersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Groups/{id}

        Args:
            id: path; required.
            display_name: JSON body; required; at least 1 character; sent as 'displayName'.
            schemas: JSON body; required.
            id_2: JSON body; optional; at least 1 character; sent as 'id'.
            members: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2groupsid
        """
        return await self._call(
            _UPDATE_V2_GROUPS_BY_ID,
            (id, display_name, schemas, id_2, members),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_v2_users_by_id(
        self,
        id: int,
        *,
        emails: List[PutEeScimV2UsersEmailsItem],
        name: PutEeScimV2UsersName,
        schemas: List[str],
        user_name: str,
        active: bool | Unset = UNSET,
        groups: List[PutEeScimV2UsersGroupsItem] | Unset = UNSET,
        id_2: str | Unset = UNSET,
        locale: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/scim/v2/Users/{id}

        Args:
            id: path; required.
            emails: JSON body; required.
            name: JSON body; required.
            schemas: JSON body; required.
            user_name: JSON body; required; at least 1 character; sent as 'userName'.
            active: JSON body; optional.
            groups: JSON body; optional.
            id_2: JSON body; optional; at least 1 character; sent as 'id'.
            locale: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieescimv2usersid
        """
        return await self._call(
            _UPDATE_V2_USERS_BY_ID,
            (id, emails, name, schemas, user_name, active, groups, id_2, locale),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeScimResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_v2_groups_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_api_key(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_v2_groups(
            self,
            *,
            start_index: int | None = None,
            count: int | None = None,
            filter: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_v2_groups_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_v2_users(
            self,
            *,
            start_index: int | None = None,
            count: int | None = None,
            filter: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_v2_users_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def patch_v2_users_by_id(
            self,
            id: str,
            *,
            operations: List[PatchEeScimV2UsersOperationsItem],
            schemas: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_api_key(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
            locale: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_v2_groups_by_id(
            self,
            id: int,
            *,
            display_name: str,
            schemas: List[str],
            id_2: str | Unset = UNSET,
            members: List[PutEeScimV2GroupsMembersItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_v2_users_by_id(
            self,
            id: int,
            *,
            emails: List[PutEeScimV2UsersEmailsItem],
            name: PutEeScimV2UsersName,
            schemas: List[str],
            user_name: str,
            active: bool | Unset = UNSET,
            groups: List[PutEeScimV2UsersGroupsItem] | Unset = UNSET,
            id_2: str | Unset = UNSET,
            locale: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeScimResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_v2_groups_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_api_key(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_v2_groups(
            self,
            *,
            start_index: int | None = None,
            count: int | None = None,
            filter: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_v2_groups_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_v2_users(
            self,
            *,
            start_index: int | None = None,
            count: int | None = None,
            filter: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_v2_users_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def patch_v2_users_by_id(
            self,
            id: str,
            *,
            operations: List[PatchEeScimV2UsersOperationsItem],
            schemas: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_api_key(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_v2_groups(
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
        ) -> RawResponse[Any]: ...

        async def post_v2_users(
            self,
            *,
            emails: List[PostEeScimV2UsersEmailsItem],
            name: PostEeScimV2UsersName,
            schemas: List[str],
            user_name: str,
            active: bool | Unset = UNSET,
            groups: List[PostEeScimV2UsersGroupsItem] | Unset = UNSET,
            id: str | Unset = UNSET,
            locale: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_v2_groups_by_id(
            self,
            id: int,
            *,
            display_name: str,
            schemas: List[str],
            id_2: str | Unset = UNSET,
            members: List[PutEeScimV2GroupsMembersItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_v2_users_by_id(
            self,
            id: int,
            *,
            emails: List[PutEeScimV2UsersEmailsItem],
            name: PutEeScimV2UsersName,
            schemas: List[str],
            user_name: str,
            active: bool | Unset = UNSET,
            groups: List[PutEeScimV2UsersGroupsItem] | Unset = UNSET,
            id_2: str | Unset = UNSET,
            locale: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
