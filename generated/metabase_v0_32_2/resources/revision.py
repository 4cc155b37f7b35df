"""Routes of the 'revision' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, Literal, TYPE_CHECKING
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

_LIST = RequestSpec(
    "GET",
    "/api/revision/",
    (
        Place("form", ("entity",)),
        Place("form", ("id",)),
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
    """Routes of the 'revision' namespace (2 endpoints)."""

    def list(
        self,
        *,
        entity: Literal["card", "dashboard"],
        id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Revision]:
        """GET /api/revision/

        Args:
            entity: form field or query string; required.
            id: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apirevision
        """
        _result: List[Revision] = self._call(
            _LIST,
            (entity, id),
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
        entity: Literal["card", "dashboard"],
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
            id: JSON body; required.
            revision_id: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apirevisionrevert
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

    async def list(
        self,
        *,
        entity: Literal["card", "dashboard"],
        id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Revision]:
        """GET /api/revision/

        Args:
            entity: form field or query string; required.
            id: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apirevision
        """
        _result: List[Revision] = await self._call(
            _LIST,
            (entity, id),
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
        entity: Literal["card", "dashboard"],
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
            id: JSON body; required.
            revision_id: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apirevisionrevert
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

        def list(
            self,
            *,
            entity: Literal["card", "dashboard"],
            id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Revision]]: ...

        def post_revert(
            self,
            *,
            entity: Literal["card", "dashboard"],
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

        async def list(
            self,
            *,
            entity: Literal["card", "dashboard"],
            id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Revision]]: ...

        async def post_revert(
            self,
            *,
            entity: Literal["card", "dashboard"],
            id: int,
            revision_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Revision]: ...
