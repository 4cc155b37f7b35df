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
        model_id: int | Unset = UNSET,
        pk_ref: Any | Unset = UNSET,
        value_ref: Any | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/model-index/

        Args:
            model_id: int; JSON body; optional.
            pk_ref: Any; JSON body; optional.
            value_ref: Any; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

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
            raw_body=body,
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
        """DELETE /api/model-index/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#delete-apimodel-indexid
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
        """GET /api/model-index/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#get-apimodel-indexid
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
        """GET /api/model-index/

        Args:
            model_id: int; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/model-index#get-apimodel-index
        """
        return self._call(
            "GET",
            "/api/model-index/",
            (),
            form={
                "model_id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
