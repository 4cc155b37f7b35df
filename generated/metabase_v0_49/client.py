"""The client class: one attribute per namespace of the Metabase 0.49 API.

Resource modules are imported on first use of their attribute, so that importing the
package stays fast whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import requests

from ._runtime import BaseClient, Timeout

if TYPE_CHECKING:
    from .resources.action import ActionResource
    from .resources.activity import ActivityResource
    from .resources.alert import AlertResource
    from .resources.api_key import ApiKeyResource
    from .resources.auth import AuthResource
    from .resources.automagic_dashboards import AutomagicDashboardsResource
    from .resources.bookmark import BookmarkResource
    from .resources.card import CardResource
    from .resources.collection import CollectionResource
    from .resources.dashboard import DashboardResource
    from .resources.database import DatabaseResource
    from .resources.dataset import DatasetResource
    from .resources.ee_advanced_permissions import EeAdvancedPermissionsResource
    from .resources.ee_audit_app import EeAuditAppResource
    from .resources.ee_logs import EeLogsResource
    from .resources.ee_serialization import EeSerializationResource
    from .resources.email import EmailResource
    from .resources.embed import EmbedResource
    from .resources.field import FieldResource
    from .resources.geojson import GeojsonResource
    from .resources.google import GoogleResource
    from .resources.ldap import LdapResource
    from .resources.login_history import LoginHistoryResource
    from .resources.metabot import MetabotResource
    from .resources.metric import MetricResource
    from .resources.model_index import ModelIndexResource
    from .resources.moderation_review import ModerationReviewResource
    from .resources.mt_gtap import MtGtapResource
    from .resources.mt_user import MtUserResource
    from .resources.native_query_snippet import NativeQuerySnippetResource
    from .resources.notify import NotifyResource
    from .resources.permissions import PermissionsResource
    from .resources.persist import PersistResource
    from .resources.premium_features import PremiumFeaturesResource
    from .resources.preview_embed import PreviewEmbedResource
    from .resources.public import PublicResource
    from .resources.pulse import PulseResource
    from .resources.revision import RevisionResource
    from .resources.saml import SamlResource
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
    """Metabase 0.49 API client.

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
    def action(self) -> ActionResource:
        """Routes of the 'action' namespace (10 endpoints)."""
        from .resources.action import ActionResource

        return ActionResource(self)

    @cached_property
    def activity(self) -> ActivityResource:
        """Routes of the 'activity' namespace (3 endpoints)."""
        from .resources.activity import ActivityResource

        return ActivityResource(self)

    @cached_property
    def alert(self) -> AlertResource:
        """Routes of the 'alert' namespace (6 endpoints)."""
        from .resources.alert import AlertResource

        return AlertResource(self)

    @cached_property
    def api_key(self) -> ApiKeyResource:
        """Routes of the 'api-key' namespace (6 endpoints)."""
        from .resources.api_key import ApiKeyResource

        return ApiKeyResource(self)

    @cached_property
    def auth(self) -> AuthResource:
        """Routes of the 'auth' namespace (4 endpoints)."""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def automagic_dashboards(self) -> AutomagicDashboardsResource:
        """Routes of the 'automagic-dashboards' namespace (10 endpoints)."""
        from .resources.automagic_dashboards import AutomagicDashboardsResource

        return AutomagicDashboardsResource(self)

    @cached_property
    def bookmark(self) -> BookmarkResource:
        """Routes of the 'bookmark' namespace (4 endpoints)."""
        from .resources.bookmark import BookmarkResource

        return BookmarkResource(self)

    @cached_property
    def card(self) -> CardResource:
        """Routes of the 'card' namespace (24 endpoints)."""
        from .resources.card import CardResource

        return CardResource(self)

    @cached_property
    def collection(self) -> CollectionResource:
        """Routes of the 'collection' namespace (12 endpoints)."""
        from .resources.collection import CollectionResource

        return CollectionResource(self)

    @cached_property
    def dashboard(self) -> DashboardResource:
        """Routes of the 'dashboard' namespace (24 endpoints)."""
        from .resources.dashboard import DashboardResource

        return DashboardResource(self)

    @cached_property
    def database(self) -> DatabaseResource:
        """Routes of the 'database' namespace (28 endpoints)."""
        from .resources.database import DatabaseResource

        return DatabaseResource(self)

    @cached_property
    def dataset(self) -> DatasetResource:
        """Routes of the 'dataset' namespace (7 endpoints)."""
        from .resources.dataset import DatasetResource

        return DatasetResource(self)

    @cached_property
    def ee_advanced_permissions(self) -> EeAdvancedPermissionsResource:
        """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""
        from .resources.ee_advanced_permissions import EeAdvancedPermissionsResource

        return EeAdvancedPermissionsResource(self)

    @cached_property
    def ee_audit_app(self) -> EeAuditAppResource:
        """Routes of the 'ee-audit-app' namespace (2 endpoints)."""
        from .resources.ee_audit_app import EeAuditAppResource

        return EeAuditAppResource(self)

    @cached_property
    def ee_logs(self) -> EeLogsResource:
        """Routes of the 'ee-logs' namespace (1 endpoints)."""
        from .resources.ee_logs import EeLogsResource

        return EeLogsResource(self)

    @cached_property
    def ee_serialization(self) -> EeSerializationResource:
        """Routes of the 'ee-serialization' namespace (2 endpoints)."""
        from .resources.ee_serialization import EeSerializationResource

        return EeSerializationResource(self)

    @cached_property
    def email(self) -> EmailResource:
        """Routes of the 'email' namespace (3 endpoints)."""
        from .resources.email import EmailResource

        return EmailResource(self)

    @cached_property
    def embed(self) -> EmbedResource:
        """Routes of the 'embed' namespace (18 endpoints)."""
        from .resources.embed import EmbedResource

        return EmbedResource(self)

    @cached_property
    def field(self) -> FieldResource:
        """Routes of the 'field' namespace (13 endpoints)."""
        from .resources.field import FieldResource

        return FieldResource(self)

    @cached_property
    def geojson(self) -> GeojsonResource:
        """Routes of the 'geojson' namespace (2 endpoints)."""
        from .resources.geojson import GeojsonResource

        return GeojsonResource(self)

    @cached_property
    def google(self) -> GoogleResource:
        """Routes of the 'google' namespace (1 endpoints)."""
        from .resources.google import GoogleResource

        return GoogleResource(self)

    @cached_property
    def ldap(self) -> LdapResource:
        """Routes of the 'ldap' namespace (1 endpoints)."""
        from .resources.ldap import LdapResource

        return LdapResource(self)

    @cached_property
    def login_history(self) -> LoginHistoryResource:
        """Routes of the 'login-history' namespace (1 endpoints)."""
        from .resources.login_history import LoginHistoryResource

        return LoginHistoryResource(self)

    @cached_property
    def metabot(self) -> MetabotResource:
        """Routes of the 'metabot' namespace (4 endpoints)."""
        from .resources.metabot import MetabotResource

        return MetabotResource(self)

    @cached_property
    def metric(self) -> MetricResource:
        """Routes of the 'metric' namespace (9 endpoints)."""
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
    def notify(self) -> NotifyResource:
        """Routes of the 'notify' namespace (2 endpoints)."""
        from .resources.notify import NotifyResource

        return NotifyResource(self)

    @cached_property
    def permissions(self) -> PermissionsResource:
        """Routes of the 'permissions' namespace (17 endpoints)."""
        from .resources.permissions import PermissionsResource

        return PermissionsResource(self)

    @cached_property
    def persist(self) -> PersistResource:
        """Routes of the 'persist' namespace (6 endpoints)."""
        from .resources.persist import PersistResource

        return PersistResource(self)

    @cached_property
    def premium_features(self) -> PremiumFeaturesResource:
        """Routes of the 'premium-features' namespace (1 endpoints)."""
        from .resources.premium_features import PremiumFeaturesResource

        return PremiumFeaturesResource(self)

    @cached_property
    def preview_embed(self) -> PreviewEmbedResource:
        """Routes of the 'preview_embed' namespace (6 endpoints)."""
        from .resources.preview_embed import PreviewEmbedResource

        return PreviewEmbedResource(self)

    @cached_property
    def public(self) -> PublicResource:
        """Routes of the 'public' namespace (22 endpoints)."""
        from .resources.public import PublicResource

        return PublicResource(self)

    @cached_property
    def pulse(self) -> PulseResource:
        """Routes of the 'pulse' namespace (11 endpoints)."""
        from .resources.pulse import PulseResource

        return PulseResource(self)

    @cached_property
    def revision(self) -> RevisionResource:
        """Routes of the 'revision' namespace (2 endpoints)."""
        from .resources.revision import RevisionResource

        return RevisionResource(self)

    @cached_property
    def saml(self) -> SamlResource:
        """Routes of the 'saml' namespace (1 endpoints)."""
        from .resources.saml import SamlResource

        return SamlResource(self)

    @cached_property
    def search(self) -> SearchResource:
        """Routes of the 'search' namespace (2 endpoints)."""
        from .resources.search import SearchResource

        return SearchResource(self)

    @cached_property
    def segment(self) -> SegmentResource:
        """Routes of the 'segment' namespace (8 endpoints)."""
        from .resources.segment import SegmentResource

        return SegmentResource(self)

    @cached_property
    def session(self) -> SessionResource:
        """Routes of the 'session' namespace (9 endpoints)."""
        from .resources.session import SessionResource

        return SessionResource(self)

    @cached_property
    def setting(self) -> SettingResource:
        """Routes of the 'setting' namespace (4 endpoints)."""
        from .resources.setting import SettingResource

        return SettingResource(self)

    @cached_property
    def setup(self) -> SetupResource:
        """Routes of the 'setup' namespace (4 endpoints)."""
        from .resources.setup import SetupResource

        return SetupResource(self)

    @cached_property
    def slack(self) -> SlackResource:
        """Routes of the 'slack' namespace (2 endpoints)."""
        from .resources.slack import SlackResource

        return SlackResource(self)

    @cached_property
    def table(self) -> TableResource:
        """Routes of the 'table' namespace (13 endpoints)."""
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
    def timeline(self) -> TimelineResource:
        """Routes of the 'timeline' namespace (5 endpoints)."""
        from .resources.timeline import TimelineResource

        return TimelineResource(self)

    @cached_property
    def timeline_event(self) -> TimelineEventResource:
        """Routes of the 'timeline-event' namespace (4 endpoints)."""
        from .resources.timeline_event import TimelineEventResource

        return TimelineEventResource(self)

    @cached_property
    def transform(self) -> TransformResource:
        """Routes of the 'transform' namespace (1 endpoints)."""
        from .resources.transform import TransformResource

        return TransformResource(self)

    @cached_property
    def user(self) -> UserResource:
        """Routes of the 'user' namespace (11 endpoints)."""
        from .resources.user import UserResource

        return UserResource(self)

    @cached_property
    def util(self) -> UtilResource:
        """Routes of the 'util' namespace (6 endpoints)."""
        from .resources.util import UtilResource

        return UtilResource(self)
