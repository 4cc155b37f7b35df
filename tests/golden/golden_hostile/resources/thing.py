"""Routes of the 'thing' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from typing_extensions import deprecated
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_CREATE = RequestSpec(
    "POST",
    "/api/thing/",
    (
        Place("body", ("import",)),
        Place("body", ("folder_id",)),
        Place("body", ("not-an identifier!",)),
        Place("body", ("self",)),
        Place("body", ("type",)),
        Place("body", ("match",)),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/thing/{}",
    (Place("path"), Place("query", ("warnings",))),
    deprecated="DELETE /api/thing/:id is deprecated by Metabase",
)
_GET = RequestSpec(
    "GET",
    "/api/thing/{}",
    (Place("path"), Place("query", ("in",)), Place("query", ("tags",)), Place("query", ("ids",))),
)
_GET_EXPORT = RequestSpec("GET", "/api/thing/export", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/thing/{}",
    (
        Place("path"),
        Place("body", ("label",)),
        Place("body", ("folder_id",)),
        Place("body", ("kind",)),
    ),
)


class ThingResource(Resource):
    """Routes of the 'thing' namespace (5 endpoints)."""

    def create(
        self,
        *,
        import_: str,
        folder_id: int | None | Unset = UNSET,
        not_an_identifier: dict[str, Any] | None | Unset = UNSET,
        self_: str | None | Unset = UNSET,
        type: Literal["a", "b"] | None | Unset = UNSET,
        match: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/thing/

        Creates a thing.

        Args:
            import_: JSON body; required; sent as 'import'.
            folder_id: JSON body; optional; None sends null; must be > 0.
            not_an_identifier: JSON body; optional; None sends null; sent as 'not-an identifier!'.
            self_: JSON body; optional; None sends null; sent as 'self'.
            type: JSON body; optional; None sends null.
            match: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apithing
        """
        return self._call(
            _CREATE,
            (import_, folder_id, not_an_identifier, self_, type, match),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/thing/:id is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        warnings: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/thing/:id

        Removes a thing. (DEPRECATED -- use archiving.)

        Args:
            id: path; required.
            warnings: query string; optional.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#delete-apithingid
        """
        return self._call(
            _DELETE,
            (id, warnings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: str,
        *,
        in_: bool | None = None,
        tags: List[str] | None = None,
        ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/thing/:id

        Reads a thing. Says \"\"\" here, a backslash \\ there, a \\n that is not a newline, and "quotes".

        Args:
            id: path; required; must not be blank.
            in_: query string; optional; sent as 'in'.
            tags: query string; optional.
            ids: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingid
        """
        return self._call(
            _GET,
            (id, in_, tags, ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_export(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/thing/export

        Exports things as CSV. Ends with a quote"

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingexport
        """
        return self._call(
            _GET_EXPORT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def update(
        self,
        id: int,
        *,
        label: str | None | Unset = UNSET,
        folder_id: int | None | Unset = UNSET,
        kind: Literal["a'b", "c\\d", '"""'] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/thing/:id

        Updates a thing.

        Args:
            id: path; required; must be > 0.
            label: JSON body; optional; None sends null.
            folder_id: JSON body; optional; None sends null; must be > 0.
            kind: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#put-apithingid
        """
        return self._call(
            _UPDATE,
            (id, label, folder_id, kind),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncThingResource(AsyncResource):
    """Routes of the 'thing' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        import_: str,
        folder_id: int | None | Unset = UNSET,
        not_an_identifier: dict[str, Any] | None | Unset = UNSET,
        self_: str | None | Unset = UNSET,
        type: Literal["a", "b"] | None | Unset = UNSET,
        match: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/thing/

        Creates a thing.

        Args:
            import_: JSON body; required; sent as 'import'.
            folder_id: JSON body; optional; None sends null; must be > 0.
            not_an_identifier: JSON body; optional; None sends null; sent as 'not-an identifier!'.
            self_: JSON body; optional; None sends null; sent as 'self'.
            type: JSON body; optional; None sends null.
            match: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apithing
        """
        return await self._call(
            _CREATE,
            (import_, folder_id, not_an_identifier, self_, type, match),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/thing/:id is deprecated by Metabase", category=None)
    async def delete(
        self,
        id: int,
        *,
        warnings: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/thing/:id

        Removes a thing. (DEPRECATED -- use archiving.)

        Args:
            id: path; required.
            warnings: query string; optional.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#delete-apithingid
        """
        return await self._call(
            _DELETE,
            (id, warnings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: str,
        *,
        in_: bool | None = None,
        tags: List[str] | None = None,
        ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/thing/:id

        Reads a thing. Says \"\"\" here, a backslash \\ there, a \\n that is not a newline, and "quotes".

        Args:
            id: path; required; must not be blank.
            in_: query string; optional; sent as 'in'.
            tags: query string; optional.
            ids: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingid
        """
        return await self._call(
            _GET,
            (id, in_, tags, ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_export(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/thing/export

        Exports things as CSV. Ends with a quote"

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingexport
        """
        return await self._call(
            _GET_EXPORT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def update(
        self,
        id: int,
        *,
        label: str | None | Unset = UNSET,
        folder_id: int | None | Unset = UNSET,
        kind: Literal["a'b", "c\\d", '"""'] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/thing/:id

        Updates a thing.

        Args:
            id: path; required; must be > 0.
            label: JSON body; optional; None sends null.
            folder_id: JSON body; optional; None sends null; must be > 0.
            kind: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#put-apithingid
        """
        return await self._call(
            _UPDATE,
            (id, label, folder_id, kind),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawThingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            import_: str,
            folder_id: int | None | Unset = UNSET,
            not_an_identifier: dict[str, Any] | None | Unset = UNSET,
            self_: str | None | Unset = UNSET,
            type: Literal["a", "b"] | None | Unset = UNSET,
            match: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/thing/:id is deprecated by Metabase", category=None)
        def delete(
            self,
            id: int,
            *,
            warnings: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: str,
            *,
            in_: bool | None = None,
            tags: List[str] | None = None,
            ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_export(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            label: str | None | Unset = UNSET,
            folder_id: int | None | Unset = UNSET,
            kind: Literal["a'b", "c\\d", '"""'] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawThingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            import_: str,
            folder_id: int | None | Unset = UNSET,
            not_an_identifier: dict[str, Any] | None | Unset = UNSET,
            self_: str | None | Unset = UNSET,
            type: Literal["a", "b"] | None | Unset = UNSET,
            match: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/thing/:id is deprecated by Metabase", category=None)
        async def delete(
            self,
            id: int,
            *,
            warnings: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: str,
            *,
            in_: bool | None = None,
            tags: List[str] | None = None,
            ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_export(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            label: str | None | Unset = UNSET,
            folder_id: int | None | Unset = UNSET,
            kind: Literal["a'b", "c\\d", '"""'] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
