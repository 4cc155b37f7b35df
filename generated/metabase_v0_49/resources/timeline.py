"""Routes of the 'timeline' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class TimelineResource(Resource):
    """Routes of the 'timeline' namespace (5 endpoints)."""

    def create(
        self,
        *,
        name: str | Unset = UNSET,
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
    ) -> Any:
        """POST /api/timeline/

        Args:
            name: str; JSON body; optional.
            default: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            collection_id: int | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#post-apitimeline
        """
        return self._call(
            "POST",
            "/api/timeline/",
            (),
            body={
                "name": name,
                "default": default,
                "description": description,
                "icon": icon,
                "collection_id": collection_id,
                "archived": archived,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """DELETE /api/timeline/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#delete-apitimelineid
        """
        return self._call(
            "DELETE",
            "/api/timeline/{}",
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
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        start: str | None | Unset = UNSET,
        end: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/:id

        Args:
            id: int; path; required.
            include: Literal['events'] | None; form field or query string; optional; may be None; one of 'events'.
            archived: bool | None; form field or query string; optional; may be None.
            start: str | None; form field or query string; optional; may be None.
            end: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimelineid
        """
        return self._call(
            "GET",
            "/api/timeline/{}",
            (id,),
            form={
                "include": include,
                "archived": archived,
                "start": start,
                "end": end,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/

        Args:
            include: Literal['events'] | None; form field or query string; optional; may be None; one of 'events'.
            archived: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#get-apitimeline
        """
        return self._call(
            "GET",
            "/api/timeline/",
            (),
            form={
                "include": include,
                "archived": archived,
            },
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
    ) -> Any:
        """PUT /api/timeline/:id

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            default: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            collection_id: int | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline#put-apitimelineid
        """
        return self._call(
            "PUT",
            "/api/timeline/{}",
            (id,),
            body={
                "name": name,
                "default": default,
                "description": description,
                "icon": icon,
                "collection_id": collection_id,
                "archived": archived,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
