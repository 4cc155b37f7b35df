"""Routes of the 'upload' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING
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
from .._schemas import Card

_POST_CSV = RequestSpec(
    "POST",
    "/api/upload/csv",
    (
        Place("multipart", ("file",)),
        Place("multipart", ("collection_id",)),
    ),
    body_format="multipart",
)


class UploadResource(Resource):
    """Routes of the 'upload' namespace (1 endpoints)."""

    def post_csv(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        collection_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """POST /api/upload/csv

        Args:
            file: multipart part; required.
            collection_id: multipart part; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuploadcsv
        """
        _result: Card = self._call(
            _POST_CSV,
            (file, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncUploadResource(AsyncResource):
    """Routes of the 'upload' namespace, awaited (AsyncClient's)."""

    async def post_csv(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        collection_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """POST /api/upload/csv

        Args:
            file: multipart part; required.
            collection_id: multipart part; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuploadcsv
        """
        _result: Card = await self._call(
            _POST_CSV,
            (file, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawUploadResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_csv(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            collection_id: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

    class AsyncRawUploadResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_csv(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            collection_id: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...
