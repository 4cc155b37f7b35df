"""Routes of the 'search' namespace (5 endpoints)."""

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
from .._schemas import SearchResponseAnswer

_GET_WEIGHTS = RequestSpec("GET", "/api/search/weights", (Place("query", ("context",)),))
_LIST = RequestSpec(
    "GET",
    "/api/search",
    (
        Place("query", ("q",)),
        Place("query", ("context",)),
        Place("query", ("archived",)),
        Place("query", ("collection",)),
        Place("query", ("table_db_id",)),
        Place("query", ("models",)),
        Place("query", ("filter_items_in_personal_collection",)),
        Place("query", ("created_at",)),
        Place("query", ("created_by",)),
        Place("query", ("display_type",)),
        Place("query", ("last_edited_at",)),
        Place("query", ("last_edited_by",)),
        Place("query", ("model_ancestors",)),
        Place("query", ("search_engine",)),
        Place("query", ("search_native_query",)),
        Place("query", ("verified",)),
        Place("query", ("ids",)),
        Place("query", ("calculate_available_models",)),
        Place("query", ("include_dashboard_questions",)),
        Place("query", ("include_metadata",)),
        Place("query", ("non_temporal_dim_ids",)),
        Place("query", ("has_temporal_dim",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_POST_FORCE_REINDEX = RequestSpec("POST", "/api/search/force-reindex", ())
_POST_RE_INIT = RequestSpec("POST", "/api/search/re-init", ())
_UPDATE_WEIGHTS = RequestSpec(
    "PUT",
    "/api/search/weights",
    (
        Place("query", ("context",)),
        Place("query", ("search_engine",)),
    ),
)


class SearchResource(Resource):
    """Routes of the 'search' namespace (5 endpoints)."""

    def get_weights(
        self,
        *,
        context: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/weights

        Args:
            context: query string; optional; not sent by default (the server assumes "default").

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearchweights
        """
        return self._call(
            _GET_WEIGHTS,
            (context,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        q: str | None = None,
        context: str | None = None,
        archived: bool | None = None,
        collection: int | None = None,
        table_db_id: int | None = None,
        models: (
            List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "measure",
                    "transform",
                    "document",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
            ]
            | None
        ) = None,
        filter_items_in_personal_collection: (
            Literal["all", "only", "only-mine", "exclude", "exclude-others"] | None
        ) = None,
        created_at: str | None = None,
        created_by: List[int] | None = None,
        display_type: List[str] | None = None,
        last_edited_at: str | None = None,
        last_edited_by: List[int] | None = None,
        model_ancestors: bool | None = None,
        search_engine: str | None = None,
        search_native_query: bool | None = None,
        verified: bool | None = None,
        ids: List[int] | None = None,
        calculate_available_models: bool | None = None,
        include_dashboard_questions: bool | None = None,
        include_metadata: bool | None = None,
        non_temporal_dim_ids: str | None = None,
        has_temporal_dim: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponseAnswer:
        """GET /api/search

        Args:
            q: query string; optional.
            context: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).
            collection: query string; optional; must be >= 1.
            table_db_id: query string; optional; must be >= 1.
            models: query string; optional.
            filter_items_in_personal_collection: query string; optional.
            created_at: query string; optional; at least 1 character.
            created_by: query string; optional.
            display_type: query string; optional.
            last_edited_at: query string; optional; at least 1 character.
            last_edited_by: query string; optional.
            model_ancestors: query string; optional; not sent by default (the server assumes false).
            search_engine: query string; optional.
            search_native_query: query string; optional.
            verified: query string; optional.
            ids: query string; optional.
            calculate_available_models: query string; optional.
            include_dashboard_questions: query string; optional; not sent by default (the server assumes false).
            include_metadata: query string; optional; not sent by default (the server assumes false).
            non_temporal_dim_ids: query string; optional; at least 1 character.
            has_temporal_dim: query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearch
        """
        _result: SearchResponseAnswer = self._call(
            _LIST,
            (
                q,
                context,
                archived,
                collection,
                table_db_id,
                models,
                filter_items_in_personal_collection,
                created_at,
                created_by,
                display_type,
                last_edited_at,
                last_edited_by,
                model_ancestors,
                search_engine,
                search_native_query,
                verified,
                ids,
                calculate_available_models,
                include_dashboard_questions,
                include_metadata,
                non_temporal_dim_ids,
                has_temporal_dim,
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

    def post_force_reindex(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/force-reindex

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchforce-reindex
        """
        return self._call(
            _POST_FORCE_REINDEX,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_re_init(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/re-init

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchre-init
        """
        return self._call(
            _POST_RE_INIT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_weights(
        self,
        *,
        context: str | None = None,
        search_engine: Any | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/search/weights

        Args:
            context: query string; optional; not sent by default (the server assumes "default").
            search_engine: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apisearchweights
        """
        return self._call(
            _UPDATE_WEIGHTS,
            (context, search_engine),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSearchResource(AsyncResource):
    """Routes of the 'search' namespace, awaited (AsyncClient's)."""

    async def get_weights(
        self,
        *,
        context: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/weights

        Args:
            context: query string; optional; not sent by default (the server assumes "default").

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearchweights
        """
        return await self._call(
            _GET_WEIGHTS,
            (context,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        q: str | None = None,
        context: str | None = None,
        archived: bool | None = None,
        collection: int | None = None,
        table_db_id: int | None = None,
        models: (
            List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "measure",
                    "transform",
                    "document",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
            ]
            | None
        ) = None,
        filter_items_in_personal_collection: (
            Literal["all", "only", "only-mine", "exclude", "exclude-others"] | None
        ) = None,
        created_at: str | None = None,
        created_by: List[int] | None = None,
        display_type: List[str] | None = None,
        last_edited_at: str | None = None,
        last_edited_by: List[int] | None = None,
        model_ancestors: bool | None = None,
        search_engine: str | None = None,
        search_native_query: bool | None = None,
        verified: bool | None = None,
        ids: List[int] | None = None,
        calculate_available_models: bool | None = None,
        include_dashboard_questions: bool | None = None,
        include_metadata: bool | None = None,
        non_temporal_dim_ids: str | None = None,
        has_temporal_dim: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponseAnswer:
        """GET /api/search

        Args:
            q: query string; optional.
            context: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).
            collection: query string; optional; must be >= 1.
            table_db_id: query string; optional; must be >= 1.
            models: query string; optional.
            filter_items_in_personal_collection: query string; optional.
            created_at: query string; optional; at least 1 character.
            created_by: query string; optional.
            display_type: query string; optional.
            last_edited_at: query string; optional; at least 1 character.
            last_edited_by: query string; optional.
            model_ancestors: query string; optional; not sent by default (the server assumes false).
            search_engine: query string; optional.
            search_native_query: query string; optional.
            verified: query string; optional.
            ids: query string; optional.
            calculate_available_models: query string; optional.
            include_dashboard_questions: query string; optional; not sent by default (the server assumes false).
            include_metadata: query string; optional; not sent by default (the server assumes false).
            non_temporal_dim_ids: query string; optional; at least 1 character.
            has_temporal_dim: query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearch
        """
        _result: SearchResponseAnswer = await self._call(
            _LIST,
            (
                q,
                context,
                archived,
                collection,
                table_db_id,
                models,
                filter_items_in_personal_collection,
                created_at,
                created_by,
                display_type,
                last_edited_at,
                last_edited_by,
                model_ancestors,
                search_engine,
                search_native_query,
                verified,
                ids,
                calculate_available_models,
                include_dashboard_questions,
                include_metadata,
                non_temporal_dim_ids,
                has_temporal_dim,
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

    async def post_force_reindex(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/force-reindex

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchforce-reindex
        """
        return await self._call(
            _POST_FORCE_REINDEX,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_re_init(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/re-init

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchre-init
        """
        return await self._call(
            _POST_RE_INIT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_weights(
        self,
        *,
        context: str | None = None,
        search_engine: Any | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/search/weights

        Args:
            context: query string; optional; not sent by default (the server assumes "default").
            search_engine: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apisearchweights
        """
        return await self._call(
            _UPDATE_WEIGHTS,
            (context, search_engine),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_weights(
            self,
            *,
            context: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            q: str | None = None,
            context: str | None = None,
            archived: bool | None = None,
            collection: int | None = None,
            table_db_id: int | None = None,
            models: (
                List[
                    Literal[
                        "dashboard",
                        "table",
                        "dataset",
                        "segment",
                        "collection",
                        "measure",
                        "transform",
                        "document",
                        "database",
                        "action",
                        "indexed-entity",
                        "metric",
                        "card",
                    ]
                ]
                | None
            ) = None,
            filter_items_in_personal_collection: (
                Literal["all", "only", "only-mine", "exclude", "exclude-others"] | None
            ) = None,
            created_at: str | None = None,
            created_by: List[int] | None = None,
            display_type: List[str] | None = None,
            last_edited_at: str | None = None,
            last_edited_by: List[int] | None = None,
            model_ancestors: bool | None = None,
            search_engine: str | None = None,
            search_native_query: bool | None = None,
            verified: bool | None = None,
            ids: List[int] | None = None,
            calculate_available_models: bool | None = None,
            include_dashboard_questions: bool | None = None,
            include_metadata: bool | None = None,
            non_temporal_dim_ids: str | None = None,
            has_temporal_dim: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponseAnswer]: ...

        def post_force_reindex(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_re_init(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_weights(
            self,
            *,
            context: str | None = None,
            search_engine: Any | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_weights(
            self,
            *,
            context: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            q: str | None = None,
            context: str | None = None,
            archived: bool | None = None,
            collection: int | None = None,
            table_db_id: int | None = None,
            models: (
                List[
                    Literal[
                        "dashboard",
                        "table",
                        "dataset",
                        "segment",
                        "collection",
                        "measure",
                        "transform",
                        "document",
                        "database",
                        "action",
                        "indexed-entity",
                        "metric",
                        "card",
                    ]
                ]
                | None
            ) = None,
            filter_items_in_personal_collection: (
                Literal["all", "only", "only-mine", "exclude", "exclude-others"] | None
            ) = None,
            created_at: str | None = None,
            created_by: List[int] | None = None,
            display_type: List[str] | None = None,
            last_edited_at: str | None = None,
            last_edited_by: List[int] | None = None,
            model_ancestors: bool | None = None,
            search_engine: str | None = None,
            search_native_query: bool | None = None,
            verified: bool | None = None,
            ids: List[int] | None = None,
            calculate_available_models: bool | None = None,
            include_dashboard_questions: bool | None = None,
            include_metadata: bool | None = None,
            non_temporal_dim_ids: str | None = None,
            has_temporal_dim: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponseAnswer]: ...

        async def post_force_reindex(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_re_init(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_weights(
            self,
            *,
            context: str | None = None,
            search_engine: Any | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
