"""Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeGizmoAuditResource(Resource):
    """Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

    def get_log(self) -> Any:
        """GET /api/ee/gizmo-audit/log

        Audit log of gizmos. You must be a superuser to do this.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/latest/api/ee/gizmo-audit#get-apieegizmo-auditlog
        """
        return self._call(
            "GET",
            "/api/ee/gizmo-audit/log",
            (),
        )
