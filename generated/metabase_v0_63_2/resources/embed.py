"""Routes of the 'embed' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


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
    ) -> Any:
        """GET /api/embed/card/{token}

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtoken
        """
        return self._call(
            "GET",
            "/api/embed/card/{}",
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
        """GET /api/embed/card/{token}/params/{param-key}/remapping

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtokenparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/params/{}/remapping",
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
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            prefix: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtokenparamsparam-keysearchprefix
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/params/{}/search/{}",
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
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtokenparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/params/{}/values",
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
    ) -> Any:
        """GET /api/embed/card/{token}/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtokenquery
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/query",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool = False,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/{token}/query/{export-format}

        Args:
            token: str; path; required.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; query string; optional; default false.
            pivot_results: bool; query string; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedcardtokenqueryexport-format
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/query/{}",
            (token, export_format),
            query={
                "format_rows": format_rows,
                "pivot_results": pivot_results,
            },
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
    ) -> Any:
        """GET /api/embed/dashboard/{token}

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtoken
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}",
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
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool = False,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; query string; optional; default false.
            pivot_results: bool; query string; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/dashcard/{}/card/{}/{}",
            (token, dashcard_id, card_id, export_format),
            query={
                "format_rows": format_rows,
                "pivot_results": pivot_results,
            },
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
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtokenparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/params/{}/remapping",
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
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            prefix: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtokenparamsparam-keysearchprefix
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/params/{}/search/{}",
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
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembeddashboardtokenparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/params/{}/values",
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
        """GET /api/embed/pivot/card/{token}/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedpivotcardtokenquery
        """
        return self._call(
            "GET",
            "/api/embed/pivot/card/{}/query",
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
        """GET /api/embed/pivot/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/embed/pivot/dashboard/{}/dashcard/{}/card/{}",
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
        """GET /api/embed/tiles/card/{token}/{zoom}/{x}/{y}

        Args:
            token: str; path; required.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: str; query string; optional.
            lat_field: str; query string; required; sent as 'latField'.
            lon_field: str; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedtilescardtokenzoomxy
        """
        return self._call(
            "GET",
            "/api/embed/tiles/card/{}/{}/{}/{}",
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
        """GET /api/embed/tiles/dashboard/{token}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembedtilesdashboardtokendashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            "GET",
            "/api/embed/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
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
