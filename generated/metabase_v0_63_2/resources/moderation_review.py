"""Routes of the 'moderation-review' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class ModerationReviewResource(Resource):
    """Routes of the 'moderation-review' namespace (1 endpoints)."""

    def create(
        self,
        *,
        moderated_item_id: int,
        moderated_item_type: Literal["card", "dashboard"],
        status: Literal["verified"] | None | Unset = UNSET,
        text: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/moderation-review

        Args:
            moderated_item_id: int; JSON body; required.
            moderated_item_type: Literal['card', 'dashboard']; JSON body; required; one of 'card', 'dashboard'.
            status: Literal['verified'] | None; JSON body; optional; None sends null; one of 'verified'.
            text: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimoderation-review
        """
        return self._call(
            "POST",
            "/api/moderation-review",
            (),
            body={
                "moderated_item_id": moderated_item_id,
                "moderated_item_type": moderated_item_type,
                "status": status,
                "text": text,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
