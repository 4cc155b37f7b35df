"""Routes of the 'moderation-review' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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

_CREATE = RequestSpec(
    "POST",
    "/api/moderation-review/",
    (
        Place("body", ("moderated_item_id",)),
        Place("body", ("moderated_item_type",)),
        Place("body", ("text",)),
        Place("body", ("status",)),
    ),
)


class ModerationReviewResource(Resource):
    """Routes of the 'moderation-review' namespace (1 endpoints)."""

    def create(
        self,
        *,
        moderated_item_id: int,
        moderated_item_type: Literal["card"],
        text: str | None | Unset = UNSET,
        status: Literal["verified"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/moderation-review/

        Args:
            moderated_item_id: JSON body; required; must be > 0.
            moderated_item_type: JSON body; required.
            text: JSON body; optional; None sends null.
            status: JSON body; optional; None sends null.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/content-verification-review#post-apimoderation-review
        """
        return self._call(
            _CREATE,
            (moderated_item_id, moderated_item_type, text, status),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncModerationReviewResource(AsyncResource):
    """Routes of the 'moderation-review' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        moderated_item_id: int,
        moderated_item_type: Literal["card"],
        text: str | None | Unset = UNSET,
        status: Literal["verified"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/moderation-review/

        Args:
            moderated_item_id: JSON body; required; must be > 0.
            moderated_item_type: JSON body; required.
            text: JSON body; optional; None sends null.
            status: JSON body; optional; None sends null.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/content-verification-review#post-apimoderation-review
        """
        return await self._call(
            _CREATE,
            (moderated_item_id, moderated_item_type, text, status),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawModerationReviewResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            moderated_item_id: int,
            moderated_item_type: Literal["card"],
            text: str | None | Unset = UNSET,
            status: Literal["verified"] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawModerationReviewResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            moderated_item_id: int,
            moderated_item_type: Literal["card"],
            text: str | None | Unset = UNSET,
            status: Literal["verified"] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
