"""Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, IO

from .._runtime import UNSET, Resource, Unset


class EeGizmoAuditResource(Resource):
    """Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

    def post_upload(
        self,
        gizmo_key: str,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/gizmo-audit/{gizmo-key}/upload

        Upload a file.

        Args:
            gizmo_key: str; path; required; sent as 'gizmo-key'.
            file: bytes; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#post-apieegizmo-auditgizmo-keyupload
        """
        return self._call(
            "POST",
            "/api/ee/gizmo-audit/{}/upload",
            (gizmo_key,),
            body={
                "file": file,
            },
            multipart=True,
        )
