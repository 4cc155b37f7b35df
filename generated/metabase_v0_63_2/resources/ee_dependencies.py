"""Routes of the 'ee-dependencies' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    BrokenDependentEntity,
    CardEntity,
    DashboardEntity,
    DocumentEntity,
    GetEeDependenciesBackfillStatusResponse,
    GetEeDependenciesGraphBreakingResponse,
    GetEeDependenciesGraphUnreferencedResponse,
    GraphResponse,
    MeasureEntity,
    SandboxEntity,
    SegmentEntity,
    SnippetEntity,
    TableEntity,
    TransformEntity,
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
    ) -> GetEeDependenciesBackfillStatusResponse:
        """GET /api/ee/dependencies/backfill-status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesbackfill-status
        """
        _result: GetEeDependenciesBackfillStatusResponse = self._call(
            "GET",
            "/api/ee/dependencies/backfill-status",
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
        id: int | Unset = UNSET,
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
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GraphResponse:
        """GET /api/ee/dependencies/graph

        Args:
            id: int; query string; optional.
            type: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']; query string; optional; one of 'transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraph
        """
        _result: GraphResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph",
            (),
            query={
                "id": id,
                "type": type,
            },
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
            | Unset
        ) = UNSET,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | Unset
        ) = UNSET,
        query: str | Unset = UNSET,
        include_personal_collections: bool | Unset = UNSET,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeDependenciesGraphBreakingResponse:
        """GET /api/ee/dependencies/graph/breaking

        Args:
            types: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'] | list[Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']]; query string; optional.
            card_types: Literal['question', 'metric', 'model'] | list[Literal['question', 'metric', 'model']]; query string; optional; sent as 'card-types'.
            query: str; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['dependents-with-errors', 'dependents-errors', 'name', 'location']; query string; optional; one of 'dependents-with-errors', 'dependents-errors', 'name', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbreaking
        """
        _result: GetEeDependenciesGraphBreakingResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph/breaking",
            (),
            query={
                "types": types,
                "card-types": card_types,
                "query": query,
                "include-personal-collections": include_personal_collections,
                "sort-column": sort_column,
                "sort-direction": sort_direction,
                "limit": limit,
                "offset": offset,
            },
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
            | Unset
        ) = UNSET,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | Unset
        ) = UNSET,
        include_personal_collections: bool | Unset = UNSET,
        sort_column: Literal["name", "view-count", "location"] | Unset = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[BrokenDependentEntity]:
        """GET /api/ee/dependencies/graph/broken

        Args:
            id: int; query string; required.
            type: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']; query string; required; one of 'transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'.
            dependent_types: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'] | list[Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']]; query string; optional; sent as 'dependent-types'.
            dependent_card_types: Literal['question', 'metric', 'model'] | list[Literal['question', 'metric', 'model']]; query string; optional; sent as 'dependent-card-types'.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['name', 'view-count', 'location']; query string; optional; one of 'name', 'view-count', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphbroken
        """
        _result: List[BrokenDependentEntity] = self._call(
            "GET",
            "/api/ee/dependencies/graph/broken",
            (),
            query={
                "id": id,
                "type": type,
                "dependent-types": dependent_types,
                "dependent-card-types": dependent_card_types,
                "include-personal-collections": include_personal_collections,
                "sort-column": sort_column,
                "sort-direction": sort_direction,
            },
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
            | Unset
        ) = UNSET,
        dependent_card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | Unset
        ) = UNSET,
        broken: bool | Unset = UNSET,
        query: str | Unset = UNSET,
        include_personal_collections: bool | Unset = UNSET,
        sort_column: Literal["name", "view-count", "location"] | Unset = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
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
            id: int; query string; required.
            type: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']; query string; required; one of 'transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'.
            dependent_types: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'] | list[Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']]; query string; optional; sent as 'dependent-types'.
            dependent_card_types: Literal['question', 'metric', 'model'] | list[Literal['question', 'metric', 'model']]; query string; optional; sent as 'dependent-card-types'.
            broken: bool; query string; optional.
            query: str; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['name', 'view-count', 'location']; query string; optional; one of 'name', 'view-count', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.

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
            "GET",
            "/api/ee/dependencies/graph/dependents",
            (),
            query={
                "id": id,
                "type": type,
                "dependent-types": dependent_types,
                "dependent-card-types": dependent_card_types,
                "broken": broken,
                "query": query,
                "include-personal-collections": include_personal_collections,
                "sort-column": sort_column,
                "sort-direction": sort_direction,
            },
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
            | Unset
        ) = UNSET,
        card_types: (
            Literal["question", "metric", "model"]
            | List[Literal["question", "metric", "model"]]
            | Unset
        ) = UNSET,
        query: str | Unset = UNSET,
        include_personal_collections: bool | Unset = UNSET,
        sort_column: (
            Literal["dependents-with-errors", "dependents-errors", "name", "location"] | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeDependenciesGraphUnreferencedResponse:
        """GET /api/ee/dependencies/graph/unreferenced

        Args:
            types: Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment'] | list[Literal['transform', 'table', 'snippet', 'dashboard', 'sandbox', 'measure', 'card', 'document', 'segment']]; query string; optional.
            card_types: Literal['question', 'metric', 'model'] | list[Literal['question', 'metric', 'model']]; query string; optional; sent as 'card-types'.
            query: str; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['dependents-with-errors', 'dependents-errors', 'name', 'location']; query string; optional; one of 'dependents-with-errors', 'dependents-errors', 'name', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedependenciesgraphunreferenced
        """
        _result: GetEeDependenciesGraphUnreferencedResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph/unreferenced",
            (),
            query={
                "types": types,
                "card-types": card_types,
                "query": query,
                "include-personal-collections": include_personal_collections,
                "sort-column": sort_column,
                "sort-direction": sort_direction,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
