"""Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from .._runtime import RequestSpec, Resource, Timeout, UNSET, Unset

_GET_STATUS = RequestSpec("GET", "/api/ee/semantic-search/status", ())


class EeSemanticSearchResource(Resource):
    """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

    def get_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/semantic-search/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieesemantic-searchstatus
        """
        return self._call(
            _GET_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
