"""Routes of the 'thing' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


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
            import_: str; JSON body; required; sent as 'import'.
            folder_id: int | None; JSON body; optional; None sends null; must be > 0.
            not_an_identifier: dict[str, Any] | None; JSON body; optional; None sends null; sent as 'not-an identifier!'.
            self_: str | None; JSON body; optional; None sends null; sent as 'self'.
            type: Literal['a', 'b'] | None; JSON body; optional; None sends null; one of 'a', 'b'.
            match: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apithing
        """
        return self._call(
            "POST",
            "/api/thing/",
            (),
            body={
                "import": import_,
                "folder_id": folder_id,
                "not-an identifier!": not_an_identifier,
                "self": self_,
                "type": type,
                "match": match,
            },
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
        warnings: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/thing/:id

        Removes a thing. (DEPRECATED -- use archiving.)

        Args:
            id: int; path; required.
            warnings: bool | None; query string; optional; may be None.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#delete-apithingid
        """
        return self._call(
            "DELETE",
            "/api/thing/{}",
            (id,),
            query={
                "warnings": warnings,
            },
            deprecated="DELETE /api/thing/:id is deprecated by Metabase",
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
        in_: bool | None | Unset = UNSET,
        tags: List[str] | None | Unset = UNSET,
        ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/thing/:id

        Reads a thing. Says \"\"\" here, a backslash \\ there, a \\n that is not a newline, and "quotes".

        Args:
            id: str; path; required; must not be blank.
            in_: bool | None; query string; optional; may be None; sent as 'in'.
            tags: list[str] | None; query string; optional; may be None; must not be blank.
            ids: list[int] | None; query string; optional; may be None; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingid
        """
        return self._call(
            "GET",
            "/api/thing/{}",
            (id,),
            query={
                "in": in_,
                "tags": tags,
                "ids": ids,
            },
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
            "GET",
            "/api/thing/export",
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
            id: int; path; required; must be > 0.
            label: str | None; JSON body; optional; None sends null; must not be blank.
            folder_id: int | None; JSON body; optional; None sends null; must be > 0.
            kind: Literal["a'b", 'c\\\\d', '\"\"\"'] | None; JSON body; optional; None sends null; one of "a'b", 'c\\\\d', '\"\"\"'.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#put-apithingid
        """
        return self._call(
            "PUT",
            "/api/thing/{}",
            (id,),
            body={
                "label": label,
                "folder_id": folder_id,
                "kind": kind,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
