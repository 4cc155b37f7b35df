"""Routes of the 'ee-metabot-tools' namespace (25 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
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
    PostEeAnswerSourcesResponse,
    PostEeCheckTransformDependenciesResponse,
    PostEeCreateDashboardSubscriptionResponse,
    PostEeFieldValuesResponse,
    PostEeFilterRecordsResponse,
    PostEeFindOutliersResponse,
    PostEeGenerateInsightsResponse,
    PostEeGetCurrentUserResponse,
    PostEeGetDashboardDetailsResponse,
    PostEeGetDocumentDetailsResponse,
    PostEeGetMetricDetailsResponse,
    PostEeGetQueryDetailsResponse,
    PostEeGetReportDetailsResponse,
    PostEeGetSnippetDetailsResponse,
    PostEeGetSnippetsResponse,
    PostEeGetTableDetailsResponse,
    PostEeGetTablesResponse,
    PostEeGetTransformDetailsResponse,
    PostEeGetTransformPythonLibraryDetailsResponse,
    PostEeGetTransformsResponse,
    PostEeMetabotToolsSearchResponse,
    PostEeQueryDatasourceResponse,
    PostEeQueryMetricResponse,
    PostEeQueryModelResponse,
    PostEeSearchV2Response,
    QueryDatasourceArguments,
    QueryMetricArguments,
    QueryModelArguments,
    SearchArguments,
)

_POST_ANSWER_SOURCES = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/answer-sources",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("arguments",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_CHECK_TRANSFORM_DEPENDENCIES = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/check-transform-dependencies",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_CREATE_DASHBOARD_SUBSCRIPTION = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/create-dashboard-subscription",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_FIELD_VALUES = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/field-values",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_FILTER_RECORDS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/filter-records",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_FIND_OUTLIERS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/find-outliers",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GENERATE_INSIGHTS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/generate-insights",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_CURRENT_USER = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-current-user",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_DASHBOARD_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-dashboard-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_DOCUMENT_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-document-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_METRIC_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-metric-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_QUERY_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-query-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_REPORT_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-report-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_SNIPPET_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-snippet-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_SNIPPETS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-snippets",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_TABLE_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-table-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_TABLES = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-tables",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_TRANSFORM_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-transform-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_TRANSFORM_PYTHON_LIBRARY_DETAILS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-transform-python-library-details",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_GET_TRANSFORMS = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/get-transforms",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_QUERY_DATASOURCE = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/query-datasource",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_QUERY_METRIC = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/query-metric",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_QUERY_MODEL = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/query-model",
    (
        Place("body", ("arguments",)),
        Place("body", ("conversation_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_SEARCH = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/search",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("arguments",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_SEARCH_V2 = RequestSpec(
    "POST",
    "/api/ee/metabot-tools/search_v2",
    (
        Place("body", ("conversation_id",)),
        Place("body", ("arguments",)),
        Place("body", ("profile_id",)),
    ),
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
    ) -> PostEeAnswerSourcesResponse:
        """POST /api/ee/metabot-tools/answer-sources

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsanswer-sources
        """
        _result: PostEeAnswerSourcesResponse = self._call(
            _POST_ANSWER_SOURCES,
            (conversation_id, arguments, profile_id),
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
    ) -> PostEeCheckTransformDependenciesResponse:
        """POST /api/ee/metabot-tools/check-transform-dependencies

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscheck-transform-dependencies
        """
        _result: PostEeCheckTransformDependenciesResponse = self._call(
            _POST_CHECK_TRANSFORM_DEPENDENCIES,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeCreateDashboardSubscriptionResponse:
        """POST /api/ee/metabot-tools/create-dashboard-subscription

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscreate-dashboard-subscription
        """
        _result: PostEeCreateDashboardSubscriptionResponse = self._call(
            _POST_CREATE_DASHBOARD_SUBSCRIPTION,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeFieldValuesResponse:
        """POST /api/ee/metabot-tools/field-values

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfield-values
        """
        _result: PostEeFieldValuesResponse = self._call(
            _POST_FIELD_VALUES,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeFilterRecordsResponse:
        """POST /api/ee/metabot-tools/filter-records

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfilter-records
        """
        _result: PostEeFilterRecordsResponse = self._call(
            _POST_FILTER_RECORDS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeFindOutliersResponse:
        """POST /api/ee/metabot-tools/find-outliers

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfind-outliers
        """
        _result: PostEeFindOutliersResponse = self._call(
            _POST_FIND_OUTLIERS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGenerateInsightsResponse:
        """POST /api/ee/metabot-tools/generate-insights

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsgenerate-insights
        """
        _result: PostEeGenerateInsightsResponse = self._call(
            _POST_GENERATE_INSIGHTS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetCurrentUserResponse:
        """POST /api/ee/metabot-tools/get-current-user

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-current-user
        """
        _result: PostEeGetCurrentUserResponse = self._call(
            _POST_GET_CURRENT_USER,
            (conversation_id, profile_id),
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
    ) -> PostEeGetDashboardDetailsResponse:
        """POST /api/ee/metabot-tools/get-dashboard-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-dashboard-details
        """
        _result: PostEeGetDashboardDetailsResponse = self._call(
            _POST_GET_DASHBOARD_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetDocumentDetailsResponse:
        """POST /api/ee/metabot-tools/get-document-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-document-details
        """
        _result: PostEeGetDocumentDetailsResponse = self._call(
            _POST_GET_DOCUMENT_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetMetricDetailsResponse:
        """POST /api/ee/metabot-tools/get-metric-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-metric-details
        """
        _result: PostEeGetMetricDetailsResponse = self._call(
            _POST_GET_METRIC_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetQueryDetailsResponse:
        """POST /api/ee/metabot-tools/get-query-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-query-details
        """
        _result: PostEeGetQueryDetailsResponse = self._call(
            _POST_GET_QUERY_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetReportDetailsResponse:
        """POST /api/ee/metabot-tools/get-report-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-report-details
        """
        _result: PostEeGetReportDetailsResponse = self._call(
            _POST_GET_REPORT_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetSnippetDetailsResponse:
        """POST /api/ee/metabot-tools/get-snippet-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippet-details
        """
        _result: PostEeGetSnippetDetailsResponse = self._call(
            _POST_GET_SNIPPET_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetSnippetsResponse:
        """POST /api/ee/metabot-tools/get-snippets

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippets
        """
        _result: PostEeGetSnippetsResponse = self._call(
            _POST_GET_SNIPPETS,
            (conversation_id, profile_id),
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
    ) -> PostEeGetTableDetailsResponse:
        """POST /api/ee/metabot-tools/get-table-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-table-details
        """
        _result: PostEeGetTableDetailsResponse = self._call(
            _POST_GET_TABLE_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetTablesResponse:
        """POST /api/ee/metabot-tools/get-tables

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-tables
        """
        _result: PostEeGetTablesResponse = self._call(
            _POST_GET_TABLES,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetTransformDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-details
        """
        _result: PostEeGetTransformDetailsResponse = self._call(
            _POST_GET_TRANSFORM_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetTransformPythonLibraryDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-python-library-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-python-library-details
        """
        _result: PostEeGetTransformPythonLibraryDetailsResponse = self._call(
            _POST_GET_TRANSFORM_PYTHON_LIBRARY_DETAILS,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeGetTransformsResponse:
        """POST /api/ee/metabot-tools/get-transforms

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transforms
        """
        _result: PostEeGetTransformsResponse = self._call(
            _POST_GET_TRANSFORMS,
            (conversation_id, profile_id),
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
    ) -> PostEeQueryDatasourceResponse:
        """POST /api/ee/metabot-tools/query-datasource

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-datasource
        """
        _result: PostEeQueryDatasourceResponse = self._call(
            _POST_QUERY_DATASOURCE,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeQueryMetricResponse:
        """POST /api/ee/metabot-tools/query-metric

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-metric
        """
        _result: PostEeQueryMetricResponse = self._call(
            _POST_QUERY_METRIC,
            (arguments, conversation_id, profile_id),
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
    ) -> PostEeQueryModelResponse:
        """POST /api/ee/metabot-tools/query-model

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-model
        """
        _result: PostEeQueryModelResponse = self._call(
            _POST_QUERY_MODEL,
            (arguments, conversation_id, profile_id),
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
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch
        """
        _result: PostEeMetabotToolsSearchResponse = self._call(
            _POST_SEARCH,
            (conversation_id, arguments, profile_id),
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
    ) -> PostEeSearchV2Response:
        """POST /api/ee/metabot-tools/search_v2

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch_v2
        """
        _result: PostEeSearchV2Response = self._call(
            _POST_SEARCH_V2,
            (conversation_id, arguments, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeMetabotToolsResource(AsyncResource):
    """Routes of the 'ee-metabot-tools' namespace, awaited (AsyncClient's)."""

    async def post_answer_sources(
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
    ) -> PostEeAnswerSourcesResponse:
        """POST /api/ee/metabot-tools/answer-sources

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsanswer-sources
        """
        _result: PostEeAnswerSourcesResponse = await self._call(
            _POST_ANSWER_SOURCES,
            (conversation_id, arguments, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_check_transform_dependencies(
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
    ) -> PostEeCheckTransformDependenciesResponse:
        """POST /api/ee/metabot-tools/check-transform-dependencies

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscheck-transform-dependencies
        """
        _result: PostEeCheckTransformDependenciesResponse = await self._call(
            _POST_CHECK_TRANSFORM_DEPENDENCIES,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_create_dashboard_subscription(
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
    ) -> PostEeCreateDashboardSubscriptionResponse:
        """POST /api/ee/metabot-tools/create-dashboard-subscription

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolscreate-dashboard-subscription
        """
        _result: PostEeCreateDashboardSubscriptionResponse = await self._call(
            _POST_CREATE_DASHBOARD_SUBSCRIPTION,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_field_values(
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
    ) -> PostEeFieldValuesResponse:
        """POST /api/ee/metabot-tools/field-values

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfield-values
        """
        _result: PostEeFieldValuesResponse = await self._call(
            _POST_FIELD_VALUES,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_filter_records(
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
    ) -> PostEeFilterRecordsResponse:
        """POST /api/ee/metabot-tools/filter-records

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfilter-records
        """
        _result: PostEeFilterRecordsResponse = await self._call(
            _POST_FILTER_RECORDS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_find_outliers(
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
    ) -> PostEeFindOutliersResponse:
        """POST /api/ee/metabot-tools/find-outliers

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsfind-outliers
        """
        _result: PostEeFindOutliersResponse = await self._call(
            _POST_FIND_OUTLIERS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_generate_insights(
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
    ) -> PostEeGenerateInsightsResponse:
        """POST /api/ee/metabot-tools/generate-insights

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsgenerate-insights
        """
        _result: PostEeGenerateInsightsResponse = await self._call(
            _POST_GENERATE_INSIGHTS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_current_user(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeGetCurrentUserResponse:
        """POST /api/ee/metabot-tools/get-current-user

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-current-user
        """
        _result: PostEeGetCurrentUserResponse = await self._call(
            _POST_GET_CURRENT_USER,
            (conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_dashboard_details(
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
    ) -> PostEeGetDashboardDetailsResponse:
        """POST /api/ee/metabot-tools/get-dashboard-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-dashboard-details
        """
        _result: PostEeGetDashboardDetailsResponse = await self._call(
            _POST_GET_DASHBOARD_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_document_details(
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
    ) -> PostEeGetDocumentDetailsResponse:
        """POST /api/ee/metabot-tools/get-document-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-document-details
        """
        _result: PostEeGetDocumentDetailsResponse = await self._call(
            _POST_GET_DOCUMENT_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_metric_details(
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
    ) -> PostEeGetMetricDetailsResponse:
        """POST /api/ee/metabot-tools/get-metric-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-metric-details
        """
        _result: PostEeGetMetricDetailsResponse = await self._call(
            _POST_GET_METRIC_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_query_details(
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
    ) -> PostEeGetQueryDetailsResponse:
        """POST /api/ee/metabot-tools/get-query-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-query-details
        """
        _result: PostEeGetQueryDetailsResponse = await self._call(
            _POST_GET_QUERY_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_report_details(
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
    ) -> PostEeGetReportDetailsResponse:
        """POST /api/ee/metabot-tools/get-report-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-report-details
        """
        _result: PostEeGetReportDetailsResponse = await self._call(
            _POST_GET_REPORT_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_snippet_details(
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
    ) -> PostEeGetSnippetDetailsResponse:
        """POST /api/ee/metabot-tools/get-snippet-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippet-details
        """
        _result: PostEeGetSnippetDetailsResponse = await self._call(
            _POST_GET_SNIPPET_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_snippets(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeGetSnippetsResponse:
        """POST /api/ee/metabot-tools/get-snippets

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-snippets
        """
        _result: PostEeGetSnippetsResponse = await self._call(
            _POST_GET_SNIPPETS,
            (conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_table_details(
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
    ) -> PostEeGetTableDetailsResponse:
        """POST /api/ee/metabot-tools/get-table-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-table-details
        """
        _result: PostEeGetTableDetailsResponse = await self._call(
            _POST_GET_TABLE_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_tables(
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
    ) -> PostEeGetTablesResponse:
        """POST /api/ee/metabot-tools/get-tables

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-tables
        """
        _result: PostEeGetTablesResponse = await self._call(
            _POST_GET_TABLES,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_transform_details(
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
    ) -> PostEeGetTransformDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-details
        """
        _result: PostEeGetTransformDetailsResponse = await self._call(
            _POST_GET_TRANSFORM_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_transform_python_library_details(
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
    ) -> PostEeGetTransformPythonLibraryDetailsResponse:
        """POST /api/ee/metabot-tools/get-transform-python-library-details

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transform-python-library-details
        """
        _result: PostEeGetTransformPythonLibraryDetailsResponse = await self._call(
            _POST_GET_TRANSFORM_PYTHON_LIBRARY_DETAILS,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_get_transforms(
        self,
        *,
        conversation_id: str,
        profile_id: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeGetTransformsResponse:
        """POST /api/ee/metabot-tools/get-transforms

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsget-transforms
        """
        _result: PostEeGetTransformsResponse = await self._call(
            _POST_GET_TRANSFORMS,
            (conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_query_datasource(
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
    ) -> PostEeQueryDatasourceResponse:
        """POST /api/ee/metabot-tools/query-datasource

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-datasource
        """
        _result: PostEeQueryDatasourceResponse = await self._call(
            _POST_QUERY_DATASOURCE,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_query_metric(
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
    ) -> PostEeQueryMetricResponse:
        """POST /api/ee/metabot-tools/query-metric

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-metric
        """
        _result: PostEeQueryMetricResponse = await self._call(
            _POST_QUERY_METRIC,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_query_model(
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
    ) -> PostEeQueryModelResponse:
        """POST /api/ee/metabot-tools/query-model

        Args:
            arguments: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolsquery-model
        """
        _result: PostEeQueryModelResponse = await self._call(
            _POST_QUERY_MODEL,
            (arguments, conversation_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_search(
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
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch
        """
        _result: PostEeMetabotToolsSearchResponse = await self._call(
            _POST_SEARCH,
            (conversation_id, arguments, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_search_v2(
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
    ) -> PostEeSearchV2Response:
        """POST /api/ee/metabot-tools/search_v2

        Args:
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            arguments: JSON body; optional.
            profile_id: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-toolssearch_v2
        """
        _result: PostEeSearchV2Response = await self._call(
            _POST_SEARCH_V2,
            (conversation_id, arguments, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeMetabotToolsResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[PostEeAnswerSourcesResponse]: ...

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
        ) -> RawResponse[PostEeCheckTransformDependenciesResponse]: ...

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
        ) -> RawResponse[PostEeCreateDashboardSubscriptionResponse]: ...

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
        ) -> RawResponse[PostEeFieldValuesResponse]: ...

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
        ) -> RawResponse[PostEeFilterRecordsResponse]: ...

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
        ) -> RawResponse[PostEeFindOutliersResponse]: ...

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
        ) -> RawResponse[PostEeGenerateInsightsResponse]: ...

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
        ) -> RawResponse[PostEeGetCurrentUserResponse]: ...

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
        ) -> RawResponse[PostEeGetDashboardDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetDocumentDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetMetricDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetQueryDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetReportDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetSnippetDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetSnippetsResponse]: ...

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
        ) -> RawResponse[PostEeGetTableDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetTablesResponse]: ...

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
        ) -> RawResponse[PostEeGetTransformDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetTransformPythonLibraryDetailsResponse]: ...

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
        ) -> RawResponse[PostEeGetTransformsResponse]: ...

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
        ) -> RawResponse[PostEeQueryDatasourceResponse]: ...

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
        ) -> RawResponse[PostEeQueryMetricResponse]: ...

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
        ) -> RawResponse[PostEeQueryModelResponse]: ...

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
        ) -> RawResponse[PostEeMetabotToolsSearchResponse]: ...

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
        ) -> RawResponse[PostEeSearchV2Response]: ...

    class AsyncRawEeMetabotToolsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_answer_sources(
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
        ) -> RawResponse[PostEeAnswerSourcesResponse]: ...

        async def post_check_transform_dependencies(
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
        ) -> RawResponse[PostEeCheckTransformDependenciesResponse]: ...

        async def post_create_dashboard_subscription(
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
        ) -> RawResponse[PostEeCreateDashboardSubscriptionResponse]: ...

        async def post_field_values(
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
        ) -> RawResponse[PostEeFieldValuesResponse]: ...

        async def post_filter_records(
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
        ) -> RawResponse[PostEeFilterRecordsResponse]: ...

        async def post_find_outliers(
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
        ) -> RawResponse[PostEeFindOutliersResponse]: ...

        async def post_generate_insights(
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
        ) -> RawResponse[PostEeGenerateInsightsResponse]: ...

        async def post_get_current_user(
            self,
            *,
            conversation_id: str,
            profile_id: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeGetCurrentUserResponse]: ...

        async def post_get_dashboard_details(
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
        ) -> RawResponse[PostEeGetDashboardDetailsResponse]: ...

        async def post_get_document_details(
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
        ) -> RawResponse[PostEeGetDocumentDetailsResponse]: ...

        async def post_get_metric_details(
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
        ) -> RawResponse[PostEeGetMetricDetailsResponse]: ...

        async def post_get_query_details(
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
        ) -> RawResponse[PostEeGetQueryDetailsResponse]: ...

        async def post_get_report_details(
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
        ) -> RawResponse[PostEeGetReportDetailsResponse]: ...

        async def post_get_snippet_details(
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
        ) -> RawResponse[PostEeGetSnippetDetailsResponse]: ...

        async def post_get_snippets(
            self,
            *,
            conversation_id: str,
            profile_id: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeGetSnippetsResponse]: ...

        async def post_get_table_details(
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
        ) -> RawResponse[PostEeGetTableDetailsResponse]: ...

        async def post_get_tables(
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
        ) -> RawResponse[PostEeGetTablesResponse]: ...

        async def post_get_transform_details(
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
        ) -> RawResponse[PostEeGetTransformDetailsResponse]: ...

        async def post_get_transform_python_library_details(
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
        ) -> RawResponse[PostEeGetTransformPythonLibraryDetailsResponse]: ...

        async def post_get_transforms(
            self,
            *,
            conversation_id: str,
            profile_id: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeGetTransformsResponse]: ...

        async def post_query_datasource(
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
        ) -> RawResponse[PostEeQueryDatasourceResponse]: ...

        async def post_query_metric(
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
        ) -> RawResponse[PostEeQueryMetricResponse]: ...

        async def post_query_model(
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
        ) -> RawResponse[PostEeQueryModelResponse]: ...

        async def post_search(
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
        ) -> RawResponse[PostEeMetabotToolsSearchResponse]: ...

        async def post_search_v2(
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
        ) -> RawResponse[PostEeSearchV2Response]: ...
