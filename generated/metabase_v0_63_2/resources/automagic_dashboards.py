"""Routes of the 'automagic-dashboards' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class AutomagicDashboardsResource(Resource):
    """Routes of the 'automagic-dashboards' namespace (11 endpoints)."""

    def get(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}",
            (entity, entity_id_or_query),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_by_cell_query(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        cell_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/cell/{cell-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            cell_query: str; path; required; sent as 'cell-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/cell/{}",
            (entity, entity_id_or_query, cell_query),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        cell_query: str,
        comparison_entity: Literal["adhoc", "segment", "table"],
        comparison_entity_id_or_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/cell/{cell-query}/compare/{comparison-entity}/{comparison-entity-id-or-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            cell_query: str; path; required; sent as 'cell-query'.
            comparison_entity: Literal['adhoc', 'segment', 'table']; path; required; one of 'adhoc', 'segment', 'table'; sent as 'comparison-entity'.
            comparison_entity_id_or_query: str; path; required; sent as 'comparison-entity-id-or-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/cell/{}/compare/{}/{}",
            (
                entity,
                entity_id_or_query,
                cell_query,
                comparison_entity,
                comparison_entity_id_or_query,
            ),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_rule_by_prefix_and_dashboard_template(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        dashboard_template: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/cell/{cell-query}/rule/{prefix}/{dashboard-template}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            cell_query: str; path; required; sent as 'cell-query'.
            prefix: str; path; required.
            dashboard_template: str; path; required; sent as 'dashboard-template'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixdashboard-template
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/cell/{}/rule/{}/{}",
            (entity, entity_id_or_query, cell_query, prefix, dashboard_template),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        dashboard_template: str,
        comparison_entity: Literal["adhoc", "segment", "table"],
        comparison_entity_id_or_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/cell/{cell-query}/rule/{prefix}/{dashboard-template}/compare/{comparison-entity}/{comparison-entity-id-or-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            cell_query: str; path; required; sent as 'cell-query'.
            prefix: str; path; required.
            dashboard_template: str; path; required; sent as 'dashboard-template'.
            comparison_entity: Literal['adhoc', 'segment', 'table']; path; required; one of 'adhoc', 'segment', 'table'; sent as 'comparison-entity'.
            comparison_entity_id_or_query: str; path; required; sent as 'comparison-entity-id-or-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixdashboard-templatecomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/cell/{}/rule/{}/{}/compare/{}/{}",
            (
                entity,
                entity_id_or_query,
                cell_query,
                prefix,
                dashboard_template,
                comparison_entity,
                comparison_entity_id_or_query,
            ),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        comparison_entity: Literal["adhoc", "segment", "table"],
        comparison_entity_id_or_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/compare/{comparison-entity}/{comparison-entity-id-or-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            comparison_entity: Literal['adhoc', 'segment', 'table']; path; required; one of 'adhoc', 'segment', 'table'; sent as 'comparison-entity'.
            comparison_entity_id_or_query: str; path; required; sent as 'comparison-entity-id-or-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/compare/{}/{}",
            (entity, entity_id_or_query, comparison_entity, comparison_entity_id_or_query),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_database_candidates(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/database/{id}/candidates

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsdatabaseidcandidates
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/database/{}/candidates",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_model_index_primary_key_by_pk_id(
        self,
        model_index_id: int,
        pk_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/model_index/{model-index-id}/primary_key/{pk-id}

        Args:
            model_index_id: int; path; required; sent as 'model-index-id'.
            pk_id: int; path; required; sent as 'pk-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsmodel_indexmodel-index-idprimary_keypk-id
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/model_index/{}/primary_key/{}",
            (model_index_id, pk_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_query_metadata(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/query_metadata

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-queryquery_metadata
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/query_metadata",
            (entity, entity_id_or_query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_rule_by_prefix_and_dashboard_template(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        prefix: str,
        dashboard_template: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/rule/{prefix}/{dashboard-template}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            prefix: str; path; required.
            dashboard_template: str; path; required; sent as 'dashboard-template'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixdashboard-template
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/rule/{}/{}",
            (entity, entity_id_or_query, prefix, dashboard_template),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: Literal["adhoc", "field", "model", "question", "segment", "table", "transform"],
        entity_id_or_query: str,
        prefix: str,
        dashboard_template: str,
        comparison_entity: Literal["adhoc", "segment", "table"],
        comparison_entity_id_or_query: str,
        *,
        show: Literal["all"] | int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/{entity}/{entity-id-or-query}/rule/{prefix}/{dashboard-template}/compare/{comparison-entity}/{comparison-entity-id-or-query}

        Args:
            entity: Literal['adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform']; path; required; one of 'adhoc', 'field', 'model', 'question', 'segment', 'table', 'transform'.
            entity_id_or_query: str; path; required; sent as 'entity-id-or-query'.
            prefix: str; path; required.
            dashboard_template: str; path; required; sent as 'dashboard-template'.
            comparison_entity: Literal['adhoc', 'segment', 'table']; path; required; one of 'adhoc', 'segment', 'table'; sent as 'comparison-entity'.
            comparison_entity_id_or_query: str; path; required; sent as 'comparison-entity-id-or-query'.
            show: Literal['all'] | int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixdashboard-templatecomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            "GET",
            "/api/automagic-dashboards/{}/{}/rule/{}/{}/compare/{}/{}",
            (
                entity,
                entity_id_or_query,
                prefix,
                dashboard_template,
                comparison_entity,
                comparison_entity_id_or_query,
            ),
            query={
                "show": show,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
