"""Routes of the 'preview_embed' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import GetPreviewEmbedCardByTokenParamsByParamKeyValuesResponse


class PreviewEmbedResource(Resource):
    """Routes of the 'preview_embed' namespace (13 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/{token}

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedcardtoken
        """
        return self._call(
            "GET",
            "/api/preview_embed/card/{}",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_remapping(
        self,
        token: str,
        param_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/{token}/params/{param-key}/remapping

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedcardtokenparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/preview_embed/card/{}/params/{}/remapping",
            (token, param_key),
            query={
                "value": value,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_values(
        self,
        token: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetPreviewEmbedCardByTokenParamsByParamKeyValuesResponse:
        """GET /api/preview_embed/card/{token}/params/{param-key}/values

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedcardtokenparamsparam-keyvalues
        """
        _result: GetPreviewEmbedCardByTokenParamsByParamKeyValuesResponse = self._call(
            "GET",
            "/api/preview_embed/card/{}/params/{}/values",
            (token, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_query(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/{token}/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedcardtokenquery
        """
        return self._call(
            "GET",
            "/api/preview_embed/card/{}/query",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/{token}

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embeddashboardtoken
        """
        return self._call(
            "GET",
            "/api/preview_embed/dashboard/{}",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/preview_embed/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_remapping(
        self,
        token: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/{token}/params/{param-key}/remapping

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embeddashboardtokenparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/preview_embed/dashboard/{}/params/{}/remapping",
            (token, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_search_by_prefix(
        self,
        token: str,
        param_key: str,
        prefix: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/{token}/params/{param-key}/search/{prefix}

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            prefix: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embeddashboardtokenparamsparam-keysearchprefix
        """
        return self._call(
            "GET",
            "/api/preview_embed/dashboard/{}/params/{}/search/{}",
            (token, param_key, prefix),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_values(
        self,
        token: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/{token}/params/{param-key}/values

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embeddashboardtokenparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/preview_embed/dashboard/{}/params/{}/values",
            (token, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/card/{token}/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedpivotcardtokenquery
        """
        return self._call(
            "GET",
            "/api/preview_embed/pivot/card/{}/query",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/preview_embed/pivot/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tiles_card_by_token_and_zoom_and_x_and_y(
        self,
        token: str,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: str,
        lon_field: str,
        parameters: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: str; path; required.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: str; query string; optional.
            lat_field: str; query string; required; sent as 'latField'.
            lon_field: str; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedtilescardtokenzoomxy
        """
        return self._call(
            "GET",
            "/api/preview_embed/tiles/card/{}/{}/{}/{}",
            (token, zoom, x, y),
            query={
                "parameters": parameters,
                "latField": lat_field,
                "lonField": lon_field,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_tiles_dashboard_dashcard_card_by_card_id_and_zoom_and_x_and_y(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: str,
        lon_field: str,
        parameters: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: str; query string; optional.
            lat_field: str; query string; required; sent as 'latField'.
            lon_field: str; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipreview_embedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            "GET",
            "/api/preview_embed/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
            (token, dashcard_id, card_id, zoom, x, y),
            query={
                "parameters": parameters,
                "latField": lat_field,
                "lonField": lon_field,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
