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
        table_id: int,
        group_id: int,
        card_id: int | None | Unset = UNSET,
        attribute_remappings: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/

        Args:
            table_id: int; JSON body; required.
            card_id: int | None; JSON body; optional; None sends null.
            group_id: int; JSON body; required.
            attribute_remappings: Any; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtap
        """
        return self._call(
            "POST",
            "/api/mt/gtap/",
            (),
            body={
                "table_id": table_id,
                "card_id": card_id,
                "group_id": group_id,
                "attribute_remappings": attribute_remappings,
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
        """DELETE /api/mt/gtap/:id

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#delete-apimtgtapid
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
        """GET /api/mt/gtap/:id

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtapid
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
        """GET /api/mt/gtap/

        Args:
            group_id: int | None; form field or query string; optional; may be None.
            table_id: int | None; form field or query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtap
        """
        return self._call(
            "GET",
            "/api/mt/gtap/",
            (),
            form={
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
            table_id: int; JSON body; required.
            card_id: int | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtapvalidate
        """
        return self._call(
            "POST",
            "/api/mt/gtap/validate",
            (),
            body={
                "table_id": table_id,
                "card_id": card_id,
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
        card_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/mt/gtap/:id

        Args:
            id: int; path; required.
            card_id: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#put-apimtgtapid
        """
        return self._call(
            "PUT",
            "/api/mt/gtap/{}",
            (id,),
            body={
                "card_id": card_id,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
