"""The client class: one attribute per namespace of the Metabase 0.56 API."""

from __future__ import annotations

import requests

from ._runtime import BaseClient
from .resources.action import ActionResource
from .resources.activity import ActivityResource
from .resources.alert import AlertResource
from .resources.analytics import AnalyticsResource
from .resources.api_key import ApiKeyResource
from .resources.automagic_dashboards import AutomagicDashboardsResource
from .resources.bookmark import BookmarkResource
from .resources.bug_reporting import BugReportingResource
from .resources.cache import CacheResource
from .resources.card import CardResource
from .resources.cards import CardsResource
from .resources.channel import ChannelResource
from .resources.cloud_migration import CloudMigrationResource
from .resources.collection import CollectionResource
from .resources.dashboard import DashboardResource
from .resources.database import DatabaseResource
from .resources.dataset import DatasetResource
from .resources.ee_action_v2 import EeActionV2Resource
from .resources.ee_advanced_permissions import EeAdvancedPermissionsResource
from .resources.ee_ai_entity_analysis import EeAiEntityAnalysisResource
from .resources.ee_ai_sql_fixer import EeAiSqlFixerResource
from .resources.ee_ai_sql_generation import EeAiSqlGenerationResource
from .resources.ee_audit_app import EeAuditAppResource
from .resources.ee_autodescribe import EeAutodescribeResource
from .resources.ee_billing import EeBillingResource
from .resources.ee_cloud_add_ons import EeCloudAddOnsResource
from .resources.ee_content_translation import EeContentTranslationResource
from .resources.ee_database_replication import EeDatabaseReplicationResource
from .resources.ee_database_routing import EeDatabaseRoutingResource
from .resources.ee_email import EeEmailResource
from .resources.ee_gsheets import EeGsheetsResource
from .resources.ee_logs import EeLogsResource
from .resources.ee_metabot_tools import EeMetabotToolsResource
from .resources.ee_metabot_v3 import EeMetabotV3Resource
from .resources.ee_permission_debug import EePermissionDebugResource
from .resources.ee_scim import EeScimResource
from .resources.ee_semantic_search import EeSemanticSearchResource
from .resources.ee_serialization import EeSerializationResource
from .resources.ee_stale import EeStaleResource
from .resources.ee_upload_management import EeUploadManagementResource
from .resources.eid_translation import EidTranslationResource
from .resources.email import EmailResource
from .resources.embed import EmbedResource
from .resources.field import FieldResource
from .resources.geojson import GeojsonResource
from .resources.google import GoogleResource
from .resources.ldap import LdapResource
from .resources.logger import LoggerResource
from .resources.login_history import LoginHistoryResource
from .resources.model_index import ModelIndexResource
from .resources.moderation_review import ModerationReviewResource
from .resources.mt_gtap import MtGtapResource
from .resources.mt_user import MtUserResource
from .resources.native_query_snippet import NativeQuerySnippetResource
from .resources.notification import NotificationResource
from .resources.notify import NotifyResource
from .resources.permissions import PermissionsResource
from .resources.persist import PersistResource
from .resources.premium_features import PremiumFeaturesResource
from .resources.preview_embed import PreviewEmbedResource
from .resources.product_feedback import ProductFeedbackResource
from .resources.public import PublicResource
from .resources.pulse import PulseResource
from .resources.revision import RevisionResource
from .resources.search import SearchResource
from .resources.segment import SegmentResource
from .resources.session import SessionResource
from .resources.setting import SettingResource
from .resources.setup import SetupResource
from .resources.slack import SlackResource
from .resources.table import TableResource
from .resources.task import TaskResource
from .resources.tiles import TilesResource
from .resources.timeline import TimelineResource
from .resources.timeline_event import TimelineEventResource
from .resources.upload import UploadResource
from .resources.user import UserResource
from .resources.user_key_value import UserKeyValueResource
from .resources.util import UtilResource


