"""Routes of the 'setting' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SettingResource(Resource):
    """Routes of the 'setting' namespace (4 endpoints)."""

    def get(
        self,
        key: str,
    ) -> Any:
        """GET /api/setting/:key

        Args:
            key: str; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisettingkey
        """
        return self._call(
            "GET",
            "/api/setting/{}",
            (key,),
        )

    def list(self) -> Any:
        """GET /api/setting/

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisetting
        """
        return self._call(
            "GET",
            "/api/setting/",
            (),
        )

    def update(
        self,
        key: str,
        *,
        value: Any | Unset = UNSET,
    ) -> Any:
        """PUT /api/setting/:key

        Args:
            key: str; path; required.
            value: Any; JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apisettingkey
        """
        return self._call(
            "PUT",
            "/api/setting/{}",
            (key,),
            body={
                "value": value,
            },
        )

    def update_all(
        self,
        *,
        settings: Any | Unset = UNSET,
    ) -> Any:
        """PUT /api/setting/

        Args:
            settings: Any; JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apisetting
        """
        return self._call(
            "PUT",
            "/api/setting/",
            (),
            body={
                "settings": settings,
            },
        )
