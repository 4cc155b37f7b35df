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
        """GET /api/setting/{key}

        Args:
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisettingkey
        """
        return self._call(
            "GET",
            "/api/setting/{}",
            (key,),
        )

    def list(self) -> Any:
        """GET /api/setting/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisetting
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
        value: Any,
    ) -> Any:
        """PUT /api/setting/{key}

        Args:
            key: str; path; required.
            value: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apisettingkey
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
        body: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """PUT /api/setting/

        Args:
            body: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apisetting
        """
        return self._call(
            "PUT",
            "/api/setting/",
            (),
            raw_body=body,
        )
