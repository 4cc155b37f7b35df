"""Routes of the 'eid-translation' namespace (1 endpoints)."""

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

_POST_TRANSLATE = RequestSpec(
    "POST", "/api/eid-translation/translate", (Place("body", ("entity_ids",)),)
)


class EidTranslationResource(Resource):
    """Routes of the 'eid-translation' namespace (1 endpoints)."""

    def post_translate(
        self,
        *,
        entity_ids: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/eid-translation/translate

        Args:
            entity_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieid-translationtranslate
        """
        return self._call(
            _POST_TRANSLATE,
            (entity_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEidTranslationResource(AsyncResource):
    """Routes of the 'eid-translation' namespace, awaited (AsyncClient's)."""

    async def post_translate(
        self,
        *,
        entity_ids: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/eid-translation/translate

        Args:
            entity_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieid-translationtranslate
        """
        return await self._call(
            _POST_TRANSLATE,
            (entity_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEidTranslationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_translate(
            self,
            *,
            entity_ids: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEidTranslationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_translate(
            self,
            *,
            entity_ids: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
