"""Routes of the 'ee-workspace-instance' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeWorkspaceInstanceCurrentResponse,
    GetEeWorkspaceInstanceTableRemappingsResponseItem,
    PostEeWorkspaceInstanceCurrentResponse,
    WorkspaceDatabaseConfig,
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
            "DELETE",
            "/api/ee/workspace-instance/current",
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
    ) -> GetEeWorkspaceInstanceCurrentResponse:
        """GET /api/ee/workspace-instance/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancecurrent
        """
        _result: GetEeWorkspaceInstanceCurrentResponse = self._call(
            "GET",
            "/api/ee/workspace-instance/current",
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
    ) -> List[GetEeWorkspaceInstanceTableRemappingsResponseItem]:
        """GET /api/ee/workspace-instance/table-remappings

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-instancetable-remappings
        """
        _result: List[GetEeWorkspaceInstanceTableRemappingsResponseItem] = self._call(
            "GET",
            "/api/ee/workspace-instance/table-remappings",
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
    ) -> PostEeWorkspaceInstanceCurrentResponse:
        """POST /api/ee/workspace-instance/current

        Args:
            databases: dict[str, WorkspaceDatabaseConfig]; JSON body; required.
            name: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-instancecurrent
        """
        _result: PostEeWorkspaceInstanceCurrentResponse = self._call(
            "POST",
            "/api/ee/workspace-instance/current",
            (),
            body={
                "databases": databases,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
