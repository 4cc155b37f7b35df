"""Routes of the 'product-feedback' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class ProductFeedbackResource:
    """Routes of the 'product-feedback' namespace (1 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        source: str,
        comments: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> Any:
        """POST /api/product-feedback/

        Args:
            comments: str; JSON body; optional.
            email: str; JSON body; optional.
            source: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiproduct-feedback
        """
        return self._client._call(
            "POST",
            "/api/product-feedback/",
            (),
            body={
                "comments": comments,
                "email": email,
                "source": source,
            },
        )
