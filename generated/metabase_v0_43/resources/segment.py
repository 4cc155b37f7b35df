"""Routes of the 'segment' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset


class SegmentResource(Resource):
    """Routes of the 'segment' namespace (8 endpoints)."""

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        table_id: int | Unset = UNSET,
        definition: dict[str, Any] | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/segment/

        Args:
            name: str; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            table_id: int; JSON body; optional.
            definition: dict[str, Any]; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisegment
        """
        return self._call(
            "POST",
            "/api/segment/",
            (),
            body={
                "name": name,
                "description": description,
                "table_id": table_id,
                "definition": definition,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/segment/:id is deprecated by Metabase", category=None)
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
        """DELETE /api/segment/:id

        Args:
            id: int; path; required.
            revision_message: str; form field or query string; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apisegmentid
        """
        return self._call(
            "DELETE",
            "/api/segment/{}",
            (id,),
            form={
                "revision_message": revision_message,
            },
            deprecated="DELETE /api/segment/:id is deprecated by Metabase",
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
        """GET /api/segment/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentid
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
        """GET /api/segment/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentidrelated
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
        """GET /api/segment/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentidrevisions
        """
        return self._call(
            "GET",
            "/api/segment/{}/revisions",
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
        """GET /api/segment/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegment
        """
        return self._call(
            "GET",
            "/api/segment/",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """POST /api/segment/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisegmentidrevert
        """
        return self._call(
            "POST",
            "/api/segment/{}/revert",
            (id,),
            body={
                "revision_id": revision_id,
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
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        revision_message: str | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/segment/:id

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; optional.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apisegmentid
        """
        return self._call(
            "PUT",
            "/api/segment/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "description": description,
                "archived": archived,
                "definition": definition,
                "revision_message": revision_message,
                "show_in_getting_started": show_in_getting_started,
                "name": name,
                "caveats": caveats,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
