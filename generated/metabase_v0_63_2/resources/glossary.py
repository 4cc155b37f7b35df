"""Routes of the 'glossary' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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
from .._schemas import AnswerValue3, GlossaryItem

_CREATE = RequestSpec(
    "POST",
    "/api/glossary",
    (
        Place("body", ("definition",)),
        Place("body", ("term",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/glossary/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/glossary", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/glossary/{}",
    (
        Place("path"),
        Place("body", ("definition",)),
        Place("body", ("term",)),
    ),
)


class GlossaryResource(Resource):
    """Routes of the 'glossary' namespace (4 endpoints)."""

    def create(
        self,
        *,
        definition: str,
        term: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GlossaryItem:
        """POST /api/glossary

        Args:
            definition: JSON body; required; at least 1 character.
            term: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiglossary
        """
        _result: GlossaryItem = self._call(
            _CREATE,
            (definition, term),
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
    ) -> Any:
        """DELETE /api/glossary/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiglossaryid
        """
        return self._call(
            _DELETE,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue3:
        """GET /api/glossary

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiglossary
        """
        _result: AnswerValue3 = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        definition: str,
        term: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GlossaryItem:
        """PUT /api/glossary/{id}

        Args:
            id: path; required; must be >= 1.
            definition: JSON body; required; at least 1 character.
            term: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiglossaryid
        """
        _result: GlossaryItem = self._call(
            _UPDATE,
            (id, definition, term),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncGlossaryResource(AsyncResource):
    """Routes of the 'glossary' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        definition: str,
        term: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GlossaryItem:
        """POST /api/glossary

        Args:
            definition: JSON body; required; at least 1 character.
            term: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiglossary
        """
        _result: GlossaryItem = await self._call(
            _CREATE,
            (definition, term),
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
    ) -> Any:
        """DELETE /api/glossary/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiglossaryid
        """
        return await self._call(
            _DELETE,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue3:
        """GET /api/glossary

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiglossary
        """
        _result: AnswerValue3 = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        definition: str,
        term: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GlossaryItem:
        """PUT /api/glossary/{id}

        Args:
            id: path; required; must be >= 1.
            definition: JSON body; required; at least 1 character.
            term: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiglossaryid
        """
        _result: GlossaryItem = await self._call(
            _UPDATE,
            (id, definition, term),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawGlossaryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            definition: str,
            term: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GlossaryItem]: ...

        def delete(
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue3]: ...

        def update(
            self,
            id: int,
            *,
            definition: str,
            term: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GlossaryItem]: ...

    class AsyncRawGlossaryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            definition: str,
            term: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GlossaryItem]: ...

        async def delete(
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue3]: ...

        async def update(
            self,
            id: int,
            *,
            definition: str,
            term: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GlossaryItem]: ...
