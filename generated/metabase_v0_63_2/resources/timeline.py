"""Routes of the 'timeline' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import Timeline, TimelineAnswer

_CREATE = RequestSpec(
    "POST",
    "/api/timeline",
    (
        Place("body", ("name",)),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("default",)),
        Place("body", ("description",)),
        Place("body", ("icon",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/timeline/{}", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/timeline/{}",
    (
        Place("path"),
        Place("query", ("include",)),
        Place("query", ("archived",)),
        Place("query", ("start",)),
        Place("query", ("end",)),
    ),
)
_GET_COLLECTION_BY_ID = RequestSpec(
    "GET",
    "/api/timeline/collection/{}",
    (
        Place("path"),
        Place("query", ("include",)),
        Place("query", ("archived",)),
    ),
)
_GET_COLLECTION_ROOT = RequestSpec(
    "GET",
    "/api/timeline/collection/root",
    (
        Place("query", ("include",)),
        Place("query", ("archived",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/timeline",
    (
        Place("query", ("include",)),
        Place("query", ("archived",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/timeline/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("collection_id",)),
        Place("body", ("default",)),
        Place("body", ("description",)),
        Place("body", ("icon",)),
        Place("body", ("name",)),
    ),
)


class TimelineResource(Resource):
    """Routes of the 'timeline' namespace (7 endpoints)."""

    def create(
        self,
        *,
        name: str,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """POST /api/timeline

        Args:
            name: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitimeline
        """
        _result: Timeline = self._call(
            _CREATE,
            (name, archived, collection_id, default, description, icon),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineAnswer:
        """DELETE /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitimelineid
        """
        _result: TimelineAnswer = self._call(
            _DELETE,
            (id,),
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
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """GET /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            archived: query string; optional.
            start: query string; optional.
            end: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelineid
        """
        _result: Timeline = self._call(
            _GET,
            (id, include, archived, start, end),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_collection_by_id(
        self,
        id: int,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TimelineAnswer]:
        """GET /api/timeline/collection/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionid
        """
        _result: List[TimelineAnswer] = self._call(
            _GET_COLLECTION_BY_ID,
            (id, include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_collection_root(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/collection/root

        Args:
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionroot
        """
        return self._call(
            _GET_COLLECTION_ROOT,
            (include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Timeline]:
        """GET /api/timeline

        Args:
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimeline
        """
        _result: List[Timeline] = self._call(
            _LIST,
            (include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineAnswer:
        """PUT /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitimelineid
        """
        _result: TimelineAnswer = self._call(
            _UPDATE,
            (id, archived, collection_id, default, description, icon, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTimelineResource(AsyncResource):
    """Routes of the 'timeline' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """POST /api/timeline

        Args:
            name: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitimeline
        """
        _result: Timeline = await self._call(
            _CREATE,
            (name, archived, collection_id, default, description, icon),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineAnswer:
        """DELETE /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitimelineid
        """
        _result: TimelineAnswer = await self._call(
            _DELETE,
            (id,),
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
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """GET /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            archived: query string; optional.
            start: query string; optional.
            end: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelineid
        """
        _result: Timeline = await self._call(
            _GET,
            (id, include, archived, start, end),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_collection_by_id(
        self,
        id: int,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TimelineAnswer]:
        """GET /api/timeline/collection/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionid
        """
        _result: List[TimelineAnswer] = await self._call(
            _GET_COLLECTION_BY_ID,
            (id, include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_collection_root(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/collection/root

        Args:
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionroot
        """
        return await self._call(
            _GET_COLLECTION_ROOT,
            (include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Timeline]:
        """GET /api/timeline

        Args:
            include: query string; optional.
            archived: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimeline
        """
        _result: List[Timeline] = await self._call(
            _LIST,
            (include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineAnswer:
        """PUT /api/timeline/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitimelineid
        """
        _result: TimelineAnswer = await self._call(
            _UPDATE,
            (id, archived, collection_id, default, description, icon, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTimelineResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            archived: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineAnswer]: ...

        def get(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            start: str | None = None,
            end: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...

        def get_collection_by_id(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TimelineAnswer]]: ...

        def get_collection_root(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Timeline]]: ...

        def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineAnswer]: ...

    class AsyncRawTimelineResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            archived: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineAnswer]: ...

        async def get(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            start: str | None = None,
            end: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...

        async def get_collection_by_id(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TimelineAnswer]]: ...

        async def get_collection_root(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Timeline]]: ...

        async def update(
            self,
            id: int,
            *,
            archived: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineAnswer]: ...
