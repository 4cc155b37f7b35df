"""Routes of the 'measure' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import GetMeasureByIdDimensionByDimensionKeyValuesResponse, Measure


class MeasureResource(Resource):
    """Routes of the 'measure' namespace (7 endpoints)."""

    def create(
        self,
        *,
        definition: dict[str, Any],
        name: str,
        table_id: int,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Measure:
        """POST /api/measure

        Args:
            definition: dict[str, Any]; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            table_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimeasure
        """
        _result: Measure = self._call(
            "POST",
            "/api/measure",
            (),
            body={
                "definition": definition,
                "description": description,
                "name": name,
                "table_id": table_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Measure:
        """GET /api/measure/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureid
        """
        _result: Measure = self._call(
            "GET",
            "/api/measure/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_remapping(
        self,
        id: int,
        dimension_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Any]:
        """GET /api/measure/{id}/dimension/{dimension-key}/remapping

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyremapping
        """
        _result: List[Any] = self._call(
            "GET",
            "/api/measure/{}/dimension/{}/remapping",
            (id, dimension_key),
            query={
                "value": value,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_search(
        self,
        id: int,
        dimension_key: str,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[str]]:
        """GET /api/measure/{id}/dimension/{dimension-key}/search

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.
            query: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keysearch
        """
        _result: List[List[str]] = self._call(
            "GET",
            "/api/measure/{}/dimension/{}/search",
            (id, dimension_key),
            query={
                "query": query,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_values(
        self,
        id: int,
        dimension_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMeasureByIdDimensionByDimensionKeyValuesResponse:
        """GET /api/measure/{id}/dimension/{dimension-key}/values

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyvalues
        """
        _result: GetMeasureByIdDimensionByDimensionKeyValuesResponse = self._call(
            "GET",
            "/api/measure/{}/dimension/{}/values",
            (id, dimension_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Measure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasure
        """
        _result: List[Measure] = self._call(
            "GET",
            "/api/measure",
            (),
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
        revision_message: str,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Measure:
        """PUT /api/measure/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimeasureid
        """
        _result: Measure = self._call(
            "PUT",
            "/api/measure/{}",
            (id,),
            body={
                "archived": archived,
                "definition": definition,
                "description": description,
                "name": name,
                "revision_message": revision_message,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
