"""Routes of the 'cache' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class CacheResource(Resource):
    """Routes of the 'cache' namespace (4 endpoints)."""

    def delete_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: List[int],
    ) -> Any:
        """DELETE /api/cache/

        Args:
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apicache
        """
        return self._call(
            "DELETE",
            "/api/cache/",
            (),
            body={
                "model": model,
                "model_id": model_id,
            },
        )

    def list(
        self,
        *,
        model: List[Literal["root", "database", "dashboard", "question"]],
        collection: int | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> Any:
        """GET /api/cache/

        Args:
            model: list[Literal['root', 'database', 'dashboard', 'question']]; query string; required.
            collection: int; query string; optional.
            id: int; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicache
        """
        return self._call(
            "GET",
            "/api/cache/",
            (),
            query={
                "model": model,
                "collection": collection,
                "id": id,
            },
        )

    def post_invalidate(
        self,
        *,
        include: Literal["overrides"] | Unset = UNSET,
        database: List[int] | Unset = UNSET,
        dashboard: List[int] | Unset = UNSET,
        question: List[int] | Unset = UNSET,
    ) -> Any:
        """POST /api/cache/invalidate

        Args:
            include: Literal['overrides']; query string; optional; one of 'overrides'.
            database: list[int]; query string; optional.
            dashboard: list[int]; query string; optional.
            question: list[int]; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicacheinvalidate
        """
        return self._call(
            "POST",
            "/api/cache/invalidate",
            (),
            query={
                "include": include,
                "database": database,
                "dashboard": dashboard,
                "question": question,
            },
        )

    def update_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: int,
        strategy: dict[str, Any],
    ) -> Any:
        """PUT /api/cache/

        Args:
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: int; JSON body; required.
            strategy: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicache
        """
        return self._call(
            "PUT",
            "/api/cache/",
            (),
            body={
                "model": model,
                "model_id": model_id,
                "strategy": strategy,
            },
        )
