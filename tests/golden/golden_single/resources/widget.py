"""Routes of the 'widget' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import Mbql5DatasetQuery, MbqlNativeDatasetQuery, MbqlStructuredDatasetQuery

_CREATE = RequestSpec(
    "POST",
    "/api/widget/",
    (
        Place("body", ("name",)),
        Place("body", ("tags",)),
        Place("body", ("from",)),
        Place("body", ("settings",)),
        Place("body", ("class",)),
        Place("body", ("dataset_query",)),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/widget/{}",
    (Place("path"),),
    deprecated="DELETE /api/widget/:id is deprecated by Metabase",
)
_GET = RequestSpec("GET", "/api/widget/{}", (Place("path"),))
_GET_CARD_PARTS = RequestSpec("GET", "/api/widget/card__{}/parts", (Place("path"),))
_GET_PARTS = RequestSpec("GET", "/api/widget/{}/parts", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/widget/",
    (Place("query", ("f",)), Place("query", ("page_size",)), Place("query", ("hidden",))),
)
_UPDATE = RequestSpec(
    "PUT", "/api/widget/{}", (Place("path"), Place("body", ("mode",)), Place("body", ("title",)))
)


class WidgetResource(Resource):
    """Routes of the 'widget' namespace (7 endpoints)."""

    def create(
        self,
        *,
        name: str,
        tags: List[str],
        from_: int,
        settings: dict[str, Any] | None | Unset = UNSET,
        class_: str | None | Unset = UNSET,
        dataset_query: (
            Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/widget/

        Create a widget. You must be a superuser to do this.

        Args:
            name: JSON body; required; must not be blank.
            tags: JSON body; required.
            from_: JSON body; required; sent as 'from'.
            settings: JSON body; optional; None sends null.
            class_: JSON body; optional; None sends null; sent as 'class'.
            dataset_query: JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#post-apiwidget
        """
        return self._call(
            _CREATE,
            (name, tags, from_, settings, class_, dataset_query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/widget/:id is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/widget/:id

        Remove a widget. (DEPRECATED -- widgets are archived now.)

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#delete-apiwidgetid
        """
        return self._call(
            _DELETE,
            (id,),
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
    ) -> Any:
        """GET /api/widget/:id

        Fetch one widget.

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetid
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

    def get_card_parts(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/card__:id/parts

        Parts of a virtual widget.

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetcard__idparts
        """
        return self._call(
            _GET_CARD_PARTS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_parts(
        self,
        virtual_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/:virtual-id/parts

        Parts of a widget by its virtual id.

        Args:
            virtual_id: path; required; sent as 'virtual-id'.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetvirtual-idparts
        """
        return self._call(
            _GET_PARTS,
            (virtual_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: Literal["all", "mine", "shared"] | None = None,
        page_size: int | None = None,
        hidden: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/

        List widgets. Filter with `f`:

            ;; an indented code block inside a description
            GET /api/widget/?f=mine

           * a list inside the description
           * that is not a parameter list

        Args:
            f: query string; optional.
            page_size: query string; optional; must be > 0.
            hidden: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidget
        """
        return self._call(
            _LIST,
            (f, page_size, hidden),
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
        mode: bool,
        title: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/widget/:id

        Update a widget.

        Args:
            id: path; required.
            mode: JSON body; required.
            title: JSON body; optional; None sends null; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#put-apiwidgetid
        """
        return self._call(
            _UPDATE,
            (id, mode, title),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncWidgetResource(AsyncResource):
    """Routes of the 'widget' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        tags: List[str],
        from_: int,
        settings: dict[str, Any] | None | Unset = UNSET,
        class_: str | None | Unset = UNSET,
        dataset_query: (
            Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/widget/

        Create a widget. You must be a superuser to do this.

        Args:
            name: JSON body; required; must not be blank.
            tags: JSON body; required.
            from_: JSON body; required; sent as 'from'.
            settings: JSON body; optional; None sends null.
            class_: JSON body; optional; None sends null; sent as 'class'.
            dataset_query: JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#post-apiwidget
        """
        return await self._call(
            _CREATE,
            (name, tags, from_, settings, class_, dataset_query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/widget/:id is deprecated by Metabase", category=None)
    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/widget/:id

        Remove a widget. (DEPRECATED -- widgets are archived now.)

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#delete-apiwidgetid
        """
        return await self._call(
            _DELETE,
            (id,),
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
    ) -> Any:
        """GET /api/widget/:id

        Fetch one widget.

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetid
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

    async def get_card_parts(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/card__:id/parts

        Parts of a virtual widget.

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetcard__idparts
        """
        return await self._call(
            _GET_CARD_PARTS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_parts(
        self,
        virtual_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/:virtual-id/parts

        Parts of a widget by its virtual id.

        Args:
            virtual_id: path; required; sent as 'virtual-id'.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetvirtual-idparts
        """
        return await self._call(
            _GET_PARTS,
            (virtual_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        f: Literal["all", "mine", "shared"] | None = None,
        page_size: int | None = None,
        hidden: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/

        List widgets. Filter with `f`:

            ;; an indented code block inside a description
            GET /api/widget/?f=mine

           * a list inside the description
           * that is not a parameter list

        Args:
            f: query string; optional.
            page_size: query string; optional; must be > 0.
            hidden: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidget
        """
        return await self._call(
            _LIST,
            (f, page_size, hidden),
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
        mode: bool,
        title: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/widget/:id

        Update a widget.

        Args:
            id: path; required.
            mode: JSON body; required.
            title: JSON body; optional; None sends null; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#put-apiwidgetid
        """
        return await self._call(
            _UPDATE,
            (id, mode, title),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawWidgetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            tags: List[str],
            from_: int,
            settings: dict[str, Any] | None | Unset = UNSET,
            class_: str | None | Unset = UNSET,
            dataset_query: (
                Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/widget/:id is deprecated by Metabase", category=None)
        def delete(
            self,
            id: int,
            *,
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
        ) -> RawResponse[Any]: ...

        def get_card_parts(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_parts(
            self,
            virtual_id: int,
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
            f: Literal["all", "mine", "shared"] | None = None,
            page_size: int | None = None,
            hidden: bool | None = None,
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
            mode: bool,
            title: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawWidgetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            tags: List[str],
            from_: int,
            settings: dict[str, Any] | None | Unset = UNSET,
            class_: str | None | Unset = UNSET,
            dataset_query: (
                Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/widget/:id is deprecated by Metabase", category=None)
        async def delete(
            self,
            id: int,
            *,
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
        ) -> RawResponse[Any]: ...

        async def get_card_parts(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_parts(
            self,
            virtual_id: int,
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
            f: Literal["all", "mine", "shared"] | None = None,
            page_size: int | None = None,
            hidden: bool | None = None,
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
            mode: bool,
            title: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
