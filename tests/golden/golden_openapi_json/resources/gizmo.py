"""Routes of the 'gizmo' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class GizmoResource(Resource):
    """Routes of the 'gizmo' namespace (5 endpoints)."""

    def create(
        self,
        *,
        name: str,
        dry_run: bool | Unset = UNSET,
        color: Literal["red", "green"] | Unset = UNSET,
        tree: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/gizmo/

        Make a gizmo.

        Args:
            dry_run: bool; query string; optional.
            name: str; JSON body; required.
            color: Literal['red', 'green']; JSON body; optional; one of 'red', 'green'.
            tree: dict[str, Any]; JSON body; optional.

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
        )

    def delete(
        self,
        id: int,
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
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        ids: List[int] | Unset = UNSET,
        sort: Literal["name", "age"] | Unset = UNSET,
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
        )

    def update_order(
        self,
        id: int,
        *,
        body: List[int],
    ) -> Any:
        """PUT /api/gizmo/{id}/order

        Reorder parts.

        Args:
            id: int; path; required.
            body: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#put-apigizmoidorder
        """
        return self._call(
            "PUT",
            "/api/gizmo/{}/order",
            (id,),
            raw_body=body,
        )
