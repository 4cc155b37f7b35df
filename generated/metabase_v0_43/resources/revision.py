"""Routes of the 'revision' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class RevisionResource(Resource):
    """Routes of the 'revision' namespace (2 endpoints)."""

    def list(
        self,
        *,
        entity: Literal["card", "dashboard"],
        id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/revision/

        Args:
            entity: Literal['card', 'dashboard']; form field or query string; required; one of 'card', 'dashboard'.
            id: int; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apirevision
        """
        return self._call(
            "GET",
            "/api/revision/",
            (),
            form={
                "entity": entity,
                "id": id,
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
        entity: Literal["card", "dashboard"],
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
