"""Routes of the 'thing' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
    "/api/thing/",
    (
        Place("body", ("kind",)),
        Place("body", ('\\"quoted\\" name',)),
        Place("body", ("secret",)),
        Place("body", ("weight",)),
    ),
)


class ThingResource(Resource):
    """Routes of the 'thing' namespace (1 endpoints)."""

    def create(
        self,
        *,
        kind: Literal["round", "square"],
        quoted_name: str,
        secret: Any,
        weight: int | List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/thing/

        Make a thing.

        Args:
            kind: JSON body; required.
            quoted_name: JSON body; required; sent as '\\\\"quoted\\\\" name'.
            secret: JSON body; required.
            weight: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/latest/api/thing#post-apithing
        """
        return self._call(
            _CREATE,
            (kind, quoted_name, secret, weight),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncThingResource(AsyncResource):
    """Routes of the 'thing' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        kind: Literal["round", "square"],
        quoted_name: str,
        secret: Any,
        weight: int | List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/thing/

        Make a thing.

        Args:
            kind: JSON body; required.
            quoted_name: JSON body; required; sent as '\\\\"quoted\\\\" name'.
            secret: JSON body; required.
            weight: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/latest/api/thing#post-apithing
        """
        return await self._call(
            _CREATE,
            (kind, quoted_name, secret, weight),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawThingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            kind: Literal["round", "square"],
            quoted_name: str,
            secret: Any,
            weight: int | List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawThingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            kind: Literal["round", "square"],
            quoted_name: str,
            secret: Any,
            weight: int | List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
