"""Routes of the 'agent' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    ConstructQueryRequest,
    ConstructQueryResponse,
    CreateCollectionResponse,
    CreateDashboardResponse,
    CreateMetricResponse,
    CreateQuestionResponse,
    DashcardMutationOption1,
    DashcardMutationOption2,
    DashcardMutationOption3,
    ExecuteQueryResponse,
    GetAgentV1PingResponse,
    QueryRequestOption1,
    QueryRequestOption2,
    QueryResponse,
    ReadResourceResponse,
    SearchResponse,
    UpdateDashboardResponse,
    UpdateMetricResponse,
    UpdateQuestionResponse,
)


class AgentResource(Resource):
    """Routes of the 'agent' namespace (16 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiagentv1ping
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

    def post_v1_collection(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        parent_collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateCollectionResponse:
        """POST /api/agent/v1/collection

        Args:
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            parent_collection_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1collection
        """
        _result: CreateCollectionResponse = self._call(
            "POST",
            "/api/agent/v1/collection",
            (),
            body={
                "description": description,
                "name": name,
                "parent_collection_id": parent_collection_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_construct_native_query(
        self,
        *,
        database_id: int,
        sql: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConstructQueryResponse:
        """POST /api/agent/v1/construct-native-query

        Args:
            database_id: int; JSON body; required.
            sql: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1construct-native-query
        """
        _result: ConstructQueryResponse = self._call(
            "POST",
            "/api/agent/v1/construct-native-query",
            (),
            body={
                "database_id": database_id,
                "sql": sql,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_dashboard(
        self,
        *,
        name: str,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        question_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateDashboardResponse:
        """POST /api/agent/v1/dashboard

        Args:
            collection_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            question_ids: list[int] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1dashboard
        """
        _result: CreateDashboardResponse = self._call(
            "POST",
            "/api/agent/v1/dashboard",
            (),
            body={
                "collection_id": collection_id,
                "description": description,
                "name": name,
                "question_ids": question_ids,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute
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

    def post_v1_execute_sql(
        self,
        *,
        database_id: int,
        sql: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ExecuteQueryResponse:
        """POST /api/agent/v1/execute-sql

        Args:
            database_id: int; JSON body; required.
            sql: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute-sql
        """
        _result: ExecuteQueryResponse = self._call(
            "POST",
            "/api/agent/v1/execute-sql",
            (),
            body={
                "database_id": database_id,
                "sql": sql,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_metric(
        self,
        *,
        name: str,
        query: str,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display: (
            Literal[
                "table",
                "bar",
                "line",
                "pie",
                "scatter",
                "area",
                "row",
                "combo",
                "pivot",
                "scalar",
                "smartscalar",
                "gauge",
                "progress",
                "funnel",
                "map",
                "waterfall",
                "sankey",
            ]
            | None
            | Unset
        ) = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateMetricResponse:
        """POST /api/agent/v1/metric

        Args:
            collection_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            display: Literal['table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'] | None; JSON body; optional; None sends null; one of 'table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'.
            name: str; JSON body; required.
            query: str; JSON body; required.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1metric
        """
        _result: CreateMetricResponse = self._call(
            "POST",
            "/api/agent/v1/metric",
            (),
            body={
                "collection_id": collection_id,
                "description": description,
                "display": display,
                "name": name,
                "query": query,
                "visualization_settings": visualization_settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_question(
        self,
        *,
        name: str,
        query: str,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display: (
            Literal[
                "table",
                "bar",
                "line",
                "pie",
                "scatter",
                "area",
                "row",
                "combo",
                "pivot",
                "scalar",
                "smartscalar",
                "gauge",
                "progress",
                "funnel",
                "map",
                "waterfall",
                "sankey",
            ]
            | None
            | Unset
        ) = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateQuestionResponse:
        """POST /api/agent/v1/question

        Args:
            collection_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            display: Literal['table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'] | None; JSON body; optional; None sends null; one of 'table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'.
            name: str; JSON body; required.
            query: str; JSON body; required.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1question
        """
        _result: CreateQuestionResponse = self._call(
            "POST",
            "/api/agent/v1/question",
            (),
            body={
                "collection_id": collection_id,
                "description": description,
                "display": display,
                "name": name,
                "query": query,
                "visualization_settings": visualization_settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_question_query(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ExecuteQueryResponse:
        """POST /api/agent/v1/question/{id}/query

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1questionidquery
        """
        _result: ExecuteQueryResponse = self._call(
            "POST",
            "/api/agent/v1/question/{}/query",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v1_read_resource(
        self,
        *,
        uris: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ReadResourceResponse:
        """POST /api/agent/v1/read-resource

        Args:
            uris: list[str]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1read-resource
        """
        _result: ReadResourceResponse = self._call(
            "POST",
            "/api/agent/v1/read-resource",
            (),
            body={
                "uris": uris,
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
        semantic_queries: List[str] | str | None | Unset = UNSET,
        term_queries: List[str] | str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponse:
        """POST /api/agent/v1/search

        Args:
            semantic_queries: list[str] | str | None; JSON body; optional; None sends null.
            term_queries: list[str] | str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1search
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

    def post_v2_construct_query(
        self,
        *,
        query: dict[str, Any],
        prompt: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ConstructQueryResponse:
        """POST /api/agent/v2/construct-query

        Args:
            prompt: str | None; JSON body; optional; None sends null.
            query: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2construct-query
        """
        _result: ConstructQueryResponse = self._call(
            "POST",
            "/api/agent/v2/construct-query",
            (),
            body={
                "prompt": prompt,
                "query": query,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_v2_query(
        self,
        *,
        body: QueryRequestOption1 | QueryRequestOption2 | ConstructQueryRequest | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResponse:
        """POST /api/agent/v2/query

        Args:
            body: QueryRequestOption1 | QueryRequestOption2 | ConstructQueryRequest; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2query
        """
        _result: QueryResponse = self._call(
            "POST",
            "/api/agent/v2/query",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_v1_dashboard_by_id(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        dashcards: (
            List[DashcardMutationOption1 | DashcardMutationOption2 | DashcardMutationOption3]
            | None
            | Unset
        ) = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UpdateDashboardResponse:
        """PUT /api/agent/v1/dashboard/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            dashcards: list[DashcardMutationOption1 | DashcardMutationOption2 | DashcardMutationOption3] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1dashboardid
        """
        _result: UpdateDashboardResponse = self._call(
            "PUT",
            "/api/agent/v1/dashboard/{}",
            (id,),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "dashcards": dashcards,
                "description": description,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_v1_metric_by_id(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display: (
            Literal[
                "table",
                "bar",
                "line",
                "pie",
                "scatter",
                "area",
                "row",
                "combo",
                "pivot",
                "scalar",
                "smartscalar",
                "gauge",
                "progress",
                "funnel",
                "map",
                "waterfall",
                "sankey",
            ]
            | None
            | Unset
        ) = UNSET,
        name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UpdateMetricResponse:
        """PUT /api/agent/v1/metric/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            display: Literal['table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'] | None; JSON body; optional; None sends null; one of 'table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'.
            name: str | None; JSON body; optional; None sends null.
            query: str | None; JSON body; optional; None sends null.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1metricid
        """
        _result: UpdateMetricResponse = self._call(
            "PUT",
            "/api/agent/v1/metric/{}",
            (id,),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "description": description,
                "display": display,
                "name": name,
                "query": query,
                "visualization_settings": visualization_settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_v1_question_by_id(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        display: (
            Literal[
                "table",
                "bar",
                "line",
                "pie",
                "scatter",
                "area",
                "row",
                "combo",
                "pivot",
                "scalar",
                "smartscalar",
                "gauge",
                "progress",
                "funnel",
                "map",
                "waterfall",
                "sankey",
            ]
            | None
            | Unset
        ) = UNSET,
        name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UpdateQuestionResponse:
        """PUT /api/agent/v1/question/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            display: Literal['table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'] | None; JSON body; optional; None sends null; one of 'table', 'bar', 'line', 'pie', 'scatter', 'area', 'row', 'combo', 'pivot', 'scalar', 'smartscalar', 'gauge', 'progress', 'funnel', 'map', 'waterfall', 'sankey'.
            name: str | None; JSON body; optional; None sends null.
            query: str | None; JSON body; optional; None sends null.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1questionid
        """
        _result: UpdateQuestionResponse = self._call(
            "PUT",
            "/api/agent/v1/question/{}",
            (id,),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "description": description,
                "display": display,
                "name": name,
                "query": query,
                "visualization_settings": visualization_settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
