"""Routes of the 'ee-metabot-tools' namespace (16 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeMetabotToolsResource(Resource):
    """Routes of the 'ee-metabot-tools' namespace (16 endpoints)."""

    def post_answer_sources(
        self,
        *,
        conversation_id: str,
        arguments: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/metabot-tools/answer-sources

        Args:
            arguments: dict[str, Any]; JSON body; optional.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsanswer-sources
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/answer-sources",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_create_dashboard_subscription(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/create-dashboard-subscription

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolscreate-dashboard-subscription
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/create-dashboard-subscription",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_field_values(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/field-values

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsfield-values
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/field-values",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_filter_records(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/filter-records

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsfilter-records
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/filter-records",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_find_outliers(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/find-outliers

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsfind-outliers
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/find-outliers",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_generate_insights(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/generate-insights

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsgenerate-insights
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/generate-insights",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_get_current_user(
        self,
        *,
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-current-user

        Args:
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-current-user
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-current-user",
            (),
            body={
                "conversation_id": conversation_id,
            },
        )

    def post_get_dashboard_details(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-dashboard-details

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-dashboard-details
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-dashboard-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_get_metric_details(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-metric-details

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-metric-details
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-metric-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_get_query_details(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-query-details

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-query-details
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-query-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_get_report_details(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-report-details

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-report-details
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-report-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_get_table_details(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/get-table-details

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsget-table-details
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/get-table-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_query_datasource(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/query-datasource

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsquery-datasource
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/query-datasource",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_query_metric(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/query-metric

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsquery-metric
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/query-metric",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_query_model(
        self,
        *,
        arguments: dict[str, Any],
        conversation_id: str,
    ) -> Any:
        """POST /api/ee/metabot-tools/query-model

        Args:
            arguments: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolsquery-model
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/query-model",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )

    def post_search(
        self,
        *,
        conversation_id: str,
        arguments: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/metabot-tools/search

        Args:
            arguments: dict[str, Any]; JSON body; optional.
            conversation_id: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieemetabot-toolssearch
        """
        return self._call(
            "POST",
            "/api/ee/metabot-tools/search",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
            },
        )
