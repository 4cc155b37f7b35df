"""Routes of the 'bookmark' namespace (4 endpoints)."""

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
from .._schemas import Bookmark, PutBookmarkOrderingOrderingsItem

_DELETE = RequestSpec(
    "DELETE",
    "/api/bookmark/{}/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_LIST = RequestSpec("GET", "/api/bookmark/", ())
_POST = RequestSpec(
    "POST",
    "/api/bookmark/{}/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_UPDATE_ORDERING = RequestSpec("PUT", "/api/bookmark/ordering", (Place("body", ("orderings",)),))


class BookmarkResource(Resource):
    """Routes of the 'bookmark' namespace (4 endpoints)."""

    def delete(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Bookmark:
        """DELETE /api/bookmark/{model}/{id}

        Args:
            model: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apibookmarkmodelid
        """
        _result: Bookmark = self._call(
            _DELETE,
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Bookmark]:
        """GET /api/bookmark/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibookmark
        """
        _result: List[Bookmark] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Bookmark:
        """POST /api/bookmark/{model}/{id}

        Args:
            model: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apibookmarkmodelid
        """
        _result: Bookmark = self._call(
            _POST,
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_ordering(
        self,
        *,
        orderings: List[PutBookmarkOrderingOrderingsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/bookmark/ordering

        Args:
            orderings: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apibookmarkordering
        """
        return self._call(
            _UPDATE_ORDERING,
            (orderings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncBookmarkResource(AsyncResource):
    """Routes of the 'bookmark' namespace, awaited (AsyncClient's)."""

    async def delete(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Bookmark:
        """DELETE /api/bookmark/{model}/{id}

        Args:
            model: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apibookmarkmodelid
        """
        _result: Bookmark = await self._call(
            _DELETE,
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Bookmark]:
        """GET /api/bookmark/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibookmark
        """
        _result: List[Bookmark] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Bookmark:
        """POST /api/bookmark/{model}/{id}

        Args:
            model: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apibookmarkmodelid
        """
        _result: Bookmark = await self._call(
            _POST,
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_ordering(
        self,
        *,
        orderings: List[PutBookmarkOrderingOrderingsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/bookmark/ordering

        Args:
            orderings: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apibookmarkordering
        """
        return await self._call(
            _UPDATE_ORDERING,
            (orderings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawBookmarkResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete(
            self,
            model: Literal["card", "dashboard", "collection"],
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Bookmark]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Bookmark]]: ...

        def post(
            self,
            model: Literal["card", "dashboard", "collection"],
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Bookmark]: ...

        def update_ordering(
            self,
            *,
            orderings: List[PutBookmarkOrderingOrderingsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawBookmarkResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete(
            self,
            model: Literal["card", "dashboard", "collection"],
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Bookmark]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Bookmark]]: ...

        async def post(
            self,
            model: Literal["card", "dashboard", "collection"],
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Bookmark]: ...

        async def update_ordering(
            self,
            *,
            orderings: List[PutBookmarkOrderingOrderingsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
