"""Routes of the 'mt-user' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class MtUserResource(Resource):
    """Routes of the 'mt-user' namespace (2 endpoints)."""

    def get_attributes(self) -> Any:
        """GET /api/mt/user/attributes

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimtuserattributes
        """
        return self._call(
            "GET",
            "/api/mt/user/attributes",
            (),
        )

    def update_attributes(
        self,
        id: int,
        *,
        login_attributes: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """PUT /api/mt/user/{id}/attributes

        Args:
            id: int; path; required.
            login_attributes: dict[str, Any]; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apimtuseridattributes
        """
        return self._call(
            "PUT",
            "/api/mt/user/{}/attributes",
            (id,),
            body={
                "login_attributes": login_attributes,
            },
        )
