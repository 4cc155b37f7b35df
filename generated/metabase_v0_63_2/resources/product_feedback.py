"""Routes of the 'product-feedback' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class ProductFeedbackResource(Resource):
    """Routes of the 'product-feedback' namespace (1 endpoints)."""

    def create(
        self,
        *,
        source: str,
        comments: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/product-feedback

        Args:
            comments: str | None; JSON body; optional; None sends null.
            email: str | None; JSON body; optional; None sends null.
            source: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiproduct-feedback
        """
        return self._call(
            "POST",
            "/api/product-feedback",
            (),
            body={
                "comments": comments,
                "email": email,
                "source": source,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
