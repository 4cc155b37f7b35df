"""Routes of the 'segment' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from typing_extensions import deprecated
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
from .._schemas import SegmentAnswer

_CREATE = RequestSpec(
    "POST",
    "/api/segment",
    (
        Place("body", ("definition",)),
        Place("body", ("name",)),
        Place("body", ("table_id",)),
        Place("body", ("description",)),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/segment/{}",
    (
        Place("path"),
        Place("query", ("revision_message",)),
    ),
    deprecated="DELETE /api/segment/{id} is deprecated by Metabase",
)
_GET = RequestSpec("GET", "/api/segment/{}", (Place("path"),))
_GET_RELATED = RequestSpec("GET", "/api/segment/{}/related", (Place("path"),))
_LIST = RequestSpec("GET", "/api/segment", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/segment/{}",
    (
        Place("path"),
        Place("body", ("revision_message",)),
        Place("body", ("archived",)),
        Place("body", ("caveats",)),
        Place("body", ("definition",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("show_in_getting_started",)),
    ),
)


class SegmentResource(Resource):
    """Routes of the 'segment' namespace (6 endpoints)."""

    def create(
        self,
        *,
        definition: dict[str, Any],
        name: str,
        table_id: int,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """POST /api/segment

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisegment
        """
        _result: SegmentAnswer = self._call(
            _CREATE,
            (definition, name, table_id, description),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("DELETE /api/segment/{id} is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        revision_message: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """DELETE /api/segment/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: query string; required; at least 1 character.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apisegmentid
        """
        _result: SegmentAnswer = self._call(
            _DELETE,
            (id, revision_message),
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
    ) -> SegmentAnswer:
        """GET /api/segment/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegmentid
        """
        _result: SegmentAnswer = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/segment/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegmentidrelated
        """
        return self._call(
            _GET_RELATED,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[SegmentAnswer]:
        """GET /api/segment

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegment
        """
        _result: List[SegmentAnswer] = self._call(
            _LIST,
            (),
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
        revision_message: str,
        archived: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """PUT /api/segment/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            points_of_interest: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apisegmentid
        """
        _result: SegmentAnswer = self._call(
            _UPDATE,
            (
                id,
                revision_message,
                archived,
                caveats,
                definition,
                description,
                name,
                points_of_interest,
                show_in_getting_started,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncSegmentResource(AsyncResource):
    """Routes of the 'segment' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        definition: dict[str, Any],
        name: str,
        table_id: int,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """POST /api/segment

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisegment
        """
        _result: SegmentAnswer = await self._call(
            _CREATE,
            (definition, name, table_id, description),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("DELETE /api/segment/{id} is deprecated by Metabase", category=None)
    async def delete(
        self,
        id: int,
        *,
        revision_message: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """DELETE /api/segment/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: query string; required; at least 1 character.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apisegmentid
        """
        _result: SegmentAnswer = await self._call(
            _DELETE,
            (id, revision_message),
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
    ) -> SegmentAnswer:
        """GET /api/segment/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegmentid
        """
        _result: SegmentAnswer = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/segment/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegmentidrelated
        """
        return await self._call(
            _GET_RELATED,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[SegmentAnswer]:
        """GET /api/segment

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisegment
        """
        _result: List[SegmentAnswer] = await self._call(
            _LIST,
            (),
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
        revision_message: str,
        archived: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SegmentAnswer:
        """PUT /api/segment/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            points_of_interest: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apisegmentid
        """
        _result: SegmentAnswer = await self._call(
            _UPDATE,
            (
                id,
                revision_message,
                archived,
                caveats,
                definition,
                description,
                name,
                points_of_interest,
                show_in_getting_started,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawSegmentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            definition: dict[str, Any],
            name: str,
            table_id: int,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        @deprecated("DELETE /api/segment/{id} is deprecated by Metabase", category=None)
        def delete(
            self,
            id: int,
            *,
            revision_message: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        def get_related(
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[SegmentAnswer]]: ...

        def update(
            self,
            id: int,
            *,
            revision_message: str,
            archived: bool | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

    class AsyncRawSegmentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            definition: dict[str, Any],
            name: str,
            table_id: int,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        @deprecated("DELETE /api/segment/{id} is deprecated by Metabase", category=None)
        async def delete(
            self,
            id: int,
            *,
            revision_message: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...

        async def get_related(
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[SegmentAnswer]]: ...

        async def update(
            self,
            id: int,
            *,
            revision_message: str,
            archived: bool | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SegmentAnswer]: ...
