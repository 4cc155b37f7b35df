"""Routes of the 'product-feedback' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ProductFeedbackResource(Resource):
    """Routes of the 'product-feedback' namespace (1 endpoints)."""

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
        return self._call(
            "POST",
            "/api/product-feedback/",
            (),
            body={
                "comments": comments,
                "email": email,
                "source": source,
            },
        )
