"""Routes of the 'util' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import AnswerValue5

_GET_RANDOM_TOKEN = RequestSpec("GET", "/api/util/random_token", ())


class UtilResource(Resource):
    """Routes of the 'util' namespace (1 endpoints)."""

    def get_random_token(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue5:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiutilrandom_token
        """
        _result: AnswerValue5 = self._call(
            _GET_RANDOM_TOKEN,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncUtilResource(AsyncResource):
    """Routes of the 'util' namespace, awaited (AsyncClient's)."""

    async def get_random_token(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue5:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiutilrandom_token
        """
        _result: AnswerValue5 = await self._call(
            _GET_RANDOM_TOKEN,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawUtilResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_random_token(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue5]: ...

    class AsyncRawUtilResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_random_token(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue5]: ...
