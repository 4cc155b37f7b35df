"""Routes of the 'model-index' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import ModelIndex

_CREATE = RequestSpec(
    "POST",
    "/api/model-index/",
    (
        Place("body", ("model_id",)),
        Place("body", ("pk_ref",)),
        Place("body", ("value_ref",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/model-index/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/model-index/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/model-index/", (Place("query", ("model_id",)),))


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
    ) -> ModelIndex:
        """POST /api/model-index/

        Args:
            model_id: JSON body; required; must be >= 1.
            pk_ref: JSON body; required.
            value_ref: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apimodel-index
        """
        _result: ModelIndex = self._call(
            _CREATE,
            (model_id, pk_ref, value_ref),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ModelIndex:
        """DELETE /api/model-index/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apimodel-indexid
        """
        _result: ModelIndex = self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimodel-indexid
        """
        return self._call(
            _GET,
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
    ) -> List[ModelIndex]:
        """GET /api/model-index/

        Args:
            model_id: query string; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimodel-index
        """
        _result: List[ModelIndex] = self._call(
            _LIST,
            (model_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncModelIndexResource(AsyncResource):
    """Routes of the 'model-index' namespace, awaited (AsyncClient's)."""

    async def create(
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
    ) -> ModelIndex:
        """POST /api/model-index/

        Args:
            model_id: JSON body; required; must be >= 1.
            pk_ref: JSON body; required.
            value_ref: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apimodel-index
        """
        _result: ModelIndex = await self._call(
            _CREATE,
            (model_id, pk_ref, value_ref),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ModelIndex:
        """DELETE /api/model-index/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apimodel-indexid
        """
        _result: ModelIndex = await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimodel-indexid
        """
        return await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        model_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ModelIndex]:
        """GET /api/model-index/

        Args:
            model_id: query string; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apimodel-index
        """
        _result: List[ModelIndex] = await self._call(
            _LIST,
            (model_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawModelIndexResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[ModelIndex]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelIndex]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            model_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ModelIndex]]: ...

    class AsyncRawModelIndexResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[ModelIndex]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ModelIndex]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            model_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ModelIndex]]: ...
