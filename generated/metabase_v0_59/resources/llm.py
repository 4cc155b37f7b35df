"""Routes of the 'llm' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
    GetLlmListModelsResponse,
    PostLlmExtractTablesResponse,
    PostLlmGenerateSqlReferencedEntitiesItem,
    PostLlmGenerateSqlResponse,
)

_GET_LIST_MODELS = RequestSpec("GET", "/api/llm/list-models", ())
_POST_EXTRACT_TABLES = RequestSpec(
    "POST",
    "/api/llm/extract-tables",
    (
        Place("body", ("database_id",)),
        Place("body", ("sql",)),
    ),
)
_POST_GENERATE_SQL = RequestSpec(
    "POST",
    "/api/llm/generate-sql",
    (
        Place("body", ("database_id",)),
        Place("body", ("prompt",)),
        Place("body", ("referenced_entities",)),
        Place("body", ("source_sql",)),
    ),
)


class LlmResource(Resource):
    """Routes of the 'llm' namespace (3 endpoints)."""

    def get_list_models(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetLlmListModelsResponse:
        """GET /api/llm/list-models

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apillmlist-models
        """
        _result: GetLlmListModelsResponse = self._call(
            _GET_LIST_MODELS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_extract_tables(
        self,
        *,
        database_id: int,
        sql: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostLlmExtractTablesResponse:
        """POST /api/llm/extract-tables

        Args:
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apillmextract-tables
        """
        _result: PostLlmExtractTablesResponse = self._call(
            _POST_EXTRACT_TABLES,
            (database_id, sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_generate_sql(
        self,
        *,
        database_id: int,
        prompt: str,
        referenced_entities: List[PostLlmGenerateSqlReferencedEntitiesItem] | Unset = UNSET,
        source_sql: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostLlmGenerateSqlResponse:
        """POST /api/llm/generate-sql

        Args:
            database_id: JSON body; required; must be >= 1.
            prompt: JSON body; required.
            referenced_entities: JSON body; optional.
            source_sql: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apillmgenerate-sql
        """
        _result: PostLlmGenerateSqlResponse = self._call(
            _POST_GENERATE_SQL,
            (database_id, prompt, referenced_entities, source_sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncLlmResource(AsyncResource):
    """Routes of the 'llm' namespace, awaited (AsyncClient's)."""

    async def get_list_models(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetLlmListModelsResponse:
        """GET /api/llm/list-models

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apillmlist-models
        """
        _result: GetLlmListModelsResponse = await self._call(
            _GET_LIST_MODELS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_extract_tables(
        self,
        *,
        database_id: int,
        sql: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostLlmExtractTablesResponse:
        """POST /api/llm/extract-tables

        Args:
            database_id: JSON body; required; must be >= 1.
            sql: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apillmextract-tables
        """
        _result: PostLlmExtractTablesResponse = await self._call(
            _POST_EXTRACT_TABLES,
            (database_id, sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_generate_sql(
        self,
        *,
        database_id: int,
        prompt: str,
        referenced_entities: List[PostLlmGenerateSqlReferencedEntitiesItem] | Unset = UNSET,
        source_sql: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostLlmGenerateSqlResponse:
        """POST /api/llm/generate-sql

        Args:
            database_id: JSON body; required; must be >= 1.
            prompt: JSON body; required.
            referenced_entities: JSON body; optional.
            source_sql: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apillmgenerate-sql
        """
        _result: PostLlmGenerateSqlResponse = await self._call(
            _POST_GENERATE_SQL,
            (database_id, prompt, referenced_entities, source_sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawLlmResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_list_models(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetLlmListModelsResponse]: ...

        def post_extract_tables(
            self,
            *,
            database_id: int,
            sql: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostLlmExtractTablesResponse]: ...

        def post_generate_sql(
            self,
            *,
            database_id: int,
            prompt: str,
            referenced_entities: List[PostLlmGenerateSqlReferencedEntitiesItem] | Unset = UNSET,
            source_sql: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostLlmGenerateSqlResponse]: ...

    class AsyncRawLlmResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_list_models(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetLlmListModelsResponse]: ...

        async def post_extract_tables(
            self,
            *,
            database_id: int,
            sql: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostLlmExtractTablesResponse]: ...

        async def post_generate_sql(
            self,
            *,
            database_id: int,
            prompt: str,
            referenced_entities: List[PostLlmGenerateSqlReferencedEntitiesItem] | Unset = UNSET,
            source_sql: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostLlmGenerateSqlResponse]: ...
