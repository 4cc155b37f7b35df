"""Routes of the 'api-key' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ApiKeyResource(Resource):
    """Routes of the 'api-key' namespace (6 endpoints)."""

    def create(
        self,
        *,
        group_id: int,
        name: str,
    ) -> Any:
        """POST /api/api-key/

        Args:
            group_id: int; JSON body; required.
            name: str; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#post-apiapi-key
        """
        return self._call(
            "POST",
            "/api/api-key/",
            (),
            body={
                "group_id": group_id,
                "name": name,
            },
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/api-key/:id

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#delete-apiapi-keyid
        """
        return self._call(
            "DELETE",
            "/api/api-key/{}",
            (id,),
        )

    def get_count(self) -> Any:
        """GET /api/api-key/count

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#get-apiapi-keycount
        """
        return self._call(
            "GET",
            "/api/api-key/count",
            (),
        )

    def list(self) -> Any:
        """GET /api/api-key/

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#get-apiapi-key
        """
        return self._call(
            "GET",
            "/api/api-key/",
            (),
        )

    def update(
        self,
        id: int,
        *,
        group_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/api-key/:id

        Args:
            id: int; path; required.
            group_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#put-apiapi-keyid
        """
        return self._call(
            "PUT",
            "/api/api-key/{}",
            (id,),
            body={
                "group_id": group_id,
                "name": name,
            },
        )

    def update_regenerate(
        self,
        id: int,
    ) -> Any:
        """PUT /api/api-key/:id/regenerate

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#put-apiapi-keyidregenerate
        """
        return self._call(
            "PUT",
            "/api/api-key/{}/regenerate",
            (id,),
        )
