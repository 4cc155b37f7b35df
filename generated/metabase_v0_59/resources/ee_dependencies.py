"""Routes of the 'ee-dependencies' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    BrokenCardsResponse,
    BrokenDependentEntity,
    CardEntity,
    DashboardEntity,
    DocumentEntity,
    GetEeDependenciesGraphBreakingResponse,
    GetEeDependenciesGraphUnreferencedResponse,
    GraphResponse,
    LegacyColumnMetadata,
    MeasureEntity,
    ParameterMapping,
    ParametersParameter,
    PostEeDependenciesCheckTransformSource,
    SandboxEntity,
    SegmentEntity,
    SnippetEntity,
    TableEntity,
    TransformEntity,
)


class EeDependenciesResource(Resource):
    """Routes of the 'ee-dependencies' namespace (8 endpoints)."""

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
        archived: bool | Unset = UNSET,
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
            archived: bool; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieedependenciesgraph
        """
        _result: GraphResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph",
            (),
            query={
                "id": id,
                "type": type,
                "archived": archived,
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
        archived: bool | Unset = UNSET,
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
            archived: bool; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['dependents-with-errors', 'dependents-errors', 'name', 'location']; query string; optional; one of 'dependents-with-errors', 'dependents-errors', 'name', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieedependenciesgraphbreaking
        """
        _result: GetEeDependenciesGraphBreakingResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph/breaking",
            (),
            query={
                "types": types,
                "card-types": card_types,
                "query": query,
                "archived": archived,
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieedependenciesgraphbroken
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
        archived: bool | Unset = UNSET,
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
            archived: bool; query string; optional.
            broken: bool; query string; optional.
            query: str; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['name', 'view-count', 'location']; query string; optional; one of 'name', 'view-count', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieedependenciesgraphdependents
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
                "archived": archived,
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
        archived: bool | Unset = UNSET,
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
            archived: bool; query string; optional.
            include_personal_collections: bool; query string; optional; sent as 'include-personal-collections'.
            sort_column: Literal['dependents-with-errors', 'dependents-errors', 'name', 'location']; query string; optional; one of 'dependents-with-errors', 'dependents-errors', 'name', 'location'; sent as 'sort-column'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'; sent as 'sort-direction'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieedependenciesgraphunreferenced
        """
        _result: GetEeDependenciesGraphUnreferencedResponse = self._call(
            "GET",
            "/api/ee/dependencies/graph/unreferenced",
            (),
            query={
                "types": types,
                "card-types": card_types,
                "query": query,
                "archived": archived,
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

    def post_check_card(
        self,
        *,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        document_id: int | None | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        type: Literal["question", "metric", "model"] | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BrokenCardsResponse:
        """POST /api/ee/dependencies/check-card

        Args:
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            database_id: int | None; JSON body; optional; None sends null.
            document_id: int | None; JSON body; optional; None sends null.
            result_metadata: list[LegacyColumnMetadata] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            type: Literal['question', 'metric', 'model'] | None; JSON body; optional; None sends null; one of 'question', 'metric', 'model'.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieedependenciescheck-card
        """
        _result: BrokenCardsResponse = self._call(
            "POST",
            "/api/ee/dependencies/check-card",
            (),
            body={
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "id": id,
                "name": name,
                "database_id": database_id,
                "document_id": document_id,
                "result_metadata": result_metadata,
                "collection_id": collection_id,
                "type": type,
                "parameters": parameters,
                "description": description,
                "dashboard_id": dashboard_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_check_snippet(
        self,
        *,
        id: int,
        content: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BrokenCardsResponse:
        """POST /api/ee/dependencies/check-snippet

        Args:
            content: str; JSON body; optional.
            id: int; JSON body; required.
            name: str; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieedependenciescheck-snippet
        """
        _result: BrokenCardsResponse = self._call(
            "POST",
            "/api/ee/dependencies/check-snippet",
            (),
            body={
                "content": content,
                "id": id,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_check_transform(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        source: PostEeDependenciesCheckTransformSource | None | Unset = UNSET,
        target: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BrokenCardsResponse:
        """POST /api/ee/dependencies/check-transform

        Args:
            id: int; JSON body; required.
            name: str; JSON body; optional.
            source: PostEeDependenciesCheckTransformSource | None; JSON body; optional; None sends null.
            target: dict[str, Any] | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieedependenciescheck-transform
        """
        _result: BrokenCardsResponse = self._call(
            "POST",
            "/api/ee/dependencies/check-transform",
            (),
            body={
                "id": id,
                "name": name,
                "source": source,
                "target": target,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
