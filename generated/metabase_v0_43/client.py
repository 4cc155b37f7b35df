"""The client class: one attribute per namespace of the Metabase 0.43 API."""

from __future__ import annotations

import requests

from ._runtime import BaseClient
from .resources.activity import ActivityResource
from .resources.alert import AlertResource
from .resources.automagic_dashboards import AutomagicDashboardsResource
from .resources.bookmark import BookmarkResource
from .resources.card import CardResource
from .resources.collection import CollectionResource
from .resources.dashboard import DashboardResource
from .resources.database import DatabaseResource
from .resources.dataset import DatasetResource
from .resources.ee_advanced_permissions import EeAdvancedPermissionsResource
from .resources.ee_audit_app import EeAuditAppResource
from .resources.ee_content_management import EeContentManagementResource
from .resources.ee_sandbox import EeSandboxResource
from .resources.ee_sso import EeSsoResource
from .resources.email import EmailResource
from .resources.embed import EmbedResource
from .resources.field import FieldResource
from .resources.geojson import GeojsonResource
from .resources.ldap import LdapResource
from .resources.login_history import LoginHistoryResource
from .resources.metric import MetricResource
from .resources.native_query_snippet import NativeQuerySnippetResource
from .resources.notify import NotifyResource
from .resources.permissions import PermissionsResource
from .resources.persist import PersistResource
from .resources.premium_features import PremiumFeaturesResource
from .resources.preview_embed import PreviewEmbedResource
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
from .resources.transform import TransformResource
from .resources.user import UserResource
from .resources.util import UtilResource


class Client(BaseClient):
    """Metabase 0.43 API client.

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
        self.activity: ActivityResource = ActivityResource(self)
        self.alert: AlertResource = AlertResource(self)
        self.automagic_dashboards: AutomagicDashboardsResource = AutomagicDashboardsResource(self)
        self.bookmark: BookmarkResource = BookmarkResource(self)
        self.card: CardResource = CardResource(self)
        self.collection: CollectionResource = CollectionResource(self)
        self.dashboard: DashboardResource = DashboardResource(self)
        self.database: DatabaseResource = DatabaseResource(self)
        self.dataset: DatasetResource = DatasetResource(self)
        self.ee_advanced_permissions: EeAdvancedPermissionsResource = EeAdvancedPermissionsResource(
            self
        )
        self.ee_audit_app: EeAuditAppResource = EeAuditAppResource(self)
        self.ee_content_management: EeContentManagementResource = EeContentManagementResource(self)
        self.ee_sandbox: EeSandboxResource = EeSandboxResource(self)
        self.ee_sso: EeSsoResource = EeSsoResource(self)
        self.email: EmailResource = EmailResource(self)
        self.embed: EmbedResource = EmbedResource(self)
        self.field: FieldResource = FieldResource(self)
        self.geojson: GeojsonResource = GeojsonResource(self)
        self.ldap: LdapResource = LdapResource(self)
        self.login_history: LoginHistoryResource = LoginHistoryResource(self)
        self.metric: MetricResource = MetricResource(self)
        self.native_query_snippet: NativeQuerySnippetResource = NativeQuerySnippetResource(self)
        self.notify: NotifyResource = NotifyResource(self)
        self.permissions: PermissionsResource = PermissionsResource(self)
        self.persist: PersistResource = PersistResource(self)
        self.premium_features: PremiumFeaturesResource = PremiumFeaturesResource(self)
        self.preview_embed: PreviewEmbedResource = PreviewEmbedResource(self)
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
        self.transform: TransformResource = TransformResource(self)
        self.user: UserResource = UserResource(self)
        self.util: UtilResource = UtilResource(self)
