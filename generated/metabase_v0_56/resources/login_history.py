"""Routes of the 'login-history' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List
from .._runtime import RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import UserLoginHistoryItem

_GET_CURRENT = RequestSpec("GET", "/api/login-history/current", ())


class LoginHistoryResource(Resource):
    """Routes of the 'login-history' namespace (1 endpoints)."""

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[UserLoginHistoryItem]:
        """GET /api/login-history/current

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apilogin-historycurrent
        """
        _result: List[UserLoginHistoryItem] = self._call(
            _GET_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
