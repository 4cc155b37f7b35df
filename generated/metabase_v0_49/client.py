"""The client classes: one attribute per namespace of the Metabase 0.49 API,
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
    from .resources.alert import (
        AsyncAlertResource,
        AsyncRawAlertResource,
        AlertResource,
        RawAlertResource,
    )
    from .resources.api_key import (
        AsyncApiKeyResource,
        AsyncRawApiKeyResource,
        ApiKeyResource,
        RawApiKeyResource,
    )
    from .resources.auth import (
        AsyncAuthResource,
        AsyncRawAuthResource,
        AuthResource,
        RawAuthResource,
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
    from .resources.card import (
        AsyncCardResource,
        AsyncRawCardResource,
        CardResource,
        RawCardResource,
    )
    from .resources.collection import (
        AsyncCollectionResource,
        AsyncRawCollectionResource,
        CollectionResource,
        RawCollectionResource,
    )
    from .resources.dashboard import (
        AsyncDashboardResource,
        AsyncRawDashboardResource,
        DashboardResource,
        RawDashboardResource,
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
    from .resources.ee_advanced_permissions import (
        AsyncEeAdvancedPermissionsResource,
        AsyncRawEeAdvancedPermissionsResource,
        EeAdvancedPermissionsResource,
        RawEeAdvancedPermissionsResource,
    )
    from .resources.ee_audit_app import (
        AsyncEeAuditAppResource,
        AsyncRawEeAuditAppResource,
        EeAuditAppResource,
        RawEeAuditAppResource,
    )
    from .resources.ee_logs import (
        AsyncEeLogsResource,
        AsyncRawEeLogsResource,
        EeLogsResource,
        RawEeLogsResource,
    )
    from .resources.ee_serialization import (
        AsyncEeSerializationResource,
        AsyncRawEeSerializationResource,
        EeSerializationResource,
        RawEeSerializationResource,
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
    from .resources.field import (
        AsyncFieldResource,
        AsyncRawFieldResource,
        FieldResource,
        RawFieldResource,
    )
    from .resources.geojson import (
        AsyncGeojsonResource,
        AsyncRawGeojsonResource,
        GeojsonResource,
        RawGeojsonResource,
    )
    from .resources.google import (
        AsyncGoogleResource,
        AsyncRawGoogleResource,
        GoogleResource,
        RawGoogleResource,
    )
    from .resources.ldap import (
        AsyncLdapResource,
        AsyncRawLdapResource,
        LdapResource,
        RawLdapResource,
    )
    from .resources.login_history import (
        AsyncLoginHistoryResource,
        AsyncRawLoginHistoryResource,
        LoginHistoryResource,
        RawLoginHistoryResource,
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
    from .resources.notify import (
        AsyncNotifyResource,
        AsyncRawNotifyResource,
        NotifyResource,
        RawNotifyResource,
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
    from .resources.saml import (
        AsyncSamlResource,
        AsyncRawSamlResource,
        SamlResource,
        RawSamlResource,
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
    from .resources.user import (
        AsyncUserResource,
        AsyncRawUserResource,
        UserResource,
        RawUserResource,
    )
    from .resources.util import (
        AsyncUtilResource,
        AsyncRawUtilResource,
        UtilResource,
        RawUtilResource,
    )


class Client(BaseClient):
    """Metabase 0.49 API client.

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


if TYPE_CHECKING:

    class RawClient:
        """Client.with_raw_response: the resources, their methods returning RawResponse."""

        @property
        def action(self) -> RawActionResource: ...

        @property
        def activity(self) -> RawActivityResource: ...

        @property
        def alert(self) -> RawAlertResource: ...

        @property
        def api_key(self) -> RawApiKeyResource: ...

        @property
        def auth(self) -> RawAuthResource: ...

        @property
        def automagic_dashboards(self) -> RawAutomagicDashboardsResource: ...

        @property
        def bookmark(self) -> RawBookmarkResource: ...

        @property
        def card(self) -> RawCardResource: ...

        @property
        def collection(self) -> RawCollectionResource: ...

        @property
        def dashboard(self) -> RawDashboardResource: ...

        @property
        def database(self) -> RawDatabaseResource: ...

        @property
        def dataset(self) -> RawDatasetResource: ...

        @property
        def ee_advanced_permissions(self) -> RawEeAdvancedPermissionsResource: ...

        @property
        def ee_audit_app(self) -> RawEeAuditAppResource: ...

        @property
        def ee_logs(self) -> RawEeLogsResource: ...

        @property
        def ee_serialization(self) -> RawEeSerializationResource: ...

        @property
        def email(self) -> RawEmailResource: ...

        @property
        def embed(self) -> RawEmbedResource: ...

        @property
        def field(self) -> RawFieldResource: ...

        @property
        def geojson(self) -> RawGeojsonResource: ...

        @property
        def google(self) -> RawGoogleResource: ...

        @property
        def ldap(self) -> RawLdapResource: ...

        @property
        def login_history(self) -> RawLoginHistoryResource: ...

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
        def notify(self) -> RawNotifyResource: ...

        @property
        def permissions(self) -> RawPermissionsResource: ...

        @property
        def persist(self) -> RawPersistResource: ...

        @property
        def premium_features(self) -> RawPremiumFeaturesResource: ...

        @property
        def preview_embed(self) -> RawPreviewEmbedResource: ...

        @property
        def public(self) -> RawPublicResource: ...

        @property
        def pulse(self) -> RawPulseResource: ...

        @property
        def revision(self) -> RawRevisionResource: ...

        @property
        def saml(self) -> RawSamlResource: ...

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
        def user(self) -> RawUserResource: ...

        @property
        def util(self) -> RawUtilResource: ...


