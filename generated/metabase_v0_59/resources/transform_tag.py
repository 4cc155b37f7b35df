"""Routes of the 'transform-tag' namespace (4 endpoints)."""

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
from .._schemas import (
    GetTransformTagResponseItem,
    PostTransformTagResponse,
    PutTransformTagResponse,
)

_CREATE = RequestSpec("POST", "/api/transform-tag", (Place("body", ("name",)),))
_DELETE = RequestSpec("DELETE", "/api/transform-tag/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/transform-tag", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/transform-tag/{}",
    (
        Place("path"),
        Place("body", ("name",)),
    ),
)


class TransformTagResource(Resource):
    """Routes of the 'transform-tag' namespace (4 endpoints)."""

    def create(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformTagResponse:
        """POST /api/transform-tag

        Args:
            name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apitransform-tag
        """
        _result: PostTransformTagResponse = self._call(
            _CREATE,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        tag_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/transform-tag/{tag-id}

        Args:
            tag_id: path; required; must be >= 1; sent as 'tag-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apitransform-tagtag-id
        """
        _result: None = self._call(
            _DELETE,
            (tag_id,),
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
    ) -> List[GetTransformTagResponseItem]:
        """GET /api/transform-tag

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apitransform-tag
        """
        _result: List[GetTransformTagResponseItem] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        tag_id: int,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformTagResponse:
        """PUT /api/transform-tag/{tag-id}

        Args:
            tag_id: path; required; must be >= 1; sent as 'tag-id'.
            name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apitransform-tagtag-id
        """
        _result: PutTransformTagResponse = self._call(
            _UPDATE,
            (tag_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTransformTagResource(AsyncResource):
    """Routes of the 'transform-tag' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformTagResponse:
        """POST /api/transform-tag

        Args:
            name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apitransform-tag
        """
        _result: PostTransformTagResponse = await self._call(
            _CREATE,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        tag_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/transform-tag/{tag-id}

        Args:
            tag_id: path; required; must be >= 1; sent as 'tag-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apitransform-tagtag-id
        """
        _result: None = await self._call(
            _DELETE,
            (tag_id,),
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
    ) -> List[GetTransformTagResponseItem]:
        """GET /api/transform-tag

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apitransform-tag
        """
        _result: List[GetTransformTagResponseItem] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        tag_id: int,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformTagResponse:
        """PUT /api/transform-tag/{tag-id}

        Args:
            tag_id: path; required; must be >= 1; sent as 'tag-id'.
            name: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apitransform-tagtag-id
        """
        _result: PutTransformTagResponse = await self._call(
            _UPDATE,
            (tag_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTransformTagResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformTagResponse]: ...

        def delete(
            self,
            tag_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformTagResponseItem]]: ...

        def update(
            self,
            tag_id: int,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformTagResponse]: ...

    class AsyncRawTransformTagResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformTagResponse]: ...

        async def delete(
            self,
            tag_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformTagResponseItem]]: ...

        async def update(
            self,
            tag_id: int,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformTagResponse]: ...
