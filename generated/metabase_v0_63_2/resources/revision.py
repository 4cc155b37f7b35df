"""Routes of the 'revision' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class RevisionResource(Resource):
    """Routes of the 'revision' namespace (3 endpoints)."""

    def get(
        self,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/revision/{entity}/{id}

        Args:
            entity: Literal['card', 'dashboard', 'document', 'measure', 'segment', 'transform']; path; required; one of 'card', 'dashboard', 'document', 'measure', 'segment', 'transform'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apirevisionentityid
        """
        return self._call(
            "GET",
            "/api/revision/{}/{}",
            (entity, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        id: int,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/revision

        Args:
            id: int; query string; required.
            entity: Literal['card', 'dashboard', 'document', 'measure', 'segment', 'transform']; query string; required; one of 'card', 'dashboard', 'document', 'measure', 'segment', 'transform'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apirevision
        """
        return self._call(
            "GET",
            "/api/revision",
            (),
            query={
                "id": id,
                "entity": entity,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_revert(
        self,
        *,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/revision/revert

        Args:
            entity: Literal['card', 'dashboard', 'document', 'measure', 'segment', 'transform']; JSON body; required; one of 'card', 'dashboard', 'document', 'measure', 'segment', 'transform'.
            id: int; JSON body; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apirevisionrevert
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
