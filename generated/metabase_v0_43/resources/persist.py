"""Routes of the 'persist' namespace (6 endpoints)."""

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
from .._schemas import ListPersistedInfoResponse, ModelCacheRefreshStatus

_GET = RequestSpec("GET", "/api/persist/{}", (Place("path"),))
_GET_CARD_BY_CARD_ID = RequestSpec("GET", "/api/persist/card/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/persist/",
    (
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_POST_DISABLE = RequestSpec("POST", "/api/persist/disable", ())
_POST_ENABLE = RequestSpec("POST", "/api/persist/enable", ())
_POST_SET_INTERVAL = RequestSpec(
    "POST",
    "/api/persist/set-interval",
    (
        Place("body", ("hours",)),
        Place("body", whole=True),
    ),
)


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
    ) -> ModelCacheRefreshStatus:
        """GET /api/persist/:persisted-info-id

        Args:
            persisted_info_id: path; required; must be > 0; sent as 'persisted-info-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistpersisted-info-id
        """
        _result: ModelCacheRefreshStatus = self._call(
            _GET,
            (persisted_info_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_by_card_id(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ModelCacheRefreshStatus:
        """GET /api/persist/card/:card-id

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistcardcard-id
        """
        _result: ModelCacheRefreshStatus = self._call(
            _GET_CARD_BY_CARD_ID,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListPersistedInfoResponse:
        """GET /api/persist/

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Requires a superuser.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersist
        """
        _result: ListPersistedInfoResponse = self._call(
            _LIST,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            _POST_DISABLE,
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
            _POST_ENABLE,
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
        hours: int,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/set-interval

        Args:
            hours: JSON body; required.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipersistset-interval
        """
        return self._call(
            _POST_SET_INTERVAL,
            (hours, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncPersistResource(AsyncResource):
    """Routes of the 'persist' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        persisted_info_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ModelCacheRefreshStatus:
        """GET /api/persist/:persisted-info-id

        Args:
            persisted_info_id: path; required; must be > 0; sent as 'persisted-info-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistpersisted-info-id
        """
        _result: ModelCacheRefreshStatus = await self._call(
            _GET,
            (persisted_info_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_by_card_id(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ModelCacheRefreshStatus:
        """GET /api/persist/card/:card-id

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersistcardcard-id
        """
        _result: ModelCacheRefreshStatus = await self._call(
            _GET_CARD_BY_CARD_ID,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListPersistedInfoResponse:
        """GET /api/persist/

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Requires a superuser.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipersist
        """
        _result: ListPersistedInfoResponse = await self._call(
            _LIST,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_disable(
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
        return await self._call(
            _POST_DISABLE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_enable(
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
        return await self._call(
            _POST_ENABLE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_set_interval(
        self,
        *,
        hours: int,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/set-interval

        Args:
            hours: JSON body; required.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apipersistset-interval
        """
        return await self._call(
            _POST_SET_INTERVAL,
            (hours, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawPersistResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            persisted_info_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelCacheRefreshStatus]: ...

        def get_card_by_card_id(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelCacheRefreshStatus]: ...

        def list(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListPersistedInfoResponse]: ...

        def post_disable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_enable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_set_interval(
            self,
            *,
            hours: int,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawPersistResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            persisted_info_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelCacheRefreshStatus]: ...

        async def get_card_by_card_id(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelCacheRefreshStatus]: ...

        async def list(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListPersistedInfoResponse]: ...

        async def post_disable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_enable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_set_interval(
            self,
            *,
            hours: int,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
