"""Routes of the 'timeline' namespace (5 endpoints)."""

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
from .._schemas import Timeline

_CREATE = RequestSpec(
    "POST",
    "/api/timeline/",
    (
        Place("body", ("name",)),
        Place("body", ("default",)),
        Place("body", ("description",)),
        Place("body", ("icon",)),
        Place("body", ("collection_id",)),
        Place("body", ("archived",)),
        Place("body", whole=True),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/timeline/{}", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/timeline/{}",
    (
        Place("path"),
        Place("form", ("include",)),
        Place("form", ("archived",)),
        Place("form", ("start",)),
        Place("form", ("end",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/timeline/",
    (
        Place("form", ("include",)),
        Place("form", ("archived",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/timeline/{}",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("default",)),
        Place("body", ("description",)),
        Place("body", ("icon",)),
        Place("body", ("collection_id",)),
        Place("body", ("archived",)),
        Place("body", whole=True),
    ),
)


class TimelineResource(Resource):
    """Routes of the 'timeline' namespace (5 endpoints)."""

    def create(
        self,
        *,
        name: str,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """POST /api/timeline/

        Args:
            name: JSON body; required; must not be blank.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#post-apitimeline
        """
        _result: Timeline = self._call(
            _CREATE,
            (name, default, description, icon, collection_id, archived, body),
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
    ) -> Timeline:
        """DELETE /api/timeline/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#delete-apitimelineid
        """
        _result: Timeline = self._call(
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
        """GET /api/timeline/:id

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            archived: form field or query string; optional.
            start: form field or query string; optional.
            end: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimelineid
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
        """GET /api/timeline/

        Args:
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimeline
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
        name: str | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """PUT /api/timeline/:id

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#put-apitimelineid
        """
        _result: Timeline = self._call(
            _UPDATE,
            (id, name, default, description, icon, collection_id, archived, body),
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
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """POST /api/timeline/

        Args:
            name: JSON body; required; must not be blank.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#post-apitimeline
        """
        _result: Timeline = await self._call(
            _CREATE,
            (name, default, description, icon, collection_id, archived, body),
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
    ) -> Timeline:
        """DELETE /api/timeline/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#delete-apitimelineid
        """
        _result: Timeline = await self._call(
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
        """GET /api/timeline/:id

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            archived: form field or query string; optional.
            start: form field or query string; optional.
            end: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimelineid
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
        """GET /api/timeline/

        Args:
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimeline
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
        name: str | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """PUT /api/timeline/:id

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            default: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#put-apitimelineid
        """
        _result: Timeline = await self._call(
            _UPDATE,
            (id, name, default, description, icon, collection_id, archived, body),
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
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            collection_id: int | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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
        ) -> RawResponse[Timeline]: ...

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
            name: str | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            collection_id: int | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...

    class AsyncRawTimelineResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            collection_id: int | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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
        ) -> RawResponse[Timeline]: ...

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
            name: str | None | Unset = UNSET,
            default: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            collection_id: int | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Timeline]: ...
