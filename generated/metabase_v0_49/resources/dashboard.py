"""Routes of the 'dashboard' namespace (24 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class DashboardResource(Resource):
    """Routes of the 'dashboard' namespace (24 endpoints)."""

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/

        Args:
            name: str; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboard
        """
        return self._call(
            "POST",
            "/api/dashboard/",
            (),
            body={
                "name": name,
                "description": description,
                "parameters": parameters,
                "cache_ttl": cache_ttl,
                "collection_id": collection_id,
                "collection_position": collection_position,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """DELETE /api/dashboard/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#delete-apidashboardid
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_public_link(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/dashboard/:dashboard-id/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#delete-apidashboarddashboard-idpublic_link
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}/public_link",
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardid
        """
        return self._call(
            "GET",
            "/api/dashboard/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:dashboard-id/dashcard/:dashcard-id/execute

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/dashcard/{}/execute",
            (dashboard_id, dashcard_id),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_embeddable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/embeddable

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardembeddable
        """
        return self._call(
            "GET",
            "/api/dashboard/embeddable",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_search_by_query(
        self,
        id: int,
        param_key: str,
        query: str,
        *,
        constraint_param_key_to_value: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/params/:param-key/search/:query

        Args:
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.
            constraint_param_key_to_value: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/params/{}/search/{}",
            (id, param_key, query),
            query_map=constraint_param_key_to_value,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_valid_filter_fields(
        self,
        *,
        filtered: int | List[int],
        filtering: int | List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/params/valid-filter-fields

        Args:
            filtered: int | list[int]; form field or query string; required.
            filtering: int | list[int] | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardparamsvalid-filter-fields
        """
        return self._call(
            "GET",
            "/api/dashboard/params/valid-filter-fields",
            (),
            form={
                "filtered": filtered,
                "filtering": filtering,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_values(
        self,
        id: int,
        param_key: str,
        *,
        constraint_param_key_to_value: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/params/:param-key/values

        Args:
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.
            constraint_param_key_to_value: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/params/{}/values",
            (id, param_key),
            query_map=constraint_param_key_to_value,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_public(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/public

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardpublic
        """
        return self._call(
            "GET",
            "/api/dashboard/public",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardidrelated
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/related",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_revisions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboardidrevisions
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/revisions",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: Literal["all", "mine", "archived"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/

        Args:
            f: Literal['all', 'mine', 'archived'] | None; form field or query string; optional; may be None; one of 'all', 'mine', 'archived'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#get-apidashboard
        """
        return self._call(
            "GET",
            "/api/dashboard/",
            (),
            form={
                "f": f,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_copy(
        self,
        from_dashboard_id: int,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        is_deep_copy: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:from-dashboard-id/copy

        Args:
            from_dashboard_id: int; path; required; sent as 'from-dashboard-id'.
            name: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            is_deep_copy: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboardfrom-dashboard-idcopy
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/copy",
            (from_dashboard_id,),
            body={
                "name": name,
                "description": description,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "is_deep_copy": is_deep_copy,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dashcard_card_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:dashboard-id/dashcard/:dashcard-id/card/:card-id/query

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idquery
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/card/{}/query",
            (dashboard_id, dashcard_id, card_id),
            body={
                "parameters": parameters,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dashcard_card_query_by_export_format(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        parameters: str | None | Unset = UNSET,
        request_parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dashboard/:dashboard-id/dashcard/:dashcard-id/card/:card-id/query/:export-format

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            parameters: str | None; form field or query string; optional; may be None.
            request_parameters: dict[str, Any]; a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idqueryexport-format
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/card/{}/query/{}",
            (dashboard_id, dashcard_id, card_id, export_format),
            form={
                "parameters": parameters,
            },
            form_body=True,
            query_map=request_parameters,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:dashboard-id/dashcard/:dashcard-id/execute

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/execute",
            (dashboard_id, dashcard_id),
            body={
                "parameters": parameters,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_pivot_dashcard_card_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/pivot/:dashboard-id/dashcard/:dashcard-id/card/:card-id/query

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboardpivotdashboard-iddashcarddashcard-idcardcard-idquery
        """
        return self._call(
            "POST",
            "/api/dashboard/pivot/{}/dashcard/{}/card/{}/query",
            (dashboard_id, dashcard_id, card_id),
            body={
                "parameters": parameters,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_public_link(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:dashboard-id/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboarddashboard-idpublic_link
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/public_link",
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboardidrevert
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/revert",
            (id,),
            body={
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_save(
        self,
        *,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save

        Args:
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboardsave
        """
        return self._call(
            "POST",
            "/api/dashboard/save",
            (),
            raw_body=dashboard,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_save_collection_by_parent_collection_id(
        self,
        parent_collection_id: int,
        *,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save/collection/:parent-collection-id

        Args:
            parent_collection_id: int; path; required; sent as 'parent-collection-id'.
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#post-apidashboardsavecollectionparent-collection-id
        """
        return self._call(
            "POST",
            "/api/dashboard/save/collection/{}",
            (parent_collection_id,),
            raw_body=dashboard,
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
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        dashcards: List[dict[str, Any]] | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        tabs: List[dict[str, Any]] | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        enable_embedding: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        width: Literal["fixed", "full"] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        embedding_params: dict[str, Any] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        position: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/:id

        Args:
            id: int; path; required.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            dashcards: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            tabs: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            enable_embedding: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            width: Literal['fixed', 'full'] | None; JSON body; optional; None sends null; one of 'fixed', 'full'.
            caveats: str | None; JSON body; optional; None sends null.
            embedding_params: dict[str, Any] | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            position: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#put-apidashboardid
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}",
            (id,),
            body={
                "parameters": parameters,
                "points_of_interest": points_of_interest,
                "description": description,
                "archived": archived,
                "dashcards": dashcards,
                "collection_position": collection_position,
                "tabs": tabs,
                "show_in_getting_started": show_in_getting_started,
                "enable_embedding": enable_embedding,
                "collection_id": collection_id,
                "name": name,
                "width": width,
                "caveats": caveats,
                "embedding_params": embedding_params,
                "cache_ttl": cache_ttl,
                "position": position,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("PUT /api/dashboard/:id/cards is deprecated by Metabase", category=None)
    def update_cards(
        self,
        id: int,
        *,
        cards: List[dict[str, Any]],
        tabs: List[dict[str, Any]] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/:id/cards

        Args:
            id: int; path; required.
            cards: list[dict[str, Any]]; JSON body; required.
            tabs: list[dict[str, Any]] | None; JSON body; optional; None sends null.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dashboard#put-apidashboardidcards
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}/cards",
            (id,),
            body={
                "cards": cards,
                "tabs": tabs,
            },
            deprecated="PUT /api/dashboard/:id/cards is deprecated by Metabase",
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
