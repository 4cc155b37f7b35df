"""Routes of the 'glossary' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from .._runtime import Place, RequestSpec, Resource, Timeout, UNSET, Unset
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