class AsyncClient(AsyncBaseClient):
    """Metabase 0.49 API client for asyncio, on httpx (``pip install 'metabase-v0-49[async]'``).

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
        """Routes of the 'activity' namespace (3 endpoints)."""
        from .resources.activity import AsyncActivityResource

        return AsyncActivityResource(self)

    @cached_property
    def alert(self) -> AsyncAlertResource:
        """Routes of the 'alert' namespace (6 endpoints)."""
        from .resources.alert import AsyncAlertResource

        return AsyncAlertResource(self)

    @cached_property
    def api_key(self) -> AsyncApiKeyResource:
        """Routes of the 'api-key' namespace (6 endpoints)."""
        from .resources.api_key import AsyncApiKeyResource

        return AsyncApiKeyResource(self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Routes of the 'auth' namespace (4 endpoints)."""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def automagic_dashboards(self) -> AsyncAutomagicDashboardsResource:
        """Routes of the 'automagic-dashboards' namespace (10 endpoints)."""
        from .resources.automagic_dashboards import AsyncAutomagicDashboardsResource

        return AsyncAutomagicDashboardsResource(self)

    @cached_property
    def bookmark(self) -> AsyncBookmarkResource:
        """Routes of the 'bookmark' namespace (4 endpoints)."""
        from .resources.bookmark import AsyncBookmarkResource

        return AsyncBookmarkResource(self)

    @cached_property
    def card(self) -> AsyncCardResource:
        """Routes of the 'card' namespace (24 endpoints)."""
        from .resources.card import AsyncCardResource

        return AsyncCardResource(self)

    @cached_property
    def collection(self) -> AsyncCollectionResource:
        """Routes of the 'collection' namespace (12 endpoints)."""
        from .resources.collection import AsyncCollectionResource

        return AsyncCollectionResource(self)

    @cached_property
    def dashboard(self) -> AsyncDashboardResource:
        """Routes of the 'dashboard' namespace (24 endpoints)."""
        from .resources.dashboard import AsyncDashboardResource

        return AsyncDashboardResource(self)

    @cached_property
    def database(self) -> AsyncDatabaseResource:
        """Routes of the 'database' namespace (28 endpoints)."""
        from .resources.database import AsyncDatabaseResource

        return AsyncDatabaseResource(self)

    @cached_property
    def dataset(self) -> AsyncDatasetResource:
        """Routes of the 'dataset' namespace (7 endpoints)."""
        from .resources.dataset import AsyncDatasetResource

        return AsyncDatasetResource(self)

    @cached_property
    def ee_advanced_permissions(self) -> AsyncEeAdvancedPermissionsResource:
        """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""
        from .resources.ee_advanced_permissions import AsyncEeAdvancedPermissionsResource

        return AsyncEeAdvancedPermissionsResource(self)

    @cached_property
    def ee_audit_app(self) -> AsyncEeAuditAppResource:
        """Routes of the 'ee-audit-app' namespace (2 endpoints)."""
        from .resources.ee_audit_app import AsyncEeAuditAppResource

        return AsyncEeAuditAppResource(self)

    @cached_property
    def ee_logs(self) -> AsyncEeLogsResource:
        """Routes of the 'ee-logs' namespace (1 endpoints)."""
        from .resources.ee_logs import AsyncEeLogsResource

        return AsyncEeLogsResource(self)

    @cached_property
    def ee_serialization(self) -> AsyncEeSerializationResource:
        """Routes of the 'ee-serialization' namespace (2 endpoints)."""
        from .resources.ee_serialization import AsyncEeSerializationResource

        return AsyncEeSerializationResource(self)

    @cached_property
    def email(self) -> AsyncEmailResource:
        """Routes of the 'email' namespace (3 endpoints)."""
        from .resources.email import AsyncEmailResource

        return AsyncEmailResource(self)

    @cached_property
    def embed(self) -> AsyncEmbedResource:
        """Routes of the 'embed' namespace (18 endpoints)."""
        from .resources.embed import AsyncEmbedResource

        return AsyncEmbedResource(self)

    @cached_property
    def field(self) -> AsyncFieldResource:
        """Routes of the 'field' namespace (13 endpoints)."""
        from .resources.field import AsyncFieldResource

        return AsyncFieldResource(self)

    @cached_property
    def geojson(self) -> AsyncGeojsonResource:
        """Routes of the 'geojson' namespace (2 endpoints)."""
        from .resources.geojson import AsyncGeojsonResource

        return AsyncGeojsonResource(self)

    @cached_property
    def google(self) -> AsyncGoogleResource:
        """Routes of the 'google' namespace (1 endpoints)."""
        from .resources.google import AsyncGoogleResource

        return AsyncGoogleResource(self)

    @cached_property
    def ldap(self) -> AsyncLdapResource:
        """Routes of the 'ldap' namespace (1 endpoints)."""
        from .resources.ldap import AsyncLdapResource

        return AsyncLdapResource(self)

    @cached_property
    def login_history(self) -> AsyncLoginHistoryResource:
        """Routes of the 'login-history' namespace (1 endpoints)."""
        from .resources.login_history import AsyncLoginHistoryResource

        return AsyncLoginHistoryResource(self)

    @cached_property
    def metabot(self) -> AsyncMetabotResource:
        """Routes of the 'metabot' namespace (4 endpoints)."""
        from .resources.metabot import AsyncMetabotResource

        return AsyncMetabotResource(self)

    @cached_property
    def metric(self) -> AsyncMetricResource:
        """Routes of the 'metric' namespace (9 endpoints)."""
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
    def notify(self) -> AsyncNotifyResource:
        """Routes of the 'notify' namespace (2 endpoints)."""
        from .resources.notify import AsyncNotifyResource

        return AsyncNotifyResource(self)

    @cached_property
    def permissions(self) -> AsyncPermissionsResource:
        """Routes of the 'permissions' namespace (17 endpoints)."""
        from .resources.permissions import AsyncPermissionsResource

        return AsyncPermissionsResource(self)

    @cached_property
    def persist(self) -> AsyncPersistResource:
        """Routes of the 'persist' namespace (6 endpoints)."""
        from .resources.persist import AsyncPersistResource

        return AsyncPersistResource(self)

    @cached_property
    def premium_features(self) -> AsyncPremiumFeaturesResource:
        """Routes of the 'premium-features' namespace (1 endpoints)."""
        from .resources.premium_features import AsyncPremiumFeaturesResource

        return AsyncPremiumFeaturesResource(self)

    @cached_property
    def preview_embed(self) -> AsyncPreviewEmbedResource:
        """Routes of the 'preview_embed' namespace (6 endpoints)."""
        from .resources.preview_embed import AsyncPreviewEmbedResource

        return AsyncPreviewEmbedResource(self)

    @cached_property
    def public(self) -> AsyncPublicResource:
        """Routes of the 'public' namespace (22 endpoints)."""
        from .resources.public import AsyncPublicResource

        return AsyncPublicResource(self)

    @cached_property
    def pulse(self) -> AsyncPulseResource:
        """Routes of the 'pulse' namespace (11 endpoints)."""
        from .resources.pulse import AsyncPulseResource

        return AsyncPulseResource(self)

    @cached_property
    def revision(self) -> AsyncRevisionResource:
        """Routes of the 'revision' namespace (2 endpoints)."""
        from .resources.revision import AsyncRevisionResource

        return AsyncRevisionResource(self)

    @cached_property
    def saml(self) -> AsyncSamlResource:
        """Routes of the 'saml' namespace (1 endpoints)."""
        from .resources.saml import AsyncSamlResource

        return AsyncSamlResource(self)

    @cached_property
    def search(self) -> AsyncSearchResource:
        """Routes of the 'search' namespace (2 endpoints)."""
        from .resources.search import AsyncSearchResource

        return AsyncSearchResource(self)

    @cached_property
    def segment(self) -> AsyncSegmentResource:
        """Routes of the 'segment' namespace (8 endpoints)."""
        from .resources.segment import AsyncSegmentResource

        return AsyncSegmentResource(self)

    @cached_property
    def session(self) -> AsyncSessionResource:
        """Routes of the 'session' namespace (9 endpoints)."""
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self)

    @cached_property
    def setting(self) -> AsyncSettingResource:
        """Routes of the 'setting' namespace (4 endpoints)."""
        from .resources.setting import AsyncSettingResource

        return AsyncSettingResource(self)

    @cached_property
    def setup(self) -> AsyncSetupResource:
        """Routes of the 'setup' namespace (4 endpoints)."""
        from .resources.setup import AsyncSetupResource

        return AsyncSetupResource(self)

    @cached_property
    def slack(self) -> AsyncSlackResource:
        """Routes of the 'slack' namespace (2 endpoints)."""
        from .resources.slack import AsyncSlackResource

        return AsyncSlackResource(self)

    @cached_property
    def table(self) -> AsyncTableResource:
        """Routes of the 'table' namespace (13 endpoints)."""
        from .resources.table import AsyncTableResource

        return AsyncTableResource(self)

    @cached_property
    def task(self) -> AsyncTaskResource:
        """Routes of the 'task' namespace (3 endpoints)."""
        from .resources.task import AsyncTaskResource

        return AsyncTaskResource(self)

    @cached_property
    def tiles(self) -> AsyncTilesResource:
        """Routes of the 'tiles' namespace (1 endpoints)."""
        from .resources.tiles import AsyncTilesResource

        return AsyncTilesResource(self)

    @cached_property
    def timeline(self) -> AsyncTimelineResource:
        """Routes of the 'timeline' namespace (5 endpoints)."""
        from .resources.timeline import AsyncTimelineResource

        return AsyncTimelineResource(self)

    @cached_property
    def timeline_event(self) -> AsyncTimelineEventResource:
        """Routes of the 'timeline-event' namespace (4 endpoints)."""
        from .resources.timeline_event import AsyncTimelineEventResource

        return AsyncTimelineEventResource(self)

    @cached_property
    def transform(self) -> AsyncTransformResource:
        """Routes of the 'transform' namespace (1 endpoints)."""
        from .resources.transform import AsyncTransformResource

        return AsyncTransformResource(self)

    @cached_property
    def user(self) -> AsyncUserResource:
        """Routes of the 'user' namespace (11 endpoints)."""
        from .resources.user import AsyncUserResource

        return AsyncUserResource(self)

    @cached_property
    def util(self) -> AsyncUtilResource:
        """Routes of the 'util' namespace (6 endpoints)."""
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
        def alert(self) -> AsyncRawAlertResource: ...

        @property
        def api_key(self) -> AsyncRawApiKeyResource: ...

        @property
        def auth(self) -> AsyncRawAuthResource: ...

        @property
        def automagic_dashboards(self) -> AsyncRawAutomagicDashboardsResource: ...

        @property
        def bookmark(self) -> AsyncRawBookmarkResource: ...

        @property
        def card(self) -> AsyncRawCardResource: ...

        @property
        def collection(self) -> AsyncRawCollectionResource: ...

        @property
        def dashboard(self) -> AsyncRawDashboardResource: ...

        @property
        def database(self) -> AsyncRawDatabaseResource: ...

        @property
        def dataset(self) -> AsyncRawDatasetResource: ...

        @property
        def ee_advanced_permissions(self) -> AsyncRawEeAdvancedPermissionsResource: ...

        @property
        def ee_audit_app(self) -> AsyncRawEeAuditAppResource: ...

        @property
        def ee_logs(self) -> AsyncRawEeLogsResource: ...

        @property
        def ee_serialization(self) -> AsyncRawEeSerializationResource: ...

        @property
        def email(self) -> AsyncRawEmailResource: ...

        @property
        def embed(self) -> AsyncRawEmbedResource: ...

        @property
        def field(self) -> AsyncRawFieldResource: ...

        @property
        def geojson(self) -> AsyncRawGeojsonResource: ...

        @property
        def google(self) -> AsyncRawGoogleResource: ...

        @property
        def ldap(self) -> AsyncRawLdapResource: ...

        @property
        def login_history(self) -> AsyncRawLoginHistoryResource: ...

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
        def notify(self) -> AsyncRawNotifyResource: ...

        @property
        def permissions(self) -> AsyncRawPermissionsResource: ...

        @property
        def persist(self) -> AsyncRawPersistResource: ...

        @property
        def premium_features(self) -> AsyncRawPremiumFeaturesResource: ...

        @property
        def preview_embed(self) -> AsyncRawPreviewEmbedResource: ...

        @property
        def public(self) -> AsyncRawPublicResource: ...

        @property
        def pulse(self) -> AsyncRawPulseResource: ...

        @property
        def revision(self) -> AsyncRawRevisionResource: ...

        @property
        def saml(self) -> AsyncRawSamlResource: ...

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
        def user(self) -> AsyncRawUserResource: ...

        @property
        def util(self) -> AsyncRawUtilResource: ...
