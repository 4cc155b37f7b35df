"""Routes of the 'native-query-snippet' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
    "/api/native-query-snippet",
    (
        Place("body", ("content",)),
        Place("body", ("name",)),
        Place("body", ("collection_id",)),
        Place("body", ("description",)),
    ),
)
_GET = RequestSpec("GET", "/api/native-query-snippet/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/native-query-snippet", (Place("query", ("archived",)),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/native-query-snippet/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("content",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
    ),
)


class NativeQuerySnippetResource(Resource):
    """Routes of the 'native-query-snippet' namespace (4 endpoints)."""

    def create(
        self,
        *,
        content: str,
        name: str,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """POST /api/native-query-snippet

        Args:
            content: JSON body; required.
            name: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinative-query-snippet
        """
        _result: NativeQuerySnippet = self._call(
            _CREATE,
            (content, name, collection_id, description),
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
        """GET /api/native-query-snippet/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinative-query-snippetid
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
        """GET /api/native-query-snippet

        Args:
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinative-query-snippet
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
        collection_id: int | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """PUT /api/native-query-snippet/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            content: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = self._call(
            _UPDATE,
            (id, archived, collection_id, content, description, name),
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
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """POST /api/native-query-snippet

        Args:
            content: JSON body; required.
            name: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinative-query-snippet
        """
        _result: NativeQuerySnippet = await self._call(
            _CREATE,
            (content, name, collection_id, description),
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
        """GET /api/native-query-snippet/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinative-query-snippetid
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
        """GET /api/native-query-snippet

        Args:
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinative-query-snippet
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
        collection_id: int | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeQuerySnippet:
        """PUT /api/native-query-snippet/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            content: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apinative-query-snippetid
        """
        _result: NativeQuerySnippet = await self._call(
            _UPDATE,
            (id, archived, collection_id, content, description, name),
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
            collection_id: int | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
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
            collection_id: int | None | Unset = UNSET,
            content: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
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
            collection_id: int | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
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
            collection_id: int | None | Unset = UNSET,
            content: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeQuerySnippet]: ...
