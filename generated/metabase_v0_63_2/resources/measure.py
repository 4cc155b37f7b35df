"""Routes of the 'measure' namespace (7 endpoints)."""

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
from .._schemas import GetMeasureValuesResponse, Measure

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
_GET_DIMENSION_REMAPPING = RequestSpec(
    "GET",
    "/api/measure/{}/dimension/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_DIMENSION_SEARCH = RequestSpec(
    "GET",
    "/api/measure/{}/dimension/{}/search",
    (
        Place("path"),
        Place("path"),
        Place("query", ("query",)),
    ),
)
_GET_DIMENSION_VALUES = RequestSpec(
    "GET",
    "/api/measure/{}/dimension/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
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
    """Routes of the 'measure' namespace (7 endpoints)."""

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
    ) -> Measure:
        """POST /api/measure

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimeasure
        """
        _result: Measure = self._call(
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
    ) -> Measure:
        """GET /api/measure/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureid
        """
        _result: Measure = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_remapping(
        self,
        id: int,
        dimension_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Any]:
        """GET /api/measure/{id}/dimension/{dimension-key}/remapping

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyremapping
        """
        _result: List[Any] = self._call(
            _GET_DIMENSION_REMAPPING,
            (id, dimension_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_search(
        self,
        id: int,
        dimension_key: str,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[str]]:
        """GET /api/measure/{id}/dimension/{dimension-key}/search

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            query: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keysearch
        """
        _result: List[List[str]] = self._call(
            _GET_DIMENSION_SEARCH,
            (id, dimension_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dimension_values(
        self,
        id: int,
        dimension_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMeasureValuesResponse:
        """GET /api/measure/{id}/dimension/{dimension-key}/values

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyvalues
        """
        _result: GetMeasureValuesResponse = self._call(
            _GET_DIMENSION_VALUES,
            (id, dimension_key),
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
    ) -> List[Measure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasure
        """
        _result: List[Measure] = self._call(
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
    ) -> Measure:
        """PUT /api/measure/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimeasureid
        """
        _result: Measure = self._call(
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
    ) -> Measure:
        """POST /api/measure

        Args:
            definition: JSON body; required.
            name: JSON body; required; at least 1 character.
            table_id: JSON body; required; must be >= 1.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimeasure
        """
        _result: Measure = await self._call(
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
    ) -> Measure:
        """GET /api/measure/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureid
        """
        _result: Measure = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_remapping(
        self,
        id: int,
        dimension_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Any]:
        """GET /api/measure/{id}/dimension/{dimension-key}/remapping

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyremapping
        """
        _result: List[Any] = await self._call(
            _GET_DIMENSION_REMAPPING,
            (id, dimension_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_search(
        self,
        id: int,
        dimension_key: str,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[str]]:
        """GET /api/measure/{id}/dimension/{dimension-key}/search

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.
            query: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keysearch
        """
        _result: List[List[str]] = await self._call(
            _GET_DIMENSION_SEARCH,
            (id, dimension_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dimension_values(
        self,
        id: int,
        dimension_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMeasureValuesResponse:
        """GET /api/measure/{id}/dimension/{dimension-key}/values

        Args:
            id: path; required; must be >= 1.
            dimension_key: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'; sent as 'dimension-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasureiddimensiondimension-keyvalues
        """
        _result: GetMeasureValuesResponse = await self._call(
            _GET_DIMENSION_VALUES,
            (id, dimension_key),
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
    ) -> List[Measure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimeasure
        """
        _result: List[Measure] = await self._call(
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
    ) -> Measure:
        """PUT /api/measure/{id}

        Args:
            id: path; required; must be >= 1.
            revision_message: JSON body; required; at least 1 character.
            archived: JSON body; optional; None sends null.
            definition: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimeasureid
        """
        _result: Measure = await self._call(
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
        ) -> RawResponse[Measure]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Measure]: ...

        def get_dimension_remapping(
            self,
            id: int,
            dimension_key: str,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Any]]: ...

        def get_dimension_search(
            self,
            id: int,
            dimension_key: str,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[str]]]: ...

        def get_dimension_values(
            self,
            id: int,
            dimension_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMeasureValuesResponse]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Measure]]: ...

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
        ) -> RawResponse[Measure]: ...

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
        ) -> RawResponse[Measure]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Measure]: ...

        async def get_dimension_remapping(
            self,
            id: int,
            dimension_key: str,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Any]]: ...

        async def get_dimension_search(
            self,
            id: int,
            dimension_key: str,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[str]]]: ...

        async def get_dimension_values(
            self,
            id: int,
            dimension_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMeasureValuesResponse]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Measure]]: ...

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
        ) -> RawResponse[Measure]: ...
