"""Routes of the 'persist' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PersistResource(Resource):
    """Routes of the 'persist' namespace (6 endpoints)."""

    def get(
        self,
        persisted_info_id: int,
    ) -> Any:
        """GET /api/persist/:persisted-info-id

        Args:
            persisted_info_id: int; path; required; sent as 'persisted-info-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#get-apipersistpersisted-info-id
        """
        return self._call(
            "GET",
            "/api/persist/{}",
            (persisted_info_id,),
        )

    def get_card_by_card_id(
        self,
        card_id: int,
    ) -> Any:
        """GET /api/persist/card/:card-id

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#get-apipersistcardcard-id
        """
        return self._call(
            "GET",
            "/api/persist/card/{}",
            (card_id,),
        )

    def list(self) -> Any:
        """GET /api/persist/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#get-apipersist
        """
        return self._call(
            "GET",
            "/api/persist/",
            (),
        )

    def post_disable(self) -> Any:
        """POST /api/persist/disable

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#post-apipersistdisable
        """
        return self._call(
            "POST",
            "/api/persist/disable",
            (),
        )

    def post_enable(self) -> Any:
        """POST /api/persist/enable

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#post-apipersistenable
        """
        return self._call(
            "POST",
            "/api/persist/enable",
            (),
        )

    def post_set_refresh_schedule(
        self,
        *,
        cron: str,
    ) -> Any:
        """POST /api/persist/set-refresh-schedule

        Args:
            cron: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/persist#post-apipersistset-refresh-schedule
        """
        return self._call(
            "POST",
            "/api/persist/set-refresh-schedule",
            (),
            body={
                "cron": cron,
            },
        )
