"""Routes of the 'saml' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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

_UPDATE_SETTINGS = RequestSpec("PUT", "/api/saml/settings", (Place("body", whole=True),))


class SamlResource(Resource):
    """Routes of the 'saml' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/saml/settings

        Args:
            settings: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/sso-saml#put-apisamlsettings
        """
        return self._call(
            _UPDATE_SETTINGS,
            (settings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSamlResource(AsyncResource):
    """Routes of the 'saml' namespace, awaited (AsyncClient's)."""

    async def update_settings(
        self,
        *,
        settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/saml/settings

        Args:
            settings: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/sso-saml#put-apisamlsettings
        """
        return await self._call(
            _UPDATE_SETTINGS,
            (settings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSamlResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def update_settings(
            self,
            *,
            settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawSamlResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def update_settings(
            self,
            *,
            settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
