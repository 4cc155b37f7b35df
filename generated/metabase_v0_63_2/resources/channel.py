"""Routes of the 'channel' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class ChannelResource(Resource):
    """Routes of the 'channel' namespace (5 endpoints)."""

    def create(
        self,
        *,
        details: dict[str, Any],
        name: str,
        type: Any,
        active: bool | None = True,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/channel

        Args:
            active: bool | None; JSON body; optional; default true; None sends null.
            description: str | None; JSON body; optional; None sends null.
            details: dict[str, Any]; JSON body; required.
            name: str; JSON body; required.
            type: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apichannel
        """
        return self._call(
            "POST",
            "/api/channel",
            (),
            body={
                "active": active,
                "description": description,
                "details": details,
                "name": name,
                "type": type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/channel/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apichannelid
        """
        return self._call(
            "GET",
            "/api/channel/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        include_inactive: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/channel

        Args:
            include_inactive: bool | None; JSON body; optional; default false; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apichannel
        """
        return self._call(
            "GET",
            "/api/channel",
            (),
            body={
                "include_inactive": include_inactive,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_test(
        self,
        *,
        details: dict[str, Any],
        type: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/channel/test

        Args:
            details: dict[str, Any]; JSON body; required.
            type: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apichanneltest
        """
        return self._call(
            "POST",
            "/api/channel/test",
            (),
            body={
                "details": details,
                "type": type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        active: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        details: dict[str, Any] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type: Any | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/channel/{id}

        Args:
            id: int; path; required.
            active: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            details: dict[str, Any] | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            type: Any | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apichannelid
        """
        return self._call(
            "PUT",
            "/api/channel/{}",
            (id,),
            body={
                "active": active,
                "description": description,
                "details": details,
                "name": name,
                "type": type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
