"""Routes of the 'ee-custom-viz-plugin' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, IO, List, TYPE_CHECKING
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
    GetEeCustomVizPluginListResponseItem,
    GetEeCustomVizPluginResponseItem,
    PostEeCustomVizPluginDevResponse,
    PostEeCustomVizPluginResponse,
    PostEeRefreshResponse,
    PutEeBundleResponse,
    PutEeCustomVizPluginResponse,
    PutEeDevUrlResponse,
)

_CREATE = RequestSpec(
    "POST", "/api/ee/custom-viz-plugin", (Place("multipart", ("file",)),), body_format="multipart"
)
_DELETE = RequestSpec("DELETE", "/api/ee/custom-viz-plugin/{}", (Place("path"),))
_GET_ASSET = RequestSpec(
    "GET",
    "/api/ee/custom-viz-plugin/{}/asset",
    (
        Place("path"),
        Place("query", ("path",)),
    ),
)
_GET_BUNDLE = RequestSpec("GET", "/api/ee/custom-viz-plugin/{}/bundle", (Place("path"),))
_GET_DEV_SSE = RequestSpec("GET", "/api/ee/custom-viz-plugin/{}/dev-sse", (Place("path"),))
_GET_LIST = RequestSpec("GET", "/api/ee/custom-viz-plugin/list", ())
_GET_SANDBOX_HOST = RequestSpec("GET", "/api/ee/custom-viz-plugin/sandbox-host", ())
_LIST = RequestSpec("GET", "/api/ee/custom-viz-plugin", ())
_POST_DEV = RequestSpec(
    "POST",
    "/api/ee/custom-viz-plugin/dev",
    (
        Place("body", ("dev_bundle_url",)),
        Place("body", ("identifier",)),
    ),
)
_POST_REFRESH = RequestSpec("POST", "/api/ee/custom-viz-plugin/{}/refresh", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/ee/custom-viz-plugin/{}",
    (
        Place("path"),
        Place("body", ("enabled",)),
    ),
)
_UPDATE_BUNDLE = RequestSpec(
    "PUT",
    "/api/ee/custom-viz-plugin/{}/bundle",
    (
        Place("path"),
        Place("multipart", ("file",)),
    ),
    body_format="multipart",
)
_UPDATE_DEV_URL = RequestSpec(
    "PUT",
    "/api/ee/custom-viz-plugin/{}/dev-url",
    (
        Place("path"),
        Place("body", ("dev_bundle_url",)),
    ),
)


class EeCustomVizPluginResource(Resource):
    """Routes of the 'ee-custom-viz-plugin' namespace (13 endpoints)."""

    def create(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCustomVizPluginResponse:
        """POST /api/ee/custom-viz-plugin

        Args:
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugin
        """
        _result: PostEeCustomVizPluginResponse = self._call(
            _CREATE,
            (file,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/ee/custom-viz-plugin/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieecustom-viz-pluginid
        """
        _result: None = self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_asset(
        self,
        id: int,
        *,
        path: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/asset

        Args:
            id: path; required; must be >= 1.
            path: query string; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidasset
        """
        return self._call(
            _GET_ASSET,
            (id, path),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_bundle(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/bundle

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidbundle
        """
        return self._call(
            _GET_BUNDLE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dev_sse(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/dev-sse

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginiddev-sse
        """
        return self._call(
            _GET_DEV_SSE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeCustomVizPluginListResponseItem]:
        """GET /api/ee/custom-viz-plugin/list

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginlist
        """
        _result: List[GetEeCustomVizPluginListResponseItem] = self._call(
            _GET_LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_sandbox_host(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/sandbox-host

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginsandbox-host
        """
        return self._call(
            _GET_SANDBOX_HOST,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeCustomVizPluginResponseItem]:
        """GET /api/ee/custom-viz-plugin

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-plugin
        """
        _result: List[GetEeCustomVizPluginResponseItem] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_dev(
        self,
        *,
        dev_bundle_url: str,
        identifier: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCustomVizPluginDevResponse:
        """POST /api/ee/custom-viz-plugin/dev

        Args:
            dev_bundle_url: JSON body; required; at least 1 character.
            identifier: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugindev
        """
        _result: PostEeCustomVizPluginDevResponse = self._call(
            _POST_DEV,
            (dev_bundle_url, identifier),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_refresh(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRefreshResponse:
        """POST /api/ee/custom-viz-plugin/{id}/refresh

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-pluginidrefresh
        """
        _result: PostEeRefreshResponse = self._call(
            _POST_REFRESH,
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
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeCustomVizPluginResponse:
        """PUT /api/ee/custom-viz-plugin/{id}

        Args:
            id: path; required; must be >= 1.
            enabled: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginid
        """
        _result: PutEeCustomVizPluginResponse = self._call(
            _UPDATE,
            (id, enabled),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_bundle(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeBundleResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/bundle

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginidbundle
        """
        _result: PutEeBundleResponse = self._call(
            _UPDATE_BUNDLE,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_dev_url(
        self,
        id: int,
        *,
        dev_bundle_url: str | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeDevUrlResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/dev-url

        Args:
            id: path; required; must be >= 1.
            dev_bundle_url: JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginiddev-url
        """
        _result: PutEeDevUrlResponse = self._call(
            _UPDATE_DEV_URL,
            (id, dev_bundle_url),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeCustomVizPluginResource(AsyncResource):
    """Routes of the 'ee-custom-viz-plugin' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCustomVizPluginResponse:
        """POST /api/ee/custom-viz-plugin

        Args:
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugin
        """
        _result: PostEeCustomVizPluginResponse = await self._call(
            _CREATE,
            (file,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/ee/custom-viz-plugin/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieecustom-viz-pluginid
        """
        _result: None = await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_asset(
        self,
        id: int,
        *,
        path: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/asset

        Args:
            id: path; required; must be >= 1.
            path: query string; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidasset
        """
        return await self._call(
            _GET_ASSET,
            (id, path),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_bundle(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/bundle

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidbundle
        """
        return await self._call(
            _GET_BUNDLE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dev_sse(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/{id}/dev-sse

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginiddev-sse
        """
        return await self._call(
            _GET_DEV_SSE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeCustomVizPluginListResponseItem]:
        """GET /api/ee/custom-viz-plugin/list

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginlist
        """
        _result: List[GetEeCustomVizPluginListResponseItem] = await self._call(
            _GET_LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_sandbox_host(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/custom-viz-plugin/sandbox-host

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginsandbox-host
        """
        return await self._call(
            _GET_SANDBOX_HOST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeCustomVizPluginResponseItem]:
        """GET /api/ee/custom-viz-plugin

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-plugin
        """
        _result: List[GetEeCustomVizPluginResponseItem] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_dev(
        self,
        *,
        dev_bundle_url: str,
        identifier: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCustomVizPluginDevResponse:
        """POST /api/ee/custom-viz-plugin/dev

        Args:
            dev_bundle_url: JSON body; required; at least 1 character.
            identifier: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugindev
        """
        _result: PostEeCustomVizPluginDevResponse = await self._call(
            _POST_DEV,
            (dev_bundle_url, identifier),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_refresh(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRefreshResponse:
        """POST /api/ee/custom-viz-plugin/{id}/refresh

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-pluginidrefresh
        """
        _result: PostEeRefreshResponse = await self._call(
            _POST_REFRESH,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        enabled: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeCustomVizPluginResponse:
        """PUT /api/ee/custom-viz-plugin/{id}

        Args:
            id: path; required; must be >= 1.
            enabled: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginid
        """
        _result: PutEeCustomVizPluginResponse = await self._call(
            _UPDATE,
            (id, enabled),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_bundle(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeBundleResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/bundle

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginidbundle
        """
        _result: PutEeBundleResponse = await self._call(
            _UPDATE_BUNDLE,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_dev_url(
        self,
        id: int,
        *,
        dev_bundle_url: str | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeDevUrlResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/dev-url

        Args:
            id: path; required; must be >= 1.
            dev_bundle_url: JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginiddev-url
        """
        _result: PutEeDevUrlResponse = await self._call(
            _UPDATE_DEV_URL,
            (id, dev_bundle_url),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeCustomVizPluginResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCustomVizPluginResponse]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def get_asset(
            self,
            id: int,
            *,
            path: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_bundle(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dev_sse(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeCustomVizPluginListResponseItem]]: ...

        def get_sandbox_host(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeCustomVizPluginResponseItem]]: ...

        def post_dev(
            self,
            *,
            dev_bundle_url: str,
            identifier: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCustomVizPluginDevResponse]: ...

        def post_refresh(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRefreshResponse]: ...

        def update(
            self,
            id: int,
            *,
            enabled: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeCustomVizPluginResponse]: ...

        def update_bundle(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeBundleResponse]: ...

        def update_dev_url(
            self,
            id: int,
            *,
            dev_bundle_url: str | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeDevUrlResponse]: ...

    class AsyncRawEeCustomVizPluginResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCustomVizPluginResponse]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def get_asset(
            self,
            id: int,
            *,
            path: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_bundle(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dev_sse(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeCustomVizPluginListResponseItem]]: ...

        async def get_sandbox_host(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeCustomVizPluginResponseItem]]: ...

        async def post_dev(
            self,
            *,
            dev_bundle_url: str,
            identifier: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCustomVizPluginDevResponse]: ...

        async def post_refresh(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRefreshResponse]: ...

        async def update(
            self,
            id: int,
            *,
            enabled: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeCustomVizPluginResponse]: ...

        async def update_bundle(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeBundleResponse]: ...

        async def update_dev_url(
            self,
            id: int,
            *,
            dev_bundle_url: str | None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeDevUrlResponse]: ...
