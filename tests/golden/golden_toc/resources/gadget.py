"""Routes of the 'gadget' namespace (2 endpoints)."""

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

_LIST = RequestSpec("GET", "/api/gadget/", (Place("query", ("sort",)),))
_POST_SPIN = RequestSpec(
    "POST",
    "/api/gadget/{}/spin",
    (
        Place("path"),
        Place("body", ("speed",)),
    ),
)


class GadgetResource(Resource):
    """Routes of the 'gadget' namespace (2 endpoints)."""

    def list(
        self,
        *,
        sort: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gadget/

        List gadgets.

        Args:
            sort: query string; optional.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apigadget
        """
        return self._call(
            _LIST,
            (sort,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_spin(
        self,
        id: int,
        *,
        speed: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gadget/:id/spin

        Spin a gadget.

        Args:
            id: path; required.
            speed: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#post-apigadgetidspin
        """
        return self._call(
            _POST_SPIN,
            (id, speed),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncGadgetResource(AsyncResource):
    """Routes of the 'gadget' namespace, awaited (AsyncClient's)."""

    async def list(
        self,
        *,
        sort: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gadget/

        List gadgets.

        Args:
            sort: query string; optional.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apigadget
        """
        return await self._call(
            _LIST,
            (sort,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_spin(
        self,
        id: int,
        *,
        speed: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gadget/:id/spin

        Spin a gadget.

        Args:
            id: path; required.
            speed: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#post-apigadgetidspin
        """
        return await self._call(
            _POST_SPIN,
            (id, speed),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawGadgetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def list(
            self,
            *,
            sort: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_spin(
            self,
            id: int,
            *,
            speed: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawGadgetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def list(
            self,
            *,
            sort: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_spin(
            self,
            id: int,
            *,
            speed: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
