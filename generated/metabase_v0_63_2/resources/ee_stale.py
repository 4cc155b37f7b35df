"""Routes of the 'ee-stale' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class EeStaleResource(Resource):
    """Routes of the 'ee-stale' namespace (1 endpoints)."""

    def get(
        self,
        id: int | Literal["root"],
        *,
        before_date: str | None | Unset = UNSET,
        is_recursive: bool = False,
        sort_column: Literal["name", "last_used_at"] = "name",
        sort_direction: Literal["asc", "desc"] = "asc",
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/stale/{id}

        Args:
            id: int | Literal['root']; path; required.
            before_date: str | None; query string; optional; may be None.
            is_recursive: bool; query string; optional; default false.
            sort_column: Literal['name', 'last_used_at']; query string; optional; default "name"; one of 'name', 'last_used_at'.
            sort_direction: Literal['asc', 'desc']; query string; optional; default "asc"; one of 'asc', 'desc'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieestaleid
        """
        return self._call(
            "GET",
            "/api/ee/stale/{}",
            (id,),
            query={
                "before_date": before_date,
                "is_recursive": is_recursive,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
