"""The client classes: one attribute per namespace of the Metabase 0.63.2 API,
on requests (``Client``) and awaited on httpx (``AsyncClient``, with the ``async`` extra).

Resource modules are imported on first use of their attribute, and httpx on the first
``AsyncClient``, so that importing the package stays fast whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import requests

from ._runtime import AsyncBaseClient, BaseClient, Timeout

if TYPE_CHECKING:
    import httpx  # type: ignore[import-not-found, unused-ignore]

    from .resources.action import (
        AsyncActionResource,
        AsyncRawActionResource,
        ActionResource,
        RawActionResource,
    )
    from .resources.activity import (
        AsyncActivityResource,
        AsyncRawActivityResource,
        ActivityResource,
        RawActivityResource,
    )
    from .resources.agent import (
        AsyncAgentResource,
        AsyncRawAgentResource,
        AgentResource,
        RawAgentResource,
    )
    from .resources.ai_entity_analysis import (
        AsyncAiEntityAnalysisResource,
        AsyncRawAiEntityAnalysisResource,
        AiEntityAnalysisResource,
        RawAiEntityAnalysisResource,
    )
    from .resources.alert import (
        AsyncAlertResource,
        AsyncRawAlertResource,
        AlertResource,
        RawAlertResource,
    )
    from .resources.analytics import (
        AsyncAnalyticsResource,
        AsyncRawAnalyticsResource,
        AnalyticsResource,
        RawAnalyticsResource,
    )
    from .resources.analytics_proxy import (
        AsyncAnalyticsProxyResource,
        AsyncRawAnalyticsProxyResource,
        AnalyticsProxyResource,
        RawAnalyticsProxyResource,
    )
    from .resources.api_key import (
        AsyncApiKeyResource,
        AsyncRawApiKeyResource,
        ApiKeyResource,
        RawApiKeyResource,
    )
    from .resources.automagic_dashboards import (
        AsyncAutomagicDashboardsResource,
        AsyncRawAutomagicDashboardsResource,
        AutomagicDashboardsResource,
        RawAutomagicDashboardsResource,
    )
    from .resources.bookmark import (
        AsyncBookmarkResource,
        AsyncRawBookmarkResource,
        BookmarkResource,
        RawBookmarkResource,
    )
    from .resources.bug_reporting import (
        AsyncBugReportingResource,
        AsyncRawBugReportingResource,
        BugReportingResource,
        RawBugReportingResource,
    )
    from .resources.cache import (
        AsyncCacheResource,
        AsyncRawCacheResource,
        CacheResource,
        RawCacheResource,
    )
    from .resources.card import (
        AsyncCardResource,
        AsyncRawCardResource,
        CardResource,
        RawCardResource,
    )
    from .resources.cards import (
        AsyncCardsResource,
        AsyncRawCardsResource,
        CardsResource,
        RawCardsResource,
    )
    from .resources.channel import (
        AsyncChannelResource,
        AsyncRawChannelResource,
        ChannelResource,
        RawChannelResource,
    )
    from .resources.cloud_migration import (
        AsyncCloudMigrationResource,
        AsyncRawCloudMigrationResource,
        CloudMigrationResource,
        RawCloudMigrationResource,
    )
    from .resources.collection import (
        AsyncCollectionResource,
        AsyncRawCollectionResource,
        CollectionResource,
        RawCollectionResource,
    )
    from .resources.comment import (
        AsyncCommentResource,
        AsyncRawCommentResource,
        CommentResource,
        RawCommentResource,
    )
    from .resources.dashboard import (
        AsyncDashboardResource,
        AsyncRawDashboardResource,
        DashboardResource,
        RawDashboardResource,
    )
    from .resources.data_studio import (
        AsyncDataStudioResource,
        AsyncRawDataStudioResource,
        DataStudioResource,
        RawDataStudioResource,
    )
    from .resources.database import (
        AsyncDatabaseResource,
        AsyncRawDatabaseResource,
        DatabaseResource,
        RawDatabaseResource,
    )
    from .resources.dataset import (
        AsyncDatasetResource,
        AsyncRawDatasetResource,
        DatasetResource,
        RawDatasetResource,
    )
    from .resources.document import (
        AsyncDocumentResource,
        AsyncRawDocumentResource,
        DocumentResource,
        RawDocumentResource,
    )
    from .resources.ee_action_v2 import (
        AsyncEeActionV2Resource,
        AsyncRawEeActionV2Resource,
        EeActionV2Resource,
        RawEeActionV2Resource,
    )
    from .resources.ee_advanced_config import (
        AsyncEeAdvancedConfigResource,
        AsyncRawEeAdvancedConfigResource,
        EeAdvancedConfigResource,
        RawEeAdvancedConfigResource,
    )
    from .resources.ee_advanced_permissions import (
        AsyncEeAdvancedPermissionsResource,
        AsyncRawEeAdvancedPermissionsResource,
        EeAdvancedPermissionsResource,
        RawEeAdvancedPermissionsResource,
    )
    from .resources.ee_ai_controls import (
        AsyncEeAiControlsResource,
        AsyncRawEeAiControlsResource,
        EeAiControlsResource,
        RawEeAiControlsResource,
    )
    from .resources.ee_audit_app import (
        AsyncEeAuditAppResource,
        AsyncRawEeAuditAppResource,
        EeAuditAppResource,
        RawEeAuditAppResource,
    )
    from .resources.ee_billing import (
        AsyncEeBillingResource,
        AsyncRawEeBillingResource,
        EeBillingResource,
        RawEeBillingResource,
    )
    from .resources.ee_cloud_add_ons import (
        AsyncEeCloudAddOnsResource,
        AsyncRawEeCloudAddOnsResource,
        EeCloudAddOnsResource,
        RawEeCloudAddOnsResource,
    )
    from .resources.ee_cloud_proxy import (
        AsyncEeCloudProxyResource,
        AsyncRawEeCloudProxyResource,
        EeCloudProxyResource,
        RawEeCloudProxyResource,
    )
    from .resources.ee_content_translation import (
        AsyncEeContentTranslationResource,
        AsyncRawEeContentTranslationResource,
        EeContentTranslationResource,
        RawEeContentTranslationResource,
    )
    from .resources.ee_custom_viz_plugin import (
        AsyncEeCustomVizPluginResource,
        AsyncRawEeCustomVizPluginResource,
        EeCustomVizPluginResource,
        RawEeCustomVizPluginResource,
    )
    from .resources.ee_data_complexity_score import (
        AsyncEeDataComplexityScoreResource,
        AsyncRawEeDataComplexityScoreResource,
        EeDataComplexityScoreResource,
        RawEeDataComplexityScoreResource,
    )
    from .resources.ee_data_studio import (
        AsyncEeDataStudioResource,
        AsyncRawEeDataStudioResource,
        EeDataStudioResource,
        RawEeDataStudioResource,
    )
    from .resources.ee_database_replication import (
        AsyncEeDatabaseReplicationResource,
        AsyncRawEeDatabaseReplicationResource,
        EeDatabaseReplicationResource,
        RawEeDatabaseReplicationResource,
    )
    from .resources.ee_database_routing import (
        AsyncEeDatabaseRoutingResource,
        AsyncRawEeDatabaseRoutingResource,
        EeDatabaseRoutingResource,
        RawEeDatabaseRoutingResource,
    )
    from .resources.ee_dependencies import (
        AsyncEeDependenciesResource,
        AsyncRawEeDependenciesResource,
        EeDependenciesResource,
        RawEeDependenciesResource,
    )
    from .resources.ee_email import (
        AsyncEeEmailResource,
        AsyncRawEeEmailResource,
        EeEmailResource,
        RawEeEmailResource,
    )
    from .resources.ee_embedding_hub import (
        AsyncEeEmbeddingHubResource,
        AsyncRawEeEmbeddingHubResource,
        EeEmbeddingHubResource,
        RawEeEmbeddingHubResource,
    )
    from .resources.ee_erd import (
        AsyncEeErdResource,
        AsyncRawEeErdResource,
        EeErdResource,
        RawEeErdResource,
    )
    from .resources.ee_gsheets import (
        AsyncEeGsheetsResource,
        AsyncRawEeGsheetsResource,
        EeGsheetsResource,
        RawEeGsheetsResource,
    )
    from .resources.ee_library import (
        AsyncEeLibraryResource,
        AsyncRawEeLibraryResource,
        EeLibraryResource,
        RawEeLibraryResource,
    )
    from .resources.ee_logs import (
        AsyncEeLogsResource,
        AsyncRawEeLogsResource,
        EeLogsResource,
        RawEeLogsResource,
    )
    from .resources.ee_metabot import (
        AsyncEeMetabotResource,
        AsyncRawEeMetabotResource,
        EeMetabotResource,
        RawEeMetabotResource,
    )
    from .resources.ee_metabot_analytics import (
        AsyncEeMetabotAnalyticsResource,
        AsyncRawEeMetabotAnalyticsResource,
        EeMetabotAnalyticsResource,
        RawEeMetabotAnalyticsResource,
    )
    from .resources.ee_mfa import (
        AsyncEeMfaResource,
        AsyncRawEeMfaResource,
        EeMfaResource,
        RawEeMfaResource,
    )
    from .resources.ee_permission_debug import (
        AsyncEePermissionDebugResource,
        AsyncRawEePermissionDebugResource,
        EePermissionDebugResource,
        RawEePermissionDebugResource,
    )
    from .resources.ee_remote_sync import (
        AsyncEeRemoteSyncResource,
        AsyncRawEeRemoteSyncResource,
        EeRemoteSyncResource,
        RawEeRemoteSyncResource,
    )
    from .resources.ee_replacement import (
        AsyncEeReplacementResource,
        AsyncRawEeReplacementResource,
        EeReplacementResource,
        RawEeReplacementResource,
    )
    from .resources.ee_scim import (
        AsyncEeScimResource,
        AsyncRawEeScimResource,
        EeScimResource,
        RawEeScimResource,
    )
    from .resources.ee_security_center import (
        AsyncEeSecurityCenterResource,
        AsyncRawEeSecurityCenterResource,
        EeSecurityCenterResource,
        RawEeSecurityCenterResource,
    )
    from .resources.ee_semantic_search import (
        AsyncEeSemanticSearchResource,
        AsyncRawEeSemanticSearchResource,
        EeSemanticSearchResource,
        RawEeSemanticSearchResource,
    )
    from .resources.ee_serialization import (
        AsyncEeSerializationResource,
        AsyncRawEeSerializationResource,
        EeSerializationResource,
        RawEeSerializationResource,
    )
    from .resources.ee_stale import (
        AsyncEeStaleResource,
        AsyncRawEeStaleResource,
        EeStaleResource,
        RawEeStaleResource,
    )
    from .resources.ee_support_access_grant import (
        AsyncEeSupportAccessGrantResource,
        AsyncRawEeSupportAccessGrantResource,
        EeSupportAccessGrantResource,
        RawEeSupportAccessGrantResource,
    )
    from .resources.ee_tenant import (
        AsyncEeTenantResource,
        AsyncRawEeTenantResource,
        EeTenantResource,
        RawEeTenantResource,
    )
    from .resources.ee_transforms import (
        AsyncEeTransformsResource,
        AsyncRawEeTransformsResource,
        EeTransformsResource,
        RawEeTransformsResource,
    )
    from .resources.ee_transforms_python import (
        AsyncEeTransformsPythonResource,
        AsyncRawEeTransformsPythonResource,
        EeTransformsPythonResource,
        RawEeTransformsPythonResource,
    )
    from .resources.ee_upload_management import (
        AsyncEeUploadManagementResource,
        AsyncRawEeUploadManagementResource,
        EeUploadManagementResource,
        RawEeUploadManagementResource,
    )
    from .resources.ee_workspace_instance import (
        AsyncEeWorkspaceInstanceResource,
        AsyncRawEeWorkspaceInstanceResource,
        EeWorkspaceInstanceResource,
        RawEeWorkspaceInstanceResource,
    )
    from .resources.ee_workspace_manager import (
        AsyncEeWorkspaceManagerResource,
        AsyncRawEeWorkspaceManagerResource,
        EeWorkspaceManagerResource,
        RawEeWorkspaceManagerResource,
    )
    from .resources.eid_translation import (
        AsyncEidTranslationResource,
        AsyncRawEidTranslationResource,
        EidTranslationResource,
        RawEidTranslationResource,
    )
    from .resources.email import (
        AsyncEmailResource,
        AsyncRawEmailResource,
        EmailResource,
        RawEmailResource,
    )
    from .resources.embed import (
        AsyncEmbedResource,
        AsyncRawEmbedResource,
        EmbedResource,
        RawEmbedResource,
    )
    from .resources.embed_mcp import (
        AsyncEmbedMcpResource,
        AsyncRawEmbedMcpResource,
        EmbedMcpResource,
        RawEmbedMcpResource,
    )
    from .resources.embed_theme import (
        AsyncEmbedThemeResource,
        AsyncRawEmbedThemeResource,
        EmbedThemeResource,
        RawEmbedThemeResource,
    )
    from .resources.field import (
        AsyncFieldResource,
        AsyncRawFieldResource,
        FieldResource,
        RawFieldResource,
    )
    from .resources.frontend_errors import (
        AsyncFrontendErrorsResource,
        AsyncRawFrontendErrorsResource,
        FrontendErrorsResource,
        RawFrontendErrorsResource,
    )
    from .resources.geojson import (
        AsyncGeojsonResource,
        AsyncRawGeojsonResource,
        GeojsonResource,
        RawGeojsonResource,
    )
    from .resources.glossary import (
        AsyncGlossaryResource,
        AsyncRawGlossaryResource,
        GlossaryResource,
        RawGlossaryResource,
    )
    from .resources.google import (
        AsyncGoogleResource,
        AsyncRawGoogleResource,
        GoogleResource,
        RawGoogleResource,
    )
    from .resources.health_inspector import (
        AsyncHealthInspectorResource,
        AsyncRawHealthInspectorResource,
        HealthInspectorResource,
        RawHealthInspectorResource,
    )
    from .resources.ldap import (
        AsyncLdapResource,
        AsyncRawLdapResource,
        LdapResource,
        RawLdapResource,
    )
    from .resources.llm import (
        AsyncLlmResource,
        AsyncRawLlmResource,
        LlmResource,
        RawLlmResource,
    )
    from .resources.logger import (
        AsyncLoggerResource,
        AsyncRawLoggerResource,
        LoggerResource,
        RawLoggerResource,
    )
    from .resources.login_history import (
        AsyncLoginHistoryResource,
        AsyncRawLoginHistoryResource,
        LoginHistoryResource,
        RawLoginHistoryResource,
    )
    from .resources.measure import (
        AsyncMeasureResource,
        AsyncRawMeasureResource,
        MeasureResource,
        RawMeasureResource,
    )
    from .resources.metabot import (
        AsyncMetabotResource,
        AsyncRawMetabotResource,
        MetabotResource,
        RawMetabotResource,
    )
    from .resources.metric import (
        AsyncMetricResource,
        AsyncRawMetricResource,
        MetricResource,
        RawMetricResource,
    )
    from .resources.model_index import (
        AsyncModelIndexResource,
        AsyncRawModelIndexResource,
        ModelIndexResource,
        RawModelIndexResource,
    )
    from .resources.moderation_review import (
        AsyncModerationReviewResource,
        AsyncRawModerationReviewResource,
        ModerationReviewResource,
        RawModerationReviewResource,
    )
    from .resources.mt_gtap import (
        AsyncMtGtapResource,
        AsyncRawMtGtapResource,
        MtGtapResource,
        RawMtGtapResource,
    )
    from .resources.mt_user import (
        AsyncMtUserResource,
        AsyncRawMtUserResource,
        MtUserResource,
        RawMtUserResource,
    )
    from .resources.native_query_snippet import (
        AsyncNativeQuerySnippetResource,
        AsyncRawNativeQuerySnippetResource,
        NativeQuerySnippetResource,
        RawNativeQuerySnippetResource,
    )
    from .resources.notification import (
        AsyncNotificationResource,
        AsyncRawNotificationResource,
        NotificationResource,
        RawNotificationResource,
    )
    from .resources.notify import (
        AsyncNotifyResource,
        AsyncRawNotifyResource,
        NotifyResource,
        RawNotifyResource,
    )
    from .resources.oauth import (
        AsyncOauthResource,
        AsyncRawOauthResource,
        OauthResource,
        RawOauthResource,
    )
    from .resources.osi import (
        AsyncOsiResource,
        AsyncRawOsiResource,
        OsiResource,
        RawOsiResource,
    )
    from .resources.permissions import (
        AsyncPermissionsResource,
        AsyncRawPermissionsResource,
        PermissionsResource,
        RawPermissionsResource,
    )
    from .resources.persist import (
        AsyncPersistResource,
        AsyncRawPersistResource,
        PersistResource,
        RawPersistResource,
    )
    from .resources.premium_features import (
        AsyncPremiumFeaturesResource,
        AsyncRawPremiumFeaturesResource,
        PremiumFeaturesResource,
        RawPremiumFeaturesResource,
    )
    from .resources.preview_embed import (
        AsyncPreviewEmbedResource,
        AsyncRawPreviewEmbedResource,
        PreviewEmbedResource,
        RawPreviewEmbedResource,
    )
    from .resources.product_feedback import (
        AsyncProductFeedbackResource,
        AsyncRawProductFeedbackResource,
        ProductFeedbackResource,
        RawProductFeedbackResource,
    )
    from .resources.public import (
        AsyncPublicResource,
        AsyncRawPublicResource,
        PublicResource,
        RawPublicResource,
    )
    from .resources.pulse import (
        AsyncPulseResource,
        AsyncRawPulseResource,
        PulseResource,
        RawPulseResource,
    )
    from .resources.revision import (
        AsyncRevisionResource,
        AsyncRawRevisionResource,
        RevisionResource,
        RawRevisionResource,
    )
    from .resources.search import (
        AsyncSearchResource,
        AsyncRawSearchResource,
        SearchResource,
        RawSearchResource,
    )
    from .resources.segment import (
        AsyncSegmentResource,
        AsyncRawSegmentResource,
        SegmentResource,
        RawSegmentResource,
    )
    from .resources.session import (
        AsyncSessionResource,
        AsyncRawSessionResource,
        SessionResource,
        RawSessionResource,
    )
    from .resources.setting import (
        AsyncSettingResource,
        AsyncRawSettingResource,
        SettingResource,
        RawSettingResource,
    )
    from .resources.setup import (
        AsyncSetupResource,
        AsyncRawSetupResource,
        SetupResource,
        RawSetupResource,
    )
    from .resources.slack import (
        AsyncSlackResource,
        AsyncRawSlackResource,
        SlackResource,
        RawSlackResource,
    )
    from .resources.table import (
        AsyncTableResource,
        AsyncRawTableResource,
        TableResource,
        RawTableResource,
    )
    from .resources.task import (
        AsyncTaskResource,
        AsyncRawTaskResource,
        TaskResource,
        RawTaskResource,
    )
    from .resources.tiles import (
        AsyncTilesResource,
        AsyncRawTilesResource,
        TilesResource,
        RawTilesResource,
    )
    from .resources.timeline import (
        AsyncTimelineResource,
        AsyncRawTimelineResource,
        TimelineResource,
        RawTimelineResource,
    )
    from .resources.timeline_event import (
        AsyncTimelineEventResource,
        AsyncRawTimelineEventResource,
        TimelineEventResource,
        RawTimelineEventResource,
    )
    from .resources.transform import (
        AsyncTransformResource,
        AsyncRawTransformResource,
        TransformResource,
        RawTransformResource,
    )
    from .resources.transform_job import (
        AsyncTransformJobResource,
        AsyncRawTransformJobResource,
        TransformJobResource,
        RawTransformJobResource,
    )
    from .resources.transform_tag import (
        AsyncTransformTagResource,
        AsyncRawTransformTagResource,
        TransformTagResource,
        RawTransformTagResource,
    )
    from .resources.upload import (
        AsyncUploadResource,
        AsyncRawUploadResource,
        UploadResource,
        RawUploadResource,
    )
    from .resources.user import (
        AsyncUserResource,
        AsyncRawUserResource,
        UserResource,
        RawUserResource,
    )
    from .resources.user_key_value import (
        AsyncUserKeyValueResource,
        AsyncRawUserKeyValueResource,
        UserKeyValueResource,
        RawUserKeyValueResource,
    )
    from .resources.util import (
        AsyncUtilResource,
        AsyncRawUtilResource,
        UtilResource,
        RawUtilResource,
    )


class Client(BaseClient):
    """Metabase 0.63.2 API client.

    ``Client(url, username=..., password=...)``, ``Client(url, api_key=...)`` or
    ``Client(url, session_token=...)``; ``timeout`` (seconds, or a (connect, read) pair) and
    ``max_retries`` (of GET, HEAD, PUT and DELETE) are defaults each call can override.
    ``with Client(...) as mb:`` logs out a password session and closes the pool on exit.
    ``mb.with_raw_response.card.get(1)`` answers a RawResponse (status, headers, bytes).
    """

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: Timeout = 60.0,
        max_retries: int = 2,
        http: requests.Session | None = None,
    ) -> None:
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            max_retries=max_retries,
            http=http,
        )

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> RawClient: ...

    @cached_property
    def action(self) -> ActionResource:
        """Routes of the 'action' namespace (10 endpoints)."""
        from .resources.action import ActionResource

        return ActionResource(self)

    @cached_property
    def activity(self) -> ActivityResource:
        """Routes of the 'activity' namespace (5 endpoints)."""
        from .resources.activity import ActivityResource

        return ActivityResource(self)

    @cached_property
    def agent(self) -> AgentResource:
        """Routes of the 'agent' namespace (16 endpoints)."""
        from .resources.agent import AgentResource

        return AgentResource(self)

    @cached_property
    def ai_entity_analysis(self) -> AiEntityAnalysisResource:
        """Routes of the 'ai-entity-analysis' namespace (1 endpoints)."""
        from .resources.ai_entity_analysis import AiEntityAnalysisResource

        return AiEntityAnalysisResource(self)

    @cached_property
    def alert(self) -> AlertResource:
        """Routes of the 'alert' namespace (3 endpoints)."""
        from .resources.alert import AlertResource

        return AlertResource(self)

    @cached_property
    def analytics(self) -> AnalyticsResource:
        """Routes of the 'analytics' namespace (2 endpoints)."""
        from .resources.analytics import AnalyticsResource

        return AnalyticsResource(self)

    @cached_property
    def analytics_proxy(self) -> AnalyticsProxyResource:
        """Routes of the 'analytics-proxy' namespace (1 endpoints)."""
        from .resources.analytics_proxy import AnalyticsProxyResource

        return AnalyticsProxyResource(self)

    @cached_property
    def api_key(self) -> ApiKeyResource:
        """Routes of the 'api-key' namespace (6 endpoints)."""
        from .resources.api_key import ApiKeyResource

        return ApiKeyResource(self)

    @cached_property
    def automagic_dashboards(self) -> AutomagicDashboardsResource:
        """Routes of the 'automagic-dashboards' namespace (11 endpoints)."""
        from .resources.automagic_dashboards import AutomagicDashboardsResource

        return AutomagicDashboardsResource(self)

    @cached_property
    def bookmark(self) -> BookmarkResource:
        """Routes of the 'bookmark' namespace (4 endpoints)."""
        from .resources.bookmark import BookmarkResource

        return BookmarkResource(self)

    @cached_property
    def bug_reporting(self) -> BugReportingResource:
        """Routes of the 'bug-reporting' namespace (2 endpoints)."""
        from .resources.bug_reporting import BugReportingResource

        return BugReportingResource(self)

    @cached_property
    def cache(self) -> CacheResource:
        """Routes of the 'cache' namespace (4 endpoints)."""
        from .resources.cache import CacheResource

        return CacheResource(self)

    @cached_property
    def card(self) -> CardResource:
        """Routes of the 'card' namespace (20 endpoints)."""
        from .resources.card import CardResource

        return CardResource(self)

    @cached_property
    def cards(self) -> CardsResource:
        """Routes of the 'cards' namespace (2 endpoints)."""
        from .resources.cards import CardsResource

        return CardsResource(self)

    @cached_property
    def channel(self) -> ChannelResource:
        """Routes of the 'channel' namespace (5 endpoints)."""
        from .resources.channel import ChannelResource

        return ChannelResource(self)

    @cached_property
    def cloud_migration(self) -> CloudMigrationResource:
        """Routes of the 'cloud-migration' namespace (3 endpoints)."""
        from .resources.cloud_migration import CloudMigrationResource

        return CloudMigrationResource(self)

    @cached_property
    def collection(self) -> CollectionResource:
        """Routes of the 'collection' namespace (16 endpoints)."""
        from .resources.collection import CollectionResource

        return CollectionResource(self)

    @cached_property
    def comment(self) -> CommentResource:
        """Routes of the 'comment' namespace (6 endpoints)."""
        from .resources.comment import CommentResource

        return CommentResource(self)

    @cached_property
    def dashboard(self) -> DashboardResource:
        """Routes of the 'dashboard' namespace (26 endpoints)."""
        from .resources.dashboard import DashboardResource

        return DashboardResource(self)

    @cached_property
    def data_studio(self) -> DataStudioResource:
        """Routes of the 'data-studio' namespace (5 endpoints)."""
        from .resources.data_studio import DataStudioResource

        return DataStudioResource(self)

    @cached_property
    def database(self) -> DatabaseResource:
        """Routes of the 'database' namespace (28 endpoints)."""
        from .resources.database import DatabaseResource

        return DatabaseResource(self)

    @cached_property
    def dataset(self) -> DatasetResource:
        """Routes of the 'dataset' namespace (8 endpoints)."""
        from .resources.dataset import DatasetResource

        return DatasetResource(self)

    @cached_property
    def document(self) -> DocumentResource:
        """Routes of the 'document' namespace (10 endpoints)."""
        from .resources.document import DocumentResource

        return DocumentResource(self)

    @cached_property
    def ee_action_v2(self) -> EeActionV2Resource:
        """Routes of the 'ee-action-v2' namespace (3 endpoints)."""
        from .resources.ee_action_v2 import EeActionV2Resource

        return EeActionV2Resource(self)

    @cached_property
    def ee_advanced_config(self) -> EeAdvancedConfigResource:
        """Routes of the 'ee-advanced-config' namespace (1 endpoints)."""
        from .resources.ee_advanced_config import EeAdvancedConfigResource

        return EeAdvancedConfigResource(self)

    @cached_property
    def ee_advanced_permissions(self) -> EeAdvancedPermissionsResource:
        """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""
        from .resources.ee_advanced_permissions import EeAdvancedPermissionsResource

        return EeAdvancedPermissionsResource(self)

    @cached_property
    def ee_ai_controls(self) -> EeAiControlsResource:
        """Routes of the 'ee-ai-controls' namespace (12 endpoints)."""
        from .resources.ee_ai_controls import EeAiControlsResource

        return EeAiControlsResource(self)

    @cached_property
    def ee_audit_app(self) -> EeAuditAppResource:
        """Routes of the 'ee-audit-app' namespace (3 endpoints)."""
        from .resources.ee_audit_app import EeAuditAppResource

        return EeAuditAppResource(self)

    @cached_property
    def ee_billing(self) -> EeBillingResource:
        """Routes of the 'ee-billing' namespace (1 endpoints)."""
        from .resources.ee_billing import EeBillingResource

        return EeBillingResource(self)

    @cached_property
    def ee_cloud_add_ons(self) -> EeCloudAddOnsResource:
        """Routes of the 'ee-cloud-add-ons' namespace (4 endpoints)."""
        from .resources.ee_cloud_add_ons import EeCloudAddOnsResource

        return EeCloudAddOnsResource(self)

    @cached_property
    def ee_cloud_proxy(self) -> EeCloudProxyResource:
        """Routes of the 'ee-cloud-proxy' namespace (1 endpoints)."""
        from .resources.ee_cloud_proxy import EeCloudProxyResource

        return EeCloudProxyResource(self)

    @cached_property
    def ee_content_translation(self) -> EeContentTranslationResource:
        """Routes of the 'ee-content-translation' namespace (4 endpoints)."""
        from .resources.ee_content_translation import EeContentTranslationResource

        return EeContentTranslationResource(self)

    @cached_property
    def ee_custom_viz_plugin(self) -> EeCustomVizPluginResource:
        """Routes of the 'ee-custom-viz-plugin' namespace (13 endpoints)."""
        from .resources.ee_custom_viz_plugin import EeCustomVizPluginResource

        return EeCustomVizPluginResource(self)

    @cached_property
    def ee_data_complexity_score(self) -> EeDataComplexityScoreResource:
        """Routes of the 'ee-data-complexity-score' namespace (1 endpoints)."""
        from .resources.ee_data_complexity_score import EeDataComplexityScoreResource

        return EeDataComplexityScoreResource(self)

    @cached_property
    def ee_data_studio(self) -> EeDataStudioResource:
        """Routes of the 'ee-data-studio' namespace (2 endpoints)."""
        from .resources.ee_data_studio import EeDataStudioResource

        return EeDataStudioResource(self)

    @cached_property
    def ee_database_replication(self) -> EeDatabaseReplicationResource:
        """Routes of the 'ee-database-replication' namespace (3 endpoints)."""
        from .resources.ee_database_replication import EeDatabaseReplicationResource

        return EeDatabaseReplicationResource(self)

    @cached_property
    def ee_database_routing(self) -> EeDatabaseRoutingResource:
        """Routes of the 'ee-database-routing' namespace (2 endpoints)."""
        from .resources.ee_database_routing import EeDatabaseRoutingResource

        return EeDatabaseRoutingResource(self)

    @cached_property
    def ee_dependencies(self) -> EeDependenciesResource:
        """Routes of the 'ee-dependencies' namespace (6 endpoints)."""
        from .resources.ee_dependencies import EeDependenciesResource

        return EeDependenciesResource(self)

    @cached_property
    def ee_email(self) -> EeEmailResource:
        """Routes of the 'ee-email' namespace (2 endpoints)."""
        from .resources.ee_email import EeEmailResource

        return EeEmailResource(self)

    @cached_property
    def ee_embedding_hub(self) -> EeEmbeddingHubResource:
        """Routes of the 'ee-embedding-hub' namespace (1 endpoints)."""
        from .resources.ee_embedding_hub import EeEmbeddingHubResource

        return EeEmbeddingHubResource(self)

    @cached_property
    def ee_erd(self) -> EeErdResource:
        """Routes of the 'ee-erd' namespace (1 endpoints)."""
        from .resources.ee_erd import EeErdResource

        return EeErdResource(self)

    @cached_property
    def ee_gsheets(self) -> EeGsheetsResource:
        """Routes of the 'ee-gsheets' namespace (5 endpoints)."""
        from .resources.ee_gsheets import EeGsheetsResource

        return EeGsheetsResource(self)

    @cached_property
    def ee_library(self) -> EeLibraryResource:
        """Routes of the 'ee-library' namespace (3 endpoints)."""
        from .resources.ee_library import EeLibraryResource

        return EeLibraryResource(self)

    @cached_property
    def ee_logs(self) -> EeLogsResource:
        """Routes of the 'ee-logs' namespace (1 endpoints)."""
        from .resources.ee_logs import EeLogsResource

        return EeLogsResource(self)

    @cached_property
    def ee_metabot(self) -> EeMetabotResource:
        """Routes of the 'ee-metabot' namespace (1 endpoints)."""
        from .resources.ee_metabot import EeMetabotResource

        return EeMetabotResource(self)

    @cached_property
    def ee_metabot_analytics(self) -> EeMetabotAnalyticsResource:
        """Routes of the 'ee-metabot-analytics' namespace (2 endpoints)."""
        from .resources.ee_metabot_analytics import EeMetabotAnalyticsResource

        return EeMetabotAnalyticsResource(self)

    @cached_property
    def ee_mfa(self) -> EeMfaResource:
        """Routes of the 'ee-mfa' namespace (7 endpoints)."""
        from .resources.ee_mfa import EeMfaResource

        return EeMfaResource(self)

    @cached_property
    def ee_permission_debug(self) -> EePermissionDebugResource:
        """Routes of the 'ee-permission_debug' namespace (1 endpoints)."""
        from .resources.ee_permission_debug import EePermissionDebugResource

        return EePermissionDebugResource(self)

    @cached_property
    def ee_remote_sync(self) -> EeRemoteSyncResource:
        """Routes of the 'ee-remote-sync' namespace (13 endpoints)."""
        from .resources.ee_remote_sync import EeRemoteSyncResource

        return EeRemoteSyncResource(self)

    @cached_property
    def ee_replacement(self) -> EeReplacementResource:
        """Routes of the 'ee-replacement' namespace (6 endpoints)."""
        from .resources.ee_replacement import EeReplacementResource

        return EeReplacementResource(self)

    @cached_property
    def ee_scim(self) -> EeScimResource:
        """Routes of the 'ee-scim' namespace (12 endpoints)."""
        from .resources.ee_scim import EeScimResource

        return EeScimResource(self)

    @cached_property
    def ee_security_center(self) -> EeSecurityCenterResource:
        """Routes of the 'ee-security-center' namespace (5 endpoints)."""
        from .resources.ee_security_center import EeSecurityCenterResource

        return EeSecurityCenterResource(self)

    @cached_property
    def ee_semantic_search(self) -> EeSemanticSearchResource:
        """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""
        from .resources.ee_semantic_search import EeSemanticSearchResource

        return EeSemanticSearchResource(self)

    @cached_property
    def ee_serialization(self) -> EeSerializationResource:
        """Routes of the 'ee-serialization' namespace (5 endpoints)."""
        from .resources.ee_serialization import EeSerializationResource

        return EeSerializationResource(self)

    @cached_property
    def ee_stale(self) -> EeStaleResource:
        """Routes of the 'ee-stale' namespace (1 endpoints)."""
        from .resources.ee_stale import EeStaleResource

        return EeStaleResource(self)

    @cached_property
    def ee_support_access_grant(self) -> EeSupportAccessGrantResource:
        """Routes of the 'ee-support-access-grant' namespace (4 endpoints)."""
        from .resources.ee_support_access_grant import EeSupportAccessGrantResource

        return EeSupportAccessGrantResource(self)

    @cached_property
    def ee_tenant(self) -> EeTenantResource:
        """Routes of the 'ee-tenant' namespace (4 endpoints)."""
        from .resources.ee_tenant import EeTenantResource

        return EeTenantResource(self)

    @cached_property
    def ee_transforms(self) -> EeTransformsResource:
        """Routes of the 'ee-transforms' namespace (3 endpoints)."""
        from .resources.ee_transforms import EeTransformsResource

        return EeTransformsResource(self)

    @cached_property
    def ee_transforms_python(self) -> EeTransformsPythonResource:
        """Routes of the 'ee-transforms-python' namespace (3 endpoints)."""
        from .resources.ee_transforms_python import EeTransformsPythonResource

        return EeTransformsPythonResource(self)

    @cached_property
    def ee_upload_management(self) -> EeUploadManagementResource:
        """Routes of the 'ee-upload-management' namespace (2 endpoints)."""
        from .resources.ee_upload_management import EeUploadManagementResource

        return EeUploadManagementResource(self)

    @cached_property
    def ee_workspace_instance(self) -> EeWorkspaceInstanceResource:
        """Routes of the 'ee-workspace-instance' namespace (4 endpoints)."""
        from .resources.ee_workspace_instance import EeWorkspaceInstanceResource

        return EeWorkspaceInstanceResource(self)

    @cached_property
    def ee_workspace_manager(self) -> EeWorkspaceManagerResource:
        """Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""
        from .resources.ee_workspace_manager import EeWorkspaceManagerResource

        return EeWorkspaceManagerResource(self)

    @cached_property
    def eid_translation(self) -> EidTranslationResource:
        """Routes of the 'eid-translation' namespace (1 endpoints)."""
        from .resources.eid_translation import EidTranslationResource

        return EidTranslationResource(self)

    @cached_property
    def email(self) -> EmailResource:
        """Routes of the 'email' namespace (3 endpoints)."""
        from .resources.email import EmailResource

        return EmailResource(self)

    @cached_property
    def embed(self) -> EmbedResource:
        """Routes of the 'embed' namespace (16 endpoints)."""
        from .resources.embed import EmbedResource

        return EmbedResource(self)

    @cached_property
    def embed_mcp(self) -> EmbedMcpResource:
        """Routes of the 'embed-mcp' namespace (2 endpoints)."""
        from .resources.embed_mcp import EmbedMcpResource

        return EmbedMcpResource(self)

    @cached_property
    def embed_theme(self) -> EmbedThemeResource:
        """Routes of the 'embed-theme' namespace (7 endpoints)."""
        from .resources.embed_theme import EmbedThemeResource

        return EmbedThemeResource(self)

    @cached_property
    def field(self) -> FieldResource:
        """Routes of the 'field' namespace (13 endpoints)."""
        from .resources.field import FieldResource

        return FieldResource(self)

    @cached_property
    def frontend_errors(self) -> FrontendErrorsResource:
        """Routes of the 'frontend-errors' namespace (1 endpoints)."""
        from .resources.frontend_errors import FrontendErrorsResource

        return FrontendErrorsResource(self)

    @cached_property
    def geojson(self) -> GeojsonResource:
        """Routes of the 'geojson' namespace (2 endpoints)."""
        from .resources.geojson import GeojsonResource

        return GeojsonResource(self)

    @cached_property
    def glossary(self) -> GlossaryResource:
        """Routes of the 'glossary' namespace (4 endpoints)."""
        from .resources.glossary import GlossaryResource

        return GlossaryResource(self)

    @cached_property
    def google(self) -> GoogleResource:
        """Routes of the 'google' namespace (1 endpoints)."""
        from .resources.google import GoogleResource

        return GoogleResource(self)

    @cached_property
    def health_inspector(self) -> HealthInspectorResource:
        """Routes of the 'health-inspector' namespace (1 endpoints)."""
        from .resources.health_inspector import HealthInspectorResource

        return HealthInspectorResource(self)

    @cached_property
    def ldap(self) -> LdapResource:
        """Routes of the 'ldap' namespace (1 endpoints)."""
        from .resources.ldap import LdapResource

        return LdapResource(self)

    @cached_property
    def llm(self) -> LlmResource:
        """Routes of the 'llm' namespace (3 endpoints)."""
        from .resources.llm import LlmResource

        return LlmResource(self)

    @cached_property
    def logger(self) -> LoggerResource:
        """Routes of the 'logger' namespace (4 endpoints)."""
        from .resources.logger import LoggerResource

        return LoggerResource(self)

    @cached_property
    def login_history(self) -> LoginHistoryResource:
        """Routes of the 'login-history' namespace (1 endpoints)."""
        from .resources.login_history import LoginHistoryResource

        return LoginHistoryResource(self)

    @cached_property
    def measure(self) -> MeasureResource:
        """Routes of the 'measure' namespace (7 endpoints)."""
        from .resources.measure import MeasureResource

        return MeasureResource(self)

    @cached_property
    def metabot(self) -> MetabotResource:
        """Routes of the 'metabot' namespace (19 endpoints)."""
        from .resources.metabot import MetabotResource

        return MetabotResource(self)

    @cached_property
    def metric(self) -> MetricResource:
        """Routes of the 'metric' namespace (7 endpoints)."""
        from .resources.metric import MetricResource

        return MetricResource(self)

    @cached_property
    def model_index(self) -> ModelIndexResource:
        """Routes of the 'model-index' namespace (4 endpoints)."""
        from .resources.model_index import ModelIndexResource

        return ModelIndexResource(self)

    @cached_property
    def moderation_review(self) -> ModerationReviewResource:
        """Routes of the 'moderation-review' namespace (1 endpoints)."""
        from .resources.moderation_review import ModerationReviewResource

        return ModerationReviewResource(self)

    @cached_property
    def mt_gtap(self) -> MtGtapResource:
        """Routes of the 'mt-gtap' namespace (6 endpoints)."""
        from .resources.mt_gtap import MtGtapResource

        return MtGtapResource(self)

    @cached_property
    def mt_user(self) -> MtUserResource:
        """Routes of the 'mt-user' namespace (2 endpoints)."""
        from .resources.mt_user import MtUserResource

        return MtUserResource(self)

    @cached_property
    def native_query_snippet(self) -> NativeQuerySnippetResource:
        """Routes of the 'native-query-snippet' namespace (4 endpoints)."""
        from .resources.native_query_snippet import NativeQuerySnippetResource

        return NativeQuerySnippetResource(self)

    @cached_property
    def notification(self) -> NotificationResource:
        """Routes of the 'notification' namespace (12 endpoints)."""
        from .resources.notification import NotificationResource

        return NotificationResource(self)

    @cached_property
    def notify(self) -> NotifyResource:
        """Routes of the 'notify' namespace (3 endpoints)."""
        from .resources.notify import NotifyResource

        return NotifyResource(self)

    @cached_property
    def oauth(self) -> OauthResource:
        """Routes of the 'oauth' namespace (1 endpoints)."""
        from .resources.oauth import OauthResource

        return OauthResource(self)

    @cached_property
    def osi(self) -> OsiResource:
        """Routes of the 'osi' namespace (5 endpoints)."""
        from .resources.osi import OsiResource

        return OsiResource(self)

    @cached_property
    def permissions(self) -> PermissionsResource:
        """Routes of the 'permissions' namespace (14 endpoints)."""
        from .resources.permissions import PermissionsResource

        return PermissionsResource(self)

    @cached_property
    def persist(self) -> PersistResource:
        """Routes of the 'persist' namespace (11 endpoints)."""
        from .resources.persist import PersistResource

        return PersistResource(self)

    @cached_property
    def premium_features(self) -> PremiumFeaturesResource:
        """Routes of the 'premium-features' namespace (2 endpoints)."""
        from .resources.premium_features import PremiumFeaturesResource

        return PremiumFeaturesResource(self)

    @cached_property
    def preview_embed(self) -> PreviewEmbedResource:
        """Routes of the 'preview_embed' namespace (13 endpoints)."""
        from .resources.preview_embed import PreviewEmbedResource

        return PreviewEmbedResource(self)

    @cached_property
    def product_feedback(self) -> ProductFeedbackResource:
        """Routes of the 'product-feedback' namespace (1 endpoints)."""
        from .resources.product_feedback import ProductFeedbackResource

        return ProductFeedbackResource(self)

    @cached_property
    def public(self) -> PublicResource:
        """Routes of the 'public' namespace (24 endpoints)."""
        from .resources.public import PublicResource

        return PublicResource(self)

    @cached_property
    def pulse(self) -> PulseResource:
        """Routes of the 'pulse' namespace (9 endpoints)."""
        from .resources.pulse import PulseResource

        return PulseResource(self)

    @cached_property
    def revision(self) -> RevisionResource:
        """Routes of the 'revision' namespace (3 endpoints)."""
        from .resources.revision import RevisionResource

        return RevisionResource(self)

    @cached_property
    def search(self) -> SearchResource:
        """Routes of the 'search' namespace (6 endpoints)."""
        from .resources.search import SearchResource

        return SearchResource(self)

    @cached_property
    def segment(self) -> SegmentResource:
        """Routes of the 'segment' namespace (6 endpoints)."""
        from .resources.segment import SegmentResource

        return SegmentResource(self)

    @cached_property
    def session(self) -> SessionResource:
        """Routes of the 'session' namespace (10 endpoints)."""
        from .resources.session import SessionResource

        return SessionResource(self)

    @cached_property
    def setting(self) -> SettingResource:
        """Routes of the 'setting' namespace (4 endpoints)."""
        from .resources.setting import SettingResource

        return SettingResource(self)

    @cached_property
    def setup(self) -> SetupResource:
        """Routes of the 'setup' namespace (1 endpoints)."""
        from .resources.setup import SetupResource

        return SetupResource(self)

    @cached_property
    def slack(self) -> SlackResource:
        """Routes of the 'slack' namespace (4 endpoints)."""
        from .resources.slack import SlackResource

        return SlackResource(self)

    @cached_property
    def table(self) -> TableResource:
        """Routes of the 'table' namespace (16 endpoints)."""
        from .resources.table import TableResource

        return TableResource(self)

    @cached_property
    def task(self) -> TaskResource:
        """Routes of the 'task' namespace (7 endpoints)."""
        from .resources.task import TaskResource

        return TaskResource(self)

    @cached_property
    def tiles(self) -> TilesResource:
        """Routes of the 'tiles' namespace (3 endpoints)."""
        from .resources.tiles import TilesResource

        return TilesResource(self)

    @cached_property
    def timeline(self) -> TimelineResource:
        """Routes of the 'timeline' namespace (7 endpoints)."""
        from .resources.timeline import TimelineResource

        return TimelineResource(self)

    @cached_property
    def timeline_event(self) -> TimelineEventResource:
        """Routes of the 'timeline-event' namespace (4 endpoints)."""
        from .resources.timeline_event import TimelineEventResource

        return TimelineEventResource(self)

    @cached_property
    def transform(self) -> TransformResource:
        """Routes of the 'transform' namespace (12 endpoints)."""
        from .resources.transform import TransformResource

        return TransformResource(self)

    @cached_property
    def transform_job(self) -> TransformJobResource:
        """Routes of the 'transform-job' namespace (10 endpoints)."""
        from .resources.transform_job import TransformJobResource

        return TransformJobResource(self)

    @cached_property
    def transform_tag(self) -> TransformTagResource:
        """Routes of the 'transform-tag' namespace (4 endpoints)."""
        from .resources.transform_tag import TransformTagResource

        return TransformTagResource(self)

    @cached_property
    def upload(self) -> UploadResource:
        """Routes of the 'upload' namespace (1 endpoints)."""
        from .resources.upload import UploadResource

        return UploadResource(self)

    @cached_property
    def user(self) -> UserResource:
        """Routes of the 'user' namespace (11 endpoints)."""
        from .resources.user import UserResource

        return UserResource(self)

    @cached_property
    def user_key_value(self) -> UserKeyValueResource:
        """Routes of the 'user-key-value' namespace (4 endpoints)."""
        from .resources.user_key_value import UserKeyValueResource

        return UserKeyValueResource(self)

    @cached_property
    def util(self) -> UtilResource:
        """Routes of the 'util' namespace (1 endpoints)."""
        from .resources.util import UtilResource

        return UtilResource(self)


