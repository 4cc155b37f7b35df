"""Routes of the 'email' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EmailResource(Resource):
    """Routes of the 'email' namespace (3 endpoints)."""

    def delete_all(self) -> Any:
        """DELETE /api/email/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/email#delete-apiemail
        """
        return self._call(
            "DELETE",
            "/api/email/",
            (),
        )

    def post_test(self) -> Any:
        """POST /api/email/test

        Metabase docs: https://www.metabase.com/docs/v0.49/api/email#post-apiemailtest
        """
        return self._call(
            "POST",
            "/api/email/test",
            (),
        )

    def update_all(
        self,
        *,
        settings: dict[str, Any],
    ) -> Any:
        """PUT /api/email/

        Args:
            settings: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/email#put-apiemail
        """
        return self._call(
            "PUT",
            "/api/email/",
            (),
            body={
                "settings": settings,
            },
        )
