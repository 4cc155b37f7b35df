"""Routes of the 'timeline' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import Timeline


class TimelineResource(Resource):
    """Routes of the 'timeline' namespace (7 endpoints)."""

    def create(
        self,
        *,
        name: str,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """POST /api/timeline

        Args:
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            default: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitimeline
        """
        _result: Timeline = self._call(
            "POST",
            "/api/timeline",
            (),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "default": default,
                "description": description,
                "icon": icon,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """DELETE /api/timeline/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitimelineid
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
        include: Literal["events"] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Timeline:
        """GET /api/timeline/{id}

        Args:
            id: int; path; required.
            include: Literal['events']; query string; optional; one of 'events'.
            archived: bool; query string; optional.
            start: str; query string; optional.
            end: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelineid
        """
        _result: Timeline = self._call(
            "GET",
            "/api/timeline/{}",
            (id,),
            query={
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
        return _result

    def get_collection_by_id(
        self,
        id: int,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/collection/{id}

        Args:
            id: int; path; required.
            include: Literal['events'] | None; query string; optional; may be None; one of 'events'.
            archived: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionid
        """
        return self._call(
            "GET",
            "/api/timeline/collection/{}",
            (id,),
            query={
                "include": include,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_collection_root(
        self,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline/collection/root

        Args:
            include: Literal['events'] | None; query string; optional; may be None; one of 'events'.
            archived: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimelinecollectionroot
        """
        return self._call(
            "GET",
            "/api/timeline/collection/root",
            (),
            query={
                "include": include,
                "archived": archived,
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
        include: Literal["events"] | Unset = UNSET,
        archived: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Timeline]:
        """GET /api/timeline

        Args:
            include: Literal['events']; query string; optional; one of 'events'.
            archived: bool; query string; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimeline
        """
        _result: List[Timeline] = self._call(
            "GET",
            "/api/timeline",
            (),
            query={
                "include": include,
                "archived": archived,
            },
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
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        default: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/timeline/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            default: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitimelineid
        """
        return self._call(
            "PUT",
            "/api/timeline/{}",
            (id,),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "default": default,
                "description": description,
                "icon": icon,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