if TYPE_CHECKING:

    class RawClient:
        """Client.with_raw_response: the resources, their methods returning RawResponse."""

        @property
        def action(self) -> RawActionResource: ...

        @property
        def activity(self) -> RawActivityResource: ...

        @property
        def agent(self) -> RawAgentResource: ...

        @property
        def ai_entity_analysis(self) -> RawAiEntityAnalysisResource: ...

        @property
        def alert(self) -> RawAlertResource: ...

        @property
        def analytics(self) -> RawAnalyticsResource: ...

        @property
        def analytics_proxy(self) -> RawAnalyticsProxyResource: ...

        @property
        def api_key(self) -> RawApiKeyResource: ...

        @property
        def automagic_dashboards(self) -> RawAutomagicDashboardsResource: ...

        @property
        def bookmark(self) -> RawBookmarkResource: ...

        @property
        def bug_reporting(self) -> RawBugReportingResource: ...

        @property
        def cache(self) -> RawCacheResource: ...

        @property
        def card(self) -> RawCardResource: ...

        @property
        def cards(self) -> RawCardsResource: ...

        @property
        def channel(self) -> RawChannelResource: ...

        @property
        def cloud_migration(self) -> RawCloudMigrationResource: ...

        @property
        def collection(self) -> RawCollectionResource: ...

        @property
        def comment(self) -> RawCommentResource: ...

        @property
        def dashboard(self) -> RawDashboardResource: ...

        @property
        def data_studio(self) -> RawDataStudioResource: ...

        @property
        def database(self) -> RawDatabaseResource: ...

        @property
        def dataset(self) -> RawDatasetResource: ...

        @property
        def document(self) -> RawDocumentResource: ...

        @property
        def ee_action_v2(self) -> RawEeActionV2Resource: ...

        @property
        def ee_advanced_config(self) -> RawEeAdvancedConfigResource: ...

        @property
        def ee_advanced_permissions(self) -> RawEeAdvancedPermissionsResource: ...

        @property
        def ee_ai_controls(self) -> RawEeAiControlsResource: ...

        @property
        def ee_audit_app(self) -> RawEeAuditAppResource: ...

        @property
        def ee_billing(self) -> RawEeBillingResource: ...

        @property
        def ee_cloud_add_ons(self) -> RawEeCloudAddOnsResource: ...

        @property
        def ee_cloud_proxy(self) -> RawEeCloudProxyResource: ...

        @property
        def ee_content_translation(self) -> RawEeContentTranslationResource: ...

        @property
        def ee_custom_viz_plugin(self) -> RawEeCustomVizPluginResource: ...

        @property
        def ee_data_complexity_score(self) -> RawEeDataComplexityScoreResource: ...

        @property
        def ee_data_studio(self) -> RawEeDataStudioResource: ...

        @property
        def ee_database_replication(self) -> RawEeDatabaseReplicationResource: ...

        @property
        def ee_database_routing(self) -> RawEeDatabaseRoutingResource: ...

        @property
        def ee_dependencies(self) -> RawEeDependenciesResource: ...

        @property
        def ee_email(self) -> RawEeEmailResource: ...

        @property
        def ee_embedding_hub(self) -> RawEeEmbeddingHubResource: ...

        @property
        def ee_erd(self) -> RawEeErdResource: ...

        @property
        def ee_gsheets(self) -> RawEeGsheetsResource: ...

        @property
        def ee_library(self) -> RawEeLibraryResource: ...

        @property
        def ee_logs(self) -> RawEeLogsResource: ...

        @property
        def ee_metabot(self) -> RawEeMetabotResource: ...

        @property
        def ee_metabot_analytics(self) -> RawEeMetabotAnalyticsResource: ...

        @property
        def ee_mfa(self) -> RawEeMfaResource: ...

        @property
        def ee_permission_debug(self) -> RawEePermissionDebugResource: ...

        @property
        def ee_remote_sync(self) -> RawEeRemoteSyncResource: ...

        @property
        def ee_replacement(self) -> RawEeReplacementResource: ...

        @property
        def ee_scim(self) -> RawEeScimResource: ...

        @property
        def ee_security_center(self) -> RawEeSecurityCenterResource: ...

        @property
        def ee_semantic_search(self) -> RawEeSemanticSearchResource: ...

        @property
        def ee_serialization(self) -> RawEeSerializationResource: ...

        @property
        def ee_stale(self) -> RawEeStaleResource: ...

        @property
        def ee_support_access_grant(self) -> RawEeSupportAccessGrantResource: ...

        @property
        def ee_tenant(self) -> RawEeTenantResource: ...

        @property
        def ee_transforms(self) -> RawEeTransformsResource: ...

        @property
        def ee_transforms_python(self) -> RawEeTransformsPythonResource: ...

        @property
        def ee_upload_management(self) -> RawEeUploadManagementResource: ...

        @property
        def ee_workspace_instance(self) -> RawEeWorkspaceInstanceResource: ...

        @property
        def ee_workspace_manager(self) -> RawEeWorkspaceManagerResource: ...

        @property
        def eid_translation(self) -> RawEidTranslationResource: ...

        @property
        def email(self) -> RawEmailResource: ...

        @property
        def embed(self) -> RawEmbedResource: ...

        @property
        def embed_mcp(self) -> RawEmbedMcpResource: ...

        @property
        def embed_theme(self) -> RawEmbedThemeResource: ...

        @property
        def field(self) -> RawFieldResource: ...

        @property
        def frontend_errors(self) -> RawFrontendErrorsResource: ...

        @property
        def geojson(self) -> RawGeojsonResource: ...

        @property
        def glossary(self) -> RawGlossaryResource: ...

        @property
        def google(self) -> RawGoogleResource: ...

        @property
        def health_inspector(self) -> RawHealthInspectorResource: ...

        @property
        def ldap(self) -> RawLdapResource: ...

        @property
        def llm(self) -> RawLlmResource: ...

        @property
        def logger(self) -> RawLoggerResource: ...

        @property
        def login_history(self) -> RawLoginHistoryResource: ...

        @property
        def measure(self) -> RawMeasureResource: ...

        @property
        def metabot(self) -> RawMetabotResource: ...

        @property
        def metric(self) -> RawMetricResource: ...

        @property
        def model_index(self) -> RawModelIndexResource: ...

        @property
        def moderation_review(self) -> RawModerationReviewResource: ...

        @property
        def mt_gtap(self) -> RawMtGtapResource: ...

        @property
        def mt_user(self) -> RawMtUserResource: ...

        @property
        def native_query_snippet(self) -> RawNativeQuerySnippetResource: ...

        @property
        def notification(self) -> RawNotificationResource: ...

        @property
        def notify(self) -> RawNotifyResource: ...

        @property
        def oauth(self) -> RawOauthResource: ...

        @property
        def osi(self) -> RawOsiResource: ...

        @property
        def permissions(self) -> RawPermissionsResource: ...

        @property
        def persist(self) -> RawPersistResource: ...

        @property
        def premium_features(self) -> RawPremiumFeaturesResource: ...

        @property
        def preview_embed(self) -> RawPreviewEmbedResource: ...

        @property
        def product_feedback(self) -> RawProductFeedbackResource: ...

        @property
        def public(self) -> RawPublicResource: ...

        @property
        def pulse(self) -> RawPulseResource: ...

        @property
        def revision(self) -> RawRevisionResource: ...

        @property
        def search(self) -> RawSearchResource: ...

        @property
        def segment(self) -> RawSegmentResource: ...

        @property
        def session(self) -> RawSessionResource: ...

        @property
        def setting(self) -> RawSettingResource: ...

        @property
        def setup(self) -> RawSetupResource: ...

        @property
        def slack(self) -> RawSlackResource: ...

        @property
        def table(self) -> RawTableResource: ...

        @property
        def task(self) -> RawTaskResource: ...

        @property
        def tiles(self) -> RawTilesResource: ...

        @property
        def timeline(self) -> RawTimelineResource: ...

        @property
        def timeline_event(self) -> RawTimelineEventResource: ...

        @property
        def transform(self) -> RawTransformResource: ...

        @property
        def transform_job(self) -> RawTransformJobResource: ...

        @property
        def transform_tag(self) -> RawTransformTagResource: ...

        @property
        def upload(self) -> RawUploadResource: ...

        @property
        def user(self) -> RawUserResource: ...

        @property
        def user_key_value(self) -> RawUserKeyValueResource: ...

        @property
        def util(self) -> RawUtilResource: ...


