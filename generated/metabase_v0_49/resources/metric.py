"""Routes of the 'metric' namespace (9 endpoints)."""

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
from .._schemas import Metric

_CREATE = RequestSpec(
    "POST",
    "/api/metric/",
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
    "/api/metric/{}",
    (
        Place("path"),
        Place("form", ("revision_message",)),
    ),
    deprecated="DELETE /api/metric/:id is deprecated by Metabase",
)
_GET = RequestSpec("GET", "/api/metric/{}", (Place("path"),))
_GET_RELATED = RequestSpec("GET", "/api/metric/{}/related", (Place("path"),))
_GET_REVISIONS = RequestSpec("GET", "/api/metric/{}/revisions", (Place("path"),))
_LIST = RequestSpec("GET", "/api/metric/", ())
_POST_REVERT = RequestSpec(
    "POST",
    "/api/metric/{}/revert",
    (
        Place("path"),
        Place("body", ("revision_id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/metric/{}",
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
        Place("body", ("how_is_this_calculated",)),
        Place("body", whole=True),
    ),
)
_UPDATE_IMPORTANT_FIELDS = RequestSpec(
    "PUT",
    "/api/metric/{}/important_fields",
    (
        Place("path"),
        Place("body", ("important_field_ids",)),
    ),
)


class MetricResource(Resource):
    """Routes of the 'metric' namespace (9 endpoints)."""

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
    ) -> Any:
        """POST /api/metric/

        Args:
            name: JSON body; required; must not be blank.
            table_id: JSON body; required; must be > 0.
            definition: JSON body; required.
            description: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetric
        """
        return self._call(
            _CREATE,
            (name, table_id, definition, description, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/metric/:id is deprecated by Metabase", category=None)
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
    ) -> Any:
        """DELETE /api/metric/:id

        Args:
            id: path; required; must be > 0.
            revision_message: form field or query string; required; must not be blank.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#delete-apimetricid
        """
        return self._call(
            _DELETE,
            (id, revision_message),
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
    ) -> Metric:
        """GET /api/metric/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricid
        """
        _result: Metric = self._call(
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
        """GET /api/metric/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrelated
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
        """GET /api/metric/:id/revisions

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrevisions
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
    ) -> List[Metric]:
        """GET /api/metric/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetric
        """
        _result: List[Metric] = self._call(
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
        """POST /api/metric/:id/revert

        Args:
            id: path; required; must be > 0.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetricidrevert
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
        how_is_this_calculated: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id

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
            how_is_this_calculated: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricid
        """
        return self._call(
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
                how_is_this_calculated,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_important_fields(
        self,
        id: int,
        *,
        important_field_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id/important_fields

        Args:
            id: path; required; must be > 0.
            important_field_ids: JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricidimportant_fields
        """
        return self._call(
            _UPDATE_IMPORTANT_FIELDS,
            (id, important_field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncMetricResource(AsyncResource):
    """Routes of the 'metric' namespace, awaited (AsyncClient's)."""

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
    ) -> Any:
        """POST /api/metric/

        Args:
            name: JSON body; required; must not be blank.
            table_id: JSON body; required; must be > 0.
            definition: JSON body; required.
            description: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetric
        """
        return await self._call(
            _CREATE,
            (name, table_id, definition, description, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/metric/:id is deprecated by Metabase", category=None)
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
    ) -> Any:
        """DELETE /api/metric/:id

        Args:
            id: path; required; must be > 0.
            revision_message: form field or query string; required; must not be blank.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#delete-apimetricid
        """
        return await self._call(
            _DELETE,
            (id, revision_message),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Metric:
        """GET /api/metric/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricid
        """
        _result: Metric = await self._call(
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
        """GET /api/metric/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrelated
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
        """GET /api/metric/:id/revisions

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrevisions
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
    ) -> List[Metric]:
        """GET /api/metric/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetric
        """
        _result: List[Metric] = await self._call(
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
        """POST /api/metric/:id/revert

        Args:
            id: path; required; must be > 0.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetricidrevert
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
        how_is_this_calculated: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id

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
            how_is_this_calculated: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricid
        """
        return await self._call(
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
                how_is_this_calculated,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_important_fields(
        self,
        id: int,
        *,
        important_field_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id/important_fields

        Args:
            id: path; required; must be > 0.
            important_field_ids: JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricidimportant_fields
        """
        return await self._call(
            _UPDATE_IMPORTANT_FIELDS,
            (id, important_field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawMetricResource:
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
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/metric/:id is deprecated by Metabase", category=None)
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
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Metric]: ...

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
        ) -> RawResponse[List[Metric]]: ...

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
            how_is_this_calculated: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_important_fields(
            self,
            id: int,
            *,
            important_field_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawMetricResource:
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
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/metric/:id is deprecated by Metabase", category=None)
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
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Metric]: ...

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
        ) -> RawResponse[List[Metric]]: ...

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
            how_is_this_calculated: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_important_fields(
            self,
            id: int,
            *,
            important_field_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
