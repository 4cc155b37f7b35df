"""Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class EeAdvancedPermissionsResource(Resource):
    """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

    def delete_impersonation_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/advanced-permissions/impersonation/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeadvanced-permissionsimpersonationid
        """
        return self._call(
            "DELETE",
            "/api/ee/advanced-permissions/impersonation/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_application_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/application/graph",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_impersonation(
        self,
        *,
        group_id: int | None | Unset = UNSET,
        db_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/impersonation

        Args:
            group_id: int | None; query string; optional; may be None.
            db_id: int | None; query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeadvanced-permissionsimpersonation
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/impersonation",
            (),
            query={
                "group_id": group_id,
                "db_id": db_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_application_graph(
        self,
        *,
        skip_graph: bool | None = False,
        force: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Args:
            skip_graph: bool | None; query string; optional; default false; may be None; sent as 'skip-graph'.
            force: bool | None; query string; optional; default false; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "PUT",
            "/api/ee/advanced-permissions/application/graph",
            (),
            query={
                "skip-graph": skip_graph,
                "force": force,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