class AsyncClient(AsyncBaseClient):
    """Metabase 0.63.2 API client for asyncio, on httpx (``pip install 'metabase-v0-63-2[async]'``).

    The same resources, methods, arguments and answers as ``Client``, awaited:
    ``async with AsyncClient(url, api_key=...) as mb: card = await mb.card.get(1)``. One login
    is shared by every task; ``async for item in mb.paginate(mb.user.list)`` pages.
    """

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: Timeout = 60.0,
        max_retries: int = 2,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            max_retries=max_retries,
            http=http,
        )

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> AsyncRawClient: ...

    @cached_property
    def action(self) -> AsyncActionResource:
        """Routes of the 'action' namespace (10 endpoints)."""
        from .resources.action import AsyncActionResource

        return AsyncActionResource(self)

    @cached_property
    def activity(self) -> AsyncActivityResource:
        """Routes of the 'activity' namespace (5 endpoints)."""
        from .resources.activity import AsyncActivityResource

        return AsyncActivityResource(self)

    @cached_property
    def agent(self) -> AsyncAgentResource:
        """Routes of the 'agent' namespace (16 endpoints)."""
        from .resources.agent import AsyncAgentResource

        return AsyncAgentResource(self)

    @cached_property
    def ai_entity_analysis(self) -> AsyncAiEntityAnalysisResource:
        """Routes of the 'ai-entity-analysis' namespace (1 endpoints)."""
        from .resources.ai_entity_analysis import AsyncAiEntityAnalysisResource

        return AsyncAiEntityAnalysisResource(self)

    @cached_property
    def alert(self) -> AsyncAlertResource:
        """Routes of the 'alert' namespace (3 endpoints)."""
        from .resources.alert import AsyncAlertResource

        return AsyncAlertResource(self)

    @cached_property
    def analytics(self) -> AsyncAnalyticsResource:
        """Routes of the 'analytics' namespace (2 endpoints)."""
        from .resources.analytics import AsyncAnalyticsResource

        return AsyncAnalyticsResource(self)

    @cached_property
    def analytics_proxy(self) -> AsyncAnalyticsProxyResource:
        """Routes of the 'analytics-proxy' namespace (1 endpoints)."""
        from .resources.analytics_proxy import AsyncAnalyticsProxyResource

        return AsyncAnalyticsProxyResource(self)

    @cached_property
    def api_key(self) -> AsyncApiKeyResource:
        """Routes of the 'api-key' namespace (6 endpoints)."""
        from .resources.api_key import AsyncApiKeyResource

        return AsyncApiKeyResource(self)

    @cached_property
    def automagic_dashboards(self) -> AsyncAutomagicDashboardsResource:
        """Routes of the 'automagic-dashboards' namespace (11 endpoints)."""
        from .resources.automagic_dashboards import AsyncAutomagicDashboardsResource

        return AsyncAutomagicDashboardsResource(self)

    @cached_property
    def bookmark(self) -> AsyncBookmarkResource:
        """Routes of the 'bookmark' namespace (4 endpoints)."""
        from .resources.bookmark import AsyncBookmarkResource

        return AsyncBookmarkResource(self)

    @cached_property
    def bug_reporting(self) -> AsyncBugReportingResource:
        """Routes of the 'bug-reporting' namespace (2 endpoints)."""
        from .resources.bug_reporting import AsyncBugReportingResource

        return AsyncBugReportingResource(self)

    @cached_property
    def cache(self) -> AsyncCacheResource:
        """Routes of the 'cache' namespace (4 endpoints)."""
        from .resources.cache import AsyncCacheResource

        return AsyncCacheResource(self)

    @cached_property
    def card(self) -> AsyncCardResource:
        """Routes of the 'card' namespace (20 endpoints)."""
        from .resources.card import AsyncCardResource

        return AsyncCardResource(self)

    @cached_property
    def cards(self) -> AsyncCardsResource:
        """Routes of the 'cards' namespace (2 endpoints)."""
        from .resources.cards import AsyncCardsResource

        return AsyncCardsResource(self)

    @cached_property
    def channel(self) -> AsyncChannelResource:
        """Routes of the 'channel' namespace (5 endpoints)."""
        from .resources.channel import AsyncChannelResource

        return AsyncChannelResource(self)

    @cached_property
    def cloud_migration(self) -> AsyncCloudMigrationResource:
        """Routes of the 'cloud-migration' namespace (3 endpoints)."""
        from .resources.cloud_migration import AsyncCloudMigrationResource

        return AsyncCloudMigrationResource(self)

    @cached_property
    def collection(self) -> AsyncCollectionResource:
        """Routes of the 'collection' namespace (16 endpoints)."""
        from .resources.collection import AsyncCollectionResource

        return AsyncCollectionResource(self)

    @cached_property
    def comment(self) -> AsyncCommentResource:
        """Routes of the 'comment' namespace (6 endpoints)."""
        from .resources.comment import AsyncCommentResource

        return AsyncCommentResource(self)

    @cached_property
    def dashboard(self) -> AsyncDashboardResource:
        """Routes of the 'dashboard' namespace (26 endpoints)."""
        from .resources.dashboard import AsyncDashboardResource

        return AsyncDashboardResource(self)

    @cached_property
    def data_studio(self) -> AsyncDataStudioResource:
        """Routes of the 'data-studio' namespace (5 endpoints)."""
        from .resources.data_studio import AsyncDataStudioResource

        return AsyncDataStudioResource(self)

    @cached_property
    def database(self) -> AsyncDatabaseResource:
        """Routes of the 'database' namespace (28 endpoints)."""
        from .resources.database import AsyncDatabaseResource

        return AsyncDatabaseResource(self)

    @cached_property
    def dataset(self) -> AsyncDatasetResource:
        """Routes of the 'dataset' namespace (8 endpoints)."""
        from .resources.dataset import AsyncDatasetResource

        return AsyncDatasetResource(self)

    @cached_property
    def document(self) -> AsyncDocumentResource:
        """Routes of the 'document' namespace (10 endpoints)."""
        from .resources.document import AsyncDocumentResource

        return AsyncDocumentResource(self)

    @cached_property
    def ee_action_v2(self) -> AsyncEeActionV2Resource:
        """Routes of the 'ee-action-v2' namespace (3 endpoints)."""
        from .resources.ee_action_v2 import AsyncEeActionV2Resource

        return AsyncEeActionV2Resource(self)

    @cached_property
    def ee_advanced_config(self) -> AsyncEeAdvancedConfigResource:
        """Routes of the 'ee-advanced-config' namespace (1 endpoints)."""
        from .resources.ee_advanced_config import AsyncEeAdvancedConfigResource

        return AsyncEeAdvancedConfigResource(self)

    @cached_property
    def ee_advanced_permissions(self) -> AsyncEeAdvancedPermissionsResource:
        """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""
        from .resources.ee_advanced_permissions import AsyncEeAdvancedPermissionsResource

        return AsyncEeAdvancedPermissionsResource(self)

    @cached_property
    def ee_ai_controls(self) -> AsyncEeAiControlsResource:
        """Routes of the 'ee-ai-controls' namespace (12 endpoints)."""
        from .resources.ee_ai_controls import AsyncEeAiControlsResource

        return AsyncEeAiControlsResource(self)

    @cached_property
    def ee_audit_app(self) -> AsyncEeAuditAppResource:
        """Routes of the 'ee-audit-app' namespace (3 endpoints)."""
        from .resources.ee_audit_app import AsyncEeAuditAppResource

        return AsyncEeAuditAppResource(self)

    @cached_property
    def ee_billing(self) -> AsyncEeBillingResource:
        """Routes of the 'ee-billing' namespace (1 endpoints)."""
        from .resources.ee_billing import AsyncEeBillingResource

        return AsyncEeBillingResource(self)

    @cached_property
    def ee_cloud_add_ons(self) -> AsyncEeCloudAddOnsResource:
        """Routes of the 'ee-cloud-add-ons' namespace (4 endpoints)."""
        from .resources.ee_cloud_add_ons import AsyncEeCloudAddOnsResource

        return AsyncEeCloudAddOnsResource(self)

    @cached_property
    def ee_cloud_proxy(self) -> AsyncEeCloudProxyResource:
        """Routes of the 'ee-cloud-proxy' namespace (1 endpoints)."""
        from .resources.ee_cloud_proxy import AsyncEeCloudProxyResource

        return AsyncEeCloudProxyResource(self)

    @cached_property
    def ee_content_translation(self) -> AsyncEeContentTranslationResource:
        """Routes of the 'ee-content-translation' namespace (4 endpoints)."""
        from .resources.ee_content_translation import AsyncEeContentTranslationResource

        return AsyncEeContentTranslationResource(self)

    @cached_property
    def ee_custom_viz_plugin(self) -> AsyncEeCustomVizPluginResource:
        """Routes of the 'ee-custom-viz-plugin' namespace (13 endpoints)."""
        from .resources.ee_custom_viz_plugin import AsyncEeCustomVizPluginResource

        return AsyncEeCustomVizPluginResource(self)

    @cached_property
    def ee_data_complexity_score(self) -> AsyncEeDataComplexityScoreResource:
        """Routes of the 'ee-data-complexity-score' namespace (1 endpoints)."""
        from .resources.ee_data_complexity_score import AsyncEeDataComplexityScoreResource

        return AsyncEeDataComplexityScoreResource(self)

    @cached_property
    def ee_data_studio(self) -> AsyncEeDataStudioResource:
        """Routes of the 'ee-data-studio' namespace (2 endpoints)."""
        from .resources.ee_data_studio import AsyncEeDataStudioResource

        return AsyncEeDataStudioResource(self)

    @cached_property
    def ee_database_replication(self) -> AsyncEeDatabaseReplicationResource:
        """Routes of the 'ee-database-replication' namespace (3 endpoints)."""
        from .resources.ee_database_replication import AsyncEeDatabaseReplicationResource

        return AsyncEeDatabaseReplicationResource(self)

    @cached_property
    def ee_database_routing(self) -> AsyncEeDatabaseRoutingResource:
        """Routes of the 'ee-database-routing' namespace (2 endpoints)."""
        from .resources.ee_database_routing import AsyncEeDatabaseRoutingResource

        return AsyncEeDatabaseRoutingResource(self)

    @cached_property
    def ee_dependencies(self) -> AsyncEeDependenciesResource:
        """Routes of the 'ee-dependencies' namespace (6 endpoints)."""
        from .resources.ee_dependencies import AsyncEeDependenciesResource

        return AsyncEeDependenciesResource(self)

    @cached_property
    def ee_email(self) -> AsyncEeEmailResource:
        """Routes of the 'ee-email' namespace (2 endpoints)."""
        from .resources.ee_email import AsyncEeEmailResource

        return AsyncEeEmailResource(self)

    @cached_property
    def ee_embedding_hub(self) -> AsyncEeEmbeddingHubResource:
        """Routes of the 'ee-embedding-hub' namespace (1 endpoints)."""
        from .resources.ee_embedding_hub import AsyncEeEmbeddingHubResource

        return AsyncEeEmbeddingHubResource(self)

    @cached_property
    def ee_erd(self) -> AsyncEeErdResource:
        """Routes of the 'ee-erd' namespace (1 endpoints)."""
        from .resources.ee_erd import AsyncEeErdResource

        return AsyncEeErdResource(self)

    @cached_property
    def ee_gsheets(self) -> AsyncEeGsheetsResource:
        """Routes of the 'ee-gsheets' namespace (5 endpoints)."""
        from .resources.ee_gsheets import AsyncEeGsheetsResource

        return AsyncEeGsheetsResource(self)

    @cached_property
    def ee_library(self) -> AsyncEeLibraryResource:
        """Routes of the 'ee-library' namespace (3 endpoints)."""
        from .resources.ee_library import AsyncEeLibraryResource

        return AsyncEeLibraryResource(self)

    @cached_property
    def ee_logs(self) -> AsyncEeLogsResource:
        """Routes of the 'ee-logs' namespace (1 endpoints)."""
        from .resources.ee_logs import AsyncEeLogsResource

        return AsyncEeLogsResource(self)

    @cached_property
    def ee_metabot(self) -> AsyncEeMetabotResource:
        """Routes of the 'ee-metabot' namespace (1 endpoints)."""
        from .resources.ee_metabot import AsyncEeMetabotResource

        return AsyncEeMetabotResource(self)

    @cached_property
    def ee_metabot_analytics(self) -> AsyncEeMetabotAnalyticsResource:
        """Routes of the 'ee-metabot-analytics' namespace (2 endpoints)."""
        from .resources.ee_metabot_analytics import AsyncEeMetabotAnalyticsResource

        return AsyncEeMetabotAnalyticsResource(self)

    @cached_property
    def ee_mfa(self) -> AsyncEeMfaResource:
        """Routes of the 'ee-mfa' namespace (7 endpoints)."""
        from .resources.ee_mfa import AsyncEeMfaResource

        return AsyncEeMfaResource(self)

    @cached_property
    def ee_permission_debug(self) -> AsyncEePermissionDebugResource:
        """Routes of the 'ee-permission_debug' namespace (1 endpoints)."""
        from .resources.ee_permission_debug import AsyncEePermissionDebugResource

        return AsyncEePermissionDebugResource(self)

    @cached_property
    def ee_remote_sync(self) -> AsyncEeRemoteSyncResource:
        """Routes of the 'ee-remote-sync' namespace (13 endpoints)."""
        from .resources.ee_remote_sync import AsyncEeRemoteSyncResource

        return AsyncEeRemoteSyncResource(self)

    @cached_property
    def ee_replacement(self) -> AsyncEeReplacementResource:
        """Routes of the 'ee-replacement' namespace (6 endpoints)."""
        from .resources.ee_replacement import AsyncEeReplacementResource

        return AsyncEeReplacementResource(self)

    @cached_property
    def ee_scim(self) -> AsyncEeScimResource:
        """Routes of the 'ee-scim' namespace (12 endpoints)."""
        from .resources.ee_scim import AsyncEeScimResource

        return AsyncEeScimResource(self)

    @cached_property
    def ee_security_center(self) -> AsyncEeSecurityCenterResource:
        """Routes of the 'ee-security-center' namespace (5 endpoints)."""
        from .resources.ee_security_center import AsyncEeSecurityCenterResource

        return AsyncEeSecurityCenterResource(self)

    @cached_property
    def ee_semantic_search(self) -> AsyncEeSemanticSearchResource:
        """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""
        from .resources.ee_semantic_search import AsyncEeSemanticSearchResource

        return AsyncEeSemanticSearchResource(self)

    @cached_property
    def ee_serialization(self) -> AsyncEeSerializationResource:
        """Routes of the 'ee-serialization' namespace (5 endpoints)."""
        from .resources.ee_serialization import AsyncEeSerializationResource

        return AsyncEeSerializationResource(self)

    @cached_property
    def ee_stale(self) -> AsyncEeStaleResource:
        """Routes of the 'ee-stale' namespace (1 endpoints)."""
        from .resources.ee_stale import AsyncEeStaleResource

        return AsyncEeStaleResource(self)

    @cached_property
    def ee_support_access_grant(self) -> AsyncEeSupportAccessGrantResource:
        """Routes of the 'ee-support-access-grant' namespace (4 endpoints)."""
        from .resources.ee_support_access_grant import AsyncEeSupportAccessGrantResource

        return AsyncEeSupportAccessGrantResource(self)

    @cached_property
    def ee_tenant(self) -> AsyncEeTenantResource:
        """Routes of the 'ee-tenant' namespace (4 endpoints)."""
        from .resources.ee_tenant import AsyncEeTenantResource

        return AsyncEeTenantResource(self)

    @cached_property
    def ee_transforms(self) -> AsyncEeTransformsResource:
        """Routes of the 'ee-transforms' namespace (3 endpoints)."""
        from .resources.ee_transforms import AsyncEeTransformsResource

        return AsyncEeTransformsResource(self)

    @cached_property
    def ee_transforms_python(self) -> AsyncEeTransformsPythonResource:
        """Routes of the 'ee-transforms-python' namespace (3 endpoints)."""
        from .resources.ee_transforms_python import AsyncEeTransformsPythonResource

        return AsyncEeTransformsPythonResource(self)

    @cached_property
    def ee_upload_management(self) -> AsyncEeUploadManagementResource:
        """Routes of the 'ee-upload-management' namespace (2 endpoints)."""
        from .resources.ee_upload_management import AsyncEeUploadManagementResource

        return AsyncEeUploadManagementResource(self)

    @cached_property
    def ee_workspace_instance(self) -> AsyncEeWorkspaceInstanceResource:
        """Routes of the 'ee-workspace-instance' namespace (4 endpoints)."""
        from .resources.ee_workspace_instance import AsyncEeWorkspaceInstanceResource

        return AsyncEeWorkspaceInstanceResource(self)

    @cached_property
    def ee_workspace_manager(self) -> AsyncEeWorkspaceManagerResource:
        """Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""
        from .resources.ee_workspace_manager import AsyncEeWorkspaceManagerResource

        return AsyncEeWorkspaceManagerResource(self)

    @cached_property
    def eid_translation(self) -> AsyncEidTranslationResource:
        """Routes of the 'eid-translation' namespace (1 endpoints)."""
        from .resources.eid_translation import AsyncEidTranslationResource

        return AsyncEidTranslationResource(self)

    @cached_property
    def email(self) -> AsyncEmailResource:
        """Routes of the 'email' namespace (3 endpoints)."""
        from .resources.email import AsyncEmailResource

        return AsyncEmailResource(self)

    @cached_property
    def embed(self) -> AsyncEmbedResource:
        """Routes of the 'embed' namespace (16 endpoints)."""
        from .resources.embed import AsyncEmbedResource

        return AsyncEmbedResource(self)

    @cached_property
    def embed_mcp(self) -> AsyncEmbedMcpResource:
        """Routes of the 'embed-mcp' namespace (2 endpoints)."""
        from .resources.embed_mcp import AsyncEmbedMcpResource

        return AsyncEmbedMcpResource(self)

    @cached_property
    def embed_theme(self) -> AsyncEmbedThemeResource:
        """Routes of the 'embed-theme' namespace (7 endpoints)."""
        from .resources.embed_theme import AsyncEmbedThemeResource

        return AsyncEmbedThemeResource(self)

    @cached_property
    def field(self) -> AsyncFieldResource:
        """Routes of the 'field' namespace (13 endpoints)."""
        from .resources.field import AsyncFieldResource

        return AsyncFieldResource(self)

    @cached_property
    def frontend_errors(self) -> AsyncFrontendErrorsResource:
        """Routes of the 'frontend-errors' namespace (1 endpoints)."""
        from .resources.frontend_errors import AsyncFrontendErrorsResource

        return AsyncFrontendErrorsResource(self)

    @cached_property
    def geojson(self) -> AsyncGeojsonResource:
        """Routes of the 'geojson' namespace (2 endpoints)."""
        from .resources.geojson import AsyncGeojsonResource

        return AsyncGeojsonResource(self)

    @cached_property
    def glossary(self) -> AsyncGlossaryResource:
        """Routes of the 'glossary' namespace (4 endpoints)."""
        from .resources.glossary import AsyncGlossaryResource

        return AsyncGlossaryResource(self)

    @cached_property
    def google(self) -> AsyncGoogleResource:
        """Routes of the 'google' namespace (1 endpoints)."""
        from .resources.google import AsyncGoogleResource

        return AsyncGoogleResource(self)

    @cached_property
    def health_inspector(self) -> AsyncHealthInspectorResource:
        """Routes of the 'health-inspector' namespace (1 endpoints)."""
        from .resources.health_inspector import AsyncHealthInspectorResource

        return AsyncHealthInspectorResource(self)

    @cached_property
    def ldap(self) -> AsyncLdapResource:
        """Routes of the 'ldap' namespace (1 endpoints)."""
        from .resources.ldap import AsyncLdapResource

        return AsyncLdapResource(self)

    @cached_property
    def llm(self) -> AsyncLlmResource:
        """Routes of the 'llm' namespace (3 endpoints)."""
        from .resources.llm import AsyncLlmResource

        return AsyncLlmResource(self)

    @cached_property
    def logger(self) -> AsyncLoggerResource:
        """Routes of the 'logger' namespace (4 endpoints)."""
        from .resources.logger import AsyncLoggerResource

        return AsyncLoggerResource(self)

    @cached_property
    def login_history(self) -> AsyncLoginHistoryResource:
        """Routes of the 'login-history' namespace (1 endpoints)."""
        from .resources.login_history import AsyncLoginHistoryResource

        return AsyncLoginHistoryResource(self)

    @cached_property
    def measure(self) -> AsyncMeasureResource:
        """Routes of the 'measure' namespace (7 endpoints)."""
        from .resources.measure import AsyncMeasureResource

        return AsyncMeasureResource(self)

    @cached_property
    def metabot(self) -> AsyncMetabotResource:
        """Routes of the 'metabot' namespace (19 endpoints)."""
        from .resources.metabot import AsyncMetabotResource

        return AsyncMetabotResource(self)

    @cached_property
    def metric(self) -> AsyncMetricResource:
        """Routes of the 'metric' namespace (7 endpoints)."""
        from .resources.metric import AsyncMetricResource

        return AsyncMetricResource(self)

    @cached_property
    def model_index(self) -> AsyncModelIndexResource:
        """Routes of the 'model-index' namespace (4 endpoints)."""
        from .resources.model_index import AsyncModelIndexResource

        return AsyncModelIndexResource(self)

    @cached_property
    def moderation_review(self) -> AsyncModerationReviewResource:
        """Routes of the 'moderation-review' namespace (1 endpoints)."""
        from .resources.moderation_review import AsyncModerationReviewResource

        return AsyncModerationReviewResource(self)

    @cached_property
    def mt_gtap(self) -> AsyncMtGtapResource:
        """Routes of the 'mt-gtap' namespace (6 endpoints)."""
        from .resources.mt_gtap import AsyncMtGtapResource

        return AsyncMtGtapResource(self)

    @cached_property
    def mt_user(self) -> AsyncMtUserResource:
        """Routes of the 'mt-user' namespace (2 endpoints)."""
        from .resources.mt_user import AsyncMtUserResource

        return AsyncMtUserResource(self)

    @cached_property
    def native_query_snippet(self) -> AsyncNativeQuerySnippetResource:
        """Routes of the 'native-query-snippet' namespace (4 endpoints)."""
        from .resources.native_query_snippet import AsyncNativeQuerySnippetResource

        return AsyncNativeQuerySnippetResource(self)

    @cached_property
    def notification(self) -> AsyncNotificationResource:
        """Routes of the 'notification' namespace (12 endpoints)."""
        from .resources.notification import AsyncNotificationResource

        return AsyncNotificationResource(self)

    @cached_property
    def notify(self) -> AsyncNotifyResource:
        """Routes of the 'notify' namespace (3 endpoints)."""
        from .resources.notify import AsyncNotifyResource

        return AsyncNotifyResource(self)

    @cached_property
    def oauth(self) -> AsyncOauthResource:
        """Routes of the 'oauth' namespace (1 endpoints)."""
        from .resources.oauth import AsyncOauthResource

        return AsyncOauthResource(self)

    @cached_property
    def osi(self) -> AsyncOsiResource:
        """Routes of the 'osi' namespace (5 endpoints)."""
        from .resources.osi import AsyncOsiResource

        return AsyncOsiResource(self)

    @cached_property
    def permissions(self) -> AsyncPermissionsResource:
        """Routes of the 'permissions' namespace (14 endpoints)."""
        from .resources.permissions import AsyncPermissionsResource

        return AsyncPermissionsResource(self)

    @cached_property
    def persist(self) -> AsyncPersistResource:
        """Routes of the 'persist' namespace (11 endpoints)."""
        from .resources.persist import AsyncPersistResource

        return AsyncPersistResource(self)

    @cached_property
    def premium_features(self) -> AsyncPremiumFeaturesResource:
        """Routes of the 'premium-features' namespace (2 endpoints)."""
        from .resources.premium_features import AsyncPremiumFeaturesResource

        return AsyncPremiumFeaturesResource(self)

    @cached_property
    def preview_embed(self) -> AsyncPreviewEmbedResource:
        """Routes of the 'preview_embed' namespace (13 endpoints)."""
        from .resources.preview_embed import AsyncPreviewEmbedResource

        return AsyncPreviewEmbedResource(self)

    @cached_property
    def product_feedback(self) -> AsyncProductFeedbackResource:
        """Routes of the 'product-feedback' namespace (1 endpoints)."""
        from .resources.product_feedback import AsyncProductFeedbackResource

        return AsyncProductFeedbackResource(self)

    @cached_property
    def public(self) -> AsyncPublicResource:
        """Routes of the 'public' namespace (24 endpoints)."""
        from .resources.public import AsyncPublicResource

        return AsyncPublicResource(self)

    @cached_property
    def pulse(self) -> AsyncPulseResource:
        """Routes of the 'pulse' namespace (9 endpoints)."""
        from .resources.pulse import AsyncPulseResource

        return AsyncPulseResource(self)

    @cached_property
    def revision(self) -> AsyncRevisionResource:
        """Routes of the 'revision' namespace (3 endpoints)."""
        from .resources.revision import AsyncRevisionResource

        return AsyncRevisionResource(self)

    @cached_property
    def search(self) -> AsyncSearchResource:
        """Routes of the 'search' namespace (6 endpoints)."""
        from .resources.search import AsyncSearchResource

        return AsyncSearchResource(self)

    @cached_property
    def segment(self) -> AsyncSegmentResource:
        """Routes of the 'segment' namespace (6 endpoints)."""
        from .resources.segment import AsyncSegmentResource

        return AsyncSegmentResource(self)

    @cached_property
    def session(self) -> AsyncSessionResource:
        """Routes of the 'session' namespace (10 endpoints)."""
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self)

    @cached_property
    def setting(self) -> AsyncSettingResource:
        """Routes of the 'setting' namespace (4 endpoints)."""
        from .resources.setting import AsyncSettingResource

        return AsyncSettingResource(self)

    @cached_property
    def setup(self) -> AsyncSetupResource:
        """Routes of the 'setup' namespace (1 endpoints)."""
        from .resources.setup import AsyncSetupResource

        return AsyncSetupResource(self)

    @cached_property
    def slack(self) -> AsyncSlackResource:
        """Routes of the 'slack' namespace (4 endpoints)."""
        from .resources.slack import AsyncSlackResource

        return AsyncSlackResource(self)

    @cached_property
    def table(self) -> AsyncTableResource:
        """Routes of the 'table' namespace (16 endpoints)."""
        from .resources.table import AsyncTableResource

        return AsyncTableResource(self)

    @cached_property
    def task(self) -> AsyncTaskResource:
        """Routes of the 'task' namespace (7 endpoints)."""
        from .resources.task import AsyncTaskResource

        return AsyncTaskResource(self)

    @cached_property
    def tiles(self) -> AsyncTilesResource:
        """Routes of the 'tiles' namespace (3 endpoints)."""
        from .resources.tiles import AsyncTilesResource

        return AsyncTilesResource(self)

    @cached_property
    def timeline(self) -> AsyncTimelineResource:
        """Routes of the 'timeline' namespace (7 endpoints)."""
        from .resources.timeline import AsyncTimelineResource

        return AsyncTimelineResource(self)

    @cached_property
    def timeline_event(self) -> AsyncTimelineEventResource:
        """Routes of the 'timeline-event' namespace (4 endpoints)."""
        from .resources.timeline_event import AsyncTimelineEventResource

        return AsyncTimelineEventResource(self)

    @cached_property
    def transform(self) -> AsyncTransformResource:
        """Routes of the 'transform' namespace (12 endpoints)."""
        from .resources.transform import AsyncTransformResource

        return AsyncTransformResource(self)

    @cached_property
    def transform_job(self) -> AsyncTransformJobResource:
        """Routes of the 'transform-job' namespace (10 endpoints)."""
        from .resources.transform_job import AsyncTransformJobResource

        return AsyncTransformJobResource(self)

    @cached_property
    def transform_tag(self) -> AsyncTransformTagResource:
        """Routes of the 'transform-tag' namespace (4 endpoints)."""
        from .resources.transform_tag import AsyncTransformTagResource

        return AsyncTransformTagResource(self)

    @cached_property
    def upload(self) -> AsyncUploadResource:
        """Routes of the 'upload' namespace (1 endpoints)."""
        from .resources.upload import AsyncUploadResource

        return AsyncUploadResource(self)

    @cached_property
    def user(self) -> AsyncUserResource:
        """Routes of the 'user' namespace (11 endpoints)."""
        from .resources.user import AsyncUserResource

        return AsyncUserResource(self)

    @cached_property
    def user_key_value(self) -> AsyncUserKeyValueResource:
        """Routes of the 'user-key-value' namespace (4 endpoints)."""
        from .resources.user_key_value import AsyncUserKeyValueResource

        return AsyncUserKeyValueResource(self)

    @cached_property
    def util(self) -> AsyncUtilResource:
        """Routes of the 'util' namespace (1 endpoints)."""
        from .resources.util import AsyncUtilResource

        return AsyncUtilResource(self)


if TYPE_CHECKING:

    class AsyncRawClient:
        """AsyncClient.with_raw_response: the resources, their methods returning RawResponse."""

        @property
        def action(self) -> AsyncRawActionResource: ...

        @property
        def activity(self) -> AsyncRawActivityResource: ...

        @property
        def agent(self) -> AsyncRawAgentResource: ...

        @property
        def ai_entity_analysis(self) -> AsyncRawAiEntityAnalysisResource: ...

        @property
        def alert(self) -> AsyncRawAlertResource: ...

        @property
        def analytics(self) -> AsyncRawAnalyticsResource: ...

        @property
        def analytics_proxy(self) -> AsyncRawAnalyticsProxyResource: ...

        @property
        def api_key(self) -> AsyncRawApiKeyResource: ...

        @property
        def automagic_dashboards(self) -> AsyncRawAutomagicDashboardsResource: ...

        @property
        def bookmark(self) -> AsyncRawBookmarkResource: ...

        @property
        def bug_reporting(self) -> AsyncRawBugReportingResource: ...

        @property
        def cache(self) -> AsyncRawCacheResource: ...

        @property
        def card(self) -> AsyncRawCardResource: ...

        @property
        def cards(self) -> AsyncRawCardsResource: ...

        @property
        def channel(self) -> AsyncRawChannelResource: ...

        @property
        def cloud_migration(self) -> AsyncRawCloudMigrationResource: ...

        @property
        def collection(self) -> AsyncRawCollectionResource: ...

        @property
        def comment(self) -> AsyncRawCommentResource: ...

        @property
        def dashboard(self) -> AsyncRawDashboardResource: ...

        @property
        def data_studio(self) -> AsyncRawDataStudioResource: ...

        @property
        def database(self) -> AsyncRawDatabaseResource: ...

        @property
        def dataset(self) -> AsyncRawDatasetResource: ...

        @property
        def document(self) -> AsyncRawDocumentResource: ...

        @property
        def ee_action_v2(self) -> AsyncRawEeActionV2Resource: ...

        @property
        def ee_advanced_config(self) -> AsyncRawEeAdvancedConfigResource: ...

        @property
        def ee_advanced_permissions(self) -> AsyncRawEeAdvancedPermissionsResource: ...

        @property
        def ee_ai_controls(self) -> AsyncRawEeAiControlsResource: ...

        @property
        def ee_audit_app(self) -> AsyncRawEeAuditAppResource: ...

        @property
        def ee_billing(self) -> AsyncRawEeBillingResource: ...

        @property
        def ee_cloud_add_ons(self) -> AsyncRawEeCloudAddOnsResource: ...

        @property
        def ee_cloud_proxy(self) -> AsyncRawEeCloudProxyResource: ...

        @property
        def ee_content_translation(self) -> AsyncRawEeContentTranslationResource: ...

        @property
        def ee_custom_viz_plugin(self) -> AsyncRawEeCustomVizPluginResource: ...

        @property
        def ee_data_complexity_score(self) -> AsyncRawEeDataComplexityScoreResource: ...

        @property
        def ee_data_studio(self) -> AsyncRawEeDataStudioResource: ...

        @property
        def ee_database_replication(self) -> AsyncRawEeDatabaseReplicationResource: ...

        @property
        def ee_database_routing(self) -> AsyncRawEeDatabaseRoutingResource: ...

        @property
        def ee_dependencies(self) -> AsyncRawEeDependenciesResource: ...

        @property
        def ee_email(self) -> AsyncRawEeEmailResource: ...

        @property
        def ee_embedding_hub(self) -> AsyncRawEeEmbeddingHubResource: ...

        @property
        def ee_erd(self) -> AsyncRawEeErdResource: ...

        @property
        def ee_gsheets(self) -> AsyncRawEeGsheetsResource: ...

        @property
        def ee_library(self) -> AsyncRawEeLibraryResource: ...

        @property
        def ee_logs(self) -> AsyncRawEeLogsResource: ...

        @property
        def ee_metabot(self) -> AsyncRawEeMetabotResource: ...

        @property
        def ee_metabot_analytics(self) -> AsyncRawEeMetabotAnalyticsResource: ...

        @property
        def ee_mfa(self) -> AsyncRawEeMfaResource: ...

        @property
        def ee_permission_debug(self) -> AsyncRawEePermissionDebugResource: ...

        @property
        def ee_remote_sync(self) -> AsyncRawEeRemoteSyncResource: ...

        @property
        def ee_replacement(self) -> AsyncRawEeReplacementResource: ...

        @property
        def ee_scim(self) -> AsyncRawEeScimResource: ...

        @property
        def ee_security_center(self) -> AsyncRawEeSecurityCenterResource: ...

        @property
        def ee_semantic_search(self) -> AsyncRawEeSemanticSearchResource: ...

        @property
        def ee_serialization(self) -> AsyncRawEeSerializationResource: ...

        @property
        def ee_stale(self) -> AsyncRawEeStaleResource: ...

        @property
        def ee_support_access_grant(self) -> AsyncRawEeSupportAccessGrantResource: ...

        @property
        def ee_tenant(self) -> AsyncRawEeTenantResource: ...

        @property
        def ee_transforms(self) -> AsyncRawEeTransformsResource: ...

        @property
        def ee_transforms_python(self) -> AsyncRawEeTransformsPythonResource: ...

        @property
        def ee_upload_management(self) -> AsyncRawEeUploadManagementResource: ...

        @property
        def ee_workspace_instance(self) -> AsyncRawEeWorkspaceInstanceResource: ...

        @property
        def ee_workspace_manager(self) -> AsyncRawEeWorkspaceManagerResource: ...

        @property
        def eid_translation(self) -> AsyncRawEidTranslationResource: ...

        @property
        def email(self) -> AsyncRawEmailResource: ...

        @property
        def embed(self) -> AsyncRawEmbedResource: ...

        @property
        def embed_mcp(self) -> AsyncRawEmbedMcpResource: ...

        @property
        def embed_theme(self) -> AsyncRawEmbedThemeResource: ...

        @property
        def field(self) -> AsyncRawFieldResource: ...

        @property
        def frontend_errors(self) -> AsyncRawFrontendErrorsResource: ...

        @property
        def geojson(self) -> AsyncRawGeojsonResource: ...

        @property
        def glossary(self) -> AsyncRawGlossaryResource: ...

        @property
        def google(self) -> AsyncRawGoogleResource: ...

        @property
        def health_inspector(self) -> AsyncRawHealthInspectorResource: ...

        @property
        def ldap(self) -> AsyncRawLdapResource: ...

        @property
        def llm(self) -> AsyncRawLlmResource: ...

        @property
        def logger(self) -> AsyncRawLoggerResource: ...

        @property
        def login_history(self) -> AsyncRawLoginHistoryResource: ...

        @property
        def measure(self) -> AsyncRawMeasureResource: ...

        @property
        def metabot(self) -> AsyncRawMetabotResource: ...

        @property
        def metric(self) -> AsyncRawMetricResource: ...

        @property
        def model_index(self) -> AsyncRawModelIndexResource: ...

        @property
        def moderation_review(self) -> AsyncRawModerationReviewResource: ...

        @property
        def mt_gtap(self) -> AsyncRawMtGtapResource: ...

        @property
        def mt_user(self) -> AsyncRawMtUserResource: ...

        @property
        def native_query_snippet(self) -> AsyncRawNativeQuerySnippetResource: ...

        @property
        def notification(self) -> AsyncRawNotificationResource: ...

        @property
        def notify(self) -> AsyncRawNotifyResource: ...

        @property
        def oauth(self) -> AsyncRawOauthResource: ...

        @property
        def osi(self) -> AsyncRawOsiResource: ...

        @property
        def permissions(self) -> AsyncRawPermissionsResource: ...

        @property
        def persist(self) -> AsyncRawPersistResource: ...

        @property
        def premium_features(self) -> AsyncRawPremiumFeaturesResource: ...

        @property
        def preview_embed(self) -> AsyncRawPreviewEmbedResource: ...

        @property
        def product_feedback(self) -> AsyncRawProductFeedbackResource: ...

        @property
        def public(self) -> AsyncRawPublicResource: ...

        @property
        def pulse(self) -> AsyncRawPulseResource: ...

        @property
        def revision(self) -> AsyncRawRevisionResource: ...

        @property
        def search(self) -> AsyncRawSearchResource: ...

        @property
        def segment(self) -> AsyncRawSegmentResource: ...

        @property
        def session(self) -> AsyncRawSessionResource: ...

        @property
        def setting(self) -> AsyncRawSettingResource: ...

        @property
        def setup(self) -> AsyncRawSetupResource: ...

        @property
        def slack(self) -> AsyncRawSlackResource: ...

        @property
        def table(self) -> AsyncRawTableResource: ...

        @property
        def task(self) -> AsyncRawTaskResource: ...

        @property
        def tiles(self) -> AsyncRawTilesResource: ...

        @property
        def timeline(self) -> AsyncRawTimelineResource: ...

        @property
        def timeline_event(self) -> AsyncRawTimelineEventResource: ...

        @property
        def transform(self) -> AsyncRawTransformResource: ...

        @property
        def transform_job(self) -> AsyncRawTransformJobResource: ...

        @property
        def transform_tag(self) -> AsyncRawTransformTagResource: ...

        @property
        def upload(self) -> AsyncRawUploadResource: ...

        @property
        def user(self) -> AsyncRawUserResource: ...

        @property
        def user_key_value(self) -> AsyncRawUserKeyValueResource: ...

        @property
        def util(self) -> AsyncRawUtilResource: ...
