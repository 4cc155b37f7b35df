"""Routes of the 'gizmo' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class GizmoResource(Resource):
    """Routes of the 'gizmo' namespace (3 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include: Literal["parts", "owners"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id

        Fetch a gizmo.

        Args:
            id: int; path; required; must be > 0.
            include: Literal['parts', 'owners'] | None; query string; optional; may be None; one of 'parts', 'owners'.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoid
        """
        return self._call(
            "GET",
            "/api/gizmo/{}",
            (id,),
            query={
                "include": include,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metadata(
        self,
        id: int,
        *,
        sandboxed: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id/metadata

        Gizmo metadata, open-source flavour.

        Args:
            id: int; path; required; must be > 0.
            sandboxed: bool | None; query string; optional; may be None.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoidmetadata
        """
        return self._call(
            "GET",
            "/api/gizmo/{}/metadata",
            (id,),
            query={
                "sandboxed": sandboxed,
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
        owner_ids: List[int] | None | Unset = UNSET,
        options: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/:id

        Update a gizmo.

        Args:
            id: int; path; required; must be > 0.
            name: str | None; JSON body; optional; None sends null; must not be blank.
            owner_ids: list[int] | None; JSON body; optional; None sends null; must be > 0.
            options: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#put-apigizmoid
        """
        return self._call(
            "PUT",
            "/api/gizmo/{}",
            (id,),
            body={
                "name": name,
                "owner_ids": owner_ids,
                "options": options,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
