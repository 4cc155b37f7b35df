"""Routes of the 'llm' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetLlmListModelsResponse,
    PostLlmExtractSourcesResponse,
    PostLlmExtractSourcesTemplateTagsValue,
    PostLlmGenerateSqlReferencedEntitiesItem,
    PostLlmGenerateSqlResponse,
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apillmlist-models
        """
        _result: GetLlmListModelsResponse = self._call(
            "GET",
            "/api/llm/list-models",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_extract_sources(
        self,
        *,
        database_id: int,
        sql: str,
        template_tags: dict[str, PostLlmExtractSourcesTemplateTagsValue] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostLlmExtractSourcesResponse:
        """POST /api/llm/extract-sources

        Args:
            database_id: int; JSON body; required.
            sql: str; JSON body; required.
            template_tags: dict[str, PostLlmExtractSourcesTemplateTagsValue]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apillmextract-sources
        """
        _result: PostLlmExtractSourcesResponse = self._call(
            "POST",
            "/api/llm/extract-sources",
            (),
            body={
                "database_id": database_id,
                "sql": sql,
                "template_tags": template_tags,
            },
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
            database_id: int; JSON body; required.
            prompt: str; JSON body; required.
            referenced_entities: list[PostLlmGenerateSqlReferencedEntitiesItem]; JSON body; optional.
            source_sql: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apillmgenerate-sql
        """
        _result: PostLlmGenerateSqlResponse = self._call(
            "POST",
            "/api/llm/generate-sql",
            (),
            body={
                "database_id": database_id,
                "prompt": prompt,
                "referenced_entities": referenced_entities,
                "source_sql": source_sql,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
