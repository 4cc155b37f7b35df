"""Routes of the 'dashboard' namespace (26 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    ParametersParameter,
    PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryByExportFormatParametersOption1Item,
    PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem,
    PostDashboardByIdPdfParametersOption1Item,
    PostDashboardPivotByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem,
    PutDashboardByIdCardsCardsItem,
    PutDashboardByIdCardsTabsItem,
    PutDashboardByIdDashcardsItem,
    PutDashboardByIdTabsItem,
)


class DashboardResource(Resource):
    """Routes of the 'dashboard' namespace (26 endpoints)."""

    def create(
        self,
        *,
        name: str,
        cache_ttl: int | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard

        Args:
            cache_ttl: int | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboard
        """
        return self._call(
            "POST",
            "/api/dashboard",
            (),
            body={
                "cache_ttl": cache_ttl,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "description": description,
                "name": name,
                "parameters": parameters,
            },
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
        """DELETE /api/dashboard/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidashboardid
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
        """DELETE /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidashboarddashboard-idpublic_link
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
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}

        Args:
            id: int | str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardid
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
        parameters: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/dashcard/{}/execute",
            (dashboard_id, dashcard_id),
            query={
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardembeddable
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

    def get_items(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/items

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardiditems
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/items",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_remapping(
        self,
        id: int,
        param_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/params/{param-key}/remapping

        Args:
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardidparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/params/{}/remapping",
            (id, param_key),
            query={
                "value": value,
            },
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/params/{param-key}/search/{query}

        Args:
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/params/{}/search/{}",
            (id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_valid_filter_fields(
        self,
        *,
        filtered: List[int],
        filtering: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/params/valid-filter-fields

        Args:
            filtered: list[int]; query string; required.
            filtering: list[int] | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardparamsvalid-filter-fields
        """
        return self._call(
            "GET",
            "/api/dashboard/params/valid-filter-fields",
            (),
            query={
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/params/{param-key}/values

        Args:
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/params/{}/values",
            (id, param_key),
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardpublic
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

    def get_query_metadata(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/query_metadata

        Args:
            id: int | str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardidquery_metadata
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/query_metadata",
            (id,),
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
        """GET /api/dashboard/{id}/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboardidrelated
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

    @deprecated("GET /api/dashboard is deprecated by Metabase", category=None)
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
        """GET /api/dashboard

        Args:
            f: Literal['all', 'mine', 'archived'] | None; query string; optional; may be None; one of 'all', 'mine', 'archived'.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidashboard
        """
        return self._call(
            "GET",
            "/api/dashboard",
            (),
            query={
                "f": f,
            },
            deprecated="GET /api/dashboard is deprecated by Metabase",
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
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        is_deep_copy: bool | None = False,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{from-dashboard-id}/copy

        Args:
            from_dashboard_id: int; path; required; sent as 'from-dashboard-id'.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            is_deep_copy: bool | None; JSON body; optional; default false; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboardfrom-dashboard-idcopy
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/copy",
            (from_dashboard_id,),
            body={
                "collection_id": collection_id,
                "collection_position": collection_position,
                "description": description,
                "is_deep_copy": is_deep_copy,
                "name": name,
            },
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
        dashboard_load_id: str | None | Unset = UNSET,
        parameters: (
            List[PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem]
            | None
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            dashboard_load_id: str | None; JSON body; optional; None sends null.
            parameters: list[PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idquery
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/card/{}/query",
            (dashboard_id, dashcard_id, card_id),
            body={
                "dashboard_load_id": dashboard_load_id,
                "parameters": parameters,
            },
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
        format_rows: bool = False,
        parameters: (
            List[
                PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryByExportFormatParametersOption1Item
            ]
            | str
            | None
            | Unset
        ) = UNSET,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query/{export-format}

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            format_rows: bool; JSON body; optional; default false.
            parameters: list[PostDashboardByDashboardIdDashcardByDashcardIdCardByCardIdQueryByExportFormatParametersOption1Item] | str | None; JSON body; optional; None sends null.
            pivot_results: bool; JSON body; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idqueryexport-format
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/card/{}/query/{}",
            (dashboard_id, dashcard_id, card_id, export_format),
            body={
                "format_rows": format_rows,
                "parameters": parameters,
                "pivot_results": pivot_results,
            },
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/dashcard/{}/execute",
            (dashboard_id, dashcard_id),
            body={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_pdf(
        self,
        id: int,
        *,
        paper_size: Literal["a4", "letter"] | None = "a4",
        parameters: List[PostDashboardByIdPdfParametersOption1Item] | str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{id}/pdf

        Args:
            id: int; path; required.
            paper_size: Literal['a4', 'letter'] | None; JSON body; optional; default "a4"; None sends null; one of 'a4', 'letter'.
            parameters: list[PostDashboardByIdPdfParametersOption1Item] | str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboardidpdf
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/pdf",
            (id,),
            body={
                "paper_size": paper_size,
                "parameters": parameters,
            },
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
        parameters: (
            List[PostDashboardPivotByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem]
            | None
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/pivot/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: list[PostDashboardPivotByDashboardIdDashcardByDashcardIdCardByCardIdQueryParametersItem] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboardpivotdashboard-iddashcarddashcard-idcardcard-idquery
        """
        return self._call(
            "POST",
            "/api/dashboard/pivot/{}/dashcard/{}/card/{}/query",
            (dashboard_id, dashcard_id, card_id),
            body={
                "parameters": parameters,
            },
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
        """POST /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboarddashboard-idpublic_link
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

    def post_save(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboardsave
        """
        return self._call(
            "POST",
            "/api/dashboard/save",
            (),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save/collection/{parent-collection-id}

        Args:
            parent_collection_id: int; path; required; sent as 'parent-collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidashboardsavecollectionparent-collection-id
        """
        return self._call(
            "POST",
            "/api/dashboard/save/collection/{}",
            (parent_collection_id,),
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
        points_of_interest: str | None | Unset = UNSET,
        enable_embedding: bool | None | Unset = UNSET,
        width: Literal["fixed", "full"] | Unset = UNSET,
        embedding_type: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        position: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        embedding_params: (
            dict[str, Literal["disabled", "enabled", "locked"]] | None | Unset
        ) = UNSET,
        tabs: List[PutDashboardByIdTabsItem] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        dashcards: List[PutDashboardByIdDashcardsItem] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/{id}

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            enable_embedding: bool | None; JSON body; optional; None sends null.
            width: Literal['fixed', 'full']; JSON body; optional; one of 'fixed', 'full'.
            embedding_type: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            position: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            embedding_params: dict[str, Literal['disabled', 'enabled', 'locked']] | None; JSON body; optional; None sends null.
            tabs: list[PutDashboardByIdTabsItem] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            dashcards: list[PutDashboardByIdDashcardsItem] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidashboardid
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "enable_embedding": enable_embedding,
                "width": width,
                "embedding_type": embedding_type,
                "show_in_getting_started": show_in_getting_started,
                "position": position,
                "name": name,
                "archived": archived,
                "collection_position": collection_position,
                "embedding_params": embedding_params,
                "tabs": tabs,
                "collection_id": collection_id,
                "cache_ttl": cache_ttl,
                "caveats": caveats,
                "parameters": parameters,
                "dashcards": dashcards,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("PUT /api/dashboard/{id}/cards is deprecated by Metabase", category=None)
    def update_cards(
        self,
        id: int,
        *,
        cards: List[PutDashboardByIdCardsCardsItem],
        tabs: List[PutDashboardByIdCardsTabsItem] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/{id}/cards

        Args:
            id: int; path; required.
            cards: list[PutDashboardByIdCardsCardsItem]; JSON body; required.
            tabs: list[PutDashboardByIdCardsTabsItem] | None; JSON body; optional; None sends null.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidashboardidcards
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}/cards",
            (id,),
            body={
                "cards": cards,
                "tabs": tabs,
            },
            deprecated="PUT /api/dashboard/{id}/cards is deprecated by Metabase",
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
