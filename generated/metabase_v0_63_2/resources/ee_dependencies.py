"""Routes of the 'ee-dependencies' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, Literal, TYPE_CHECKING
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
    BrokenDependentEntity,
    CardEntity,
    DashboardEntity,
    DocumentEntity,
    GetEeBackfillStatusResponse,
    GetEeBreakingResponse,
    GetEeUnreferencedResponse,
    GraphResponse,
    MeasureEntity,
    SandboxEntity,
    SegmentEntity,
    SnippetEntity,
    TableEntity,
    TransformEntity,
)

_GET_BACKFILL_STATUS = RequestSpec("GET", "/api/ee/dependencies/backfill-status", ())
_GET_GRAPH = RequestSpec(
    "GET",
    "/api/ee/dependencies/graph",
    (
        Place("query", ("id",)),
        Place("query", ("type",)),
    ),
)
_GET_GRAPH_BREAKING = RequestSpec(
    "GET",
    "/api/ee/dependencies/graph/breaking",
    (
        Place("query", ("types",)),
        Place("query", ("card-types",)),
        Place("query", ("query",)),
        Place("query", ("include-personal-collections",)),
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_GRAPH_BROKEN = RequestSpec(
    "GET",
    "/api/ee/dependencies/graph/broken",
    (
        Place("query", ("id",)),
        Place("query", ("type",)),
        Place("query", ("dependent-types",)),
        Place("query", ("dependent-card-types",)),
        Place("query", ("include-personal-collections",)),
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
    ),
)
_GET_GRAPH_DEPENDENTS = RequestSpec(
    "GET",
    "/api/ee/dependencies/graph/dependents",
    (
        Place("query", ("id",)),
        Place("query", ("type",)),
        Place("query", ("dependent-types",)),
        Place("query", ("dependent-card-types",)),
        Place("query", ("broken",)),
        Place("query", ("query",)),
        Place("query", ("include-personal-collections",)),
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
    ),
)
_GET_GRAPH_UNREFERENCED = RequestSpec(
    "GET",
    "/api/ee/dependencies/graph/unreferenced",
    (
        Place("query", ("types",)),
        Place("query", ("card-types",)),
        Place("query", ("query",)),
        Place("query", ("include-personal-collections",)),
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)


class EeDependenciesResource(Resource):
    """Routes of the 'ee-dependencies' namespace (6 endpoints)."""

    def get_backfill_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeBackfillStatusResponse:
        """GET /api/ee/dependencies/backfill-status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesbackfill-status
        """
        _result: GetEeBackfillStatusResponse = self._call(
            _GET_BACKFILL_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph(
        self,
        *,
        id: int | None = None,
        type: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GraphResponse:
        """GET /api/ee/dependencies/graph

        Args:
            id: query string; optional; must be >= 1.
            type: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraph
        """
        _result: GraphResponse = self._call(
            _GET_GRAPH,
            (id, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_breaking(
        self,
        *,
        types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeBreakingResponse:
        """GET /api/ee/dependencies/graph/breaking

        Args:
            types: query string; optional.
            card_types: query string; optional; sent as 'card-types'.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbreaking
        """
        _result: GetEeBreakingResponse = self._call(
            _GET_GRAPH_BREAKING,
            (
                types,
                card_types,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
                limit,
                offset,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_broken(
        self,
        *,
        id: int,
        type: Literal[
            "transform",
            "table",
            "snippet",
            "dashboard",
            "sandbox",
            "measure",
            "card",
            "document",
            "segment",
        ],
        dependent_types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        include_personal_collections: bool | None = None,
        sort_column: Literal["name", "view-count", "location"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[BrokenDependentEntity]:
        """GET /api/ee/dependencies/graph/broken

        Args:
            id: query string; required; must be >= 1.
            type: query string; required.
            dependent_types: query string; optional; sent as 'dependent-types'.
            dependent_card_types: query string; optional; sent as 'dependent-card-types'.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbroken
        """
        _result: List[BrokenDependentEntity] = self._call(
            _GET_GRAPH_BROKEN,
            (
                id,
                type,
                dependent_types,
                dependent_card_types,
                include_personal_collections,
                sort_column,
                sort_direction,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_dependents(
        self,
        *,
        id: int,
        type: Literal[
            "transform",
            "table",
            "snippet",
            "dashboard",
            "sandbox",
            "measure",
            "card",
            "document",
            "segment",
        ],
        dependent_types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        broken: bool | None = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: Literal["name", "view-count", "location"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[
        TableEntity
        | CardEntity
        | SnippetEntity
        | TransformEntity
        | DashboardEntity
        | DocumentEntity
        | SandboxEntity
        | SegmentEntity
        | MeasureEntity
    ]:
        """GET /api/ee/dependencies/graph/dependents

        Args:
            id: query string; required; must be >= 1.
            type: query string; required.
            dependent_types: query string; optional; sent as 'dependent-types'.
            dependent_card_types: query string; optional; sent as 'dependent-card-types'.
            broken: query string; optional.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphdependents
        """
        _result: List[
            TableEntity
            | CardEntity
            | SnippetEntity
            | TransformEntity
            | DashboardEntity
            | DocumentEntity
            | SandboxEntity
            | SegmentEntity
            | MeasureEntity
        ] = self._call(
            _GET_GRAPH_DEPENDENTS,
            (
                id,
                type,
                dependent_types,
                dependent_card_types,
                broken,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph_unreferenced(
        self,
        *,
        types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeUnreferencedResponse:
        """GET /api/ee/dependencies/graph/unreferenced

        Args:
            types: query string; optional.
            card_types: query string; optional; sent as 'card-types'.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphunreferenced
        """
        _result: GetEeUnreferencedResponse = self._call(
            _GET_GRAPH_UNREFERENCED,
            (
                types,
                card_types,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
                limit,
                offset,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeDependenciesResource(AsyncResource):
    """Routes of the 'ee-dependencies' namespace, awaited (AsyncClient's)."""

    async def get_backfill_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeBackfillStatusResponse:
        """GET /api/ee/dependencies/backfill-status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesbackfill-status
        """
        _result: GetEeBackfillStatusResponse = await self._call(
            _GET_BACKFILL_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph(
        self,
        *,
        id: int | None = None,
        type: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GraphResponse:
        """GET /api/ee/dependencies/graph

        Args:
            id: query string; optional; must be >= 1.
            type: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraph
        """
        _result: GraphResponse = await self._call(
            _GET_GRAPH,
            (id, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_breaking(
        self,
        *,
        types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeBreakingResponse:
        """GET /api/ee/dependencies/graph/breaking

        Args:
            types: query string; optional.
            card_types: query string; optional; sent as 'card-types'.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbreaking
        """
        _result: GetEeBreakingResponse = await self._call(
            _GET_GRAPH_BREAKING,
            (
                types,
                card_types,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
                limit,
                offset,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_broken(
        self,
        *,
        id: int,
        type: Literal[
            "transform",
            "table",
            "snippet",
            "dashboard",
            "sandbox",
            "measure",
            "card",
            "document",
            "segment",
        ],
        dependent_types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        include_personal_collections: bool | None = None,
        sort_column: Literal["name", "view-count", "location"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[BrokenDependentEntity]:
        """GET /api/ee/dependencies/graph/broken

        Args:
            id: query string; required; must be >= 1.
            type: query string; required.
            dependent_types: query string; optional; sent as 'dependent-types'.
            dependent_card_types: query string; optional; sent as 'dependent-card-types'.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbroken
        """
        _result: List[BrokenDependentEntity] = await self._call(
            _GET_GRAPH_BROKEN,
            (
                id,
                type,
                dependent_types,
                dependent_card_types,
                include_personal_collections,
                sort_column,
                sort_direction,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_dependents(
        self,
        *,
        id: int,
        type: Literal[
            "transform",
            "table",
            "snippet",
            "dashboard",
            "sandbox",
            "measure",
            "card",
            "document",
            "segment",
        ],
        dependent_types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        broken: bool | None = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: Literal["name", "view-count", "location"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[
        TableEntity
        | CardEntity
        | SnippetEntity
        | TransformEntity
        | DashboardEntity
        | DocumentEntity
        | SandboxEntity
        | SegmentEntity
        | MeasureEntity
    ]:
        """GET /api/ee/dependencies/graph/dependents

        Args:
            id: query string; required; must be >= 1.
            type: query string; required.
            dependent_types: query string; optional; sent as 'dependent-types'.
            dependent_card_types: query string; optional; sent as 'dependent-card-types'.
            broken: query string; optional.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphdependents
        """
        _result: List[
            TableEntity
            | CardEntity
            | SnippetEntity
            | TransformEntity
            | DashboardEntity
            | DocumentEntity
            | SandboxEntity
            | SegmentEntity
            | MeasureEntity
        ] = await self._call(
            _GET_GRAPH_DEPENDENTS,
            (
                id,
                type,
                dependent_types,
                dependent_card_types,
                broken,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph_unreferenced(
        self,
        *,
        types: (
            Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ]
            | List[
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
            ]
            | None
        ) = None,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | None
        ) = None,
        query: str | None = None,
        include_personal_collections: bool | None = None,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeUnreferencedResponse:
        """GET /api/ee/dependencies/graph/unreferenced

        Args:
            types: query string; optional.
            card_types: query string; optional; sent as 'card-types'.
            query: query string; optional.
            include_personal_collections: query string; optional; sent as 'include-personal-collections'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphunreferenced
        """
        _result: GetEeUnreferencedResponse = await self._call(
            _GET_GRAPH_UNREFERENCED,
            (
                types,
                card_types,
                query,
                include_personal_collections,
                sort_column,
                sort_direction,
                limit,
                offset,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeDependenciesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_backfill_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeBackfillStatusResponse]: ...

        def get_graph(
            self,
            *,
            id: int | None = None,
            type: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GraphResponse]: ...

        def get_graph_breaking(
            self,
            *,
            types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: (
                Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeBreakingResponse]: ...

        def get_graph_broken(
            self,
            *,
            id: int,
            type: Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ],
            dependent_types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            dependent_card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            include_personal_collections: bool | None = None,
            sort_column: Literal["name", "view-count", "location"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[BrokenDependentEntity]]: ...

        def get_graph_dependents(
            self,
            *,
            id: int,
            type: Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ],
            dependent_types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            dependent_card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            broken: bool | None = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: Literal["name", "view-count", "location"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            List[
                TableEntity
                | CardEntity
                | SnippetEntity
                | TransformEntity
                | DashboardEntity
                | DocumentEntity
                | SandboxEntity
                | SegmentEntity
                | MeasureEntity
            ]
        ]: ...

        def get_graph_unreferenced(
            self,
            *,
            types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: (
                Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeUnreferencedResponse]: ...

    class AsyncRawEeDependenciesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_backfill_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeBackfillStatusResponse]: ...

        async def get_graph(
            self,
            *,
            id: int | None = None,
            type: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GraphResponse]: ...

        async def get_graph_breaking(
            self,
            *,
            types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: (
                Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeBreakingResponse]: ...

        async def get_graph_broken(
            self,
            *,
            id: int,
            type: Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ],
            dependent_types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            dependent_card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            include_personal_collections: bool | None = None,
            sort_column: Literal["name", "view-count", "location"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[BrokenDependentEntity]]: ...

        async def get_graph_dependents(
            self,
            *,
            id: int,
            type: Literal[
                "transform",
                "table",
                "snippet",
                "dashboard",
                "sandbox",
                "measure",
                "card",
                "document",
                "segment",
            ],
            dependent_types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            dependent_card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            broken: bool | None = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: Literal["name", "view-count", "location"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            List[
                TableEntity
                | CardEntity
                | SnippetEntity
                | TransformEntity
                | DashboardEntity
                | DocumentEntity
                | SandboxEntity
                | SegmentEntity
                | MeasureEntity
            ]
        ]: ...

        async def get_graph_unreferenced(
            self,
            *,
            types: (
                Literal[
                    "transform",
                    "table",
                    "snippet",
                    "dashboard",
                    "sandbox",
                    "measure",
                    "card",
                    "document",
                    "segment",
                ]
                | List[
                    Literal[
                        "transform",
                        "table",
                        "snippet",
                        "dashboard",
                        "sandbox",
                        "measure",
                        "card",
                        "document",
                        "segment",
                    ]
                ]
                | None
            ) = None,
            card_types: (
                Literal["question", "metric", "model"]
                | List[Literal["question", "metric", "model"]]
                | None
            ) = None,
            query: str | None = None,
            include_personal_collections: bool | None = None,
            sort_column: (
                Literal["dependents-with-errors", "dependents-errors", "name", "location"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeUnreferencedResponse]: ...
