"""Routes of the 'collection' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import DashboardQuestionCandidatesResponse, MoveDashboardQuestionCandidatesResponse


class CollectionResource(Resource):
    """Routes of the 'collection' namespace (16 endpoints)."""

    def create(
        self,
        *,
        name: str,
        authority_level: Literal["official"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/collection

        Args:
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            namespace: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollection
        """
        return self._call(
            "POST",
            "/api/collection",
            (),
            body={
                "authority_level": authority_level,
                "description": description,
                "name": name,
                "namespace": namespace,
                "parent_id": parent_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/collection/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicollectionid
        """
        return self._call(
            "DELETE",
            "/api/collection/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/{id}

        Args:
            id: int | str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionid
        """
        return self._call(
            "GET",
            "/api/collection/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_question_candidates(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQuestionCandidatesResponse:
        """GET /api/collection/{id}/dashboard-question-candidates

        Args:
            id: int; path; required.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniddashboard-question-candidates
        """
        _result: DashboardQuestionCandidatesResponse = self._call(
            "GET",
            "/api/collection/{}/dashboard-question-candidates",
            (id,),
            query={
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

    def get_graph(
        self,
        *,
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/graph

        Args:
            namespace: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiongraph
        """
        return self._call(
            "GET",
            "/api/collection/graph",
            (),
            query={
                "namespace": namespace,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_items(
        self,
        id: int | str,
        *,
        models: (
            List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "measure",
                    "transform",
                    "document",
                    "pulse",
                    "metric",
                    "card",
                ]
            ]
            | None
            | Unset
        ) = UNSET,
        archived: bool | None = False,
        include_can_run_adhoc_query: bool | None = False,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None | Unset = UNSET,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"]
            | None
            | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | None | Unset = UNSET,
        official_collections_first: bool | None | Unset = UNSET,
        show_dashboard_questions: bool | None = False,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/{id}/items

        Args:
            id: int | str; path; required.
            models: list[Literal['dashboard', 'table', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'measure', 'transform', 'document', 'pulse', 'metric', 'card']] | None; query string; optional; may be None.
            archived: bool | None; query string; optional; default false; may be None.
            include_can_run_adhoc_query: bool | None; query string; optional; default false; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at', 'description'] | None; query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at', 'description'.
            sort_direction: Literal['desc', 'asc'] | None; query string; optional; may be None; one of 'desc', 'asc'.
            official_collections_first: bool | None; query string; optional; may be None.
            show_dashboard_questions: bool | None; query string; optional; default false; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniditems
        """
        return self._call(
            "GET",
            "/api/collection/{}/items",
            (id,),
            query={
                "models": models,
                "archived": archived,
                "include_can_run_adhoc_query": include_can_run_adhoc_query,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "official_collections_first": official_collections_first,
                "show_dashboard_questions": show_dashboard_questions,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root(
        self,
        *,
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root

        Args:
            namespace: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionroot
        """
        return self._call(
            "GET",
            "/api/collection/root",
            (),
            query={
                "namespace": namespace,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root_dashboard_question_candidates(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQuestionCandidatesResponse:
        """GET /api/collection/root/dashboard-question-candidates

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionrootdashboard-question-candidates
        """
        _result: DashboardQuestionCandidatesResponse = self._call(
            "GET",
            "/api/collection/root/dashboard-question-candidates",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_root_items(
        self,
        *,
        models: (
            List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "measure",
                    "transform",
                    "document",
                    "pulse",
                    "metric",
                    "card",
                ]
            ]
            | None
            | Unset
        ) = UNSET,
        collection_type: Literal["remote-synced"] | Unset = UNSET,
        include_can_run_adhoc_query: bool | None = False,
        archived: bool | None = False,
        namespace: str | None | Unset = UNSET,
        include_library: bool | None = False,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None | Unset = UNSET,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"]
            | None
            | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | None | Unset = UNSET,
        official_collections_first: bool | None | Unset = UNSET,
        show_dashboard_questions: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root/items

        Args:
            models: list[Literal['dashboard', 'table', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'measure', 'transform', 'document', 'pulse', 'metric', 'card']] | None; query string; optional; may be None.
            collection_type: Literal['remote-synced']; query string; optional; one of 'remote-synced'.
            include_can_run_adhoc_query: bool | None; query string; optional; default false; may be None.
            archived: bool | None; query string; optional; default false; may be None.
            namespace: str | None; query string; optional; may be None.
            include_library: bool | None; query string; optional; default false; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at', 'description'] | None; query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at', 'description'.
            sort_direction: Literal['desc', 'asc'] | None; query string; optional; may be None; one of 'desc', 'asc'.
            official_collections_first: bool | None; query string; optional; may be None.
            show_dashboard_questions: bool | None; query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionrootitems
        """
        return self._call(
            "GET",
            "/api/collection/root/items",
            (),
            query={
                "models": models,
                "collection_type": collection_type,
                "include_can_run_adhoc_query": include_can_run_adhoc_query,
                "archived": archived,
                "namespace": namespace,
                "include_library": include_library,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "official_collections_first": official_collections_first,
                "show_dashboard_questions": show_dashboard_questions,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_trash(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/trash

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiontrash
        """
        return self._call(
            "GET",
            "/api/collection/trash",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tree(
        self,
        *,
        exclude_archived: bool | None = False,
        exclude_other_user_collections: bool | None = False,
        include_library: bool | None = False,
        namespace: str | None | Unset = UNSET,
        namespaces: List[str] | None | Unset = UNSET,
        shallow: bool | None = False,
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/tree

        Args:
            exclude_archived: bool | None; query string; optional; default false; may be None; sent as 'exclude-archived'.
            exclude_other_user_collections: bool | None; query string; optional; default false; may be None; sent as 'exclude-other-user-collections'.
            include_library: bool | None; query string; optional; default false; may be None; sent as 'include-library'.
            namespace: str | None; query string; optional; may be None.
            namespaces: list[str] | None; query string; optional; may be None.
            shallow: bool | None; query string; optional; default false; may be None.
            collection_id: int | None; query string; optional; may be None; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiontree
        """
        return self._call(
            "GET",
            "/api/collection/tree",
            (),
            query={
                "exclude-archived": exclude_archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "include-library": include_library,
                "namespace": namespace,
                "namespaces": namespaces,
                "shallow": shallow,
                "collection-id": collection_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None = False,
        exclude_other_user_collections: bool | None = False,
        namespace: str | None | Unset = UNSET,
        personal_only: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection

        Args:
            archived: bool | None; query string; optional; default false; may be None.
            exclude_other_user_collections: bool | None; query string; optional; default false; may be None; sent as 'exclude-other-user-collections'.
            namespace: str | None; query string; optional; may be None.
            personal_only: bool | None; query string; optional; default false; may be None; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection",
            (),
            query={
                "archived": archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
                "personal-only": personal_only,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_move_dashboard_question_candidates(
        self,
        id: int,
        *,
        card_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MoveDashboardQuestionCandidatesResponse:
        """POST /api/collection/{id}/move-dashboard-question-candidates

        Args:
            id: int; path; required.
            card_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionidmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = self._call(
            "POST",
            "/api/collection/{}/move-dashboard-question-candidates",
            (id,),
            body={
                "card_ids": card_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_root_move_dashboard_question_candidates(
        self,
        *,
        card_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MoveDashboardQuestionCandidatesResponse:
        """POST /api/collection/root/move-dashboard-question-candidates

        Args:
            card_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionrootmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = self._call(
            "POST",
            "/api/collection/root/move-dashboard-question-candidates",
            (),
            body={
                "card_ids": card_ids,
            },
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
        archived: bool | None = False,
        authority_level: Literal["official"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        type: Literal["remote-synced"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; default false; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            type: Literal['remote-synced'] | None; JSON body; optional; None sends null; one of 'remote-synced'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectionid
        """
        return self._call(
            "PUT",
            "/api/collection/{}",
            (id,),
            body={
                "archived": archived,
                "authority_level": authority_level,
                "description": description,
                "name": name,
                "parent_id": parent_id,
                "type": type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_graph(
        self,
        *,
        groups: dict[str, Any],
        force: bool | None = False,
        skip_graph: bool | None = False,
        namespace: str | None | Unset = UNSET,
        revision: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/graph

        Args:
            force: bool | None; query string; optional; default false; may be None.
            skip_graph: bool | None; query string; optional; default false; may be None; sent as 'skip-graph'.
            groups: dict[str, Any]; JSON body; required.
            namespace: str | None; JSON body; optional; None sends null.
            revision: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectiongraph
        """
        return self._call(
            "PUT",
            "/api/collection/graph",
            (),
            query={
                "force": force,
                "skip-graph": skip_graph,
            },
            body={
                "groups": groups,
                "namespace": namespace,
                "revision": revision,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
