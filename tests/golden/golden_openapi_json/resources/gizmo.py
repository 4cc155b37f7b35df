"""Routes of the 'gizmo' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import Node


class GizmoResource(Resource):
    """Routes of the 'gizmo' namespace (5 endpoints)."""

    def create(
        self,
        *,
        name: str,
        dry_run: bool | Unset = UNSET,
        color: Literal["red", "green"] | Unset = UNSET,
        tree: Node | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gizmo/

        Make a gizmo.

        Args:
            dry_run: bool; query string; optional.
            name: str; JSON body; required.
            color: Literal['red', 'green']; JSON body; optional; one of 'red', 'green'.
            tree: Node; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#post-apigizmo
        """
        return self._call(
            "POST",
            "/api/gizmo/",
            (),
            query={
                "dry_run": dry_run,
            },
            body={
                "name": name,
                "color": color,
                "tree": tree,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/gizmo/{id} is deprecated by Metabase", category=None)
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
        """DELETE /api/gizmo/{id}

        Remove a gizmo.

        Args:
            id: int; path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#delete-apigizmoid
        """
        return self._call(
            "DELETE",
            "/api/gizmo/{}",
            (id,),
            deprecated="DELETE /api/gizmo/{id} is deprecated by Metabase",
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        ids: List[int] | Unset = UNSET,
        sort: Literal["name", "age"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/

        List gizmos.

        Args:
            archived: bool | None; query string; optional; may be None.
            ids: list[int]; query string; optional.
            sort: Literal['name', 'age']; query string; optional; one of 'name', 'age'.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#get-apigizmo
        """
        return self._call(
            "GET",
            "/api/gizmo/",
            (),
            query={
                "archived": archived,
                "ids": ids,
                "sort": sort,
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
        mode: Literal["fast"],
        name: str | None | Unset = UNSET,
        weight: float | Unset = UNSET,
        meta: dict[str, int] | Unset = UNSET,
        hint: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}

        Change a gizmo. You must be a superuser to do this.

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            mode: Literal['fast']; JSON body; required; one of 'fast'.
            weight: float; JSON body; optional.
            meta: dict[str, int]; JSON body; optional.
            hint: str; JSON body; optional; must not be blank. value must be a non-blank string.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#put-apigizmoid
        """
        return self._call(
            "PUT",
            "/api/gizmo/{}",
            (id,),
            body={
                "name": name,
                "mode": mode,
                "weight": weight,
                "meta": meta,
                "hint": hint,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_order(
        self,
        id: int,
        *,
        body: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}/order

        Reorder parts.

        Args:
            id: int; path; required.
            body: list[int]; the whole JSON body (keyword arguments are merged into it); required.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#put-apigizmoidorder
        """
        return self._call(
            "PUT",
            "/api/gizmo/{}/order",
            (id,),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
