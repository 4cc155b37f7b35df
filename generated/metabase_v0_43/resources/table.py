"""Routes of the 'table' namespace (12 endpoints)."""

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
from .._schemas import Field, Table

_GET = RequestSpec("GET", "/api/table/{}", (Place("path"),))
_GET_CARD_FKS = RequestSpec("GET", "/api/table/card__{}/fks", (Place("path"),))
_GET_CARD_QUERY_METADATA = RequestSpec(
    "GET", "/api/table/card__{}/query_metadata", (Place("path"),)
)
_GET_FKS = RequestSpec("GET", "/api/table/{}/fks", (Place("path"),))
_GET_QUERY_METADATA = RequestSpec(
    "GET",
    "/api/table/{}/query_metadata",
    (
        Place("path"),
        Place("form", ("include_sensitive_fields",)),
        Place("form", ("include_hidden_fields",)),
    ),
)
_GET_RELATED = RequestSpec("GET", "/api/table/{}/related", (Place("path"),))
_LIST = RequestSpec("GET", "/api/table/", ())
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/table/{}/discard_values", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/table/{}/rescan_values", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/table/{}",
    (
        Place("path"),
        Place("body", ("visibility_type",)),
        Place("body", ("field_order",)),
        Place("body", ("display_name",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("entity_type",)),
        Place("body", ("description",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("caveats",)),
        Place("body", whole=True),
    ),
)
_UPDATE_ALL = RequestSpec(
    "PUT",
    "/api/table/",
    (
        Place("body", ("ids",)),
        Place("body", ("display_name",)),
        Place("body", ("entity_type",)),
        Place("body", ("visibility_type",)),
        Place("body", ("description",)),
        Place("body", ("caveats",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", whole=True),
    ),
)
_UPDATE_FIELDS_ORDER = RequestSpec(
    "PUT", "/api/table/{}/fields/order", (Place("path"), Place("body", whole=True))
)


class TableResource(Resource):
    """Routes of the 'table' namespace (12 endpoints)."""

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """GET /api/table/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableid
        """
        _result: Table = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idfks
        """
        return self._call(
            _GET_CARD_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idquery_metadata
        """
        return self._call(
            _GET_CARD_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/table/:id/fks

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidfks
        """
        _result: List[Field] = self._call(
            _GET_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """GET /api/table/:id/query_metadata

        Args:
            id: path; required.
            include_sensitive_fields: form field or query string; optional.
            include_hidden_fields: form field or query string; optional.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidquery_metadata
        """
        _result: Table = self._call(
            _GET_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields),
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
        """GET /api/table/:id/related

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidrelated
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
    ) -> List[Table]:
        """GET /api/table/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitable
        """
        _result: List[Table] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/discard_values

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableiddiscard_values
        """
        return self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/rescan_values

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableidrescan_values
        """
        return self._call(
            _POST_RESCAN_VALUES,
            (id,),
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
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """PUT /api/table/:id

        Args:
            id: path; required.
            visibility_type: JSON body; optional; None sends null.
            field_order: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; must not be blank.
            points_of_interest: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableid
        """
        _result: Table = self._call(
            _UPDATE,
            (
                id,
                visibility_type,
                field_order,
                display_name,
                points_of_interest,
                entity_type,
                description,
                show_in_getting_started,
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

    def update_all(
        self,
        *,
        ids: List[int],
        display_name: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """PUT /api/table/

        Args:
            ids: JSON body; required.
            display_name: JSON body; optional; None sends null; must not be blank.
            entity_type: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitable
        """
        _result: List[Table] = self._call(
            _UPDATE_ALL,
            (
                ids,
                display_name,
                entity_type,
                visibility_type,
                description,
                caveats,
                points_of_interest,
                show_in_getting_started,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_fields_order(
        self,
        id: int,
        *,
        field_order: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """PUT /api/table/:id/fields/order

        Args:
            id: path; required.
            field_order: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableidfieldsorder
        """
        _result: Table = self._call(
            _UPDATE_FIELDS_ORDER,
            (id, field_order),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTableResource(AsyncResource):
    """Routes of the 'table' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """GET /api/table/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableid
        """
        _result: Table = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idfks
        """
        return await self._call(
            _GET_CARD_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idquery_metadata
        """
        return await self._call(
            _GET_CARD_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/table/:id/fks

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidfks
        """
        _result: List[Field] = await self._call(
            _GET_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """GET /api/table/:id/query_metadata

        Args:
            id: path; required.
            include_sensitive_fields: form field or query string; optional.
            include_hidden_fields: form field or query string; optional.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidquery_metadata
        """
        _result: Table = await self._call(
            _GET_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields),
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
        """GET /api/table/:id/related

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidrelated
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
    ) -> List[Table]:
        """GET /api/table/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitable
        """
        _result: List[Table] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/discard_values

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableiddiscard_values
        """
        return await self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/rescan_values

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableidrescan_values
        """
        return await self._call(
            _POST_RESCAN_VALUES,
            (id,),
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
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """PUT /api/table/:id

        Args:
            id: path; required.
            visibility_type: JSON body; optional; None sends null.
            field_order: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; must not be blank.
            points_of_interest: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableid
        """
        _result: Table = await self._call(
            _UPDATE,
            (
                id,
                visibility_type,
                field_order,
                display_name,
                points_of_interest,
                entity_type,
                description,
                show_in_getting_started,
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

    async def update_all(
        self,
        *,
        ids: List[int],
        display_name: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """PUT /api/table/

        Args:
            ids: JSON body; required.
            display_name: JSON body; optional; None sends null; must not be blank.
            entity_type: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitable
        """
        _result: List[Table] = await self._call(
            _UPDATE_ALL,
            (
                ids,
                display_name,
                entity_type,
                visibility_type,
                description,
                caveats,
                points_of_interest,
                show_in_getting_started,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_fields_order(
        self,
        id: int,
        *,
        field_order: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Table:
        """PUT /api/table/:id/fields/order

        Args:
            id: path; required.
            field_order: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableidfieldsorder
        """
        _result: Table = await self._call(
            _UPDATE_FIELDS_ORDER,
            (id, field_order),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTableResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

        def get_card_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_query_metadata(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Field]]: ...

        def get_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

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
        ) -> RawResponse[List[Table]]: ...

        def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_rescan_values(
            self,
            id: int,
            *,
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
            visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
            field_order: (
                Literal["alphabetical", "custom", "database", "smart"] | None | Unset
            ) = UNSET,
            display_name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            entity_type: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

        def update_all(
            self,
            *,
            ids: List[int],
            display_name: str | None | Unset = UNSET,
            entity_type: str | None | Unset = UNSET,
            visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

        def update_fields_order(
            self,
            id: int,
            *,
            field_order: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...
    class AsyncRawTableResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

        async def get_card_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_query_metadata(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Field]]: ...

        async def get_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

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
        ) -> RawResponse[List[Table]]: ...

        async def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_rescan_values(
            self,
            id: int,
            *,
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
            visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
            field_order: (
                Literal["alphabetical", "custom", "database", "smart"] | None | Unset
            ) = UNSET,
            display_name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            entity_type: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...

        async def update_all(
            self,
            *,
            ids: List[int],
            display_name: str | None | Unset = UNSET,
            entity_type: str | None | Unset = UNSET,
            visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

        async def update_fields_order(
            self,
            id: int,
            *,
            field_order: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Table]: ...
