"""Routes of the 'metric' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    BreakoutValuesResponse,
    DatasetResponse,
    Definition,
    GetMetricDimensionValuesResponse,
    GetMetricResponse,
    MetricWithDimensions,
)

_GET = RequestSpec("GET", "/api/metric/{}", (Place("path"),))
_GET_DIMENSION_REMAPPING = RequestSpec(
    "GET",
    "/api/metric/{}/dimension/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_DIMENSION_SEARCH = RequestSpec(
    "GET",
    "/api/metric/{}/dimension/{}/search",
    (
        Place("path"),
        Place("path"),
        Place("query", ("query",)),
    ),
)
_GET_DIMENSION_VALUES = RequestSpec(
    "GET",
    "/api/metric/{}/dimension/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_LIST = RequestSpec("GET", "/api/metric", ())
_POST_BREAKOUT_VALUES = RequestSpec(
    "POST", "/api/metric/breakout-values", (Place("body", ("definition",)),)
)
_POST_DATASET = RequestSpec("POST", "/api/metric/dataset", (Place("body", ("definition",)),))


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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetricid
        """
        _result: MetricWithDimensions = self._call(
            _GET,
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
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyremapping
        """
        _result: List[Any] = self._call(
            _GET_DIMENSION_REMAPPING,
            (id, dimension_key, value),
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
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            query: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keysearch
        """
        _result: List[List[str]] = self._call(
            _GET_DIMENSION_SEARCH,
            (id, dimension_key, query),
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
    ) -> GetMetricDimensionValuesResponse:
        """GET /api/metric/{id}/dimension/{dimension-key}/values

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyvalues
        """
        _result: GetMetricDimensionValuesResponse = self._call(
            _GET_DIMENSION_VALUES,
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
            _LIST,
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
            definition: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricbreakout-values
        """
        _result: BreakoutValuesResponse = self._call(
            _POST_BREAKOUT_VALUES,
            (definition,),
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
            definition: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricdataset
        """
        _result: DatasetResponse = self._call(
            _POST_DATASET,
            (definition,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncMetricResource(AsyncResource):
    """Routes of the 'metric' namespace, awaited (AsyncClient's)."""

    async def get(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetricid
        """
        _result: MetricWithDimensions = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_remapping(
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
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyremapping
        """
        _result: List[Any] = await self._call(
            _GET_DIMENSION_REMAPPING,
            (id, dimension_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_search(
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
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            query: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keysearch
        """
        _result: List[List[str]] = await self._call(
            _GET_DIMENSION_SEARCH,
            (id, dimension_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_values(
        self,
        id: int,
        dimension_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetricDimensionValuesResponse:
        """GET /api/metric/{id}/dimension/{dimension-key}/values

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetriciddimensiondimension-keyvalues
        """
        _result: GetMetricDimensionValuesResponse = await self._call(
            _GET_DIMENSION_VALUES,
            (id, dimension_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
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
        _result: GetMetricResponse = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_breakout_values(
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
            definition: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricbreakout-values
        """
        _result: BreakoutValuesResponse = await self._call(
            _POST_BREAKOUT_VALUES,
            (definition,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_dataset(
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
            definition: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetricdataset
        """
        _result: DatasetResponse = await self._call(
            _POST_DATASET,
            (definition,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawMetricResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MetricWithDimensions]: ...

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
        ) -> RawResponse[List[Any]]: ...

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
        ) -> RawResponse[List[List[str]]]: ...

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
        ) -> RawResponse[GetMetricDimensionValuesResponse]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetricResponse]: ...

        def post_breakout_values(
            self,
            *,
            definition: Definition,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BreakoutValuesResponse]: ...

        def post_dataset(
            self,
            *,
            definition: Definition,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DatasetResponse]: ...

    class AsyncRawMetricResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MetricWithDimensions]: ...

        async def get_dimension_remapping(
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
        ) -> RawResponse[List[Any]]: ...

        async def get_dimension_search(
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
        ) -> RawResponse[List[List[str]]]: ...

        async def get_dimension_values(
            self,
            id: int,
            dimension_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetricDimensionValuesResponse]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetricResponse]: ...

        async def post_breakout_values(
            self,
            *,
            definition: Definition,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BreakoutValuesResponse]: ...

        async def post_dataset(
            self,
            *,
            definition: Definition,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DatasetResponse]: ...
