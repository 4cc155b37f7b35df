"""The client class: one attribute per namespace of the Metabase 0.32.2 API.

Resource modules are imported on first use of their attribute, so that importing the
package stays fast whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import requests

from ._runtime import BaseClient, Timeout

if TYPE_CHECKING:
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
    ``Client(url, session_token=...)``; ``timeout`` (seconds, or a (connect, read) pair) and
    ``max_retries`` (of GET, HEAD, PUT and DELETE) are defaults each call can override.
    ``with Client(...) as mb:`` logs out a password session and closes the pool on exit.
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

    @cached_property
    def activity(self) -> ActivityResource:
        """Routes of the 'activity' namespace (2 endpoints)."""
        from .resources.activity import ActivityResource

        return ActivityResource(self)

    @cached_property
    def alert(self) -> AlertResource:
        """Routes of the 'alert' namespace (6 endpoints)."""
        from .resources.alert import AlertResource

        return AlertResource(self)

    @cached_property
    def automagic_dashboards(self) -> AutomagicDashboardsResource:
        """Routes of the 'automagic-dashboards' namespace (9 endpoints)."""
        from .resources.automagic_dashboards import AutomagicDashboardsResource

        return AutomagicDashboardsResource(self)

    @cached_property
    def card(self) -> CardResource:
        """Routes of the 'card' namespace (16 endpoints)."""
        from .resources.card import CardResource

        return CardResource(self)

    @cached_property
    def collection(self) -> CollectionResource:
        """Routes of the 'collection' namespace (9 endpoints)."""
        from .resources.collection import CollectionResource

        return CollectionResource(self)

    @cached_property
    def dashboard(self) -> DashboardResource:
        """Routes of the 'dashboard' namespace (20 endpoints)."""
        from .resources.dashboard import DashboardResource

        return DashboardResource(self)

    @cached_property
    def database(self) -> DatabaseResource:
        """Routes of the 'database' namespace (18 endpoints)."""
        from .resources.database import DatabaseResource

        return DatabaseResource(self)

    @cached_property
    def dataset(self) -> DatasetResource:
        """Routes of the 'dataset' namespace (3 endpoints)."""
        from .resources.dataset import DatasetResource

        return DatasetResource(self)

    @cached_property
    def email(self) -> EmailResource:
        """Routes of the 'email' namespace (3 endpoints)."""
        from .resources.email import EmailResource

        return EmailResource(self)

    @cached_property
    def embed(self) -> EmbedResource:
        """Routes of the 'embed' namespace (12 endpoints)."""
        from .resources.embed import EmbedResource

        return EmbedResource(self)

    @cached_property
    def field(self) -> FieldResource:
        """Routes of the 'field' namespace (13 endpoints)."""
        from .resources.field import FieldResource

        return FieldResource(self)

    @cached_property
    def geojson(self) -> GeojsonResource:
        """Routes of the 'geojson' namespace (1 endpoints)."""
        from .resources.geojson import GeojsonResource

        return GeojsonResource(self)

    @cached_property
    def ldap(self) -> LdapResource:
        """Routes of the 'ldap' namespace (1 endpoints)."""
        from .resources.ldap import LdapResource

        return LdapResource(self)

    @cached_property
    def metric(self) -> MetricResource:
        """Routes of the 'metric' namespace (9 endpoints)."""
        from .resources.metric import MetricResource

        return MetricResource(self)

    @cached_property
    def notify(self) -> NotifyResource:
        """Routes of the 'notify' namespace (1 endpoints)."""
        from .resources.notify import NotifyResource

        return NotifyResource(self)

    @cached_property
    def permissions(self) -> PermissionsResource:
        """Routes of the 'permissions' namespace (10 endpoints)."""
        from .resources.permissions import PermissionsResource

        return PermissionsResource(self)

    @cached_property
    def preview_embed(self) -> PreviewEmbedResource:
        """Routes of the 'preview_embed' namespace (4 endpoints)."""
        from .resources.preview_embed import PreviewEmbedResource

        return PreviewEmbedResource(self)

    @cached_property
    def public(self) -> PublicResource:
        """Routes of the 'public' namespace (12 endpoints)."""
        from .resources.public import PublicResource

        return PublicResource(self)

    @cached_property
    def pulse(self) -> PulseResource:
        """Routes of the 'pulse' namespace (10 endpoints)."""
        from .resources.pulse import PulseResource

        return PulseResource(self)

    @cached_property
    def revision(self) -> RevisionResource:
        """Routes of the 'revision' namespace (2 endpoints)."""
        from .resources.revision import RevisionResource

        return RevisionResource(self)

    @cached_property
    def search(self) -> SearchResource:
        """Routes of the 'search' namespace (1 endpoints)."""
        from .resources.search import SearchResource

        return SearchResource(self)

    @cached_property
    def segment(self) -> SegmentResource:
        """Routes of the 'segment' namespace (8 endpoints)."""
        from .resources.segment import SegmentResource

        return SegmentResource(self)

    @cached_property
    def session(self) -> SessionResource:
        """Routes of the 'session' namespace (7 endpoints)."""
        from .resources.session import SessionResource

        return SessionResource(self)

    @cached_property
    def setting(self) -> SettingResource:
        """Routes of the 'setting' namespace (4 endpoints)."""
        from .resources.setting import SettingResource

        return SettingResource(self)

    @cached_property
    def setup(self) -> SetupResource:
        """Routes of the 'setup' namespace (3 endpoints)."""
        from .resources.setup import SetupResource

        return SetupResource(self)

    @cached_property
    def slack(self) -> SlackResource:
        """Routes of the 'slack' namespace (1 endpoints)."""
        from .resources.slack import SlackResource

        return SlackResource(self)

    @cached_property
    def table(self) -> TableResource:
        """Routes of the 'table' namespace (10 endpoints)."""
        from .resources.table import TableResource

        return TableResource(self)

    @cached_property
    def task(self) -> TaskResource:
        """Routes of the 'task' namespace (3 endpoints)."""
        from .resources.task import TaskResource

        return TaskResource(self)

    @cached_property
    def tiles(self) -> TilesResource:
        """Routes of the 'tiles' namespace (1 endpoints)."""
        from .resources.tiles import TilesResource

        return TilesResource(self)

    @cached_property
    def user(self) -> UserResource:
        """Routes of the 'user' namespace (10 endpoints)."""
        from .resources.user import UserResource

        return UserResource(self)

    @cached_property
    def util(self) -> UtilResource:
        """Routes of the 'util' namespace (4 endpoints)."""
        from .resources.util import UtilResource

        return UtilResource(self)
