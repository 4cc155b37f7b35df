"""Routes of the 'revision' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class RevisionResource(Resource):
    """Routes of the 'revision' namespace (3 endpoints)."""

    def get(
        self,
        entity: Literal["card", "dashboard", "segment"],
        id: int,
    ) -> Any:
        """GET /api/revision/{entity}/{id}

        Args:
            entity: Literal['card', 'dashboard', 'segment']; path; required; one of 'card', 'dashboard', 'segment'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apirevisionentityid
        """
        return self._call(
            "GET",
            "/api/revision/{}/{}",
            (entity, id),
        )

    def list(
        self,
        *,
        id: int,
        entity: Literal["card", "dashboard", "segment"],
    ) -> Any:
        """GET /api/revision/

        Args:
            id: int; query string; required.
            entity: Literal['card', 'dashboard', 'segment']; query string; required; one of 'card', 'dashboard', 'segment'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apirevision
        """
        return self._call(
            "GET",
            "/api/revision/",
            (),
            query={
                "id": id,
                "entity": entity,
            },
        )

    def post_revert(
        self,
        *,
        entity: Literal["card", "dashboard", "segment"],
        id: int,
        revision_id: int,
    ) -> Any:
        """POST /api/revision/revert

        Args:
            entity: Literal['card', 'dashboard', 'segment']; JSON body; required; one of 'card', 'dashboard', 'segment'.
            id: int; JSON body; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apirevisionrevert
        """
        return self._call(
            "POST",
            "/api/revision/revert",
            (),
            body={
                "entity": entity,
                "id": id,
                "revision_id": revision_id,
            },
        )
