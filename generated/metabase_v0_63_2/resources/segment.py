"""Routes of the 'segment' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset


class SegmentResource(Resource):
    """Routes of the 'segment' namespace (6 endpoints)."""

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
    ) -> Any:
        """POST /api/segment

        Args:
            definition: dict[str, Any]; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            table_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisegment
        """
        return self._call(
            "POST",
            "/api/segment",
            (),
            body={
                "definition": definition,
                "description": description,
                "name": name,
                "table_id": table_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/segment/{id} is deprecated by Metabase", category=None)
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
        """DELETE /api/segment/{id}

        Args:
            id: int; path; required.
            revision_message: str; query string; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apisegmentid
        """
        return self._call(
            "DELETE",
            "/api/segment/{}",
            (id,),
            query={
                "revision_message": revision_message,
            },
            deprecated="DELETE /api/segment/{id} is deprecated by Metabase",
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
        """GET /api/segment/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisegmentid
        """
        return self._call(
            "GET",
            "/api/segment/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """GET /api/segment/{id}/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisegmentidrelated
        """
        return self._call(
            "GET",
            "/api/segment/{}/related",
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
    ) -> Any:
        """GET /api/segment

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisegment
        """
        return self._call(
            "GET",
            "/api/segment",
            (),
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
        archived: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/segment/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; required.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apisegmentid
        """
        return self._call(
            "PUT",
            "/api/segment/{}",
            (id,),
            body={
                "archived": archived,
                "caveats": caveats,
                "definition": definition,
                "description": description,
                "name": name,
                "points_of_interest": points_of_interest,
                "revision_message": revision_message,
                "show_in_getting_started": show_in_getting_started,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
