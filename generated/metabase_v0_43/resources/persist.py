"""Routes of the 'persist' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class PersistResource(Resource):
    """Routes of the 'persist' namespace (6 endpoints)."""

    def get(
        self,
        persisted_info_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/persist/:persisted-info-id

        Args:
            persisted_info_id: int; path; required; sent as 'persisted-info-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistpersisted-info-id
        """
        return self._call(
            "GET",
            "/api/persist/{}",
            (persisted_info_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_by_card_id(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/persist/card/:card-id

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistcardcard-id
        """
        return self._call(
            "GET",
            "/api/persist/card/{}",
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/persist/

        Args:
            limit: int; query string; optional.
            offset: int; query string; optional.

        Requires a superuser.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersist
        """
        return self._call(
            "GET",
            "/api/persist/",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_disable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/disable

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipersistdisable
        """
        return self._call(
            "POST",
            "/api/persist/disable",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_enable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/enable

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipersistenable
        """
        return self._call(
            "POST",
            "/api/persist/enable",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_set_interval(
        self,
        *,
        hours: int | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/set-interval

        Args:
            hours: int; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipersistset-interval
        """
        return self._call(
            "POST",
            "/api/persist/set-interval",
            (),
            body={
                "hours": hours,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
