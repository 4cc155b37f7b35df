"""Routes of the 'osi' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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
    GetOsiAiContextResponse,
    GetOsiAiContextResponse_2,
    PostOsiReconcileResponse,
    PutOsiAiContextAiContext,
    PutOsiAiContextResponse,
)

_DELETE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID = RequestSpec(
    "DELETE",
    "/api/osi/ai-context/{}/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_AI_CONTEXT = RequestSpec("GET", "/api/osi/ai-context", ())
_GET_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID = RequestSpec(
    "GET",
    "/api/osi/ai-context/{}/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_POST_AI_CONTEXT_RECONCILE = RequestSpec("POST", "/api/osi/ai-context/reconcile", ())
_UPDATE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID = RequestSpec(
    "PUT",
    "/api/osi/ai-context/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("body", ("ai_context",)),
    ),
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
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiosiai-contextentity-typeentity-local-id
        """
        return self._call(
            _DELETE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
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
            _GET_AI_CONTEXT,
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
    ) -> GetOsiAiContextResponse_2:
        """GET /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiosiai-contextentity-typeentity-local-id
        """
        _result: GetOsiAiContextResponse_2 = self._call(
            _GET_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
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
    ) -> PostOsiReconcileResponse:
        """POST /api/osi/ai-context/reconcile

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiosiai-contextreconcile
        """
        _result: PostOsiReconcileResponse = self._call(
            _POST_AI_CONTEXT_RECONCILE,
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
        ai_context: PutOsiAiContextAiContext,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutOsiAiContextResponse:
        """PUT /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.
            ai_context: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiosiai-contextentity-typeentity-local-id
        """
        _result: PutOsiAiContextResponse = self._call(
            _UPDATE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
            (entity_type, entity_local_id, ai_context),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncOsiResource(AsyncResource):
    """Routes of the 'osi' namespace, awaited (AsyncClient's)."""

    async def delete_ai_context_by_entity_type_and_entity_local_id(
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
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiosiai-contextentity-typeentity-local-id
        """
        return await self._call(
            _DELETE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
            (entity_type, entity_local_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_ai_context(
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
        _result: GetOsiAiContextResponse = await self._call(
            _GET_AI_CONTEXT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_ai_context_by_entity_type_and_entity_local_id(
        self,
        entity_type: str,
        entity_local_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOsiAiContextResponse_2:
        """GET /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiosiai-contextentity-typeentity-local-id
        """
        _result: GetOsiAiContextResponse_2 = await self._call(
            _GET_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
            (entity_type, entity_local_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_ai_context_reconcile(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostOsiReconcileResponse:
        """POST /api/osi/ai-context/reconcile

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiosiai-contextreconcile
        """
        _result: PostOsiReconcileResponse = await self._call(
            _POST_AI_CONTEXT_RECONCILE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_ai_context_by_entity_type_and_entity_local_id(
        self,
        entity_type: str,
        entity_local_id: int,
        *,
        ai_context: PutOsiAiContextAiContext,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutOsiAiContextResponse:
        """PUT /api/osi/ai-context/{entity-type}/{entity-local-id}

        Args:
            entity_type: path; required; at least 1 character; sent as 'entity-type'.
            entity_local_id: path; required; must be >= 1; sent as 'entity-local-id'.
            ai_context: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiosiai-contextentity-typeentity-local-id
        """
        _result: PutOsiAiContextResponse = await self._call(
            _UPDATE_AI_CONTEXT_BY_ENTITY_TYPE_AND_ENTITY_LOCAL_ID,
            (entity_type, entity_local_id, ai_context),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawOsiResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[Any]: ...

        def get_ai_context(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetOsiAiContextResponse]: ...

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
        ) -> RawResponse[GetOsiAiContextResponse_2]: ...

        def post_ai_context_reconcile(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostOsiReconcileResponse]: ...

        def update_ai_context_by_entity_type_and_entity_local_id(
            self,
            entity_type: str,
            entity_local_id: int,
            *,
            ai_context: PutOsiAiContextAiContext,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutOsiAiContextResponse]: ...

    class AsyncRawOsiResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_ai_context_by_entity_type_and_entity_local_id(
            self,
            entity_type: str,
            entity_local_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_ai_context(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetOsiAiContextResponse]: ...

        async def get_ai_context_by_entity_type_and_entity_local_id(
            self,
            entity_type: str,
            entity_local_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetOsiAiContextResponse_2]: ...

        async def post_ai_context_reconcile(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostOsiReconcileResponse]: ...

        async def update_ai_context_by_entity_type_and_entity_local_id(
            self,
            entity_type: str,
            entity_local_id: int,
            *,
            ai_context: PutOsiAiContextAiContext,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutOsiAiContextResponse]: ...
