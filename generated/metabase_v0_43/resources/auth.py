"""Routes of the 'auth' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from .._runtime import RequestSpec, Resource, Timeout, UNSET, Unset

_GET_SSO = RequestSpec("GET", "/auth/sso/", ())
_POST_SSO = RequestSpec("POST", "/auth/sso/", ())


class AuthResource(Resource):
    """Routes of the 'auth' namespace (2 endpoints)."""

    def get_sso(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /auth/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-authsso
        """
        return self._call(
            _GET_SSO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_sso(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /auth/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-authsso
        """
        return self._call(
            _POST_SSO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
