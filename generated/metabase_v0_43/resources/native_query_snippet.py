"""Routes of the 'native-query-snippet' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import NativeQuerySnippet

_CREATE = RequestSpec(
    "POST",
    "/api/native-query-snippet/",
    (
        Place("body", ("content",)),
        Place("body", ("name",)),
        Place("body", ("description",)),
        Place("body", ("collection_id",)),
    ),
)
_GET = RequestSpec("GET", "/api/native-query-snippet/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/native-query-snippet/", (Place("form", ("archived",)),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/native-query-snippet/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("content",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("collection_id",)),
        Place("body", whole=True),
    ),
)


class NativeQuerySnippetResource(Resource):
    """Routes of the 'native-query-snippet' namespace (4 endpoints)."""

    def create(
        self,
        *,
        content: str,
        name: str,
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """POST /api/native-query-snippet/

        Args:
            content: JSON body; required.
            name: JSON body; required.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apinative-query-snippet
        """
        _result: NativeQuerySnippet = self._call(
            _CREATE,
            (content, name, description, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """GET /api/native-query-snippet/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = self._call(
            _GET,
            (id,),
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
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NativeQuerySnippet]:
        """GET /api/native-query-snippet/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apinative-query-snippet
        """
        _result: List[NativeQuerySnippet] = self._call(
            _LIST,
            (archived,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """PUT /api/native-query-snippet/:id

        Args:
            id: path; required.
            archived: JSON body; optional; None sends null.
            content: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = self._call(
            _UPDATE,
            (id, archived, content, description, name, collection_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncNativeQuerySnippetResource(AsyncResource):
    """Routes of the 'native-query-snippet' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        content: str,
        name: str,
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """POST /api/native-query-snippet/

        Args:
            content: JSON body; required.
            name: JSON body; required.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apinative-query-snippet
        """
        _result: NativeQuerySnippet = await self._call(
            _CREATE,
            (content, name, description, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """GET /api/native-query-snippet/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = await self._call(
            _GET,
            (id,),
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
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NativeQuerySnippet]:
        """GET /api/native-query-snippet/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apinative-query-snippet
        """
        _result: List[NativeQuerySnippet] = await self._call(
            _LIST,
            (archived,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """PUT /api/native-query-snippet/:id

        Args:
            id: path; required.
            archived: JSON body; optional; None sends null.
            content: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = await self._call(
            _UPDATE,
            (id, archived, content, description, name, collection_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawNativeQuerySnippetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            content: str,
            name: str,
            description: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NativeQuerySnippet]]: ...

        def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
            content: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...

    class AsyncRawNativeQuerySnippetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            content: str,
            name: str,
            description: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NativeQuerySnippet]]: ...

        async def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
            content: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...
