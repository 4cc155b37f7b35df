"""Routes of the 'ee-permission_debug' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PermDebugInfo


class EePermissionDebugResource(Resource):
    """Routes of the 'ee-permission_debug' namespace (1 endpoints)."""

    def list(
        self,
        *,
        user_id: int,
        model_id: str,
        action_type: Literal["card/read", "card/query", "card/download-data"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PermDebugInfo:
        """GET /api/ee/permission_debug

        Args:
            user_id: int; query string; required.
            model_id: str; query string; required.
            action_type: Literal['card/read', 'card/query', 'card/download-data']; query string; required; one of 'card/read', 'card/query', 'card/download-data'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieepermission_debug
        """
        _result: PermDebugInfo = self._call(
            "GET",
            "/api/ee/permission_debug",
            (),
            query={
                "user_id": user_id,
                "model_id": model_id,
                "action_type": action_type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
