"""Routes of the 'tiles' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import LibQuery, ParametersParameter

_GET = RequestSpec(
    "GET",
    "/api/tiles/{}/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", ("query",)),
        Place("query", ("latField",)),
        Place("query", ("lonField",)),
    ),
)
_GET_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y = RequestSpec(
    "GET",
    "/api/tiles/{}/dashcard/{}/card/{}/{}/{}/{}",
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
_GET_FOR_CARD_ID = RequestSpec(
    "GET",
    "/api/tiles/{}/{}/{}/{}",
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


class TilesResource(Resource):
    """Routes of the 'tiles' namespace (3 endpoints)."""

    def get(
        self,
        zoom: int,
        x: int,
        y: int,
        *,
        query: LibQuery,
        lat_field: Any,
        lon_field: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{zoom}/{x}/{y}

        Args:
            zoom: path; required.
            x: path; required.
            y: path; required.
            query: query string; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitileszoomxy
        """
        return self._call(
            _GET,
            (zoom, x, y, query, lat_field, lon_field),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashcard_card_by_card_id_and_zoom_and_x_and_y(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: Any,
        lon_field: Any,
        parameters: List[ParametersParameter] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilesdashboard-iddashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            _GET_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (dashboard_id, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_for_card_id(
        self,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: Any,
        lon_field: Any,
        parameters: List[ParametersParameter] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{card-id}/{zoom}/{x}/{y}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilescard-idzoomxy
        """
        return self._call(
            _GET_FOR_CARD_ID,
            (card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


class AsyncTilesResource(AsyncResource):
    """Routes of the 'tiles' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        zoom: int,
        x: int,
        y: int,
        *,
        query: LibQuery,
        lat_field: Any,
        lon_field: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{zoom}/{x}/{y}

        Args:
            zoom: path; required.
            x: path; required.
            y: path; required.
            query: query string; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitileszoomxy
        """
        return await self._call(
            _GET,
            (zoom, x, y, query, lat_field, lon_field),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dashcard_card_by_card_id_and_zoom_and_x_and_y(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: Any,
        lon_field: Any,
        parameters: List[ParametersParameter] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilesdashboard-iddashcarddashcard-idcardcard-idzoomxy
        """
        return await self._call(
            _GET_DASHCARD_CARD_BY_CARD_ID_AND_ZOOM_AND_X_AND_Y,
            (dashboard_id, dashcard_id, card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_for_card_id(
        self,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: Any,
        lon_field: Any,
        parameters: List[ParametersParameter] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{card-id}/{zoom}/{x}/{y}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: query string; required; sent as 'latField'.
            lon_field: query string; required; sent as 'lonField'.
            parameters: query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilescard-idzoomxy
        """
        return await self._call(
            _GET_FOR_CARD_ID,
            (card_id, zoom, x, y, lat_field, lon_field, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


if TYPE_CHECKING:

    class RawTilesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            zoom: int,
            x: int,
            y: int,
            *,
            query: LibQuery,
            lat_field: Any,
            lon_field: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashcard_card_by_card_id_and_zoom_and_x_and_y(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: Any,
            lon_field: Any,
            parameters: List[ParametersParameter] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_for_card_id(
            self,
            card_id: int,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: Any,
            lon_field: Any,
            parameters: List[ParametersParameter] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawTilesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            zoom: int,
            x: int,
            y: int,
            *,
            query: LibQuery,
            lat_field: Any,
            lon_field: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashcard_card_by_card_id_and_zoom_and_x_and_y(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: Any,
            lon_field: Any,
            parameters: List[ParametersParameter] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_for_card_id(
            self,
            card_id: int,
            zoom: int,
            x: int,
            y: int,
            *,
            lat_field: Any,
            lon_field: Any,
            parameters: List[ParametersParameter] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...
