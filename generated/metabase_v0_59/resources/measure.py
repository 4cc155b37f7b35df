"""Routes of the 'measure' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import MeasuresMeasure


class MeasureResource(Resource):
    """Routes of the 'measure' namespace (4 endpoints)."""

    def create(
        self,
        *,
        definition: dict[str, Any],
        name: str,
        table_id: int,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MeasuresMeasure:
        """POST /api/measure

        Args:
            definition: dict[str, Any]; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            table_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apimeasure
        """
        _result: MeasuresMeasure = self._call(
            "POST",
            "/api/measure",
            (),
            body={
                "definition": definition,
                "description": description,
                "name": name,
                "table_id": table_id,
            },
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
    ) -> MeasuresMeasure:
        """GET /api/measure/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasureid
        """
        _result: MeasuresMeasure = self._call(
            "GET",
            "/api/measure/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[MeasuresMeasure]:
        """GET /api/measure

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apimeasure
        """
        _result: List[MeasuresMeasure] = self._call(
            "GET",
            "/api/measure",
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
        revision_message: str,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MeasuresMeasure:
        """PUT /api/measure/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apimeasureid
        """
        _result: MeasuresMeasure = self._call(
            "PUT",
            "/api/measure/{}",
            (id,),
            body={
                "archived": archived,
                "definition": definition,
                "description": description,
                "name": name,
                "revision_message": revision_message,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
