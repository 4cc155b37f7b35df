"""Routes of the 'collection' namespace (16 endpoints)."""

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
    CollectionAnswer,
    CollectionPermissionsGraph,
    DashboardQuestionCandidatesResponse,
    ListCollectionItemsResponse,
    MoveDashboardQuestionCandidatesResponse,
)

_CREATE = RequestSpec(
    "POST",
    "/api/collection",
    (
        Place("body", ("name",)),
        Place("body", ("authority_level",)),
        Place("body", ("description",)),
        Place("body", ("namespace",)),
        Place("body", ("parent_id",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/collection/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/collection/{}", (Place("path"),))
_GET_DASHBOARD_QUESTION_CANDIDATES = RequestSpec(
    "GET",
    "/api/collection/{}/dashboard-question-candidates",
    (
        Place("path"),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_GRAPH = RequestSpec("GET", "/api/collection/graph", (Place("query", ("namespace",)),))
_GET_ITEMS = RequestSpec(
    "GET",
    "/api/collection/{}/items",
    (
        Place("path"),
        Place("query", ("models",)),
        Place("query", ("archived",)),
        Place("query", ("include_can_run_adhoc_query",)),
        Place("query", ("pinned_state",)),
        Place("query", ("sort_column",)),
        Place("query", ("sort_direction",)),
        Place("query", ("official_collections_first",)),
        Place("query", ("show_dashboard_questions",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_ROOT = RequestSpec("GET", "/api/collection/root", (Place("query", ("namespace",)),))
_GET_ROOT_DASHBOARD_QUESTION_CANDIDATES = RequestSpec(
    "GET", "/api/collection/root/dashboard-question-candidates", ()
)
_GET_ROOT_ITEMS = RequestSpec(
    "GET",
    "/api/collection/root/items",
    (
        Place("query", ("models",)),
        Place("query", ("collection_type",)),
        Place("query", ("include_can_run_adhoc_query",)),
        Place("query", ("archived",)),
        Place("query", ("namespace",)),
        Place("query", ("include_library",)),
        Place("query", ("pinned_state",)),
        Place("query", ("sort_column",)),
        Place("query", ("sort_direction",)),
        Place("query", ("official_collections_first",)),
        Place("query", ("show_dashboard_questions",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_TRASH = RequestSpec("GET", "/api/collection/trash", ())
_GET_TREE = RequestSpec(
    "GET",
    "/api/collection/tree",
    (
        Place("query", ("exclude-archived",)),
        Place("query", ("exclude-other-user-collections",)),
        Place("query", ("include-library",)),
        Place("query", ("namespace",)),
        Place("query", ("namespaces",)),
        Place("query", ("shallow",)),
        Place("query", ("collection-id",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/collection",
    (
        Place("query", ("archived",)),
        Place("query", ("exclude-other-user-collections",)),
        Place("query", ("namespace",)),
        Place("query", ("personal-only",)),
    ),
)
_POST_MOVE_DASHBOARD_QUESTION_CANDIDATES = RequestSpec(
    "POST",
    "/api/collection/{}/move-dashboard-question-candidates",
    (
        Place("path"),
        Place("body", ("card_ids",)),
    ),
)
_POST_ROOT_MOVE_DASHBOARD_QUESTION_CANDIDATES = RequestSpec(
    "POST",
    "/api/collection/root/move-dashboard-question-candidates",
    (Place("body", ("card_ids",)),),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/collection/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("authority_level",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("parent_id",)),
        Place("body", ("type",)),
    ),
)
_UPDATE_GRAPH = RequestSpec(
    "PUT",
    "/api/collection/graph",
    (
        Place("body", ("groups",)),
        Place("query", ("force",)),
        Place("query", ("skip-graph",)),
        Place("body", ("namespace",)),
        Place("body", ("revision",)),
    ),
)


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
    ) -> CollectionAnswer:
        """POST /api/collection

        Args:
            name: JSON body; required; at least 1 character.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            namespace: JSON body; optional; None sends null; at least 1 character.
            parent_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollection
        """
        _result: CollectionAnswer = self._call(
            _CREATE,
            (name, authority_level, description, namespace, parent_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicollectionid
        """
        return self._call(
            _DELETE,
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
    ) -> CollectionAnswer:
        """GET /api/collection/{id}

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionid
        """
        _result: CollectionAnswer = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_question_candidates(
        self,
        id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQuestionCandidatesResponse:
        """GET /api/collection/{id}/dashboard-question-candidates

        Args:
            id: path; required; must be >= 1.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniddashboard-question-candidates
        """
        _result: DashboardQuestionCandidatesResponse = self._call(
            _GET_DASHBOARD_QUESTION_CANDIDATES,
            (id, limit, offset),
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Args:
            namespace: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _GET_GRAPH,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        ) = None,
        archived: bool | None = None,
        include_can_run_adhoc_query: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        official_collections_first: bool | None = None,
        show_dashboard_questions: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/{id}/items

        Args:
            id: path; required.
            models: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).
            include_can_run_adhoc_query: query string; optional; not sent by default (the server assumes false).
            pinned_state: query string; optional.
            sort_column: query string; optional.
            sort_direction: query string; optional.
            official_collections_first: query string; optional.
            show_dashboard_questions: query string; optional; not sent by default (the server assumes false).
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ITEMS,
            (
                id,
                models,
                archived,
                include_can_run_adhoc_query,
                pinned_state,
                sort_column,
                sort_direction,
                official_collections_first,
                show_dashboard_questions,
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

    def get_root(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionAnswer:
        """GET /api/collection/root

        Args:
            namespace: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionroot
        """
        _result: CollectionAnswer = self._call(
            _GET_ROOT,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            _GET_ROOT_DASHBOARD_QUESTION_CANDIDATES,
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
        ) = None,
        collection_type: Literal["remote-synced"] | None = None,
        include_can_run_adhoc_query: bool | None = None,
        archived: bool | None = None,
        namespace: str | None = None,
        include_library: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        official_collections_first: bool | None = None,
        show_dashboard_questions: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/root/items

        Args:
            models: query string; optional.
            collection_type: query string; optional.
            include_can_run_adhoc_query: query string; optional; not sent by default (the server assumes false).
            archived: query string; optional; not sent by default (the server assumes false).
            namespace: query string; optional; at least 1 character.
            include_library: query string; optional; not sent by default (the server assumes false).
            pinned_state: query string; optional.
            sort_column: query string; optional.
            sort_direction: query string; optional.
            official_collections_first: query string; optional.
            show_dashboard_questions: query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ROOT_ITEMS,
            (
                models,
                collection_type,
                include_can_run_adhoc_query,
                archived,
                namespace,
                include_library,
                pinned_state,
                sort_column,
                sort_direction,
                official_collections_first,
                show_dashboard_questions,
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
            _GET_TRASH,
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
        exclude_archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        include_library: bool | None = None,
        namespace: str | None = None,
        namespaces: List[str] | None = None,
        shallow: bool | None = None,
        collection_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CollectionAnswer]:
        """GET /api/collection/tree

        Args:
            exclude_archived: query string; optional; not sent by default (the server assumes false); sent as 'exclude-archived'.
            exclude_other_user_collections: query string; optional; not sent by default (the server assumes false); sent as 'exclude-other-user-collections'.
            include_library: query string; optional; not sent by default (the server assumes false); sent as 'include-library'.
            namespace: query string; optional; at least 1 character.
            namespaces: query string; optional.
            shallow: query string; optional; not sent by default (the server assumes false).
            collection_id: query string; optional; must be >= 1; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiontree
        """
        _result: List[CollectionAnswer] = self._call(
            _GET_TREE,
            (
                exclude_archived,
                exclude_other_user_collections,
                include_library,
                namespace,
                namespaces,
                shallow,
                collection_id,
            ),
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
        archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        personal_only: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CollectionAnswer]:
        """GET /api/collection

        Args:
            archived: query string; optional; not sent by default (the server assumes false).
            exclude_other_user_collections: query string; optional; not sent by default (the server assumes false); sent as 'exclude-other-user-collections'.
            namespace: query string; optional; at least 1 character.
            personal_only: query string; optional; not sent by default (the server assumes false); sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollection
        """
        _result: List[CollectionAnswer] = self._call(
            _LIST,
            (archived, exclude_other_user_collections, namespace, personal_only),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.
            card_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionidmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = self._call(
            _POST_MOVE_DASHBOARD_QUESTION_CANDIDATES,
            (id, card_ids),
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
            card_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionrootmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = self._call(
            _POST_ROOT_MOVE_DASHBOARD_QUESTION_CANDIDATES,
            (card_ids,),
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
        archived: bool | None | Unset = UNSET,
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
    ) -> CollectionAnswer:
        """PUT /api/collection/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; not sent by default (the server assumes false); None sends null.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            name: JSON body; optional; None sends null; at least 1 character.
            parent_id: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectionid
        """
        _result: CollectionAnswer = self._call(
            _UPDATE,
            (id, archived, authority_level, description, name, parent_id, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_graph(
        self,
        *,
        groups: dict[str, Any],
        force: bool | None = None,
        skip_graph: bool | None = None,
        namespace: str | None | Unset = UNSET,
        revision: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            groups: JSON body; required.
            force: query string; optional; not sent by default (the server assumes false).
            skip_graph: query string; optional; not sent by default (the server assumes false); sent as 'skip-graph'.
            namespace: JSON body; optional; None sends null; at least 1 character.
            revision: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _UPDATE_GRAPH,
            (groups, force, skip_graph, namespace, revision),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncCollectionResource(AsyncResource):
    """Routes of the 'collection' namespace, awaited (AsyncClient's)."""

    async def create(
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
    ) -> CollectionAnswer:
        """POST /api/collection

        Args:
            name: JSON body; required; at least 1 character.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            namespace: JSON body; optional; None sends null; at least 1 character.
            parent_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollection
        """
        _result: CollectionAnswer = await self._call(
            _CREATE,
            (name, authority_level, description, namespace, parent_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicollectionid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionAnswer:
        """GET /api/collection/{id}

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionid
        """
        _result: CollectionAnswer = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_question_candidates(
        self,
        id: int,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQuestionCandidatesResponse:
        """GET /api/collection/{id}/dashboard-question-candidates

        Args:
            id: path; required; must be >= 1.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniddashboard-question-candidates
        """
        _result: DashboardQuestionCandidatesResponse = await self._call(
            _GET_DASHBOARD_QUESTION_CANDIDATES,
            (id, limit, offset),
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Args:
            namespace: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _GET_GRAPH,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_items(
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
        ) = None,
        archived: bool | None = None,
        include_can_run_adhoc_query: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        official_collections_first: bool | None = None,
        show_dashboard_questions: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/{id}/items

        Args:
            id: path; required.
            models: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).
            include_can_run_adhoc_query: query string; optional; not sent by default (the server assumes false).
            pinned_state: query string; optional.
            sort_column: query string; optional.
            sort_direction: query string; optional.
            official_collections_first: query string; optional.
            show_dashboard_questions: query string; optional; not sent by default (the server assumes false).
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ITEMS,
            (
                id,
                models,
                archived,
                include_can_run_adhoc_query,
                pinned_state,
                sort_column,
                sort_direction,
                official_collections_first,
                show_dashboard_questions,
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

    async def get_root(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionAnswer:
        """GET /api/collection/root

        Args:
            namespace: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionroot
        """
        _result: CollectionAnswer = await self._call(
            _GET_ROOT,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_root_dashboard_question_candidates(
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
        _result: DashboardQuestionCandidatesResponse = await self._call(
            _GET_ROOT_DASHBOARD_QUESTION_CANDIDATES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_root_items(
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
        ) = None,
        collection_type: Literal["remote-synced"] | None = None,
        include_can_run_adhoc_query: bool | None = None,
        archived: bool | None = None,
        namespace: str | None = None,
        include_library: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
        ) = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        official_collections_first: bool | None = None,
        show_dashboard_questions: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/root/items

        Args:
            models: query string; optional.
            collection_type: query string; optional.
            include_can_run_adhoc_query: query string; optional; not sent by default (the server assumes false).
            archived: query string; optional; not sent by default (the server assumes false).
            namespace: query string; optional; at least 1 character.
            include_library: query string; optional; not sent by default (the server assumes false).
            pinned_state: query string; optional.
            sort_column: query string; optional.
            sort_direction: query string; optional.
            official_collections_first: query string; optional.
            show_dashboard_questions: query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ROOT_ITEMS,
            (
                models,
                collection_type,
                include_can_run_adhoc_query,
                archived,
                namespace,
                include_library,
                pinned_state,
                sort_column,
                sort_direction,
                official_collections_first,
                show_dashboard_questions,
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

    async def get_trash(
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
        return await self._call(
            _GET_TRASH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tree(
        self,
        *,
        exclude_archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        include_library: bool | None = None,
        namespace: str | None = None,
        namespaces: List[str] | None = None,
        shallow: bool | None = None,
        collection_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CollectionAnswer]:
        """GET /api/collection/tree

        Args:
            exclude_archived: query string; optional; not sent by default (the server assumes false); sent as 'exclude-archived'.
            exclude_other_user_collections: query string; optional; not sent by default (the server assumes false); sent as 'exclude-other-user-collections'.
            include_library: query string; optional; not sent by default (the server assumes false); sent as 'include-library'.
            namespace: query string; optional; at least 1 character.
            namespaces: query string; optional.
            shallow: query string; optional; not sent by default (the server assumes false).
            collection_id: query string; optional; must be >= 1; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollectiontree
        """
        _result: List[CollectionAnswer] = await self._call(
            _GET_TREE,
            (
                exclude_archived,
                exclude_other_user_collections,
                include_library,
                namespace,
                namespaces,
                shallow,
                collection_id,
            ),
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
        archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        personal_only: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CollectionAnswer]:
        """GET /api/collection

        Args:
            archived: query string; optional; not sent by default (the server assumes false).
            exclude_other_user_collections: query string; optional; not sent by default (the server assumes false); sent as 'exclude-other-user-collections'.
            namespace: query string; optional; at least 1 character.
            personal_only: query string; optional; not sent by default (the server assumes false); sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicollection
        """
        _result: List[CollectionAnswer] = await self._call(
            _LIST,
            (archived, exclude_other_user_collections, namespace, personal_only),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_move_dashboard_question_candidates(
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
            id: path; required; must be >= 1.
            card_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionidmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = await self._call(
            _POST_MOVE_DASHBOARD_QUESTION_CANDIDATES,
            (id, card_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_root_move_dashboard_question_candidates(
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
            card_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicollectionrootmove-dashboard-question-candidates
        """
        _result: MoveDashboardQuestionCandidatesResponse = await self._call(
            _POST_ROOT_MOVE_DASHBOARD_QUESTION_CANDIDATES,
            (card_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
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
    ) -> CollectionAnswer:
        """PUT /api/collection/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; not sent by default (the server assumes false); None sends null.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            name: JSON body; optional; None sends null; at least 1 character.
            parent_id: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectionid
        """
        _result: CollectionAnswer = await self._call(
            _UPDATE,
            (id, archived, authority_level, description, name, parent_id, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_graph(
        self,
        *,
        groups: dict[str, Any],
        force: bool | None = None,
        skip_graph: bool | None = None,
        namespace: str | None | Unset = UNSET,
        revision: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            groups: JSON body; required.
            force: query string; optional; not sent by default (the server assumes false).
            skip_graph: query string; optional; not sent by default (the server assumes false); sent as 'skip-graph'.
            namespace: JSON body; optional; None sends null; at least 1 character.
            revision: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _UPDATE_GRAPH,
            (groups, force, skip_graph, namespace, revision),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawCollectionResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[CollectionAnswer]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionAnswer]: ...

        def get_dashboard_question_candidates(
            self,
            id: int,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQuestionCandidatesResponse]: ...

        def get_graph(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...

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
            ) = None,
            archived: bool | None = None,
            include_can_run_adhoc_query: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: (
                Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            official_collections_first: bool | None = None,
            show_dashboard_questions: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def get_root(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionAnswer]: ...

        def get_root_dashboard_question_candidates(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQuestionCandidatesResponse]: ...

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
            ) = None,
            collection_type: Literal["remote-synced"] | None = None,
            include_can_run_adhoc_query: bool | None = None,
            archived: bool | None = None,
            namespace: str | None = None,
            include_library: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: (
                Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            official_collections_first: bool | None = None,
            show_dashboard_questions: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def get_trash(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_tree(
            self,
            *,
            exclude_archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            include_library: bool | None = None,
            namespace: str | None = None,
            namespaces: List[str] | None = None,
            shallow: bool | None = None,
            collection_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CollectionAnswer]]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            personal_only: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CollectionAnswer]]: ...

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
        ) -> RawResponse[MoveDashboardQuestionCandidatesResponse]: ...

        def post_root_move_dashboard_question_candidates(
            self,
            *,
            card_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MoveDashboardQuestionCandidatesResponse]: ...

        def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
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
        ) -> RawResponse[CollectionAnswer]: ...

        def update_graph(
            self,
            *,
            groups: dict[str, Any],
            force: bool | None = None,
            skip_graph: bool | None = None,
            namespace: str | None | Unset = UNSET,
            revision: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...

    class AsyncRawCollectionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[CollectionAnswer]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionAnswer]: ...

        async def get_dashboard_question_candidates(
            self,
            id: int,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQuestionCandidatesResponse]: ...

        async def get_graph(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...

        async def get_items(
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
            ) = None,
            archived: bool | None = None,
            include_can_run_adhoc_query: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: (
                Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            official_collections_first: bool | None = None,
            show_dashboard_questions: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def get_root(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionAnswer]: ...

        async def get_root_dashboard_question_candidates(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQuestionCandidatesResponse]: ...

        async def get_root_items(
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
            ) = None,
            collection_type: Literal["remote-synced"] | None = None,
            include_can_run_adhoc_query: bool | None = None,
            archived: bool | None = None,
            namespace: str | None = None,
            include_library: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: (
                Literal["model", "name", "last_edited_by", "last_edited_at", "description"] | None
            ) = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            official_collections_first: bool | None = None,
            show_dashboard_questions: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def get_trash(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tree(
            self,
            *,
            exclude_archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            include_library: bool | None = None,
            namespace: str | None = None,
            namespaces: List[str] | None = None,
            shallow: bool | None = None,
            collection_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CollectionAnswer]]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            personal_only: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CollectionAnswer]]: ...

        async def post_move_dashboard_question_candidates(
            self,
            id: int,
            *,
            card_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MoveDashboardQuestionCandidatesResponse]: ...

        async def post_root_move_dashboard_question_candidates(
            self,
            *,
            card_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MoveDashboardQuestionCandidatesResponse]: ...

        async def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
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
        ) -> RawResponse[CollectionAnswer]: ...

        async def update_graph(
            self,
            *,
            groups: dict[str, Any],
            force: bool | None = None,
            skip_graph: bool | None = None,
            namespace: str | None | Unset = UNSET,
            revision: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...
