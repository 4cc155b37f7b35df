"""Routes of the 'glossary' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
    ) -> Any:
        """POST /api/glossary

        Args:
            definition: str; JSON body; required.
            term: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiglossary
        """
        return self._call(
            "POST",
            "/api/glossary",
            (),
            body={
                "definition": definition,
                "term": term,
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
        """DELETE /api/glossary/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiglossaryid
        """
        return self._call(
            "DELETE",
            "/api/glossary/{}",
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
    ) -> Any:
        """GET /api/glossary

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiglossary
        """
        return self._call(
            "GET",
            "/api/glossary",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """PUT /api/glossary/{id}

        Args:
            id: int; path; required.
            definition: str; JSON body; required.
            term: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiglossaryid
        """
        return self._call(
            "PUT",
            "/api/glossary/{}",
            (id,),
            body={
                "definition": definition,
                "term": term,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
