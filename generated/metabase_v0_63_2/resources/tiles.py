"""Routes of the 'tiles' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import LibQuery, ParametersParameter


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
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            query: LibQuery; query string; required.
            lat_field: Any; query string; required; sent as 'latField'.
            lon_field: Any; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitileszoomxy
        """
        return self._call(
            "GET",
            "/api/tiles/{}/{}/{}",
            (zoom, x, y),
            query={
                "query": query,
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
        parameters: List[ParametersParameter] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/{zoom}/{x}/{y}

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: list[ParametersParameter]; query string; optional.
            lat_field: Any; query string; required; sent as 'latField'.
            lon_field: Any; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilesdashboard-iddashcarddashcard-idcardcard-idzoomxy
        """
        return self._call(
            "GET",
            "/api/tiles/{}/dashcard/{}/card/{}/{}/{}/{}",
            (dashboard_id, dashcard_id, card_id, zoom, x, y),
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

    def get_for_card_id(
        self,
        card_id: int,
        zoom: int,
        x: int,
        y: int,
        *,
        lat_field: Any,
        lon_field: Any,
        parameters: List[ParametersParameter] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/{card-id}/{zoom}/{x}/{y}

        Args:
            card_id: int; path; required; sent as 'card-id'.
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            parameters: list[ParametersParameter]; query string; optional.
            lat_field: Any; query string; required; sent as 'latField'.
            lon_field: Any; query string; required; sent as 'lonField'.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitilescard-idzoomxy
        """
        return self._call(
            "GET",
            "/api/tiles/{}/{}/{}/{}",
            (card_id, zoom, x, y),
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
