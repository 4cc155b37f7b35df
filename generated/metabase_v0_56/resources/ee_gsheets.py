"""Routes of the 'ee-gsheets' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeGsheetsResource(Resource):
    """Routes of the 'ee-gsheets' namespace (5 endpoints)."""

    def delete_connection(self) -> Any:
        """DELETE /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieegsheetsconnection
        """
        return self._call(
            "DELETE",
            "/api/ee/gsheets/connection",
            (),
        )

    def get_connection(self) -> Any:
        """GET /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieegsheetsconnection
        """
        return self._call(
            "GET",
            "/api/ee/gsheets/connection",
            (),
        )

    def get_service_account(self) -> Any:
        """GET /api/ee/gsheets/service-account

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieegsheetsservice-account
        """
        return self._call(
            "GET",
            "/api/ee/gsheets/service-account",
            (),
        )

    def post_connection(
        self,
        *,
        url: str,
    ) -> Any:
        """POST /api/ee/gsheets/connection

        Args:
            url: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieegsheetsconnection
        """
        return self._call(
            "POST",
            "/api/ee/gsheets/connection",
            (),
            body={
                "url": url,
            },
        )

    def post_connection_sync(self) -> Any:
        """POST /api/ee/gsheets/connection/sync

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieegsheetsconnectionsync
        """
        return self._call(
            "POST",
            "/api/ee/gsheets/connection/sync",
            (),
        )
