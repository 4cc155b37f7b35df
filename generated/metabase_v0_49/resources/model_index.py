"""Routes of the 'model-index' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ModelIndexResource(Resource):
    """Routes of the 'model-index' namespace (4 endpoints)."""

    def create(
        self,
        *,
        model_id: int,
        pk_ref: Any,
        value_ref: Any,
    ) -> Any:
        """POST /api/model-index/

        Args:
            model_id: int; JSON body; required.
            pk_ref: Any; JSON body; required.
            value_ref: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#post-apimodel-index
        """
        return self._call(
            "POST",
            "/api/model-index/",
            (),
            body={
                "model_id": model_id,
                "pk_ref": pk_ref,
                "value_ref": value_ref,
            },
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/model-index/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#delete-apimodel-indexid
        """
        return self._call(
            "DELETE",
            "/api/model-index/{}",
            (id,),
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/model-index/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#get-apimodel-indexid
        """
        return self._call(
            "GET",
            "/api/model-index/{}",
            (id,),
        )

    def list(
        self,
        *,
        model_id: int,
    ) -> Any:
        """GET /api/model-index/

        Args:
            model_id: int; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#get-apimodel-index
        """
        return self._call(
            "GET",
            "/api/model-index/",
            (),
            query={
                "model_id": model_id,
            },
        )
