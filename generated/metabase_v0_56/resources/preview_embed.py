"""Routes of the 'preview_embed' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_GET_CARD_BY_TOKEN = RequestSpec("GET", "/api/preview_embed/card/{}", (Place("path"),))
_GET_CARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/preview_embed/card/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_CARD_QUERY = RequestSpec("GET", "/api/preview_embed/card/{}/query", (Place("path"),))
_GET_DASHBOARD_BY_TOKEN = RequestSpec("GET", "/api/preview_embed/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/preview_embed/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/preview_embed/dashboard/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/preview_embed/dashboard/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_PIVOT_CARD_QUERY = RequestSpec(
    "GET", "/api/preview_embed/pivot/card/{}/query", (Place("path"),)
)
_GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/preview_embed/pivot/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_TILES_CARD_BY_TOKEN_AND_ZOOM_AND_X_AND_Y = RequestSpec(
    "GET",
    "/api/preview_embed/tiles/card/{}/{}/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("latField",)),
        Place("query", ("lonField",)),
        Place("query", ("parameters",)),
    ),
)
_GET_TILES_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y = RequestSpec(
    "GET",
    "/api/preview_embed/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("latField",)),
        Place("query", ("lonField",)),
        Place("query", ("parameters",)),
    ),
)


class PreviewEmbedResource(Resource):
    """Routes of the 'preview_embed' namespace (11 endpoints)."""

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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtoken
        """
        return self._call(
            _GET_CARD_BY_TOKEN,
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtokenparamsparam-keyremapping
        """
        return self._call(
            _GET_CARD_PARAMS_REMAPPING,
            (token, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtokenquery
        """
        return self._call(
            _GET_CARD_QUERY,
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtoken
        """
        return self._call(
            _GET_DASHBOARD_BY_TOKEN,
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
            token: path; required; at least 1 character.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokenparamsparam-keyremapping
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_REMAPPING,
            (token, param_key),
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokenparamsparam-keyvalues
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedpivotcardtokenquery
        """
        return self._call(
            _GET_PIVOT_CARD_QUERY,
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
            token: path; required; at least 1 character.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedtilescardtokenzoomxy
        """
        return self._call(
            _GET_TILES_CARD_BY_TOKEN_AND_ZOOM_AND_X_AND_Y,
            (token, zoom, x, y, lat_field, lon_field, parameters),
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            _GET_TILES_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (token, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


class AsyncPreviewEmbedResource(AsyncResource):
    """Routes of the 'preview_embed' namespace, awaited (AsyncClient's)."""

    async def get_card_by_token(
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtoken
        """
        return await self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_params_remapping(
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtokenparamsparam-keyremapping
        """
        return await self._call(
            _GET_CARD_PARAMS_REMAPPING,
            (token, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query(
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedcardtokenquery
        """
        return await self._call(
            _GET_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_by_token(
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtoken
        """
        return await self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_dashcard_card_by_card_id(
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
            token: path; required; at least 1 character.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_remapping(
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokenparamsparam-keyremapping
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_REMAPPING,
            (token, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_values(
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
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embeddashboardtokenparamsparam-keyvalues
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
            (token, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_card_query(
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
            token: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedpivotcardtokenquery
        """
        return await self._call(
            _GET_PIVOT_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_dashboard_dashcard_card_by_card_id(
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
            token: path; required; at least 1 character.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tiles_card_by_token_and_zoom_and_x_and_y(
        self,
        token: str,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: str,
        lon_field: str,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedtilescardtokenzoomxy
        """
        return await self._call(
            _GET_TILES_CARD_BY_TOKEN_AND_ZOOM_AND_X_AND_Y,
            (token, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_tiles_dashboard_dashcard_card_by_card_id_and_zoom_and_x_and_y(
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/preview_embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipreview_embedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
        """
        return await self._call(
            _GET_TILES_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (token, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


if TYPE_CHECKING:

    class RawPreviewEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_card_query(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_pivot_card_query(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_tiles_card_by_token_and_zoom_and_x_and_y(
            self,
            token: str,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: str,
            lon_field: str,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

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
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawPreviewEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_params_remapping(
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
        ) -> RawResponse[Any]: ...

        async def get_card_query(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_dashcard_card_by_card_id(
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
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_remapping(
            self,
            token: str,
            param_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_values(
            self,
            token: str,
            param_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_card_query(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_dashboard_dashcard_card_by_card_id(
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
        ) -> RawResponse[Any]: ...

        async def get_tiles_card_by_token_and_zoom_and_x_and_y(
            self,
            token: str,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: str,
            lon_field: str,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tiles_dashboard_dashcard_card_by_card_id_and_zoom_and_x_and_y(
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
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...
