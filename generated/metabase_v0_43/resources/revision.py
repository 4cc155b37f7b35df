"""Routes of the 'revision' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class RevisionResource(Resource):
    """Routes of the 'revision' namespace (2 endpoints)."""

    def list(
        self,
        *,
        entity: Literal["card", "dashboard"],
        id: int,
    ) -> Any:
        """GET /api/revision/

        Args:
            entity: Literal['card', 'dashboard']; query string; required; one of 'card', 'dashboard'.
            id: int; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apirevision
        """
        return self._call(
            "GET",
            "/api/revision/",
            (),
            query={
                "entity": entity,
                "id": id,
            },
        )

    def post_revert(
        self,
        *,
        entity: Literal["card", "dashboard"],
        id: int,
        revision_id: int,
    ) -> Any:
        """POST /api/revision/revert

        Args:
            entity: Literal['card', 'dashboard']; JSON body; required; one of 'card', 'dashboard'.
            id: int; JSON body; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apirevisionrevert
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
