"""Routes of the 'agent' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
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


class AgentResource(Resource):
    """Routes of the 'agent' namespace (8 endpoints)."""

    def get_v1_metric_by_id(
        self,
        id: int,
        *,
        with_default_temporal_breakout: bool | None | Unset = UNSET,
        with_field_values: bool | None | Unset = UNSET,
        with_queryable_dimensions: bool | None | Unset = UNSET,
        with_segments: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Metric:
        """GET /api/agent/v1/metric/{id}

        Args:
            id: int; path; required.
            with_default_temporal_breakout: bool | None; query string; optional; may be None; sent as 'with-default-temporal-breakout'.
            with_field_values: bool | None; query string; optional; may be None; sent as 'with-field-values'.
            with_queryable_dimensions: bool | None; query string; optional; may be None; sent as 'with-queryable-dimensions'.
            with_segments: bool | None; query string; optional; may be None; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricid
        """
        _result: Metric = self._call(
            "GET",
            "/api/agent/v1/metric/{}",
            (id,),
            query={
                "with-default-temporal-breakout": with_default_temporal_breakout,
                "with-field-values": with_field_values,
                "with-queryable-dimensions": with_queryable_dimensions,
                "with-segments": with_segments,
            },
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
            id: int; path; required.
            field_id: str; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1metricidfieldfield-idvalues
        """
        _result: FieldValues = self._call(
            "GET",
            "/api/agent/v1/metric/{}/field/{}/values",
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
            "GET",
            "/api/agent/v1/ping",
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
        with_field_values: bool | None | Unset = UNSET,
        with_fields: bool | None | Unset = UNSET,
        with_related_tables: bool | None | Unset = UNSET,
        with_metrics: bool | None | Unset = UNSET,
        with_measures: bool | None | Unset = UNSET,
        with_segments: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AgentApiTable:
        """GET /api/agent/v1/table/{id}

        Args:
            id: int; path; required.
            with_field_values: bool | None; query string; optional; may be None; sent as 'with-field-values'.
            with_fields: bool | None; query string; optional; may be None; sent as 'with-fields'.
            with_related_tables: bool | None; query string; optional; may be None; sent as 'with-related-tables'.
            with_metrics: bool | None; query string; optional; may be None; sent as 'with-metrics'.
            with_measures: bool | None; query string; optional; may be None; sent as 'with-measures'.
            with_segments: bool | None; query string; optional; may be None; sent as 'with-segments'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableid
        """
        _result: AgentApiTable = self._call(
            "GET",
            "/api/agent/v1/table/{}",
            (id,),
            query={
                "with-field-values": with_field_values,
                "with-fields": with_fields,
                "with-related-tables": with_related_tables,
                "with-metrics": with_metrics,
                "with-measures": with_measures,
                "with-segments": with_segments,
            },
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
            id: int; path; required.
            field_id: str; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiagentv1tableidfieldfield-idvalues
        """
        _result: FieldValues = self._call(
            "GET",
            "/api/agent/v1/table/{}/field/{}/values",
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
            body: ConstructQueryTableRequest | ConstructQueryMetricRequest; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1construct-query
        """
        _result: ConstructQueryResponse = self._call(
            "POST",
            "/api/agent/v1/construct-query",
            (),
            raw_body=body,
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
            query: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1execute
        """
        _result: ExecuteQueryResponse = self._call(
            "POST",
            "/api/agent/v1/execute",
            (),
            body={
                "query": query,
            },
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
            semantic_queries: list[str] | None; JSON body; optional; None sends null.
            term_queries: list[str] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiagentv1search
        """
        _result: SearchResponse = self._call(
            "POST",
            "/api/agent/v1/search",
            (),
            body={
                "semantic_queries": semantic_queries,
                "term_queries": term_queries,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
