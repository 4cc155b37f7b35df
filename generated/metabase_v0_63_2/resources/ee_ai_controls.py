"""Routes of the 'ee-ai-controls' namespace (12 endpoints)."""

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
    DeleteEeAdvancedResponse,
    GetEeGroupResponse,
    GetEeGroupResponseItem,
    GetEeInstanceResponse,
    GetEePermissionsResponse,
    GetEeTenantResponse,
    GetEeTenantResponseItem,
    PostEeAdvancedResponse,
    PutEeGroupResponse,
    PutEeInstanceResponse,
    PutEePermissionsPermissionsItem,
    PutEePermissionsResponse,
    PutEeTenantResponse,
)

_DELETE_PERMISSIONS_ADVANCED = RequestSpec("DELETE", "/api/ee/ai-controls/permissions/advanced", ())
_GET_PERMISSIONS = RequestSpec("GET", "/api/ee/ai-controls/permissions", ())
_GET_USAGE_GROUP = RequestSpec("GET", "/api/ee/ai-controls/usage/group", ())
_GET_USAGE_GROUP_BY_GROUP_ID = RequestSpec(
    "GET", "/api/ee/ai-controls/usage/group/{}", (Place("path"),)
)
_GET_USAGE_INSTANCE = RequestSpec("GET", "/api/ee/ai-controls/usage/instance", ())
_GET_USAGE_TENANT = RequestSpec("GET", "/api/ee/ai-controls/usage/tenant", ())
_GET_USAGE_TENANT_BY_TENANT_ID = RequestSpec(
    "GET", "/api/ee/ai-controls/usage/tenant/{}", (Place("path"),)
)
_POST_PERMISSIONS_ADVANCED = RequestSpec("POST", "/api/ee/ai-controls/permissions/advanced", ())
_UPDATE_PERMISSIONS = RequestSpec(
    "PUT", "/api/ee/ai-controls/permissions", (Place("body", ("permissions",)),)
)
_UPDATE_USAGE_GROUP_BY_GROUP_ID = RequestSpec(
    "PUT",
    "/api/ee/ai-controls/usage/group/{}",
    (
        Place("path"),
        Place("body", ("max_usage",)),
    ),
)
_UPDATE_USAGE_INSTANCE = RequestSpec(
    "PUT", "/api/ee/ai-controls/usage/instance", (Place("body", ("max_usage",)),)
)
_UPDATE_USAGE_TENANT_BY_TENANT_ID = RequestSpec(
    "PUT",
    "/api/ee/ai-controls/usage/tenant/{}",
    (
        Place("path"),
        Place("body", ("max_usage",)),
    ),
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
    ) -> DeleteEeAdvancedResponse:
        """DELETE /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeai-controlspermissionsadvanced
        """
        _result: DeleteEeAdvancedResponse = self._call(
            _DELETE_PERMISSIONS_ADVANCED,
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
    ) -> GetEePermissionsResponse:
        """GET /api/ee/ai-controls/permissions

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlspermissions
        """
        _result: GetEePermissionsResponse = self._call(
            _GET_PERMISSIONS,
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
    ) -> List[GetEeGroupResponseItem]:
        """GET /api/ee/ai-controls/usage/group

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroup
        """
        _result: List[GetEeGroupResponseItem] = self._call(
            _GET_USAGE_GROUP,
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
    ) -> GetEeGroupResponse:
        """GET /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: path; required; must be >= 1; sent as 'group-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroupgroup-id
        """
        _result: GetEeGroupResponse = self._call(
            _GET_USAGE_GROUP_BY_GROUP_ID,
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
    ) -> GetEeInstanceResponse:
        """GET /api/ee/ai-controls/usage/instance

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusageinstance
        """
        _result: GetEeInstanceResponse = self._call(
            _GET_USAGE_INSTANCE,
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
    ) -> List[GetEeTenantResponseItem]:
        """GET /api/ee/ai-controls/usage/tenant

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenant
        """
        _result: List[GetEeTenantResponseItem] = self._call(
            _GET_USAGE_TENANT,
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
    ) -> GetEeTenantResponse:
        """GET /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: path; required; must be >= 1; sent as 'tenant-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenanttenant-id
        """
        _result: GetEeTenantResponse = self._call(
            _GET_USAGE_TENANT_BY_TENANT_ID,
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
    ) -> PostEeAdvancedResponse:
        """POST /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeai-controlspermissionsadvanced
        """
        _result: PostEeAdvancedResponse = self._call(
            _POST_PERMISSIONS_ADVANCED,
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
        permissions: List[PutEePermissionsPermissionsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEePermissionsResponse:
        """PUT /api/ee/ai-controls/permissions

        Args:
            permissions: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlspermissions
        """
        _result: PutEePermissionsResponse = self._call(
            _UPDATE_PERMISSIONS,
            (permissions,),
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
    ) -> PutEeGroupResponse:
        """PUT /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: path; required; must be >= 1; sent as 'group-id'.
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagegroupgroup-id
        """
        _result: PutEeGroupResponse = self._call(
            _UPDATE_USAGE_GROUP_BY_GROUP_ID,
            (group_id, max_usage),
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
    ) -> PutEeInstanceResponse:
        """PUT /api/ee/ai-controls/usage/instance

        Args:
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusageinstance
        """
        _result: PutEeInstanceResponse = self._call(
            _UPDATE_USAGE_INSTANCE,
            (max_usage,),
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
    ) -> PutEeTenantResponse:
        """PUT /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: path; required; must be >= 1; sent as 'tenant-id'.
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagetenanttenant-id
        """
        _result: PutEeTenantResponse = self._call(
            _UPDATE_USAGE_TENANT_BY_TENANT_ID,
            (tenant_id, max_usage),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeAiControlsResource(AsyncResource):
    """Routes of the 'ee-ai-controls' namespace, awaited (AsyncClient's)."""

    async def delete_permissions_advanced(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeAdvancedResponse:
        """DELETE /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeai-controlspermissionsadvanced
        """
        _result: DeleteEeAdvancedResponse = await self._call(
            _DELETE_PERMISSIONS_ADVANCED,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_permissions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEePermissionsResponse:
        """GET /api/ee/ai-controls/permissions

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlspermissions
        """
        _result: GetEePermissionsResponse = await self._call(
            _GET_PERMISSIONS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_group(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeGroupResponseItem]:
        """GET /api/ee/ai-controls/usage/group

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroup
        """
        _result: List[GetEeGroupResponseItem] = await self._call(
            _GET_USAGE_GROUP,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_group_by_group_id(
        self,
        group_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeGroupResponse:
        """GET /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: path; required; must be >= 1; sent as 'group-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagegroupgroup-id
        """
        _result: GetEeGroupResponse = await self._call(
            _GET_USAGE_GROUP_BY_GROUP_ID,
            (group_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_instance(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeInstanceResponse:
        """GET /api/ee/ai-controls/usage/instance

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusageinstance
        """
        _result: GetEeInstanceResponse = await self._call(
            _GET_USAGE_INSTANCE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_tenant(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeTenantResponseItem]:
        """GET /api/ee/ai-controls/usage/tenant

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenant
        """
        _result: List[GetEeTenantResponseItem] = await self._call(
            _GET_USAGE_TENANT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_tenant_by_tenant_id(
        self,
        tenant_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTenantResponse:
        """GET /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: path; required; must be >= 1; sent as 'tenant-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeai-controlsusagetenanttenant-id
        """
        _result: GetEeTenantResponse = await self._call(
            _GET_USAGE_TENANT_BY_TENANT_ID,
            (tenant_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_permissions_advanced(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeAdvancedResponse:
        """POST /api/ee/ai-controls/permissions/advanced

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeai-controlspermissionsadvanced
        """
        _result: PostEeAdvancedResponse = await self._call(
            _POST_PERMISSIONS_ADVANCED,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_permissions(
        self,
        *,
        permissions: List[PutEePermissionsPermissionsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEePermissionsResponse:
        """PUT /api/ee/ai-controls/permissions

        Args:
            permissions: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlspermissions
        """
        _result: PutEePermissionsResponse = await self._call(
            _UPDATE_PERMISSIONS,
            (permissions,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_usage_group_by_group_id(
        self,
        group_id: int,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeGroupResponse:
        """PUT /api/ee/ai-controls/usage/group/{group-id}

        Args:
            group_id: path; required; must be >= 1; sent as 'group-id'.
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagegroupgroup-id
        """
        _result: PutEeGroupResponse = await self._call(
            _UPDATE_USAGE_GROUP_BY_GROUP_ID,
            (group_id, max_usage),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_usage_instance(
        self,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeInstanceResponse:
        """PUT /api/ee/ai-controls/usage/instance

        Args:
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusageinstance
        """
        _result: PutEeInstanceResponse = await self._call(
            _UPDATE_USAGE_INSTANCE,
            (max_usage,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_usage_tenant_by_tenant_id(
        self,
        tenant_id: int,
        *,
        max_usage: int | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeTenantResponse:
        """PUT /api/ee/ai-controls/usage/tenant/{tenant-id}

        Args:
            tenant_id: path; required; must be >= 1; sent as 'tenant-id'.
            max_usage: JSON body; required; None sends null; must be >= 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeai-controlsusagetenanttenant-id
        """
        _result: PutEeTenantResponse = await self._call(
            _UPDATE_USAGE_TENANT_BY_TENANT_ID,
            (tenant_id, max_usage),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeAiControlsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_permissions_advanced(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeAdvancedResponse]: ...

        def get_permissions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEePermissionsResponse]: ...

        def get_usage_group(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeGroupResponseItem]]: ...

        def get_usage_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeGroupResponse]: ...

        def get_usage_instance(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeInstanceResponse]: ...

        def get_usage_tenant(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeTenantResponseItem]]: ...

        def get_usage_tenant_by_tenant_id(
            self,
            tenant_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse]: ...

        def post_permissions_advanced(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeAdvancedResponse]: ...

        def update_permissions(
            self,
            *,
            permissions: List[PutEePermissionsPermissionsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEePermissionsResponse]: ...

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
        ) -> RawResponse[PutEeGroupResponse]: ...

        def update_usage_instance(
            self,
            *,
            max_usage: int | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeInstanceResponse]: ...

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
        ) -> RawResponse[PutEeTenantResponse]: ...

    class AsyncRawEeAiControlsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_permissions_advanced(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeAdvancedResponse]: ...

        async def get_permissions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEePermissionsResponse]: ...

        async def get_usage_group(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeGroupResponseItem]]: ...

        async def get_usage_group_by_group_id(
            self,
            group_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeGroupResponse]: ...

        async def get_usage_instance(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeInstanceResponse]: ...

        async def get_usage_tenant(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeTenantResponseItem]]: ...

        async def get_usage_tenant_by_tenant_id(
            self,
            tenant_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse]: ...

        async def post_permissions_advanced(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeAdvancedResponse]: ...

        async def update_permissions(
            self,
            *,
            permissions: List[PutEePermissionsPermissionsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEePermissionsResponse]: ...

        async def update_usage_group_by_group_id(
            self,
            group_id: int,
            *,
            max_usage: int | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeGroupResponse]: ...

        async def update_usage_instance(
            self,
            *,
            max_usage: int | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeInstanceResponse]: ...

        async def update_usage_tenant_by_tenant_id(
            self,
            tenant_id: int,
            *,
            max_usage: int | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeTenantResponse]: ...
