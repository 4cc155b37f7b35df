"""The client class: one attribute per namespace of the Metabase 1 API.

Resource modules are imported on first use of their attribute, so that importing the
package stays fast whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import requests

from ._runtime import BaseClient, Timeout

if TYPE_CHECKING:
    from .resources.ee_gizmo_audit import EeGizmoAuditResource
    from .resources.gizmo import GizmoResource
    from .resources.thing import ThingResource


class Client(BaseClient):
    """Metabase 1 API client.

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
    def ee_gizmo_audit(self) -> EeGizmoAuditResource:
        """Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""
        from .resources.ee_gizmo_audit import EeGizmoAuditResource

        return EeGizmoAuditResource(self)

    @cached_property
    def gizmo(self) -> GizmoResource:
        """Routes of the 'gizmo' namespace (3 endpoints)."""
        from .resources.gizmo import GizmoResource

        return GizmoResource(self)

    @cached_property
    def thing(self) -> ThingResource:
        """Routes of the 'thing' namespace (1 endpoints)."""
        from .resources.thing import ThingResource

        return ThingResource(self)
