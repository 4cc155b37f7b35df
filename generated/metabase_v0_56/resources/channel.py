"""Routes of the 'channel' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import NotificationChannel

_CREATE = RequestSpec(
    "POST",
    "/api/channel/",
    (
        Place("body", ("details",)),
        Place("body", ("name",)),
        Place("body", ("type",)),
        Place("body", ("active",)),
        Place("body", ("description",)),
    ),
)
_GET = RequestSpec("GET", "/api/channel/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/channel/", (Place("body", ("include_inactive",)),))
_POST_TEST = RequestSpec(
    "POST",
    "/api/channel/test",
    (
        Place("body", ("details",)),
        Place("body", ("type",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/channel/{}",
    (
        Place("path"),
        Place("body", ("active",)),
        Place("body", ("description",)),
        Place("body", ("details",)),
        Place("body", ("name",)),
        Place("body", ("type",)),
    ),
)


class ChannelResource(Resource):
    """Routes of the 'channel' namespace (5 endpoints)."""

    def create(
        self,
        *,
        details: dict[str, Any],
        name: str,
        type: Any,
        active: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """POST /api/channel/

        Args:
            details: JSON body; required.
            name: JSON body; required; at least 1 character.
            type: JSON body; required.
            active: JSON body; optional; not sent by default (the server assumes true).
            description: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichannel
        """
        _result: List[NotificationChannel] = self._call(
            _CREATE,
            (details, name, type, active, description),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannelid
        """
        return self._call(
            _GET,
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
        include_inactive: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """GET /api/channel/

        Args:
            include_inactive: JSON body; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannel
        """
        _result: List[NotificationChannel] = self._call(
            _LIST,
            (include_inactive,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            details: JSON body; required.
            type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichanneltest
        """
        return self._call(
            _POST_TEST,
            (details, type),
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
        active: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        type: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """PUT /api/channel/{id}

        Args:
            id: path; required; must be >= 1.
            active: JSON body; optional.
            description: JSON body; optional; at least 1 character.
            details: JSON body; optional.
            name: JSON body; optional; at least 1 character.
            type: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apichannelid
        """
        _result: List[NotificationChannel] = self._call(
            _UPDATE,
            (id, active, description, details, name, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncChannelResource(AsyncResource):
    """Routes of the 'channel' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        details: dict[str, Any],
        name: str,
        type: Any,
        active: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """POST /api/channel/

        Args:
            details: JSON body; required.
            name: JSON body; required; at least 1 character.
            type: JSON body; required.
            active: JSON body; optional; not sent by default (the server assumes true).
            description: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichannel
        """
        _result: List[NotificationChannel] = await self._call(
            _CREATE,
            (details, name, type, active, description),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannelid
        """
        return await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        include_inactive: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """GET /api/channel/

        Args:
            include_inactive: JSON body; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannel
        """
        _result: List[NotificationChannel] = await self._call(
            _LIST,
            (include_inactive,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_test(
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
            details: JSON body; required.
            type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichanneltest
        """
        return await self._call(
            _POST_TEST,
            (details, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        active: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        type: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[NotificationChannel]:
        """PUT /api/channel/{id}

        Args:
            id: path; required; must be >= 1.
            active: JSON body; optional.
            description: JSON body; optional; at least 1 character.
            details: JSON body; optional.
            name: JSON body; optional; at least 1 character.
            type: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apichannelid
        """
        _result: List[NotificationChannel] = await self._call(
            _UPDATE,
            (id, active, description, details, name, type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawChannelResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            details: dict[str, Any],
            name: str,
            type: Any,
            active: bool | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            include_inactive: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...

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
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            active: bool | Unset = UNSET,
            description: str | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            type: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...

    class AsyncRawChannelResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            details: dict[str, Any],
            name: str,
            type: Any,
            active: bool | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            include_inactive: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...

        async def post_test(
            self,
            *,
            details: dict[str, Any],
            type: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            active: bool | Unset = UNSET,
            description: str | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            type: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[NotificationChannel]]: ...
