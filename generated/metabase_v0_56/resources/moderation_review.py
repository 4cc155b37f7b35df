"""Routes of the 'moderation-review' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class ModerationReviewResource(Resource):
    """Routes of the 'moderation-review' namespace (1 endpoints)."""

    def create(
        self,
        *,
        moderated_item_id: int,
        moderated_item_type: Literal["card", "dashboard"],
        status: Literal["verified"] | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> Any:
        """POST /api/moderation-review/

        Args:
            moderated_item_id: int; JSON body; required.
            moderated_item_type: Literal['card', 'dashboard']; JSON body; required; one of 'card', 'dashboard'.
            status: Literal['verified']; JSON body; optional; one of 'verified'.
            text: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apimoderation-review
        """
        return self._call(
            "POST",
            "/api/moderation-review/",
            (),
            body={
                "moderated_item_id": moderated_item_id,
                "moderated_item_type": moderated_item_type,
                "status": status,
                "text": text,
            },
        )
