"""Routes of the 'setup' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SetupResource(Resource):
    """Routes of the 'setup' namespace (2 endpoints)."""

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
        return self._call(
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
        return self._call(
            "GET",
            "/api/setup/user_defaults",
            (),
        )
