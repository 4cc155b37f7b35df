"""Routes of the 'ee-ai-controls' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    DeleteEeAiControlsPermissionsAdvancedResponse,
    GetEeAiControlsPermissionsResponse,
    GetEeAiControlsUsageGroupByGroupIdResponse,
    GetEeAiControlsUsageGroupResponseItem,
    GetEeAiControlsUsageInstanceResponse,
    GetEeAiControlsUsageTenantByTenantIdResponse,
    GetEeAiControlsUsageTenantResponseItem,
    PostEeAiControlsPermissionsAdvancedResponse,
    PutEeAiControlsPermissionsPermissionsItem,
    PutEeAiControlsPermissionsResponse,
    PutEeAiControlsUsageGroupByGroupIdResponse,
    PutEeAiControlsUsageInstanceResponse,
    PutEeAiControlsUsageTenantByTenantIdResponse,
)


class EeAiControlsResource(Resource):
    """Routes of the 'ee-ai-controls' namespace (12 endpoints)."""

    def delete_permissions_advanced(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeAiControlsPermissionsAdvancedResponse:
        """DELETE /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeai-controlspermissionsadvanced
        """
        _result: DeleteEeAiControlsPermissionsAdvancedResponse = self._call(
            "DELETE",
            "/api/ee/ai-controls/permissions/advanced",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_permissions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeAiControlsPermissionsResponse:
        """GET /api/ee/ai-controls/permissions

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlspermissions
        """
        _result: GetEeAiControlsPermissionsResponse = self._call(
            "GET",
            "/api/ee/ai-controls/permissions",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_group(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeAiControlsUsageGroupResponseItem]:
        """GET /api/ee/ai-controls/usage/group

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroup
        """
        _result: List[GetEeAiControlsUsageGroupResponseItem] = self._call(
            "GET",
            "/api/ee/ai-controls/usage/group",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeAiControlsUsageGroupByGroupIdResponse:
        """GET /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: int; path; required; sent as 'group-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroupgroup-id
        """
        _result: GetEeAiControlsUsageGroupByGroupIdResponse = self._call(
            "GET",
            "/api/ee/ai-controls/usage/group/{}",
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_instance(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeAiControlsUsageInstanceResponse:
        """GET /api/ee/ai-controls/usage/instance

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusageinstance
        """
        _result: GetEeAiControlsUsageInstanceResponse = self._call(
            "GET",
            "/api/ee/ai-controls/usage/instance",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_tenant(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeAiControlsUsageTenantResponseItem]:
        """GET /api/ee/ai-controls/usage/tenant

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenant
        """
        _result: List[GetEeAiControlsUsageTenantResponseItem] = self._call(
            "GET",
            "/api/ee/ai-controls/usage/tenant",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_tenant_by_tenant_id(
        self,
        tenant_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeAiControlsUsageTenantByTenantIdResponse:
        """GET /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: int; path; required; sent as 'tenant-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenanttenant-id
        """
        _result: GetEeAiControlsUsageTenantByTenantIdResponse = self._call(
            "GET",
            "/api/ee/ai-controls/usage/tenant/{}",
            (tenant_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_permissions_advanced(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeAiControlsPermissionsAdvancedResponse:
        """POST /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeai-controlspermissionsadvanced
        """
        _result: PostEeAiControlsPermissionsAdvancedResponse = self._call(
            "POST",
            "/api/ee/ai-controls/permissions/advanced",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_permissions(
        self,
        *,
        permissions: List[PutEeAiControlsPermissionsPermissionsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeAiControlsPermissionsResponse:
        """PUT /api/ee/ai-controls/permissions

        Args:
            permissions: list[PutEeAiControlsPermissionsPermissionsItem]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlspermissions
        """
        _result: PutEeAiControlsPermissionsResponse = self._call(
            "PUT",
            "/api/ee/ai-controls/permissions",
            (),
            body={
                "permissions": permissions,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_usage_group_by_group_id(
        self,
        group_id: int,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeAiControlsUsageGroupByGroupIdResponse:
        """PUT /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: int; path; required; sent as 'group-id'.
            max_usage: int | None; JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagegroupgroup-id
        """
        _result: PutEeAiControlsUsageGroupByGroupIdResponse = self._call(
            "PUT",
            "/api/ee/ai-controls/usage/group/{}",
            (group_id,),
            body={
                "max_usage": max_usage,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_usage_instance(
        self,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeAiControlsUsageInstanceResponse:
        """PUT /api/ee/ai-controls/usage/instance

        Args:
            max_usage: int | None; JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusageinstance
        """
        _result: PutEeAiControlsUsageInstanceResponse = self._call(
            "PUT",
            "/api/ee/ai-controls/usage/instance",
            (),
            body={
                "max_usage": max_usage,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_usage_tenant_by_tenant_id(
        self,
        tenant_id: int,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeAiControlsUsageTenantByTenantIdResponse:
        """PUT /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: int; path; required; sent as 'tenant-id'.
            max_usage: int | None; JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagetenanttenant-id
        """
        _result: PutEeAiControlsUsageTenantByTenantIdResponse = self._call(
            "PUT",
            "/api/ee/ai-controls/usage/tenant/{}",
            (tenant_id,),
            body={
                "max_usage": max_usage,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
