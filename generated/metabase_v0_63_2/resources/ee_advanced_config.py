"""Routes of the 'ee-advanced-config' namespace (1 endpoints)."""

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

_CREATE = RequestSpec(
    "POST", "/api/ee/advanced-config", (Place("multipart", ("config",)),), body_format="multipart"
)


class EeAdvancedConfigResource(Resource):
    """Routes of the 'ee-advanced-config' namespace (1 endpoints)."""

    def create(
        self,
        *,
        config: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/advanced-config

        Args:
            config: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeadvanced-config
        """
        _result: None = self._call(
            _CREATE,
            (config,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeAdvancedConfigResource(AsyncResource):
    """Routes of the 'ee-advanced-config' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        config: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/advanced-config

        Args:
            config: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeadvanced-config
        """
        _result: None = await self._call(
            _CREATE,
            (config,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeAdvancedConfigResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            config: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

    class AsyncRawEeAdvancedConfigResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            config: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...
