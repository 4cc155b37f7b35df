"""Routes of the 'osi' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetOsiAiContextByEntityTypeByEntityLocalIdResponse,
    GetOsiAiContextResponse,
    PostOsiAiContextReconcileResponse,
    PutOsiAiContextByEntityTypeByEntityLocalIdAiContext,
    PutOsiAiContextByEntityTypeByEntityLocalIdResponse,
)


class OsiResource(Resource):
    """Routes of the 'osi' namespace (5 endpoints)."""

    def delete_ai_context_by_entity_type_and_entity_local_id(
        self,
        entity_type: str,
        entity_local_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: str; path; required; sent as 'entity-type'.
            entity_local_id: int; path; required; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiosiai-contextentity-typeentity-local-id
        """
        return self._call(
            "DELETE",
            "/api/osi/ai-context/{}/{}",
            (entity_type, entity_local_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_ai_context(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOsiAiContextResponse:
        """GET /api/osi/ai-context

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiosiai-context
        """
        _result: GetOsiAiContextResponse = self._call(
            "GET",
            "/api/osi/ai-context",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_ai_context_by_entity_type_and_entity_local_id(
        self,
        entity_type: str,
        entity_local_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOsiAiContextByEntityTypeByEntityLocalIdResponse:
        """GET /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: str; path; required; sent as 'entity-type'.
            entity_local_id: int; path; required; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiosiai-contextentity-typeentity-local-id
        """
        _result: GetOsiAiContextByEntityTypeByEntityLocalIdResponse = self._call(
            "GET",
            "/api/osi/ai-context/{}/{}",
            (entity_type, entity_local_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_ai_context_reconcile(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostOsiAiContextReconcileResponse:
        """POST /api/osi/ai-context/reconcile

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiosiai-contextreconcile
        """
        _result: PostOsiAiContextReconcileResponse = self._call(
            "POST",
            "/api/osi/ai-context/reconcile",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_ai_context_by_entity_type_and_entity_local_id(
        self,
        entity_type: str,
        entity_local_id: int,
        *,
        ai_context: PutOsiAiContextByEntityTypeByEntityLocalIdAiContext,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutOsiAiContextByEntityTypeByEntityLocalIdResponse:
        """PUT /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: str; path; required; sent as 'entity-type'.
            entity_local_id: int; path; required; sent as 'entity-local-id'.
            ai_context: PutOsiAiContextByEntityTypeByEntityLocalIdAiContext; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiosiai-contextentity-typeentity-local-id
        """
        _result: PutOsiAiContextByEntityTypeByEntityLocalIdResponse = self._call(
            "PUT",
            "/api/osi/ai-context/{}/{}",
            (entity_type, entity_local_id),
            body={
                "ai_context": ai_context,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
