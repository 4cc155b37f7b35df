"""Routes of the 'embed' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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
from .._schemas import Card, Dashboard, Dataset

_GET_CARD_BY_TOKEN = RequestSpec("GET", "/api/embed/card/{}", (Place("path"),))
_GET_CARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/embed/card/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_CARD_PARAMS_SEARCH_BY_PREFIX = RequestSpec(
    "GET",
    "/api/embed/card/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/embed/card/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_QUERY = RequestSpec("GET", "/api/embed/card/{}/query", (Place("path"),))
_GET_CARD_QUERY_BY_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/embed/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", ("format_rows",)),
        Place("query", ("pivot_results",)),
    ),
)
_GET_DASHBOARD_BY_TOKEN = RequestSpec("GET", "/api/embed/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/dashcard/{}/card/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("format_rows",)),
        Place("query", ("pivot_results",)),
    ),
)
_GET_DASHBOARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_SEARCH_BY_PREFIX = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_PIVOT_CARD_QUERY = RequestSpec("GET", "/api/embed/pivot/card/{}/query", (Place("path"),))
_GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/embed/pivot/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_TILES_CARD_BY_TOKEN_AND_ZOOM_AND_X_AND_Y = RequestSpec(
    "GET",
    "/api/embed/tiles/card/{}/{}/{}/{}",
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
    "/api/embed/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
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


class EmbedResource(Resource):
    """Routes of the 'embed' namespace (16 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/embed/card/{token}

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtoken
        """
        _result: Card = self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/embed/card/{token}/params/{param-key}/remapping

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keyremapping
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

    def get_card_params_search_by_prefix(
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
        """GET /api/embed/card/{token}/params/{param-key}/search/{prefix}

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            prefix: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keysearchprefix
        """
        return self._call(
            _GET_CARD_PARAMS_SEARCH_BY_PREFIX,
            (token, param_key, prefix),
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
    ) -> Any:
        """GET /api/embed/card/{token}/params/{param-key}/values

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keyvalues
        """
        return self._call(
            _GET_CARD_PARAMS_VALUES,
            (token, param_key),
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
    ) -> Dataset:
        """GET /api/embed/card/{token}/query

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenquery
        """
        _result: Dataset = self._call(
            _GET_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/{token}/query/{export-format}

        Args:
            token: path; required.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenqueryexport-format
        """
        return self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (token, export_format, format_rows, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
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
    ) -> Dashboard:
        """GET /api/embed/dashboard/{token}

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtoken
        """
        _result: Dashboard = self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Dataset:
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (token, dashcard_id, card_id, export_format, format_rows, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/remapping

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keyremapping
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/search/{prefix}

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            prefix: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keysearchprefix
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_PREFIX,
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/values

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keyvalues
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
    ) -> Dataset:
        """GET /api/embed/pivot/card/{token}/query

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedpivotcardtokenquery
        """
        _result: Dataset = self._call(
            _GET_PIVOT_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Dataset:
        """GET /api/embed/pivot/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedtilescardtokenzoomxy
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
        """GET /api/embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
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


class AsyncEmbedResource(AsyncResource):
    """Routes of the 'embed' namespace, awaited (AsyncClient's)."""

    async def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/embed/card/{token}

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtoken
        """
        _result: Card = await self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/embed/card/{token}/params/{param-key}/remapping

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keyremapping
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

    async def get_card_params_search_by_prefix(
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
        """GET /api/embed/card/{token}/params/{param-key}/search/{prefix}

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            prefix: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keysearchprefix
        """
        return await self._call(
            _GET_CARD_PARAMS_SEARCH_BY_PREFIX,
            (token, param_key, prefix),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_params_values(
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
        """GET /api/embed/card/{token}/params/{param-key}/values

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenparamsparam-keyvalues
        """
        return await self._call(
            _GET_CARD_PARAMS_VALUES,
            (token, param_key),
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
    ) -> Dataset:
        """GET /api/embed/card/{token}/query

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenquery
        """
        _result: Dataset = await self._call(
            _GET_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/{token}/query/{export-format}

        Args:
            token: path; required.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedcardtokenqueryexport-format
        """
        return await self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (token, export_format, format_rows, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
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
    ) -> Dashboard:
        """GET /api/embed/dashboard/{token}

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtoken
        """
        _result: Dashboard = await self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Dataset:
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (token, dashcard_id, card_id, export_format, format_rows, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/remapping

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keyremapping
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

    async def get_dashboard_params_search_by_prefix(
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/search/{prefix}

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.
            prefix: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keysearchprefix
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_PREFIX,
            (token, param_key, prefix),
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
        """GET /api/embed/dashboard/{token}/params/{param-key}/values

        Args:
            token: path; required.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembeddashboardtokenparamsparam-keyvalues
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
    ) -> Dataset:
        """GET /api/embed/pivot/card/{token}/query

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedpivotcardtokenquery
        """
        _result: Dataset = await self._call(
            _GET_PIVOT_CARD_QUERY,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Dataset:
        """GET /api/embed/pivot/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: path; required.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = await self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: path; required.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedtilescardtokenzoomxy
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
        """GET /api/embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiembedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
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

    class RawEmbedResource:
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
        ) -> RawResponse[Card]: ...

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

        def get_card_params_search_by_prefix(
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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Dataset]: ...

        def get_card_query_by_export_format(
            self,
            token: str,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
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
        ) -> RawResponse[Dashboard]: ...

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
        ) -> RawResponse[Dataset]: ...

        def get_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
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
        ) -> RawResponse[Dataset]: ...

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
        ) -> RawResponse[Dataset]: ...

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

    class AsyncRawEmbedResource:
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
        ) -> RawResponse[Card]: ...

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

        async def get_card_params_search_by_prefix(
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
        ) -> RawResponse[Any]: ...

        async def get_card_params_values(
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

        async def get_card_query(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_card_query_by_export_format(
            self,
            token: str,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
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
        ) -> RawResponse[Dashboard]: ...

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
        ) -> RawResponse[Dataset]: ...

        async def get_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
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

        async def get_dashboard_params_search_by_prefix(
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
        ) -> RawResponse[Dataset]: ...

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
        ) -> RawResponse[Dataset]: ...

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
