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
        authority_level: Literal["official"] | Unset = UNSET,
        description: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/collection/

        Args:
            authority_level: Literal['official']; JSON body; optional; one of 'official'.
            description: str; JSON body; optional.
            name: str; JSON body; required.
            namespace: str; JSON body; optional.
            parent_id: int; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicollection
        """
        return self._call(
            "POST",
            "/api/collection/",
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apicollectionid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectionid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectioniddashboard-question-candidates
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
        namespace: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/graph

        Args:
            namespace: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectiongraph
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
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "pulse",
                    "metric",
                    "card",
                ]
            ]
            | Unset
        ) = UNSET,
        archived: bool = False,
        include_can_run_adhoc_query: bool = False,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | Unset = UNSET,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | Unset = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
        official_collections_first: bool | Unset = UNSET,
        show_dashboard_questions: bool = False,
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
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'metric', 'card']]; query string; optional.
            archived: bool; query string; optional; default false.
            include_can_run_adhoc_query: bool; query string; optional; default false.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all']; query string; optional; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at']; query string; optional; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'.
            official_collections_first: bool; query string; optional.
            show_dashboard_questions: bool; query string; optional; default false.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectioniditems
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
        namespace: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root

        Args:
            namespace: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectionroot
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectionrootdashboard-question-candidates
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
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "pulse",
                    "metric",
                    "card",
                ]
            ]
            | Unset
        ) = UNSET,
        include_can_run_adhoc_query: bool = False,
        archived: bool = False,
        namespace: str | Unset = UNSET,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | Unset = UNSET,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | Unset = UNSET,
        sort_direction: Literal["desc", "asc"] | Unset = UNSET,
        official_collections_first: bool | Unset = UNSET,
        show_dashboard_questions: bool | Unset = UNSET,
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
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'metric', 'card']]; query string; optional.
            include_can_run_adhoc_query: bool; query string; optional; default false.
            archived: bool; query string; optional; default false.
            namespace: str; query string; optional.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all']; query string; optional; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at']; query string; optional; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc']; query string; optional; one of 'desc', 'asc'.
            official_collections_first: bool; query string; optional.
            show_dashboard_questions: bool; query string; optional.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectionrootitems
        """
        return self._call(
            "GET",
            "/api/collection/root/items",
            (),
            query={
                "models": models,
                "include_can_run_adhoc_query": include_can_run_adhoc_query,
                "archived": archived,
                "namespace": namespace,
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectiontrash
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
        exclude_archived: bool = False,
        exclude_other_user_collections: bool = False,
        namespace: str | Unset = UNSET,
        shallow: bool = False,
        collection_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/tree

        Args:
            exclude_archived: bool; query string; optional; default false; sent as 'exclude-archived'.
            exclude_other_user_collections: bool; query string; optional; default false; sent as 'exclude-other-user-collections'.
            namespace: str; query string; optional.
            shallow: bool; query string; optional; default false.
            collection_id: int; query string; optional; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollectiontree
        """
        return self._call(
            "GET",
            "/api/collection/tree",
            (),
            query={
                "exclude-archived": exclude_archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
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
        archived: bool = False,
        exclude_other_user_collections: bool = False,
        namespace: str | Unset = UNSET,
        personal_only: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool; query string; optional; default false.
            exclude_other_user_collections: bool; query string; optional; default false; sent as 'exclude-other-user-collections'.
            namespace: str; query string; optional.
            personal_only: bool; query string; optional; default false; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicollectionidmove-dashboard-question-candidates
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicollectionrootmove-dashboard-question-candidates
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
        archived: bool = False,
        authority_level: Literal["official"] | Unset = UNSET,
        description: str | Unset = UNSET,
        name: str | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/{id}

        Args:
            id: int; path; required.
            archived: bool; JSON body; optional; default false.
            authority_level: Literal['official']; JSON body; optional; one of 'official'.
            description: str; JSON body; optional.
            name: str; JSON body; optional.
            parent_id: int; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicollectionid
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
        force: bool = False,
        skip_graph: bool = False,
        namespace: str | Unset = UNSET,
        revision: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/graph

        Args:
            force: bool; query string; optional; default false.
            skip_graph: bool; query string; optional; default false; sent as 'skip-graph'.
            groups: dict[str, Any]; JSON body; required.
            namespace: str; JSON body; optional.
            revision: int; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicollectiongraph
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
