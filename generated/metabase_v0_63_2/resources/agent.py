"""Routes of the 'agent' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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

_GET_V1_PING = RequestSpec("GET", "/api/agent/v1/ping", ())
_POST_V1_COLLECTION = RequestSpec(
    "POST",
    "/api/agent/v1/collection",
    (
        Place("body", ("name",)),
        Place("body", ("description",)),
        Place("body", ("parent_collection_id",)),
    ),
)
_POST_V1_CONSTRUCT_NATIVE_QUERY = RequestSpec(
    "POST",
    "/api/agent/v1/construct-native-query",
    (
        Place("body", ("database_id",)),
        Place("body", ("sql",)),
    ),
)
_POST_V1_DASHBOARD = RequestSpec(
    "POST",
    "/api/agent/v1/dashboard",
    (
        Place("body", ("name",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
        Place("body", ("question_ids",)),
    ),
)
_POST_V1_EXECUTE = RequestSpec("POST", "/api/agent/v1/execute", (Place("body", ("query",)),))
_POST_V1_EXECUTE_SQL = RequestSpec(
    "POST",
    "/api/agent/v1/execute-sql",
    (
        Place("body", ("database_id",)),
        Place("body", ("sql",)),
    ),
)
_POST_V1_METRIC = RequestSpec(
    "POST",
    "/api/agent/v1/metric",
    (
        Place("body", ("name",)),
        Place("body", ("query",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
        Place("body", ("display",)),
        Place("body", ("visualization_settings",)),
    ),
)
_POST_V1_QUESTION = RequestSpec(
    "POST",
    "/api/agent/v1/question",
    (
        Place("body", ("name",)),
        Place("body", ("query",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
        Place("body", ("display",)),
        Place("body", ("visualization_settings",)),
    ),
)
_POST_V1_QUESTION_QUERY = RequestSpec("POST", "/api/agent/v1/question/{}/query", (Place("path"),))
_POST_V1_READ_RESOURCE = RequestSpec(
    "POST", "/api/agent/v1/read-resource", (Place("body", ("uris",)),)
)
_POST_V1_SEARCH = RequestSpec(
    "POST",
    "/api/agent/v1/search",
    (
        Place("body", ("semantic_queries",)),
        Place("body", ("term_queries",)),
    ),
)
_POST_V2_CONSTRUCT_QUERY = RequestSpec(
    "POST",
    "/api/agent/v2/construct-query",
    (
        Place("body", ("query",)),
        Place("body", ("prompt",)),
    ),
)
_POST_V2_QUERY = RequestSpec("POST", "/api/agent/v2/query", (Place("body", whole=True),))
_UPDATE_V1_DASHBOARD_BY_ID = RequestSpec(
    "PUT",
    "/api/agent/v1/dashboard/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("dashcards",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
    ),
)
_UPDATE_V1_METRIC_BY_ID = RequestSpec(
    "PUT",
    "/api/agent/v1/metric/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
        Place("body", ("display",)),
        Place("body", ("name",)),
        Place("body", ("query",)),
        Place("body", ("visualization_settings",)),
    ),
)
_UPDATE_V1_QUESTION_BY_ID = RequestSpec(
    "PUT",
    "/api/agent/v1/question/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
        Place("body", ("display",)),
        Place("body", ("name",)),
        Place("body", ("query",)),
        Place("body", ("visualization_settings",)),
    ),
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
            _GET_V1_PING,
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
            name: JSON body; required; at least 1 character.
            description: JSON body; optional; None sends null.
            parent_collection_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1collection
        """
        _result: CreateCollectionResponse = self._call(
            _POST_V1_COLLECTION,
            (name, description, parent_collection_id),
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
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1construct-native-query
        """
        _result: ConstructQueryResponse = self._call(
            _POST_V1_CONSTRUCT_NATIVE_QUERY,
            (database_id, sql),
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
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            question_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1dashboard
        """
        _result: CreateDashboardResponse = self._call(
            _POST_V1_DASHBOARD,
            (name, collection_id, description, question_ids),
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute
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
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute-sql
        """
        _result: ExecuteQueryResponse = self._call(
            _POST_V1_EXECUTE_SQL,
            (database_id, sql),
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
            name: JSON body; required; at least 1 character.
            query: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1metric
        """
        _result: CreateMetricResponse = self._call(
            _POST_V1_METRIC,
            (name, query, collection_id, description, display, visualization_settings),
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
            name: JSON body; required; at least 1 character.
            query: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1question
        """
        _result: CreateQuestionResponse = self._call(
            _POST_V1_QUESTION,
            (name, query, collection_id, description, display, visualization_settings),
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1questionidquery
        """
        _result: ExecuteQueryResponse = self._call(
            _POST_V1_QUESTION_QUERY,
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
            uris: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1read-resource
        """
        _result: ReadResourceResponse = self._call(
            _POST_V1_READ_RESOURCE,
            (uris,),
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
            semantic_queries: JSON body; optional; None sends null.
            term_queries: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1search
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
            query: JSON body; required.
            prompt: JSON body; optional; None sends null; at least 1 character; at most 10000 characters.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2construct-query
        """
        _result: ConstructQueryResponse = self._call(
            _POST_V2_CONSTRUCT_QUERY,
            (query, prompt),
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2query
        """
        _result: QueryResponse = self._call(
            _POST_V2_QUERY,
            (body,),
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            dashcards: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1dashboardid
        """
        _result: UpdateDashboardResponse = self._call(
            _UPDATE_V1_DASHBOARD_BY_ID,
            (id, archived, collection_id, dashcards, description, name),
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            query: JSON body; optional; None sends null; at least 1 character.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1metricid
        """
        _result: UpdateMetricResponse = self._call(
            _UPDATE_V1_METRIC_BY_ID,
            (
                id,
                archived,
                collection_id,
                description,
                display,
                name,
                query,
                visualization_settings,
            ),
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            query: JSON body; optional; None sends null; at least 1 character.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1questionid
        """
        _result: UpdateQuestionResponse = self._call(
            _UPDATE_V1_QUESTION_BY_ID,
            (
                id,
                archived,
                collection_id,
                description,
                display,
                name,
                query,
                visualization_settings,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncAgentResource(AsyncResource):
    """Routes of the 'agent' namespace, awaited (AsyncClient's)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiagentv1ping
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

    async def post_v1_collection(
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
            name: JSON body; required; at least 1 character.
            description: JSON body; optional; None sends null.
            parent_collection_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1collection
        """
        _result: CreateCollectionResponse = await self._call(
            _POST_V1_COLLECTION,
            (name, description, parent_collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_construct_native_query(
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
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1construct-native-query
        """
        _result: ConstructQueryResponse = await self._call(
            _POST_V1_CONSTRUCT_NATIVE_QUERY,
            (database_id, sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_dashboard(
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
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            question_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1dashboard
        """
        _result: CreateDashboardResponse = await self._call(
            _POST_V1_DASHBOARD,
            (name, collection_id, description, question_ids),
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute
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

    async def post_v1_execute_sql(
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
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1execute-sql
        """
        _result: ExecuteQueryResponse = await self._call(
            _POST_V1_EXECUTE_SQL,
            (database_id, sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_metric(
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
            name: JSON body; required; at least 1 character.
            query: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1metric
        """
        _result: CreateMetricResponse = await self._call(
            _POST_V1_METRIC,
            (name, query, collection_id, description, display, visualization_settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_question(
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
            name: JSON body; required; at least 1 character.
            query: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1question
        """
        _result: CreateQuestionResponse = await self._call(
            _POST_V1_QUESTION,
            (name, query, collection_id, description, display, visualization_settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_question_query(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1questionidquery
        """
        _result: ExecuteQueryResponse = await self._call(
            _POST_V1_QUESTION_QUERY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v1_read_resource(
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
            uris: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1read-resource
        """
        _result: ReadResourceResponse = await self._call(
            _POST_V1_READ_RESOURCE,
            (uris,),
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
            semantic_queries: JSON body; optional; None sends null.
            term_queries: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv1search
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

    async def post_v2_construct_query(
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
            query: JSON body; required.
            prompt: JSON body; optional; None sends null; at least 1 character; at most 10000 characters.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2construct-query
        """
        _result: ConstructQueryResponse = await self._call(
            _POST_V2_CONSTRUCT_QUERY,
            (query, prompt),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_v2_query(
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiagentv2query
        """
        _result: QueryResponse = await self._call(
            _POST_V2_QUERY,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_v1_dashboard_by_id(
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            dashcards: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1dashboardid
        """
        _result: UpdateDashboardResponse = await self._call(
            _UPDATE_V1_DASHBOARD_BY_ID,
            (id, archived, collection_id, dashcards, description, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_v1_metric_by_id(
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            query: JSON body; optional; None sends null; at least 1 character.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1metricid
        """
        _result: UpdateMetricResponse = await self._call(
            _UPDATE_V1_METRIC_BY_ID,
            (
                id,
                archived,
                collection_id,
                description,
                display,
                name,
                query,
                visualization_settings,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_v1_question_by_id(
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
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            query: JSON body; optional; None sends null; at least 1 character.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiagentv1questionid
        """
        _result: UpdateQuestionResponse = await self._call(
            _UPDATE_V1_QUESTION_BY_ID,
            (
                id,
                archived,
                collection_id,
                description,
                display,
                name,
                query,
                visualization_settings,
            ),
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

        def get_v1_ping(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetAgentV1PingResponse]: ...

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
        ) -> RawResponse[CreateCollectionResponse]: ...

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
        ) -> RawResponse[ConstructQueryResponse]: ...

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
        ) -> RawResponse[CreateDashboardResponse]: ...

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
        ) -> RawResponse[ExecuteQueryResponse]: ...

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
        ) -> RawResponse[CreateMetricResponse]: ...

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
        ) -> RawResponse[CreateQuestionResponse]: ...

        def post_v1_question_query(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ExecuteQueryResponse]: ...

        def post_v1_read_resource(
            self,
            *,
            uris: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ReadResourceResponse]: ...

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
        ) -> RawResponse[SearchResponse]: ...

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
        ) -> RawResponse[ConstructQueryResponse]: ...

        def post_v2_query(
            self,
            *,
            body: QueryRequestOption1 | QueryRequestOption2 | ConstructQueryRequest | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResponse]: ...

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
        ) -> RawResponse[UpdateDashboardResponse]: ...

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
        ) -> RawResponse[UpdateMetricResponse]: ...

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
        ) -> RawResponse[UpdateQuestionResponse]: ...

    class AsyncRawAgentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_v1_ping(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetAgentV1PingResponse]: ...

        async def post_v1_collection(
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
        ) -> RawResponse[CreateCollectionResponse]: ...

        async def post_v1_construct_native_query(
            self,
            *,
            database_id: int,
            sql: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ConstructQueryResponse]: ...

        async def post_v1_dashboard(
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
        ) -> RawResponse[CreateDashboardResponse]: ...

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

        async def post_v1_execute_sql(
            self,
            *,
            database_id: int,
            sql: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ExecuteQueryResponse]: ...

        async def post_v1_metric(
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
        ) -> RawResponse[CreateMetricResponse]: ...

        async def post_v1_question(
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
        ) -> RawResponse[CreateQuestionResponse]: ...

        async def post_v1_question_query(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ExecuteQueryResponse]: ...

        async def post_v1_read_resource(
            self,
            *,
            uris: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ReadResourceResponse]: ...

        async def post_v1_search(
            self,
            *,
            semantic_queries: List[str] | str | None | Unset = UNSET,
            term_queries: List[str] | str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...

        async def post_v2_construct_query(
            self,
            *,
            query: dict[str, Any],
            prompt: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ConstructQueryResponse]: ...

        async def post_v2_query(
            self,
            *,
            body: QueryRequestOption1 | QueryRequestOption2 | ConstructQueryRequest | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResponse]: ...

        async def update_v1_dashboard_by_id(
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
        ) -> RawResponse[UpdateDashboardResponse]: ...

        async def update_v1_metric_by_id(
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
        ) -> RawResponse[UpdateMetricResponse]: ...

        async def update_v1_question_by_id(
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
        ) -> RawResponse[UpdateQuestionResponse]: ...
