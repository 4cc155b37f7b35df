"""Routes of the 'public' namespace (24 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class PublicResource(Resource):
    """Routes of the 'public' namespace (24 endpoints)."""

    def get_action_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/action/{uuid}

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicactionuuid
        """
        return self._call(
            "GET",
            "/api/public/action/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuid
        """
        return self._call(
            "GET",
            "/api/public/card/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_remapping(
        self,
        uuid: str,
        param_key: str,
        *,
        value: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/params/{param-key}/remapping

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: Any; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuidparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/public/card/{}/params/{}/remapping",
            (uuid, param_key),
            query={
                "value": value,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/params/{param-key}/search/{query}

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/public/card/{}/params/{}/search/{}",
            (uuid, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/params/{param-key}/values

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/public/card/{}/params/{}/values",
            (uuid, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/query

        Args:
            uuid: str; path; required.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuidquery
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query",
            (uuid,),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool = False,
        pivot_results: bool = False,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/query/{export-format}

        Args:
            uuid: str; path; required.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; query string; optional; default false.
            pivot_results: bool; query string; optional; default false.
            parameters: str | None; query string; optional; may be None.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipubliccarduuidqueryexport-format
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query/{}",
            (uuid, export_format),
            query={
                "format_rows": format_rows,
                "pivot_results": pivot_results,
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashboard_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuid
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/dashcard/{}/card/{}",
            (uuid, dashcard_id, card_id),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_execute(
        self,
        uuid: str,
        dashcard_id: int,
        *,
        parameters: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/dashcard/{}/execute",
            (uuid, dashcard_id),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_remapping(
        self,
        uuid: str,
        param_key: str,
        *,
        value: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}/params/{param-key}/remapping

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: Any; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuidparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/params/{}/remapping",
            (uuid, param_key),
            query={
                "value": value,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}/params/{param-key}/search/{query}

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/params/{}/search/{}",
            (uuid, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/{uuid}/params/{param-key}/values

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/params/{}/values",
            (uuid, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_document_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/document/{uuid}

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdocumentuuid
        """
        return self._call(
            "GET",
            "/api/public/document/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_document_card_by_card_id(
        self,
        uuid: str,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/document/{uuid}/card/{card-id}

        Args:
            uuid: str; path; required.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicdocumentuuidcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/document/{}/card/{}",
            (uuid, card_id),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None | Unset = UNSET,
        maxheight: int = 800,
        maxwidth: int = 1024,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: str; query string; required.
            format: Literal['json'] | None; query string; optional; may be None; one of 'json'.
            maxheight: int; query string; optional; default 800.
            maxwidth: int; query string; optional; default 1024.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicoembed
        """
        return self._call(
            "GET",
            "/api/public/oembed",
            (),
            query={
                "url": url,
                "format": format,
                "maxheight": maxheight,
                "maxwidth": maxwidth,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/{uuid}/query

        Args:
            uuid: str; path; required.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicpivotcarduuidquery
        """
        return self._call(
            "GET",
            "/api/public/pivot/card/{}/query",
            (uuid,),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/pivot/dashboard/{}/dashcard/{}/card/{}",
            (uuid, dashcard_id, card_id),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tiles_card_by_uuid_and_zoom_and_x_and_y(
        self,
        uuid: str,
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
        """GET /api/public/tiles/card/{uuid}/{zoom}/{x}/{y}

        Args:
            uuid: str; path; required.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: str; query string; optional.
            lat_field: str; query string; required; sent as 'latField'.
            lon_field: str; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublictilescarduuidzoomxy
        """
        return self._call(
            "GET",
            "/api/public/tiles/card/{}/{}/{}/{}",
            (uuid, zoom, x, y),
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
        uuid: str,
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
        """GET /api/public/tiles/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: str; query string; optional.
            lat_field: str; query string; required; sent as 'latField'.
            lon_field: str; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipublictilesdashboarduuiddashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            "GET",
            "/api/public/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
            (uuid, dashcard_id, card_id, zoom, x, y),
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

    def post_action_execute(
        self,
        uuid: str,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/action/{uuid}/execute

        Args:
            uuid: str; path; required.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipublicactionuuidexecute
        """
        return self._call(
            "POST",
            "/api/public/action/{}/execute",
            (uuid,),
            body={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool = False,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; JSON body; optional; default false.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            pivot_results: bool; JSON body; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipublicdashboarduuiddashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            "POST",
            "/api/public/dashboard/{}/dashcard/{}/card/{}/{}",
            (uuid, dashcard_id, card_id, export_format),
            body={
                "format_rows": format_rows,
                "parameters": parameters,
                "pivot_results": pivot_results,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_dashboard_dashcard_execute(
        self,
        uuid: str,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return self._call(
            "POST",
            "/api/public/dashboard/{}/dashcard/{}/execute",
            (uuid, dashcard_id),
            body={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_document_card_by_card_id_and_export_format(
        self,
        uuid: str,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool = False,
        parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/public/document/{uuid}/card/{card-id}/{export-format}

        Args:
            uuid: str; path; required.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; JSON body; optional; default false.
            parameters: list[dict[str, Any]] | str | None; JSON body; optional; None sends null.
            pivot_results: bool; JSON body; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipublicdocumentuuidcardcard-idexport-format
        """
        return self._call(
            "POST",
            "/api/public/document/{}/card/{}/{}",
            (uuid, card_id, export_format),
            body={
                "format_rows": format_rows,
                "parameters": parameters,
                "pivot_results": pivot_results,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
