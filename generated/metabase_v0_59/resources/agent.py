"""Routes of the 'agent' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
    AgentApiTable,
    ConstructQueryMetricRequest,
    ConstructQueryResponse,
    ConstructQueryTableRequest,
    ExecuteQueryResponse,
    FieldValues,
    GetAgentV1PingResponse,
    Metric,
    SearchResponse,
)

_GET_V1_METRIC_BY_ID = RequestSpec(
    "GET",
    "/api/agent/v1/metric/{}",
    (
        Place("path"),
        Place("query", ("with-default-temporal-breakout",)),
        Place("query", ("with-field-values",)),
        Place("query", ("with-queryable-dimensions",)),
        Place("query", ("with-segments",)),
    ),
)
_GET_V1_METRIC_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/agent/v1/metric/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_V1_PING = RequestSpec("GET", "/api/agent/v1/ping", ())
_GET_V1_TABLE_BY_ID = RequestSpec(
    "GET",
    "/api/agent/v1/table/{}",
    (
        Place("path"),
        Place("query", ("with-field-values",)),
        Place("query", ("with-fields",)),
        Place("query", ("with-related-tables",)),
        Place("query", ("with-metrics",)),
        Place("query", ("with-measures",)),
        Place("query", ("with-segments",)),
    ),
)
_GET_V1_TABLE_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/agent/v1/table/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_POST_V1_CONSTRUCT_QUERY = RequestSpec(
    "POST", "/api/agent/v1/construct-query", (Place("body", whole=True),)
)
_POST_V1_EXECUTE = RequestSpec("POST", "/api/agent/v1/execute", (Place("body", ("query",)),))
_POST_V1_SEARCH = RequestSpec(
    "POST",
    "/api/agent/v1/search",
    (
        Place("body", ("semantic_queries",)),
        Place("body", ("term_queries",)),
    ),
)


class AgentResource(Resource):
    """Routes of the 'agent' namespace (8 endpoints)."""

    def get_v1_metric_by_id(
        self,
        id: int,
        *,
        with_default_temporal_breakout: bool | None = None,
        with_field_values: bool | None = None,
        with_queryable_dimensions: bool | None = None,
        with_segments: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Metric:
        """GET /api/agent/v1/metric/{id}

        Args:
            id: path; required; must be >= 1.
            with_default_temporal_breakout: query string; optional; sent as 'with-default-temporal-breakout'.
            with_field_values: query string; optional; sent as 'with-field-values'.
            with_queryable_dimensions: query string; optional; sent as 'with-queryable-dimensions'.
            with_segments: query string; optional; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricid
        """
        _result: Metric = self._call(
            _GET_V1_METRIC_BY_ID,
            (
                id,
                with_default_temporal_breakout,
                with_field_values,
                with_queryable_dimensions,
                with_segments,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_v1_metric_field_values(
        self,
        id: int,
        field_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldValues:
        """GET /api/agent/v1/metric/{id}/field/{field-id}/values

        Args:
            id: path; required; must be >= 1.
            field_id: path; required; at least 1 character; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricidfieldfield-idvalues
        """
        _result: FieldValues = self._call(
            _GET_V1_METRIC_FIELD_VALUES,
            (id, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_v1_ping(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetAgentV1PingResponse:
        """GET /api/agent/v1/ping

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1ping
        """
        _result: GetAgentV1PingResponse = self._call(
            _GET_V1_PING,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_v1_table_by_id(
        self,
        id: int,
        *,
        with_field_values: bool | None = None,
        with_fields: bool | None = None,
        with_related_tables: bool | None = None,
        with_metrics: bool | None = None,
        with_measures: bool | None = None,
        with_segments: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AgentApiTable:
        """GET /api/agent/v1/table/{id}

        Args:
            id: path; required; must be >= 1.
            with_field_values: query string; optional; sent as 'with-field-values'.
            with_fields: query string; optional; sent as 'with-fields'.
            with_related_tables: query string; optional; sent as 'with-related-tables'.
            with_metrics: query string; optional; sent as 'with-metrics'.
            with_measures: query string; optional; sent as 'with-measures'.
            with_segments: query string; optional; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableid
        """
        _result: AgentApiTable = self._call(
            _GET_V1_TABLE_BY_ID,
            (
                id,
                with_field_values,
                with_fields,
                with_related_tables,
                with_metrics,
                with_measures,
                with_segments,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_v1_table_field_values(
        self,
        id: int,
        field_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldValues:
        """GET /api/agent/v1/table/{id}/field/{field-id}/values

        Args:
            id: path; required; must be >= 1.
            field_id: path; required; at least 1 character; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableidfieldfield-idvalues
        """
        _result: FieldValues = self._call(
            _GET_V1_TABLE_FIELD_VALUES,
            (id, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_construct_query(
        self,
        *,
        body: ConstructQueryTableRequest | ConstructQueryMetricRequest | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConstructQueryResponse:
        """POST /api/agent/v1/construct-query

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1construct-query
        """
        _result: ConstructQueryResponse = self._call(
            _POST_V1_CONSTRUCT_QUERY,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_execute(
        self,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ExecuteQueryResponse:
        """POST /api/agent/v1/execute

        Args:
            query: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1execute
        """
        _result: ExecuteQueryResponse = self._call(
            _POST_V1_EXECUTE,
            (query,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_search(
        self,
        *,
        semantic_queries: List[str] | None | Unset = UNSET,
        term_queries: List[str] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponse:
        """POST /api/agent/v1/search

        Args:
            semantic_queries: JSON body; optional; None sends null.
            term_queries: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1search
        """
        _result: SearchResponse = self._call(
            _POST_V1_SEARCH,
            (semantic_queries, term_queries),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncAgentResource(AsyncResource):
    """Routes of the 'agent' namespace, awaited (AsyncClient's)."""

    async def get_v1_metric_by_id(
        self,
        id: int,
        *,
        with_default_temporal_breakout: bool | None = None,
        with_field_values: bool | None = None,
        with_queryable_dimensions: bool | None = None,
        with_segments: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Metric:
        """GET /api/agent/v1/metric/{id}

        Args:
            id: path; required; must be >= 1.
            with_default_temporal_breakout: query string; optional; sent as 'with-default-temporal-breakout'.
            with_field_values: query string; optional; sent as 'with-field-values'.
            with_queryable_dimensions: query string; optional; sent as 'with-queryable-dimensions'.
            with_segments: query string; optional; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricid
        """
        _result: Metric = await self._call(
            _GET_V1_METRIC_BY_ID,
            (
                id,
                with_default_temporal_breakout,
                with_field_values,
                with_queryable_dimensions,
                with_segments,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_v1_metric_field_values(
        self,
        id: int,
        field_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldValues:
        """GET /api/agent/v1/metric/{id}/field/{field-id}/values

        Args:
            id: path; required; must be >= 1.
            field_id: path; required; at least 1 character; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricidfieldfield-idvalues
        """
        _result: FieldValues = await self._call(
            _GET_V1_METRIC_FIELD_VALUES,
            (id, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_v1_ping(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetAgentV1PingResponse:
        """GET /api/agent/v1/ping

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1ping
        """
        _result: GetAgentV1PingResponse = await self._call(
            _GET_V1_PING,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_v1_table_by_id(
        self,
        id: int,
        *,
        with_field_values: bool | None = None,
        with_fields: bool | None = None,
        with_related_tables: bool | None = None,
        with_metrics: bool | None = None,
        with_measures: bool | None = None,
        with_segments: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AgentApiTable:
        """GET /api/agent/v1/table/{id}

        Args:
            id: path; required; must be >= 1.
            with_field_values: query string; optional; sent as 'with-field-values'.
            with_fields: query string; optional; sent as 'with-fields'.
            with_related_tables: query string; optional; sent as 'with-related-tables'.
            with_metrics: query string; optional; sent as 'with-metrics'.
            with_measures: query string; optional; sent as 'with-measures'.
            with_segments: query string; optional; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableid
        """
        _result: AgentApiTable = await self._call(
            _GET_V1_TABLE_BY_ID,
            (
                id,
                with_field_values,
                with_fields,
                with_related_tables,
                with_metrics,
                with_measures,
                with_segments,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_v1_table_field_values(
        self,
        id: int,
        field_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldValues:
        """GET /api/agent/v1/table/{id}/field/{field-id}/values

        Args:
            id: path; required; must be >= 1.
            field_id: path; required; at least 1 character; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableidfieldfield-idvalues
        """
        _result: FieldValues = await self._call(
            _GET_V1_TABLE_FIELD_VALUES,
            (id, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_construct_query(
        self,
        *,
        body: ConstructQueryTableRequest | ConstructQueryMetricRequest | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConstructQueryResponse:
        """POST /api/agent/v1/construct-query

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1construct-query
        """
        _result: ConstructQueryResponse = await self._call(
            _POST_V1_CONSTRUCT_QUERY,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_execute(
        self,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ExecuteQueryResponse:
        """POST /api/agent/v1/execute

        Args:
            query: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1execute
        """
        _result: ExecuteQueryResponse = await self._call(
            _POST_V1_EXECUTE,
            (query,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_search(
        self,
        *,
        semantic_queries: List[str] | None | Unset = UNSET,
        term_queries: List[str] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponse:
        """POST /api/agent/v1/search

        Args:
            semantic_queries: JSON body; optional; None sends null.
            term_queries: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1search
        """
        _result: SearchResponse = await self._call(
            _POST_V1_SEARCH,
            (semantic_queries, term_queries),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawAgentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_v1_metric_by_id(
            self,
            id: int,
            *,
            with_default_temporal_breakout: bool | None = None,
            with_field_values: bool | None = None,
            with_queryable_dimensions: bool | None = None,
            with_segments: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Metric]: ...

        def get_v1_metric_field_values(
            self,
            id: int,
            field_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldValues]: ...

        def get_v1_ping(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetAgentV1PingResponse]: ...

        def get_v1_table_by_id(
            self,
            id: int,
            *,
            with_field_values: bool | None = None,
            with_fields: bool | None = None,
            with_related_tables: bool | None = None,
            with_metrics: bool | None = None,
            with_measures: bool | None = None,
            with_segments: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AgentApiTable]: ...

        def get_v1_table_field_values(
            self,
            id: int,
            field_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldValues]: ...

        def post_v1_construct_query(
            self,
            *,
            body: ConstructQueryTableRequest | ConstructQueryMetricRequest | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ConstructQueryResponse]: ...

        def post_v1_execute(
            self,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ExecuteQueryResponse]: ...

        def post_v1_search(
            self,
            *,
            semantic_queries: List[str] | None | Unset = UNSET,
            term_queries: List[str] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...

    class AsyncRawAgentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_v1_metric_by_id(
            self,
            id: int,
            *,
            with_default_temporal_breakout: bool | None = None,
            with_field_values: bool | None = None,
            with_queryable_dimensions: bool | None = None,
            with_segments: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Metric]: ...

        async def get_v1_metric_field_values(
            self,
            id: int,
            field_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldValues]: ...

        async def get_v1_ping(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetAgentV1PingResponse]: ...

        async def get_v1_table_by_id(
            self,
            id: int,
            *,
            with_field_values: bool | None = None,
            with_fields: bool | None = None,
            with_related_tables: bool | None = None,
            with_metrics: bool | None = None,
            with_measures: bool | None = None,
            with_segments: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AgentApiTable]: ...

        async def get_v1_table_field_values(
            self,
            id: int,
            field_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldValues]: ...

        async def post_v1_construct_query(
            self,
            *,
            body: ConstructQueryTableRequest | ConstructQueryMetricRequest | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ConstructQueryResponse]: ...

        async def post_v1_execute(
            self,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ExecuteQueryResponse]: ...

        async def post_v1_search(
            self,
            *,
            semantic_queries: List[str] | None | Unset = UNSET,
            term_queries: List[str] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...
