"""Routes of the 'product-feedback' namespace (1 endpoints)."""

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

_CREATE = RequestSpec(
    "POST",
    "/api/product-feedback/",
    (
        Place("body", ("source",)),
        Place("body", ("comments",)),
        Place("body", ("email",)),
    ),
)


class ProductFeedbackResource(Resource):
    """Routes of the 'product-feedback' namespace (1 endpoints)."""

    def create(
        self,
        *,
        source: str,
        comments: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/product-feedback/

        Args:
            source: JSON body; required; at least 1 character.
            comments: JSON body; optional; at least 1 character.
            email: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiproduct-feedback
        """
        return self._call(
            _CREATE,
            (source, comments, email),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncProductFeedbackResource(AsyncResource):
    """Routes of the 'product-feedback' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        source: str,
        comments: str | Unset = UNSET,
        email: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/product-feedback/

        Args:
            source: JSON body; required; at least 1 character.
            comments: JSON body; optional; at least 1 character.
            email: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiproduct-feedback
        """
        return await self._call(
            _CREATE,
            (source, comments, email),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawProductFeedbackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            source: str,
            comments: str | Unset = UNSET,
            email: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawProductFeedbackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            source: str,
            comments: str | Unset = UNSET,
            email: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