class Client(BaseClient):
    """Metabase 0.56 API client.

    ``Client(url, username=..., password=...)``, ``Client(url, api_key=...)`` or
    ``Client(url, session_token=...)``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: float = 60.0,
        http: requests.Session | None = None,
    ) -> None:
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            http=http,
        )
        self.action: ActionResource = ActionResource(self)
        self.activity: ActivityResource = ActivityResource(self)
        self.alert: AlertResource = AlertResource(self)
        self.analytics: AnalyticsResource = AnalyticsResource(self)
        self.api_key: ApiKeyResource = ApiKeyResource(self)
        self.automagic_dashboards: AutomagicDashboardsResource = AutomagicDashboardsResource(self)
        self.bookmark: BookmarkResource = BookmarkResource(self)
        self.bug_reporting: BugReportingResource = BugReportingResource(self)
        self.cache: CacheResource = CacheResource(self)
        self.card: CardResource = CardResource(self)
        self.cards: CardsResource = CardsResource(self)
        self.channel: ChannelResource = ChannelResource(self)
        self.cloud_migration: CloudMigrationResource = CloudMigrationResource(self)
        self.collection: CollectionResource = CollectionResource(self)
        self.dashboard: DashboardResource = DashboardResource(self)
        self.database: DatabaseResource = DatabaseResource(self)
        self.dataset: DatasetResource = DatasetResource(self)
        self.ee_action_v2: EeActionV2Resource = EeActionV2Resource(self)
        self.ee_advanced_permissions: EeAdvancedPermissionsResource = EeAdvancedPermissionsResource(
            self
        )
        self.ee_ai_entity_analysis: EeAiEntityAnalysisResource = EeAiEntityAnalysisResource(self)
        self.ee_ai_sql_fixer: EeAiSqlFixerResource = EeAiSqlFixerResource(self)
        self.ee_ai_sql_generation: EeAiSqlGenerationResource = EeAiSqlGenerationResource(self)
        self.ee_audit_app: EeAuditAppResource = EeAuditAppResource(self)
        self.ee_autodescribe: EeAutodescribeResource = EeAutodescribeResource(self)
        self.ee_billing: EeBillingResource = EeBillingResource(self)
        self.ee_cloud_add_ons: EeCloudAddOnsResource = EeCloudAddOnsResource(self)
        self.ee_content_translation: EeContentTranslationResource = EeContentTranslationResource(
            self
        )
        self.ee_database_replication: EeDatabaseReplicationResource = EeDatabaseReplicationResource(
            self
        )
        self.ee_database_routing: EeDatabaseRoutingResource = EeDatabaseRoutingResource(self)
        self.ee_email: EeEmailResource = EeEmailResource(self)
        self.ee_gsheets: EeGsheetsResource = EeGsheetsResource(self)
        self.ee_logs: EeLogsResource = EeLogsResource(self)
        self.ee_metabot_tools: EeMetabotToolsResource = EeMetabotToolsResource(self)
        self.ee_metabot_v3: EeMetabotV3Resource = EeMetabotV3Resource(self)
        self.ee_permission_debug: EePermissionDebugResource = EePermissionDebugResource(self)
        self.ee_scim: EeScimResource = EeScimResource(self)
        self.ee_semantic_search: EeSemanticSearchResource = EeSemanticSearchResource(self)
        self.ee_serialization: EeSerializationResource = EeSerializationResource(self)
        self.ee_stale: EeStaleResource = EeStaleResource(self)
        self.ee_upload_management: EeUploadManagementResource = EeUploadManagementResource(self)
        self.eid_translation: EidTranslationResource = EidTranslationResource(self)
        self.email: EmailResource = EmailResource(self)
        self.embed: EmbedResource = EmbedResource(self)
        self.field: FieldResource = FieldResource(self)
        self.geojson: GeojsonResource = GeojsonResource(self)
        self.google: GoogleResource = GoogleResource(self)
        self.ldap: LdapResource = LdapResource(self)
        self.logger: LoggerResource = LoggerResource(self)
        self.login_history: LoginHistoryResource = LoginHistoryResource(self)
        self.model_index: ModelIndexResource = ModelIndexResource(self)
        self.moderation_review: ModerationReviewResource = ModerationReviewResource(self)
        self.mt_gtap: MtGtapResource = MtGtapResource(self)
        self.mt_user: MtUserResource = MtUserResource(self)
        self.native_query_snippet: NativeQuerySnippetResource = NativeQuerySnippetResource(self)
        self.notification: NotificationResource = NotificationResource(self)
        self.notify: NotifyResource = NotifyResource(self)
        self.permissions: PermissionsResource = PermissionsResource(self)
        self.persist: PersistResource = PersistResource(self)
        self.premium_features: PremiumFeaturesResource = PremiumFeaturesResource(self)
        self.preview_embed: PreviewEmbedResource = PreviewEmbedResource(self)
        self.product_feedback: ProductFeedbackResource = ProductFeedbackResource(self)
        self.public: PublicResource = PublicResource(self)
        self.pulse: PulseResource = PulseResource(self)
        self.revision: RevisionResource = RevisionResource(self)
        self.search: SearchResource = SearchResource(self)
        self.segment: SegmentResource = SegmentResource(self)
        self.session: SessionResource = SessionResource(self)
        self.setting: SettingResource = SettingResource(self)
        self.setup: SetupResource = SetupResource(self)
        self.slack: SlackResource = SlackResource(self)
        self.table: TableResource = TableResource(self)
        self.task: TaskResource = TaskResource(self)
        self.tiles: TilesResource = TilesResource(self)
        self.timeline: TimelineResource = TimelineResource(self)
        self.timeline_event: TimelineEventResource = TimelineEventResource(self)
        self.upload: UploadResource = UploadResource(self)
        self.user: UserResource = UserResource(self)
        self.user_key_value: UserKeyValueResource = UserKeyValueResource(self)
        self.util: UtilResource = UtilResource(self)
