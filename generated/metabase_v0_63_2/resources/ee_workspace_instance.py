"""Routes of the 'ee-workspace-instance' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
    GetEeCurrentResponse,
    GetEeTableRemappingsResponseItem,
    PostEeCurrentResponse,
    WorkspaceDatabaseConfig,
)

_DELETE_CURRENT = RequestSpec("DELETE", "/api/ee/workspace-instance/current", ())
_GET_CURRENT = RequestSpec("GET", "/api/ee/workspace-instance/current", ())
_GET_TABLE_REMAPPINGS = RequestSpec("GET", "/api/ee/workspace-instance/table-remappings", ())
_POST_CURRENT = RequestSpec(
    "POST",
    "/api/ee/workspace-instance/current",
    (
        Place("body", ("databases",)),
        Place("body", ("name",)),
    ),
)


class EeWorkspaceInstanceResource(Resource):
    """Routes of the 'ee-workspace-instance' namespace (4 endpoints)."""

    def delete_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/ee/workspace-instance/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeworkspace-instancecurrent
        """
        _result: None = self._call(
            _DELETE_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeCurrentResponse:
        """GET /api/ee/workspace-instance/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancecurrent
        """
        _result: GetEeCurrentResponse = self._call(
            _GET_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_table_remappings(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeTableRemappingsResponseItem]:
        """GET /api/ee/workspace-instance/table-remappings

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancetable-remappings
        """
        _result: List[GetEeTableRemappingsResponseItem] = self._call(
            _GET_TABLE_REMAPPINGS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_current(
        self,
        *,
        databases: dict[str, WorkspaceDatabaseConfig],
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCurrentResponse:
        """POST /api/ee/workspace-instance/current

        Args:
            databases: JSON body; required.
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-instancecurrent
        """
        _result: PostEeCurrentResponse = self._call(
            _POST_CURRENT,
            (databases, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeWorkspaceInstanceResource(AsyncResource):
    """Routes of the 'ee-workspace-instance' namespace, awaited (AsyncClient's)."""

    async def delete_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/ee/workspace-instance/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeworkspace-instancecurrent
        """
        _result: None = await self._call(
            _DELETE_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeCurrentResponse:
        """GET /api/ee/workspace-instance/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancecurrent
        """
        _result: GetEeCurrentResponse = await self._call(
            _GET_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_table_remappings(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeTableRemappingsResponseItem]:
        """GET /api/ee/workspace-instance/table-remappings

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancetable-remappings
        """
        _result: List[GetEeTableRemappingsResponseItem] = await self._call(
            _GET_TABLE_REMAPPINGS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_current(
        self,
        *,
        databases: dict[str, WorkspaceDatabaseConfig],
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCurrentResponse:
        """POST /api/ee/workspace-instance/current

        Args:
            databases: JSON body; required.
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-instancecurrent
        """
        _result: PostEeCurrentResponse = await self._call(
            _POST_CURRENT,
            (databases, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeWorkspaceInstanceResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeCurrentResponse]: ...

        def get_table_remappings(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeTableRemappingsResponseItem]]: ...

        def post_current(
            self,
            *,
            databases: dict[str, WorkspaceDatabaseConfig],
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCurrentResponse]: ...

    class AsyncRawEeWorkspaceInstanceResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeCurrentResponse]: ...

        async def get_table_remappings(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeTableRemappingsResponseItem]]: ...

        async def post_current(
            self,
            *,
            databases: dict[str, WorkspaceDatabaseConfig],
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCurrentResponse]: ...
