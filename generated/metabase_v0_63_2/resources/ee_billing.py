"""Routes of the 'ee-billing' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from .._runtime import RequestSpec, Resource, Timeout, UNSET, Unset

_LIST = RequestSpec("GET", "/api/ee/billing", ())


class EeBillingResource(Resource):
    """Routes of the 'ee-billing' namespace (1 endpoints)."""

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/billing

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieebilling
        """
        return self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
