"""Routes of the 'automagic-dashboards' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_GET = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_CELL_BY_CELL_QUERY = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/cell/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_CELL_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/cell/{}/compare/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_CELL_RULE_BY_PREFIX_AND_RULE = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/cell/{}/rule/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_CELL_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/cell/{}/rule/{}/{}/compare/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/compare/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_DATABASE_CANDIDATES = RequestSpec(
    "GET", "/api/automagic-dashboards/database/{}/candidates", (Place("path"),)
)
_GET_RULE_BY_PREFIX_AND_RULE = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/rule/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)
_GET_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY = RequestSpec(
    "GET",
    "/api/automagic-dashboards/{}/{}/rule/{}/{}/compare/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("show",)),
    ),
)


class AutomagicDashboardsResource(Resource):
    """Routes of the 'automagic-dashboards' namespace (9 endpoints)."""

    def get(
        self,
        entity: str,
        entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-query
        """
        return self._call(
            _GET,
            (entity, entity_id_or_query, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_by_cell_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-query
        """
        return self._call(
            _GET_CELL_BY_CELL_QUERY,
            (entity, entity_id_or_query, cell_query, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            _GET_CELL_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                cell_query,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_rule_by_prefix_and_rule(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        rule: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/rule/:prefix/:rule

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            prefix: path; required.
            rule: path; required.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixrule
        """
        return self._call(
            _GET_CELL_RULE_BY_PREFIX_AND_RULE,
            (entity, entity_id_or_query, cell_query, prefix, rule, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_cell_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        rule: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/rule/:prefix/:rule/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            prefix: path; required.
            rule: path; required.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixrulecomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            _GET_CELL_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                cell_query,
                prefix,
                rule,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            _GET_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (entity, entity_id_or_query, comparison_entity, comparison_entity_id_or_query, show),
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
        """GET /api/automagic-dashboards/database/:id/candidates

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsdatabaseidcandidates
        """
        return self._call(
            _GET_DATABASE_CANDIDATES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_rule_by_prefix_and_rule(
        self,
        entity: str,
        entity_id_or_query: str,
        prefix: str,
        rule: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:rule

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            prefix: path; required.
            rule: path; required.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixrule
        """
        return self._call(
            _GET_RULE_BY_PREFIX_AND_RULE,
            (entity, entity_id_or_query, prefix, rule, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        prefix: str,
        rule: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:rule/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            prefix: path; required.
            rule: path; required.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixrulecomparecomparison-entitycomparison-entity-id-or-query
        """
        return self._call(
            _GET_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                prefix,
                rule,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncAutomagicDashboardsResource(AsyncResource):
    """Routes of the 'automagic-dashboards' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        entity: str,
        entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-query
        """
        return await self._call(
            _GET,
            (entity, entity_id_or_query, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_cell_by_cell_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-query
        """
        return await self._call(
            _GET_CELL_BY_CELL_QUERY,
            (entity, entity_id_or_query, cell_query, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_cell_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return await self._call(
            _GET_CELL_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                cell_query,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_cell_rule_by_prefix_and_rule(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        rule: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/rule/:prefix/:rule

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            prefix: path; required.
            rule: path; required.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixrule
        """
        return await self._call(
            _GET_CELL_RULE_BY_PREFIX_AND_RULE,
            (entity, entity_id_or_query, cell_query, prefix, rule, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_cell_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        cell_query: str,
        prefix: str,
        rule: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/cell/:cell-query/rule/:prefix/:rule/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            cell_query: path; required; sent as 'cell-query'.
            prefix: path; required.
            rule: path; required.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycellcell-queryruleprefixrulecomparecomparison-entitycomparison-entity-id-or-query
        """
        return await self._call(
            _GET_CELL_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                cell_query,
                prefix,
                rule,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-querycomparecomparison-entitycomparison-entity-id-or-query
        """
        return await self._call(
            _GET_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (entity, entity_id_or_query, comparison_entity, comparison_entity_id_or_query, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_database_candidates(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/database/:id/candidates

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsdatabaseidcandidates
        """
        return await self._call(
            _GET_DATABASE_CANDIDATES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_rule_by_prefix_and_rule(
        self,
        entity: str,
        entity_id_or_query: str,
        prefix: str,
        rule: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:rule

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            prefix: path; required.
            rule: path; required.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixrule
        """
        return await self._call(
            _GET_RULE_BY_PREFIX_AND_RULE,
            (entity, entity_id_or_query, prefix, rule, show),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
        self,
        entity: str,
        entity_id_or_query: str,
        prefix: str,
        rule: str,
        comparison_entity: str,
        comparison_entity_id_or_query: str,
        *,
        show: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/automagic-dashboards/:entity/:entity-id-or-query/rule/:prefix/:rule/compare/:comparison-entity/:comparison-entity-id-or-query

        Args:
            entity: path; required.
            entity_id_or_query: path; required; sent as 'entity-id-or-query'.
            prefix: path; required.
            rule: path; required.
            comparison_entity: path; required; sent as 'comparison-entity'.
            comparison_entity_id_or_query: path; required; sent as 'comparison-entity-id-or-query'.
            show: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiautomagic-dashboardsentityentity-id-or-queryruleprefixrulecomparecomparison-entitycomparison-entity-id-or-query
        """
        return await self._call(
            _GET_RULE_COMPARE_BY_COMPARISON_ENTITY_AND_COMPARISON_ENTITY_ID_OR_QUERY,
            (
                entity,
                entity_id_or_query,
                prefix,
                rule,
                comparison_entity,
                comparison_entity_id_or_query,
                show,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawAutomagicDashboardsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            entity: str,
            entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_cell_by_cell_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_cell_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_cell_rule_by_prefix_and_rule(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            prefix: str,
            rule: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_cell_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            prefix: str,
            rule: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_database_candidates(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_rule_by_prefix_and_rule(
            self,
            entity: str,
            entity_id_or_query: str,
            prefix: str,
            rule: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            prefix: str,
            rule: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawAutomagicDashboardsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            entity: str,
            entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_cell_by_cell_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_cell_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_cell_rule_by_prefix_and_rule(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            prefix: str,
            rule: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_cell_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            cell_query: str,
            prefix: str,
            rule: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_database_candidates(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_rule_by_prefix_and_rule(
            self,
            entity: str,
            entity_id_or_query: str,
            prefix: str,
            rule: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_rule_compare_by_comparison_entity_and_comparison_entity_id_or_query(
            self,
            entity: str,
            entity_id_or_query: str,
            prefix: str,
            rule: str,
            comparison_entity: str,
            comparison_entity_id_or_query: str,
            *,
            show: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
