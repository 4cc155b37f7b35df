"""Routes of the 'measure' namespace (4 endpoints)."""

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
from .._schemas import MeasuresMeasure

_CREATE = RequestSpec(
    "POST",
    "/api/measure",
    (
        Place("body", ("definition",)),
        Place("body", ("name",)),
        Place("body", ("table_id",)),
        Place("body", ("description",)),
    ),
)
_GET = RequestSpec("GET", "/api/measure/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/measure", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/measure/{}",
    (
        Place("path"),
        Place("body", ("revision_message",)),
        Place("body", ("archived",)),
        Place("body", ("definition",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
    ),
)


class MeasureResource(Resource):
    """Routes of the 'measure' namespace (4 endpoints)."""

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
    ) -> MeasuresMeasure:
        """POST /api/measure

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apimeasure
        """
        _result: MeasuresMeasure = self._call(
            _CREATE,
            (definition, name, table_id, description),
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
    ) -> MeasuresMeasure:
        """GET /api/measure/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasureid
        """
        _result: MeasuresMeasure = self._call(
            _GET,
            (id,),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[MeasuresMeasure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasure
        """
        _result: List[MeasuresMeasure] = self._call(
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
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MeasuresMeasure:
        """PUT /api/measure/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apimeasureid
        """
        _result: MeasuresMeasure = self._call(
            _UPDATE,
            (id, revision_message, archived, definition, description, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncMeasureResource(AsyncResource):
    """Routes of the 'measure' namespace, awaited (AsyncClient's)."""

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
    ) -> MeasuresMeasure:
        """POST /api/measure

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apimeasure
        """
        _result: MeasuresMeasure = await self._call(
            _CREATE,
            (definition, name, table_id, description),
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
    ) -> MeasuresMeasure:
        """GET /api/measure/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasureid
        """
        _result: MeasuresMeasure = await self._call(
            _GET,
            (id,),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[MeasuresMeasure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasure
        """
        _result: List[MeasuresMeasure] = await self._call(
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
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MeasuresMeasure:
        """PUT /api/measure/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apimeasureid
        """
        _result: MeasuresMeasure = await self._call(
            _UPDATE,
            (id, revision_message, archived, definition, description, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawMeasureResource:
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
        ) -> RawResponse[MeasuresMeasure]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MeasuresMeasure]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[MeasuresMeasure]]: ...

        def update(
            self,
            id: int,
            *,
            revision_message: str,
            archived: bool | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MeasuresMeasure]: ...

    class AsyncRawMeasureResource:
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
        ) -> RawResponse[MeasuresMeasure]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MeasuresMeasure]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[MeasuresMeasure]]: ...

        async def update(
            self,
            id: int,
            *,
            revision_message: str,
            archived: bool | None | Unset = UNSET,
            definition: dict[str, Any] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MeasuresMeasure]: ...
