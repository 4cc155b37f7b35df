"""Routes of the 'persist' namespace (11 endpoints)."""

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
    "/api/persist",
    (
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_POST_CARD_PERSIST = RequestSpec("POST", "/api/persist/card/{}/persist", (Place("path"),))
_POST_CARD_REFRESH = RequestSpec("POST", "/api/persist/card/{}/refresh", (Place("path"),))
_POST_CARD_UNPERSIST = RequestSpec("POST", "/api/persist/card/{}/unpersist", (Place("path"),))
_POST_DATABASE_PERSIST = RequestSpec("POST", "/api/persist/database/{}/persist", (Place("path"),))
_POST_DATABASE_UNPERSIST = RequestSpec(
    "POST", "/api/persist/database/{}/unpersist", (Place("path"),)
)
_POST_DISABLE = RequestSpec("POST", "/api/persist/disable", ())
_POST_ENABLE = RequestSpec("POST", "/api/persist/enable", ())
_POST_SET_REFRESH_SCHEDULE = RequestSpec(
    "POST", "/api/persist/set-refresh-schedule", (Place("body", ("cron",)),)
)


class PersistResource(Resource):
    """Routes of the 'persist' namespace (11 endpoints)."""

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
        """GET /api/persist/{persisted-info-id}

        Args:
            persisted_info_id: path; required; must be >= 1; sent as 'persisted-info-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersistpersisted-info-id
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
        """GET /api/persist/card/{card-id}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersistcardcard-id
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
        """GET /api/persist

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersist
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

    def post_card_persist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/persist

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idpersist
        """
        return self._call(
            _POST_CARD_PERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_card_refresh(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/refresh

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idrefresh
        """
        return self._call(
            _POST_CARD_REFRESH,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_card_unpersist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/unpersist

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idunpersist
        """
        return self._call(
            _POST_CARD_UNPERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_database_persist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/database/{id}/persist

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdatabaseidpersist
        """
        return self._call(
            _POST_DATABASE_PERSIST,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_database_unpersist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/database/{id}/unpersist

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdatabaseidunpersist
        """
        return self._call(
            _POST_DATABASE_UNPERSIST,
            (id,),
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdisable
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistenable
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

    def post_set_refresh_schedule(
        self,
        *,
        cron: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/set-refresh-schedule

        Args:
            cron: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistset-refresh-schedule
        """
        return self._call(
            _POST_SET_REFRESH_SCHEDULE,
            (cron,),
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
        """GET /api/persist/{persisted-info-id}

        Args:
            persisted_info_id: path; required; must be >= 1; sent as 'persisted-info-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersistpersisted-info-id
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
        """GET /api/persist/card/{card-id}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersistcardcard-id
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
        """GET /api/persist

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipersist
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

    async def post_card_persist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/persist

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idpersist
        """
        return await self._call(
            _POST_CARD_PERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_card_refresh(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/refresh

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idrefresh
        """
        return await self._call(
            _POST_CARD_REFRESH,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_card_unpersist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/card/{card-id}/unpersist

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistcardcard-idunpersist
        """
        return await self._call(
            _POST_CARD_UNPERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_database_persist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/database/{id}/persist

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdatabaseidpersist
        """
        return await self._call(
            _POST_DATABASE_PERSIST,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_database_unpersist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/database/{id}/unpersist

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdatabaseidunpersist
        """
        return await self._call(
            _POST_DATABASE_UNPERSIST,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistdisable
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistenable
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

    async def post_set_refresh_schedule(
        self,
        *,
        cron: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/persist/set-refresh-schedule

        Args:
            cron: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipersistset-refresh-schedule
        """
        return await self._call(
            _POST_SET_REFRESH_SCHEDULE,
            (cron,),
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

        def post_card_persist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_card_refresh(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_card_unpersist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_database_persist(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_database_unpersist(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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

        def post_set_refresh_schedule(
            self,
            *,
            cron: str,
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

        async def post_card_persist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_card_refresh(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_card_unpersist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_database_persist(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_database_unpersist(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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

        async def post_set_refresh_schedule(
            self,
            *,
            cron: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
