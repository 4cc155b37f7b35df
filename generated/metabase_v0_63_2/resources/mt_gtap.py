"""Routes of the 'mt-gtap' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class MtGtapResource(Resource):
    """Routes of the 'mt-gtap' namespace (6 endpoints)."""

    def create(
        self,
        *,
        group_id: int,
        table_id: int,
        attribute_remappings: dict[str, Any] | None | Unset = UNSET,
        card_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap

        Args:
            attribute_remappings: dict[str, Any] | None; JSON body; optional; None sends null.
            card_id: int | None; JSON body; optional; None sends null.
            group_id: int; JSON body; required.
            table_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimtgtap
        """
        return self._call(
            "POST",
            "/api/mt/gtap",
            (),
            body={
                "attribute_remappings": attribute_remappings,
                "card_id": card_id,
                "group_id": group_id,
                "table_id": table_id,
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
        """DELETE /api/mt/gtap/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimtgtapid
        """
        return self._call(
            "DELETE",
            "/api/mt/gtap/{}",
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
        """GET /api/mt/gtap/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimtgtapid
        """
        return self._call(
            "GET",
            "/api/mt/gtap/{}",
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
        group_id: int | None | Unset = UNSET,
        table_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/mt/gtap

        Args:
            group_id: int | None; query string; optional; may be None.
            table_id: int | None; query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimtgtap
        """
        return self._call(
            "GET",
            "/api/mt/gtap",
            (),
            query={
                "group_id": group_id,
                "table_id": table_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_validate(
        self,
        *,
        table_id: int,
        card_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/validate

        Args:
            card_id: int | None; JSON body; optional; None sends null.
            table_id: int; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimtgtapvalidate
        """
        return self._call(
            "POST",
            "/api/mt/gtap/validate",
            (),
            body={
                "card_id": card_id,
                "table_id": table_id,
            },
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
        attribute_remappings: dict[str, Any] | None | Unset = UNSET,
        card_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/mt/gtap/{id}

        Args:
            id: int; path; required.
            attribute_remappings: dict[str, Any] | None; JSON body; optional; None sends null.
            card_id: int | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimtgtapid
        """
        return self._call(
            "PUT",
            "/api/mt/gtap/{}",
            (id,),
            body={
                "attribute_remappings": attribute_remappings,
                "card_id": card_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
