"""Routes of the 'ee-permission_debug' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TYPE_CHECKING
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
from .._schemas import PermDebugInfo

_LIST = RequestSpec(
    "GET",
    "/api/ee/permission_debug/",
    (
        Place("query", ("user_id",)),
        Place("query", ("model_id",)),
        Place("query", ("action_type",)),
    ),
)


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
        """GET /api/ee/permission_debug/

        Args:
            user_id: query string; required; must be >= 1.
            model_id: query string; required.
            action_type: query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieepermission_debug
        """
        _result: PermDebugInfo = self._call(
            _LIST,
            (user_id, model_id, action_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEePermissionDebugResource(AsyncResource):
    """Routes of the 'ee-permission_debug' namespace, awaited (AsyncClient's)."""

    async def list(
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
        """GET /api/ee/permission_debug/

        Args:
            user_id: query string; required; must be >= 1.
            model_id: query string; required.
            action_type: query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieepermission_debug
        """
        _result: PermDebugInfo = await self._call(
            _LIST,
            (user_id, model_id, action_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEePermissionDebugResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[PermDebugInfo]: ...

    class AsyncRawEePermissionDebugResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def list(
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
        ) -> RawResponse[PermDebugInfo]: ...
