"""Routes of the 'revision' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import Revision

_GET = RequestSpec(
    "GET",
    "/api/revision/{}/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/revision",
    (
        Place("query", ("id",)),
        Place("query", ("entity",)),
    ),
)
_POST_REVERT = RequestSpec(
    "POST",
    "/api/revision/revert",
    (
        Place("body", ("entity",)),
        Place("body", ("id",)),
        Place("body", ("revision_id",)),
    ),
)


class RevisionResource(Resource):
    """Routes of the 'revision' namespace (3 endpoints)."""

    def get(
        self,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/revision/{entity}/{id}

        Args:
            entity: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apirevisionentityid
        """
        return self._call(
            _GET,
            (entity, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        id: int,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Revision]:
        """GET /api/revision

        Args:
            id: query string; required; must be >= 1.
            entity: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apirevision
        """
        _result: List[Revision] = self._call(
            _LIST,
            (id, entity),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_revert(
        self,
        *,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Revision:
        """POST /api/revision/revert

        Args:
            entity: JSON body; required.
            id: JSON body; required; must be >= 1.
            revision_id: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apirevisionrevert
        """
        _result: Revision = self._call(
            _POST_REVERT,
            (entity, id, revision_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncRevisionResource(AsyncResource):
    """Routes of the 'revision' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/revision/{entity}/{id}

        Args:
            entity: path; required.
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apirevisionentityid
        """
        return await self._call(
            _GET,
            (entity, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        id: int,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Revision]:
        """GET /api/revision

        Args:
            id: query string; required; must be >= 1.
            entity: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apirevision
        """
        _result: List[Revision] = await self._call(
            _LIST,
            (id, entity),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_revert(
        self,
        *,
        entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
        id: int,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Revision:
        """POST /api/revision/revert

        Args:
            entity: JSON body; required.
            id: JSON body; required; must be >= 1.
            revision_id: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apirevisionrevert
        """
        _result: Revision = await self._call(
            _POST_REVERT,
            (entity, id, revision_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawRevisionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
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
            id: int,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Revision]]: ...

        def post_revert(
            self,
            *,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
            id: int,
            revision_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Revision]: ...

    class AsyncRawRevisionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
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
            id: int,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Revision]]: ...

        async def post_revert(
            self,
            *,
            entity: Literal["card", "dashboard", "document", "measure", "segment", "transform"],
            id: int,
            revision_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Revision]: ...
