"""Routes of the 'collection' namespace (9 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class CollectionResource(Resource):
    """Routes of the 'collection' namespace (9 endpoints)."""

    def create(
        self,
        *,
        name: str,
        color: str,
        description: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
    ) -> Any:
        """POST /api/collection/

        Args:
            name: str; JSON body; required.
            color: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apicollection
        """
        return self._call(
            "POST",
            "/api/collection/",
            (),
            body={
                "name": name,
                "color": color,
                "description": description,
                "parent_id": parent_id,
            },
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/collection/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionid
        """
        return self._call(
            "GET",
            "/api/collection/{}",
            (id,),
        )

    def get_graph(self) -> Any:
        """GET /api/collection/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectiongraph
        """
        return self._call(
            "GET",
            "/api/collection/graph",
            (),
        )

    def get_items(
        self,
        id: int,
        *,
        model: Literal["card", "collection", "dashboard", "pulse"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/:id/items

        Args:
            id: int; path; required.
            model: Literal['card', 'collection', 'dashboard', 'pulse'] | None; query string; optional; may be None; one of 'card', 'collection', 'dashboard', 'pulse'.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectioniditems
        """
        return self._call(
            "GET",
            "/api/collection/{}/items",
            (id,),
            query={
                "model": model,
                "archived": archived,
            },
        )

    def get_root(self) -> Any:
        """GET /api/collection/root

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionroot
        """
        return self._call(
            "GET",
            "/api/collection/root",
            (),
        )

    def get_root_items(
        self,
        *,
        model: Literal["card", "collection", "dashboard", "pulse"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/root/items

        Args:
            model: Literal['card', 'collection', 'dashboard', 'pulse'] | None; query string; optional; may be None; one of 'card', 'collection', 'dashboard', 'pulse'.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionrootitems
        """
        return self._call(
            "GET",
            "/api/collection/root/items",
            (),
            query={
                "model": model,
                "archived": archived,
            },
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
            (),
            query={
                "archived": archived,
            },
        )

    def update(
        self,
        id: int,
        *,
        name: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/collection/:id

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            color: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectionid
        """
        return self._call(
            "PUT",
            "/api/collection/{}",
            (id,),
            body={
                "name": name,
                "color": color,
                "description": description,
                "archived": archived,
                "parent_id": parent_id,
            },
        )

    def update_graph(self) -> Any:
        """PUT /api/collection/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectiongraph
        """
        return self._call(
            "PUT",
            "/api/collection/graph",
            (),
        )
