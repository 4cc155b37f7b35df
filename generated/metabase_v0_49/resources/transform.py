"""Routes of the 'transform' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class TransformResource(Resource):
    """Routes of the 'transform' namespace (1 endpoints)."""

    def get(
        self,
        db_id: int,
        schema: str,
        transform_name: str,
    ) -> Any:
        """GET /api/transform/:db-id/:schema/:transform-name

        Args:
            db_id: int; path; required; sent as 'db-id'.
            schema: str; path; required.
            transform_name: str; path; required; sent as 'transform-name'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/transform#get-apitransformdb-idschematransform-name
        """
        return self._call(
            "GET",
            "/api/transform/{}/{}/{}",
            (db_id, schema, transform_name),
        )
