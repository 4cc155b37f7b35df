"""Routes of the 'public' namespace (21 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import (
    Card,
    Dashboard,
    Dataset,
    WritebackAction2,
    WritebackAction3,
    WritebackAction4,
)

_GET_ACTION_BY_UUID = RequestSpec("GET", "/api/public/action/{}", (Place("path"),))
_GET_CARD_BY_UUID = RequestSpec("GET", "/api/public/card/{}", (Place("path"),))
_GET_CARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/public/card/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_CARD_PARAMS_SEARCH_BY_QUERY = RequestSpec(
    "GET",
    "/api/public/card/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/public/card/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_QUERY = RequestSpec(
    "GET",
    "/api/public/card/{}/query",
    (
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_CARD_QUERY_BY_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/public/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", ("format_rows",)),
        Place("query", ("pivot_results",)),
        Place("query", ("parameters",)),
    ),
)
_GET_DASHBOARD_BY_UUID = RequestSpec("GET", "/api/public/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_DASHBOARD_DASHCARD_EXECUTE = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/dashcard/{}/execute",
    (
        Place("path"),
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_DASHBOARD_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_OEMBED = RequestSpec(
    "GET",
    "/api/public/oembed",
    (
        Place("query", ("url",)),
        Place("query", ("format",)),
        Place("query", ("maxheight",)),
        Place("query", ("maxwidth",)),
    ),
)
_GET_PIVOT_CARD_QUERY = RequestSpec(
    "GET",
    "/api/public/pivot/card/{}/query",
    (
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/public/pivot/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_TILES_CARD_BY_UUID_AND_ZOOM_AND_X_AND_Y = RequestSpec(
    "GET",
    "/api/public/tiles/card/{}/{}/{}/{}",
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
    "/api/public/tiles/dashboard/{}/dashcard/{}/card/{}/{}/{}/{}",
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
_POST_ACTION_EXECUTE = RequestSpec(
    "POST",
    "/api/public/action/{}/execute",
    (
        Place("path"),
        Place("body", ("parameters",)),
    ),
)
_POST_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT = RequestSpec(
    "POST",
    "/api/public/dashboard/{}/dashcard/{}/card/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("body", ("format_rows",)),
        Place("body", ("parameters",)),
        Place("body", ("pivot_results",)),
    ),
)
_POST_DASHBOARD_DASHCARD_EXECUTE = RequestSpec(
    "POST",
    "/api/public/dashboard/{}/dashcard/{}/execute",
    (
        Place("path"),
        Place("path"),
        Place("body", ("parameters",)),
    ),
)


class PublicResource(Resource):
    """Routes of the 'public' namespace (21 endpoints)."""

    def get_action_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """GET /api/public/action/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicactionuuid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _GET_ACTION_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/public/card/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuid
        """
        _result: Card = self._call(
            _GET_CARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keyremapping
        """
        return self._call(
            _GET_CARD_PARAMS_REMAPPING,
            (uuid, param_key, value),
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keysearchquery
        """
        return self._call(
            _GET_CARD_PARAMS_SEARCH_BY_QUERY,
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keyvalues
        """
        return self._call(
            _GET_CARD_PARAMS_VALUES,
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/card/{uuid}/query

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidquery
        """
        _result: Dataset = self._call(
            _GET_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/query/{export-format}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidqueryexport-format
        """
        return self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (uuid, export_format, format_rows, pivot_results, parameters),
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
    ) -> Dashboard:
        """GET /api/public/dashboard/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuid
        """
        _result: Dashboard = self._call(
            _GET_DASHBOARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        _result: Dataset = self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = self._call(
            _GET_DASHBOARD_DASHCARD_EXECUTE,
            (uuid, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keyremapping
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_REMAPPING,
            (uuid, param_key, value),
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY,
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
            (uuid, param_key),
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
        format: Literal["json"] | None = None,
        maxheight: int | None = None,
        maxwidth: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: query string; required; at least 1 character.
            format: query string; optional.
            maxheight: query string; optional; not sent by default (the server assumes 800); must be >= 1.
            maxwidth: query string; optional; not sent by default (the server assumes 1024); must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicoembed
        """
        return self._call(
            _GET_OEMBED,
            (url, format, maxheight, maxwidth),
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/{uuid}/query

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicpivotcarduuidquery
        """
        return self._call(
            _GET_PIVOT_CARD_QUERY,
            (uuid, parameters),
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/tiles/card/{uuid}/{zoom}/{x}/{y}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublictilescarduuidzoomxy
        """
        return self._call(
            _GET_TILES_CARD_BY_UUID_AND_ZOOM_AND_X_AND_Y,
            (uuid, zoom, x, y, lat_field, lon_field, parameters),
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/tiles/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublictilesdashboarduuiddashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            _GET_TILES_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (uuid, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
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
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/action/{uuid}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicactionuuidexecute
        """
        return self._call(
            _POST_ACTION_EXECUTE,
            (uuid, parameters),
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
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicdashboarduuiddashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            _POST_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (uuid, dashcard_id, card_id, export_format, format_rows, parameters, pivot_results),
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
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return self._call(
            _POST_DASHBOARD_DASHCARD_EXECUTE,
            (uuid, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncPublicResource(AsyncResource):
    """Routes of the 'public' namespace, awaited (AsyncClient's)."""

    async def get_action_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """GET /api/public/action/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicactionuuid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _GET_ACTION_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/public/card/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuid
        """
        _result: Card = await self._call(
            _GET_CARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_params_remapping(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keyremapping
        """
        return await self._call(
            _GET_CARD_PARAMS_REMAPPING,
            (uuid, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_params_search_by_query(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keysearchquery
        """
        return await self._call(
            _GET_CARD_PARAMS_SEARCH_BY_QUERY,
            (uuid, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_params_values(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidparamsparam-keyvalues
        """
        return await self._call(
            _GET_CARD_PARAMS_VALUES,
            (uuid, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/card/{uuid}/query

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidquery
        """
        _result: Dataset = await self._call(
            _GET_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | None = None,
        pivot_results: bool | None = None,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/card/{uuid}/query/{export-format}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            export_format: path; required; sent as 'export-format'.
            format_rows: query string; optional; not sent by default (the server assumes false).
            pivot_results: query string; optional; not sent by default (the server assumes false).
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipubliccarduuidqueryexport-format
        """
        return await self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (uuid, export_format, format_rows, pivot_results, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dashboard_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/public/dashboard/{uuid}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuid
        """
        _result: Dashboard = await self._call(
            _GET_DASHBOARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        _result: Dataset = await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_execute(
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
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = await self._call(
            _GET_DASHBOARD_DASHCARD_EXECUTE,
            (uuid, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_params_remapping(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keyremapping
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_REMAPPING,
            (uuid, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_search_by_query(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY,
            (uuid, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_values(
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
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
            (uuid, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None = None,
        maxheight: int | None = None,
        maxwidth: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: query string; required; at least 1 character.
            format: query string; optional.
            maxheight: query string; optional; not sent by default (the server assumes 800); must be >= 1.
            maxwidth: query string; optional; not sent by default (the server assumes 1024); must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicoembed
        """
        return await self._call(
            _GET_OEMBED,
            (url, format, maxheight, maxwidth),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/{uuid}/query

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicpivotcarduuidquery
        """
        return await self._call(
            _GET_PIVOT_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tiles_card_by_uuid_and_zoom_and_x_and_y(
        self,
        uuid: str,
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
        """GET /api/public/tiles/card/{uuid}/{zoom}/{x}/{y}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublictilescarduuidzoomxy
        """
        return await self._call(
            _GET_TILES_CARD_BY_UUID_AND_ZOOM_AND_X_AND_Y,
            (uuid, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_tiles_dashboard_dashcard_card_by_card_id_and_zoom_and_x_and_y(
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/tiles/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipublictilesdashboarduuiddashcarddashcard-idcardcard-idzoomxy
        """
        return await self._call(
            _GET_TILES_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (uuid, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def post_action_execute(
        self,
        uuid: str,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/action/{uuid}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicactionuuidexecute
        """
        return await self._call(
            _POST_ACTION_EXECUTE,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/card/{card-id}/{export-format}

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicdashboarduuiddashcarddashcard-idcardcard-idexport-format
        """
        return await self._call(
            _POST_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (uuid, dashcard_id, card_id, export_format, format_rows, parameters, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def post_dashboard_dashcard_execute(
        self,
        uuid: str,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/dashboard/{uuid}/dashcard/{dashcard-id}/execute

        Args:
            uuid: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return await self._call(
            _POST_DASHBOARD_DASHCARD_EXECUTE,
            (uuid, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawPublicResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_action_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        def get_card_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def get_card_query_by_export_format(
            self,
            uuid: str,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def get_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

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
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_oembed(
            self,
            *,
            url: str,
            format: Literal["json"] | None = None,
            maxheight: int | None = None,
            maxwidth: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_tiles_card_by_uuid_and_zoom_and_x_and_y(
            self,
            uuid: str,
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
            uuid: str,
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

        def post_action_execute(
            self,
            uuid: str,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def post_dashboard_dashcard_execute(
            self,
            uuid: str,
            dashcard_id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawPublicResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_action_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        async def get_card_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        async def get_card_params_remapping(
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
        ) -> RawResponse[Any]: ...

        async def get_card_params_search_by_query(
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
        ) -> RawResponse[Any]: ...

        async def get_card_params_values(
            self,
            uuid: str,
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
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_card_query_by_export_format(
            self,
            uuid: str,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | None = None,
            pivot_results: bool | None = None,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def get_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_dashboard_dashcard_execute(
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
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

        async def get_dashboard_params_remapping(
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
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_search_by_query(
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
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_values(
            self,
            uuid: str,
            param_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_oembed(
            self,
            *,
            url: str,
            format: Literal["json"] | None = None,
            maxheight: int | None = None,
            maxwidth: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tiles_card_by_uuid_and_zoom_and_x_and_y(
            self,
            uuid: str,
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
            uuid: str,
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

        async def post_action_execute(
            self,
            uuid: str,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def post_dashboard_dashcard_execute(
            self,
            uuid: str,
            dashcard_id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
