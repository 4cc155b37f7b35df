"""The client class: one attribute per namespace of the Metabase 0.32.2 API."""

from __future__ import annotations

import requests

from ._runtime import BaseClient
from .resources.activity import ActivityResource
from .resources.alert import AlertResource
from .resources.automagic_dashboards import AutomagicDashboardsResource
from .resources.card import CardResource
from .resources.collection import CollectionResource
from .resources.dashboard import DashboardResource
from .resources.database import DatabaseResource
from .resources.dataset import DatasetResource
from .resources.email import EmailResource
from .resources.embed import EmbedResource
from .resources.field import FieldResource
from .resources.geojson import GeojsonResource
from .resources.ldap import LdapResource
from .resources.metric import MetricResource
from .resources.notify import NotifyResource
from .resources.permissions import PermissionsResource
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
from .resources.user import UserResource
from .resources.util import UtilResource


class Client(BaseClient):
    """Metabase 0.32.2 API client.

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
        self.card: CardResource = CardResource(self)
        self.collection: CollectionResource = CollectionResource(self)
        self.dashboard: DashboardResource = DashboardResource(self)
        self.database: DatabaseResource = DatabaseResource(self)
        self.dataset: DatasetResource = DatasetResource(self)
        self.email: EmailResource = EmailResource(self)
        self.embed: EmbedResource = EmbedResource(self)
        self.field: FieldResource = FieldResource(self)
        self.geojson: GeojsonResource = GeojsonResource(self)
        self.ldap: LdapResource = LdapResource(self)
        self.metric: MetricResource = MetricResource(self)
        self.notify: NotifyResource = NotifyResource(self)
        self.permissions: PermissionsResource = PermissionsResource(self)
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
        self.user: UserResource = UserResource(self)
        self.util: UtilResource = UtilResource(self)
