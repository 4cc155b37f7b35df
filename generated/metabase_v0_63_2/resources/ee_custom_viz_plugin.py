"""Routes of the 'ee-custom-viz-plugin' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, IO, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeCustomVizPluginListResponseItem,
    GetEeCustomVizPluginResponseItem,
    PostEeCustomVizPluginByIdRefreshResponse,
    PostEeCustomVizPluginDevResponse,
    PostEeCustomVizPluginResponse,
    PutEeCustomVizPluginByIdBundleResponse,
    PutEeCustomVizPluginByIdDevUrlResponse,
    PutEeCustomVizPluginByIdResponse,
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
            file: bytes; multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugin
        """
        _result: PostEeCustomVizPluginResponse = self._call(
            "POST",
            "/api/ee/custom-viz-plugin",
            (),
            body={
                "file": file,
            },
            multipart=True,
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieecustom-viz-pluginid
        """
        _result: None = self._call(
            "DELETE",
            "/api/ee/custom-viz-plugin/{}",
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
            id: int; path; required.
            path: str; query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidasset
        """
        return self._call(
            "GET",
            "/api/ee/custom-viz-plugin/{}/asset",
            (id,),
            query={
                "path": path,
            },
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginidbundle
        """
        return self._call(
            "GET",
            "/api/ee/custom-viz-plugin/{}/bundle",
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecustom-viz-pluginiddev-sse
        """
        return self._call(
            "GET",
            "/api/ee/custom-viz-plugin/{}/dev-sse",
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
            "GET",
            "/api/ee/custom-viz-plugin/list",
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
            "GET",
            "/api/ee/custom-viz-plugin/sandbox-host",
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
            "GET",
            "/api/ee/custom-viz-plugin",
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
            dev_bundle_url: str; JSON body; required.
            identifier: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-plugindev
        """
        _result: PostEeCustomVizPluginDevResponse = self._call(
            "POST",
            "/api/ee/custom-viz-plugin/dev",
            (),
            body={
                "dev_bundle_url": dev_bundle_url,
                "identifier": identifier,
            },
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
    ) -> PostEeCustomVizPluginByIdRefreshResponse:
        """POST /api/ee/custom-viz-plugin/{id}/refresh

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecustom-viz-pluginidrefresh
        """
        _result: PostEeCustomVizPluginByIdRefreshResponse = self._call(
            "POST",
            "/api/ee/custom-viz-plugin/{}/refresh",
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
    ) -> PutEeCustomVizPluginByIdResponse:
        """PUT /api/ee/custom-viz-plugin/{id}

        Args:
            id: int; path; required.
            enabled: bool | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginid
        """
        _result: PutEeCustomVizPluginByIdResponse = self._call(
            "PUT",
            "/api/ee/custom-viz-plugin/{}",
            (id,),
            body={
                "enabled": enabled,
            },
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
    ) -> PutEeCustomVizPluginByIdBundleResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/bundle

        Args:
            id: int; path; required.
            file: bytes; multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginidbundle
        """
        _result: PutEeCustomVizPluginByIdBundleResponse = self._call(
            "PUT",
            "/api/ee/custom-viz-plugin/{}/bundle",
            (id,),
            body={
                "file": file,
            },
            multipart=True,
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
    ) -> PutEeCustomVizPluginByIdDevUrlResponse:
        """PUT /api/ee/custom-viz-plugin/{id}/dev-url

        Args:
            id: int; path; required.
            dev_bundle_url: str | None; JSON body; required; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieecustom-viz-pluginiddev-url
        """
        _result: PutEeCustomVizPluginByIdDevUrlResponse = self._call(
            "PUT",
            "/api/ee/custom-viz-plugin/{}/dev-url",
            (id,),
            body={
                "dev_bundle_url": dev_bundle_url,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
