"""Routes of the 'ee-metabot-tools' namespace (25 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    AnswerSourcesArguments,
    CheckTransformDependenciesArguments,
    CreateDashboardSubscriptionArguments,
    FieldValuesArguments,
    FilterRecordsArguments,
    FindOutliersArguments,
    GenerateInsightsArguments,
    GetDashboardDetailsArguments,
    GetDocumentDetailsArguments,
    GetMetricDetailsArguments,
    GetQueryDetailsArguments,
    GetReportDetailsArguments,
    GetSnippetDetailsArguments,
    GetTableDetailsArguments,
    GetTablesArguments,
    GetTransformDetailsArguments,
    GetTransformPythonLibraryDetailsArguments,
    PostEeMetabotToolsAnswerSourcesResponse,
    PostEeMetabotToolsCheckTransformDependenciesResponse,
    PostEeMetabotToolsCreateDashboardSubscriptionResponse,
    PostEeMetabotToolsFieldValuesResponse,
    PostEeMetabotToolsFilterRecordsResponse,
    PostEeMetabotToolsFindOutliersResponse,
    PostEeMetabotToolsGenerateInsightsResponse,
    PostEeMetabotToolsGetCurrentUserResponse,
    PostEeMetabotToolsGetDashboardDetailsResponse,
    PostEeMetabotToolsGetDocumentDetailsResponse,
    PostEeMetabotToolsGetMetricDetailsResponse,
    PostEeMetabotToolsGetQueryDetailsResponse,
    PostEeMetabotToolsGetReportDetailsResponse,
    PostEeMetabotToolsGetSnippetDetailsResponse,
    PostEeMetabotToolsGetSnippetsResponse,
    PostEeMetabotToolsGetTableDetailsResponse,
    PostEeMetabotToolsGetTablesResponse,
    PostEeMetabotToolsGetTransformDetailsResponse,
    PostEeMetabotToolsGetTransformPythonLibraryDetailsResponse,
    PostEeMetabotToolsGetTransformsResponse,
    PostEeMetabotToolsQueryDatasourceResponse,
    PostEeMetabotToolsQueryMetricResponse,
    PostEeMetabotToolsQueryModelResponse,
    PostEeMetabotToolsSearchResponse,
    PostEeMetabotToolsSearchV2Response,
    QueryDatasourceArguments,
    QueryMetricArguments,
    QueryModelArguments,
    SearchArguments,
)


class EeMetabotToolsResource(Resource):
    """Routes of the 'ee-metabot-tools' namespace (25 endpoints)."""

    def post_answer_sources(
        self,
        *,
        conversation_id: str,
        arguments: AnswerSourcesArguments | Unset = UNSET,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsAnswerSourcesResponse:
        """POST /api/ee/metabot-tools/answer-sources

        Args:
            arguments: AnswerSourcesArguments; JSON body; optional.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsanswer-sources
        """
        _result: PostEeMetabotToolsAnswerSourcesResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/answer-sources",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_check_transform_dependencies(
        self,
        *,
        arguments: CheckTransformDependenciesArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsCheckTransformDependenciesResponse:
        """POST /api/ee/metabot-tools/check-transform-dependencies

        Args:
            arguments: CheckTransformDependenciesArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscheck-transform-dependencies
        """
        _result: PostEeMetabotToolsCheckTransformDependenciesResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/check-transform-dependencies",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_create_dashboard_subscription(
        self,
        *,
        arguments: CreateDashboardSubscriptionArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsCreateDashboardSubscriptionResponse:
        """POST /api/ee/metabot-tools/create-dashboard-subscription

        Args:
            arguments: CreateDashboardSubscriptionArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscreate-dashboard-subscription
        """
        _result: PostEeMetabotToolsCreateDashboardSubscriptionResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/create-dashboard-subscription",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_field_values(
        self,
        *,
        arguments: FieldValuesArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsFieldValuesResponse:
        """POST /api/ee/metabot-tools/field-values

        Args:
            arguments: FieldValuesArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfield-values
        """
        _result: PostEeMetabotToolsFieldValuesResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/field-values",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_filter_records(
        self,
        *,
        arguments: FilterRecordsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsFilterRecordsResponse:
        """POST /api/ee/metabot-tools/filter-records

        Args:
            arguments: FilterRecordsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfilter-records
        """
        _result: PostEeMetabotToolsFilterRecordsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/filter-records",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_find_outliers(
        self,
        *,
        arguments: FindOutliersArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsFindOutliersResponse:
        """POST /api/ee/metabot-tools/find-outliers

        Args:
            arguments: FindOutliersArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfind-outliers
        """
        _result: PostEeMetabotToolsFindOutliersResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/find-outliers",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_generate_insights(
        self,
        *,
        arguments: GenerateInsightsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGenerateInsightsResponse:
        """POST /api/ee/metabot-tools/generate-insights

        Args:
            arguments: GenerateInsightsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsgenerate-insights
        """
        _result: PostEeMetabotToolsGenerateInsightsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/generate-insights",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_current_user(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetCurrentUserResponse:
        """POST /api/ee/metabot-tools/get-current-user

        Args:
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-current-user
        """
        _result: PostEeMetabotToolsGetCurrentUserResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-current-user",
            (),
            body={
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_dashboard_details(
        self,
        *,
        arguments: GetDashboardDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetDashboardDetailsResponse:
        """POST /api/ee/metabot-tools/get-dashboard-details

        Args:
            arguments: GetDashboardDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-dashboard-details
        """
        _result: PostEeMetabotToolsGetDashboardDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-dashboard-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_document_details(
        self,
        *,
        arguments: GetDocumentDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetDocumentDetailsResponse:
        """POST /api/ee/metabot-tools/get-document-details

        Args:
            arguments: GetDocumentDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-document-details
        """
        _result: PostEeMetabotToolsGetDocumentDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-document-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_metric_details(
        self,
        *,
        arguments: GetMetricDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetMetricDetailsResponse:
        """POST /api/ee/metabot-tools/get-metric-details

        Args:
            arguments: GetMetricDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-metric-details
        """
        _result: PostEeMetabotToolsGetMetricDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-metric-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_query_details(
        self,
        *,
        arguments: GetQueryDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetQueryDetailsResponse:
        """POST /api/ee/metabot-tools/get-query-details

        Args:
            arguments: GetQueryDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-query-details
        """
        _result: PostEeMetabotToolsGetQueryDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-query-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_report_details(
        self,
        *,
        arguments: GetReportDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetReportDetailsResponse:
        """POST /api/ee/metabot-tools/get-report-details

        Args:
            arguments: GetReportDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-report-details
        """
        _result: PostEeMetabotToolsGetReportDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-report-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_snippet_details(
        self,
        *,
        arguments: GetSnippetDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetSnippetDetailsResponse:
        """POST /api/ee/metabot-tools/get-snippet-details

        Args:
            arguments: GetSnippetDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippet-details
        """
        _result: PostEeMetabotToolsGetSnippetDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-snippet-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_snippets(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetSnippetsResponse:
        """POST /api/ee/metabot-tools/get-snippets

        Args:
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippets
        """
        _result: PostEeMetabotToolsGetSnippetsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-snippets",
            (),
            body={
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_table_details(
        self,
        *,
        arguments: GetTableDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetTableDetailsResponse:
        """POST /api/ee/metabot-tools/get-table-details

        Args:
            arguments: GetTableDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-table-details
        """
        _result: PostEeMetabotToolsGetTableDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-table-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_tables(
        self,
        *,
        arguments: GetTablesArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetTablesResponse:
        """POST /api/ee/metabot-tools/get-tables

        Args:
            arguments: GetTablesArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-tables
        """
        _result: PostEeMetabotToolsGetTablesResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-tables",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_transform_details(
        self,
        *,
        arguments: GetTransformDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetTransformDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-details

        Args:
            arguments: GetTransformDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-details
        """
        _result: PostEeMetabotToolsGetTransformDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-transform-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_transform_python_library_details(
        self,
        *,
        arguments: GetTransformPythonLibraryDetailsArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetTransformPythonLibraryDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-python-library-details

        Args:
            arguments: GetTransformPythonLibraryDetailsArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-python-library-details
        """
        _result: PostEeMetabotToolsGetTransformPythonLibraryDetailsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-transform-python-library-details",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_get_transforms(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsGetTransformsResponse:
        """POST /api/ee/metabot-tools/get-transforms

        Args:
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transforms
        """
        _result: PostEeMetabotToolsGetTransformsResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/get-transforms",
            (),
            body={
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_query_datasource(
        self,
        *,
        arguments: QueryDatasourceArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsQueryDatasourceResponse:
        """POST /api/ee/metabot-tools/query-datasource

        Args:
            arguments: QueryDatasourceArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-datasource
        """
        _result: PostEeMetabotToolsQueryDatasourceResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/query-datasource",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_query_metric(
        self,
        *,
        arguments: QueryMetricArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsQueryMetricResponse:
        """POST /api/ee/metabot-tools/query-metric

        Args:
            arguments: QueryMetricArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-metric
        """
        _result: PostEeMetabotToolsQueryMetricResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/query-metric",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_query_model(
        self,
        *,
        arguments: QueryModelArguments,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsQueryModelResponse:
        """POST /api/ee/metabot-tools/query-model

        Args:
            arguments: QueryModelArguments; JSON body; required.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-model
        """
        _result: PostEeMetabotToolsQueryModelResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/query-model",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_search(
        self,
        *,
        conversation_id: str,
        arguments: SearchArguments | Unset = UNSET,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsSearchResponse:
        """POST /api/ee/metabot-tools/search

        Args:
            arguments: SearchArguments; JSON body; optional.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch
        """
        _result: PostEeMetabotToolsSearchResponse = self._call(
            "POST",
            "/api/ee/metabot-tools/search",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_search_v2(
        self,
        *,
        conversation_id: str,
        arguments: SearchArguments | Unset = UNSET,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMetabotToolsSearchV2Response:
        """POST /api/ee/metabot-tools/search_v2

        Args:
            arguments: SearchArguments; JSON body; optional.
            conversation_id: str; JSON body; required.
            profile_id: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch_v2
        """
        _result: PostEeMetabotToolsSearchV2Response = self._call(
            "POST",
            "/api/ee/metabot-tools/search_v2",
            (),
            body={
                "arguments": arguments,
                "conversation_id": conversation_id,
                "profile_id": profile_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
