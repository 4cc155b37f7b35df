"""Routes of the 'persist' namespace (11 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PersistResource(Resource):
    """Routes of the 'persist' namespace (11 endpoints)."""

    def get(
        self,
        persisted_info_id: int,
    ) -> Any:
        """GET /api/persist/{persisted-info-id}

        Args:
            persisted_info_id: int; path; required; sent as 'persisted-info-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipersistpersisted-info-id
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
        """GET /api/persist/card/{card-id}

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipersistcardcard-id
        """
        return self._call(
            "GET",
            "/api/persist/card/{}",
            (card_id,),
        )

    def list(self) -> Any:
        """GET /api/persist/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipersist
        """
        return self._call(
            "GET",
            "/api/persist/",
            (),
        )

    def post_card_persist(
        self,
        card_id: int,
    ) -> Any:
        """POST /api/persist/card/{card-id}/persist

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistcardcard-idpersist
        """
        return self._call(
            "POST",
            "/api/persist/card/{}/persist",
            (card_id,),
        )

    def post_card_refresh(
        self,
        card_id: int,
    ) -> Any:
        """POST /api/persist/card/{card-id}/refresh

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistcardcard-idrefresh
        """
        return self._call(
            "POST",
            "/api/persist/card/{}/refresh",
            (card_id,),
        )

    def post_card_unpersist(
        self,
        card_id: int,
    ) -> Any:
        """POST /api/persist/card/{card-id}/unpersist

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistcardcard-idunpersist
        """
        return self._call(
            "POST",
            "/api/persist/card/{}/unpersist",
            (card_id,),
        )

    def post_database_persist(
        self,
        id: int,
    ) -> Any:
        """POST /api/persist/database/{id}/persist

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistdatabaseidpersist
        """
        return self._call(
            "POST",
            "/api/persist/database/{}/persist",
            (id,),
        )

    def post_database_unpersist(
        self,
        id: int,
    ) -> Any:
        """POST /api/persist/database/{id}/unpersist

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistdatabaseidunpersist
        """
        return self._call(
            "POST",
            "/api/persist/database/{}/unpersist",
            (id,),
        )

    def post_disable(self) -> Any:
        """POST /api/persist/disable

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistdisable
        """
        return self._call(
            "POST",
            "/api/persist/disable",
            (),
        )

    def post_enable(self) -> Any:
        """POST /api/persist/enable

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistenable
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipersistset-refresh-schedule
        """
        return self._call(
            "POST",
            "/api/persist/set-refresh-schedule",
            (),
            body={
                "cron": cron,
            },
        )
