"""Routes of the 'session' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SessionResource(Resource):
    """Routes of the 'session' namespace (1 endpoints)."""

    def create(
        self,
        *,
        username: str,
        password: str,
    ) -> Any:
        """POST /api/session/

        Logs in.

        Args:
            username: str; JSON body; required; must not be blank.
            password: str; JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apisession
        """
        return self._call(
            "POST",
            "/api/session/",
            (),
            body={
                "username": username,
                "password": password,
            },
        )
