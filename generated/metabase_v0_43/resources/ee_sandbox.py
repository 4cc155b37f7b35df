"""Routes of the 'ee-sandbox' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class EeSandboxResource(Resource):
    """Routes of the 'ee-sandbox' namespace (8 endpoints)."""

    def delete_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/sandbox/gtap/:id

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apieesandboxgtapid
        """
        return self._call(
            "DELETE",
            "/api/ee/sandbox/gtap/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_gtap(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtap
        """
        return self._call(
            "GET",
            "/api/ee/sandbox/gtap/",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/:id

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtapid
        """
        return self._call(
            "GET",
            "/api/ee/sandbox/gtap/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_table_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None | Unset = UNSET,
        include_hidden_fields: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/table/:id/query_metadata

        Args:
            id: int; path; required.
            include_sensitive_fields: bool | None; form field or query string; optional; may be None.
            include_hidden_fields: bool | None; form field or query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxtableidquery_metadata
        """
        return self._call(
            "GET",
            "/api/ee/sandbox/table/{}/query_metadata",
            (id,),
            form={
                "include_sensitive_fields": include_sensitive_fields,
                "include_hidden_fields": include_hidden_fields,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_user_attributes(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/user/attributes

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxuserattributes
        """
        return self._call(
            "GET",
            "/api/ee/sandbox/user/attributes",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_gtap(
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
        """POST /api/ee/sandbox/gtap/

        Args:
            table_id: int; JSON body; required.
            card_id: int | None; JSON body; optional; None sends null.
            group_id: int; JSON body; required.
            attribute_remappings: Any; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apieesandboxgtap
        """
        return self._call(
            "POST",
            "/api/ee/sandbox/gtap/",
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

    def update_gtap_by_id(
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
        """PUT /api/ee/sandbox/gtap/:id

        Args:
            id: int; path; required.
            card_id: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxgtapid
        """
        return self._call(
            "PUT",
            "/api/ee/sandbox/gtap/{}",
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

    def update_user_attributes(
        self,
        id: int,
        *,
        login_attributes: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/sandbox/user/:id/attributes

        Args:
            id: int; path; required.
            login_attributes: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxuseridattributes
        """
        return self._call(
            "PUT",
            "/api/ee/sandbox/user/{}/attributes",
            (id,),
            body={
                "login_attributes": login_attributes,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
