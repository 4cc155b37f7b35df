"""Routes of the 'mt-gtap' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class MtGtapResource(Resource):
    """Routes of the 'mt-gtap' namespace (6 endpoints)."""

    def create(
        self,
        *,
        group_id: int,
        table_id: int,
        attribute_remappings: Any | Unset = UNSET,
        card_id: int | Unset = UNSET,
    ) -> Any:
        """POST /api/mt/gtap/

        Args:
            attribute_remappings: Any; JSON body; optional.
            card_id: int; JSON body; optional.
            group_id: int; JSON body; required.
            table_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apimtgtap
        """
        return self._call(
            "POST",
            "/api/mt/gtap/",
            (),
            body={
                "attribute_remappings": attribute_remappings,
                "card_id": card_id,
                "group_id": group_id,
                "table_id": table_id,
            },
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/mt/gtap/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apimtgtapid
        """
        return self._call(
            "DELETE",
            "/api/mt/gtap/{}",
            (id,),
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/mt/gtap/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimtgtapid
        """
        return self._call(
            "GET",
            "/api/mt/gtap/{}",
            (id,),
        )

    def list(
        self,
        *,
        group_id: int | Unset = UNSET,
        table_id: int | Unset = UNSET,
    ) -> Any:
        """GET /api/mt/gtap/

        Args:
            group_id: int; query string; optional.
            table_id: int; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimtgtap
        """
        return self._call(
            "GET",
            "/api/mt/gtap/",
            (),
            query={
                "group_id": group_id,
                "table_id": table_id,
            },
        )

    def post_validate(
        self,
        *,
        table_id: int,
        card_id: int | Unset = UNSET,
    ) -> Any:
        """POST /api/mt/gtap/validate

        Args:
            card_id: int; JSON body; optional.
            table_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apimtgtapvalidate
        """
        return self._call(
            "POST",
            "/api/mt/gtap/validate",
            (),
            body={
                "card_id": card_id,
                "table_id": table_id,
            },
        )

    def update(
        self,
        id: int,
        *,
        attribute_remappings: Any | Unset = UNSET,
        card_id: int | Unset = UNSET,
    ) -> Any:
        """PUT /api/mt/gtap/{id}

        Args:
            id: int; path; required.
            attribute_remappings: Any; JSON body; optional.
            card_id: int; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apimtgtapid
        """
        return self._call(
            "PUT",
            "/api/mt/gtap/{}",
            (id,),
            body={
                "attribute_remappings": attribute_remappings,
                "card_id": card_id,
            },
        )
