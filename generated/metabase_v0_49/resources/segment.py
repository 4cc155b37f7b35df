"""Routes of the 'segment' namespace (8 endpoints)."""

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
from .._schemas import Segment

_CREATE = RequestSpec(
    "POST",
    "/api/segment/",
    (
        Place("body", ("name",)),
        Place("body", ("table_id",)),
        Place("body", ("definition",)),
        Place("body", ("description",)),
        Place("body", whole=True),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/segment/{}",
    (
        Place("path"),
        Place("form", ("revision_message",)),
    ),
    deprecated="DELETE /api/segment/:id is deprecated by Metabase",
)
_GET = RequestSpec("GET", "/api/segment/{}", (Place("path"),))
_GET_RELATED = RequestSpec("GET", "/api/segment/{}/related", (Place("path"),))
_GET_REVISIONS = RequestSpec("GET", "/api/segment/{}/revisions", (Place("path"),))
_LIST = RequestSpec("GET", "/api/segment/", ())
_POST_REVERT = RequestSpec(
    "POST",
    "/api/segment/{}/revert",
    (
        Place("path"),
        Place("body", ("revision_id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/segment/{}",
    (
        Place("path"),
        Place("body", ("revision_message",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("definition",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("name",)),
        Place("body", ("caveats",)),
        Place("body", whole=True),
    ),
)


class SegmentResource(Resource):
    """Routes of the 'segment' namespace (8 endpoints)."""

    def create(
        self,
        *,
        name: str,
        table_id: int,
        definition: dict[str, Any],
        description: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Segment:
        """POST /api/segment/

        Args:
            name: JSON body; required; must not be blank.
            table_id: JSON body; required; must be > 0.
            definition: JSON body; required.
            description: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#post-apisegment
        """
        _result: Segment = self._call(
            _CREATE,
            (name, table_id, definition, description, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("DELETE /api/segment/:id is deprecated by Metabase", category=None)
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
    ) -> Segment:
        """DELETE /api/segment/:id

        Args:
            id: path; required; must be > 0.
            revision_message: form field or query string; required; must not be blank.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#delete-apisegmentid
        """
        _result: Segment = self._call(
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
    ) -> Segment:
        """GET /api/segment/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentid
        """
        _result: Segment = self._call(
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
        """GET /api/segment/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentidrelated
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

    def get_revisions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/segment/:id/revisions

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentidrevisions
        """
        return self._call(
            _GET_REVISIONS,
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
    ) -> List[Segment]:
        """GET /api/segment/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegment
        """
        _result: List[Segment] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/segment/:id/revert

        Args:
            id: path; required; must be > 0.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#post-apisegmentidrevert
        """
        return self._call(
            _POST_REVERT,
            (id, revision_id),
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
        revision_message: str,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Segment:
        """PUT /api/segment/:id

        Args:
            id: path; required; must be > 0.
            revision_message: JSON body; required; must not be blank.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#put-apisegmentid
        """
        _result: Segment = self._call(
            _UPDATE,
            (
                id,
                revision_message,
                points_of_interest,
                description,
                archived,
                definition,
                show_in_getting_started,
                name,
                caveats,
                body,
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
        name: str,
        table_id: int,
        definition: dict[str, Any],
        description: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Segment:
        """POST /api/segment/

        Args:
            name: JSON body; required; must not be blank.
            table_id: JSON body; required; must be > 0.
            definition: JSON body; required.
            description: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#post-apisegment
        """
        _result: Segment = await self._call(
            _CREATE,
            (name, table_id, definition, description, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("DELETE /api/segment/:id is deprecated by Metabase", category=None)
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
    ) -> Segment:
        """DELETE /api/segment/:id

        Args:
            id: path; required; must be > 0.
            revision_message: form field or query string; required; must not be blank.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#delete-apisegmentid
        """
        _result: Segment = await self._call(
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
    ) -> Segment:
        """GET /api/segment/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentid
        """
        _result: Segment = await self._call(
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
        """GET /api/segment/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentidrelated
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

    async def get_revisions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/segment/:id/revisions

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegmentidrevisions
        """
        return await self._call(
            _GET_REVISIONS,
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
    ) -> List[Segment]:
        """GET /api/segment/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#get-apisegment
        """
        _result: List[Segment] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/segment/:id/revert

        Args:
            id: path; required; must be > 0.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#post-apisegmentidrevert
        """
        return await self._call(
            _POST_REVERT,
            (id, revision_id),
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
        revision_message: str,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Segment:
        """PUT /api/segment/:id

        Args:
            id: path; required; must be > 0.
            revision_message: JSON body; required; must not be blank.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/segment#put-apisegmentid
        """
        _result: Segment = await self._call(
            _UPDATE,
            (
                id,
                revision_message,
                points_of_interest,
                description,
                archived,
                definition,
                show_in_getting_started,
                name,
                caveats,
                body,
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
            name: str,
            table_id: int,
            definition: dict[str, Any],
            description: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...

        @deprecated("DELETE /api/segment/:id is deprecated by Metabase", category=None)
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
        ) -> RawResponse[Segment]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...

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

        def get_revisions(
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
        ) -> RawResponse[List[Segment]]: ...

        def post_revert(
            self,
            id: int,
            *,
            revision_id: int,
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
            revision_message: str,
            points_of_interest: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...

    class AsyncRawSegmentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            table_id: int,
            definition: dict[str, Any],
            description: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...

        @deprecated("DELETE /api/segment/:id is deprecated by Metabase", category=None)
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
        ) -> RawResponse[Segment]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...

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

        async def get_revisions(
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
        ) -> RawResponse[List[Segment]]: ...

        async def post_revert(
            self,
            id: int,
            *,
            revision_id: int,
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
            revision_message: str,
            points_of_interest: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Segment]: ...
