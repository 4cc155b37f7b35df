"""Routes of the 'ee-content-management' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class EeContentManagementResource(Resource):
    """Routes of the 'ee-content-management' namespace (1 endpoints)."""

    def post_review(
        self,
        *,
        moderated_item_id: int,
        moderated_item_type: Literal["card", "dashboard"],
        status: Literal["", "verified"],
        text: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/content-management/review/

        Args:
            text: str | None; JSON body; optional; None sends null.
            moderated_item_id: int; JSON body; required.
            moderated_item_type: Literal['card', 'dashboard']; JSON body; required; one of 'card', 'dashboard'.
            status: Literal['', 'verified']; JSON body; required; one of '', 'verified'.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apieecontent-managementreview
        """
        return self._call(
            "POST",
            "/api/ee/content-management/review/",
            (),
            body={
                "text": text,
                "moderated_item_id": moderated_item_id,
                "moderated_item_type": moderated_item_type,
                "status": status,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
