"""Routes of the 'metric' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    BreakoutValuesResponse,
    DatasetResponse,
    Definition,
    GetMetricByIdDimensionByDimensionKeyValuesResponse,
    GetMetricResponse,
    MetricWithDimensions,
)


class MetricResource(Resource):
    """Routes of the 'metric' namespace (7 endpoints)."""

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MetricWithDimensions:
        """GET /api/metric/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetricid
        """
        _result: MetricWithDimensions = self._call(
            "GET",
            "/api/metric/{}",
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
        """GET /api/metric/{id}/dimension/{dimension-key}/remapping

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyremapping
        """
        _result: List[Any] = self._call(
            "GET",
            "/api/metric/{}/dimension/{}/remapping",
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
        """GET /api/metric/{id}/dimension/{dimension-key}/search

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.
            query: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keysearch
        """
        _result: List[List[str]] = self._call(
            "GET",
            "/api/metric/{}/dimension/{}/search",
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
    ) -> GetMetricByIdDimensionByDimensionKeyValuesResponse:
        """GET /api/metric/{id}/dimension/{dimension-key}/values

        Args:
            id: int; path; required.
            dimension_key: str; path; required; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyvalues
        """
        _result: GetMetricByIdDimensionByDimensionKeyValuesResponse = self._call(
            "GET",
            "/api/metric/{}/dimension/{}/values",
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
    ) -> GetMetricResponse:
        """GET /api/metric

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetric
        """
        _result: GetMetricResponse = self._call(
            "GET",
            "/api/metric",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_breakout_values(
        self,
        *,
        definition: Definition,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BreakoutValuesResponse:
        """POST /api/metric/breakout-values

        Args:
            definition: Definition; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricbreakout-values
        """
        _result: BreakoutValuesResponse = self._call(
            "POST",
            "/api/metric/breakout-values",
            (),
            body={
                "definition": definition,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_dataset(
        self,
        *,
        definition: Definition,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DatasetResponse:
        """POST /api/metric/dataset

        Args:
            definition: Definition; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricdataset
        """
        _result: DatasetResponse = self._call(
            "POST",
            "/api/metric/dataset",
            (),
            body={
                "definition": definition,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
