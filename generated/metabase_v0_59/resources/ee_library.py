"""Routes of the 'ee-library' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import CollectionItem, GetEeLibraryResponseOption2

_CREATE = RequestSpec("POST", "/api/ee/library", ())
_GET_TREE = RequestSpec("GET", "/api/ee/library/tree", ())
_LIST = RequestSpec("GET", "/api/ee/library", ())


class EeLibraryResource(Resource):
    """Routes of the 'ee-library' namespace (3 endpoints)."""

    def create(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/library

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieelibrary
        """
        return self._call(
            _CREATE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tree(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/library/tree

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieelibrarytree
        """
        return self._call(
            _GET_TREE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionItem | GetEeLibraryResponseOption2:
        """GET /api/ee/library

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieelibrary
        """
        _result: CollectionItem | GetEeLibraryResponseOption2 = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeLibraryResource(AsyncResource):
    """Routes of the 'ee-library' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/library

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieelibrary
        """
        return await self._call(
            _CREATE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tree(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/library/tree

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieelibrarytree
        """
        return await self._call(
            _GET_TREE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionItem | GetEeLibraryResponseOption2:
        """GET /api/ee/library

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieelibrary
        """
        _result: CollectionItem | GetEeLibraryResponseOption2 = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeLibraryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_tree(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionItem | GetEeLibraryResponseOption2]: ...

    class AsyncRawEeLibraryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tree(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionItem | GetEeLibraryResponseOption2]: ...
