"""Routes of the 'model-index' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class ModelIndexResource(Resource):
    """Routes of the 'model-index' namespace (4 endpoints)."""

    def create(
        self,
        *,
        model_id: int,
        pk_ref: Any,
        value_ref: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/model-index

        Args:
            model_id: int; JSON body; required.
            pk_ref: Any; JSON body; required.
            value_ref: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimodel-index
        """
        return self._call(
            "POST",
            "/api/model-index",
            (),
            body={
                "model_id": model_id,
                "pk_ref": pk_ref,
                "value_ref": value_ref,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/model-index/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimodel-indexid
        """
        return self._call(
            "DELETE",
            "/api/model-index/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/model-index/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimodel-indexid
        """
        return self._call(
            "GET",
            "/api/model-index/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        model_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/model-index

        Args:
            model_id: int; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimodel-index
        """
        return self._call(
            "GET",
            "/api/model-index",
            (),
            query={
                "model_id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
