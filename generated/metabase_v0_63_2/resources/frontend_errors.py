"""Routes of the 'frontend-errors' namespace (1 endpoints)."""

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

_CREATE = RequestSpec("POST", "/api/frontend-errors", (Place("body", ("type",)),))


class FrontendErrorsResource(Resource):
    """Routes of the 'frontend-errors' namespace (1 endpoints)."""

    def create(
        self,
        *,
        type: Literal["component-crash", "chart-render-error"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/frontend-errors

        Args:
            type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifrontend-errors
        """
        return self._call(
            _CREATE,
            (type,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncFrontendErrorsResource(AsyncResource):
    """Routes of the 'frontend-errors' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        type: Literal["component-crash", "chart-render-error"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/frontend-errors

        Args:
            type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifrontend-errors
        """
        return await self._call(
            _CREATE,
            (type,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawFrontendErrorsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            type: Literal["component-crash", "chart-render-error"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawFrontendErrorsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            type: Literal["component-crash", "chart-render-error"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
