"""Routes of the 'premium-features' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import TokenStatus

_GET_TOKEN_STATUS = RequestSpec("GET", "/api/premium-features/token/status", ())


class PremiumFeaturesResource(Resource):
    """Routes of the 'premium-features' namespace (1 endpoints)."""

    def get_token_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TokenStatus:
        """GET /api/premium-features/token/status

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipremium-featurestokenstatus
        """
        _result: TokenStatus = self._call(
            _GET_TOKEN_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncPremiumFeaturesResource(AsyncResource):
    """Routes of the 'premium-features' namespace, awaited (AsyncClient's)."""

    async def get_token_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TokenStatus:
        """GET /api/premium-features/token/status

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipremium-featurestokenstatus
        """
        _result: TokenStatus = await self._call(
            _GET_TOKEN_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawPremiumFeaturesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_token_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TokenStatus]: ...

    class AsyncRawPremiumFeaturesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_token_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TokenStatus]: ...
