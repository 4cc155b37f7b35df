"""Routes of the 'setup' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class SetupResource:
    """Routes of the 'setup' namespace (2 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        prefs: dict[str, Any],
        token: str,
        user: dict[str, Any],
    ) -> Any:
        """POST /api/setup/

        Args:
            prefs: dict[str, Any]; JSON body; required.
            token: str; JSON body; required.
            user: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisetup
        """
        return self._client._call(
            "POST",
            "/api/setup/",
            (),
            body={
                "prefs": prefs,
                "token": token,
                "user": user,
            },
        )

    def get_user_defaults(self) -> Any:
        """GET /api/setup/user_defaults

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisetupuser_defaults
        """
        return self._client._call(
            "GET",
            "/api/setup/user_defaults",
            (),
        )
