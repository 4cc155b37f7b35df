"""Routes of the 'metric' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset


class MetricResource(Resource):
    """Routes of the 'metric' namespace (9 endpoints)."""

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        table_id: int | Unset = UNSET,
        definition: dict[str, Any] | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metric/

        Args:
            name: str; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            table_id: int; JSON body; optional.
            definition: dict[str, Any]; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apimetric
        """
        return self._call(
            "POST",
            "/api/metric/",
            (),
            body={
                "name": name,
                "description": description,
                "table_id": table_id,
                "definition": definition,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/metric/:id is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        revision_message: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/metric/:id

        Args:
            id: int; path; required.
            revision_message: str; form field or query string; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apimetricid
        """
        return self._call(
            "DELETE",
            "/api/metric/{}",
            (id,),
            form={
                "revision_message": revision_message,
            },
            deprecated="DELETE /api/metric/:id is deprecated by Metabase",
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
        """GET /api/metric/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apimetricid
        """
        return self._call(
            "GET",
            "/api/metric/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/metric/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apimetricidrelated
        """
        return self._call(
            "GET",
            "/api/metric/{}/related",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_revisions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/metric/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apimetricidrevisions
        """
        return self._call(
            "GET",
            "/api/metric/{}/revisions",
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
        id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/metric/

        Args:
            id: int; form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apimetric
        """
        return self._call(
            "GET",
            "/api/metric/",
            (),
            form={
                "id": id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metric/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apimetricidrevert
        """
        return self._call(
            "POST",
            "/api/metric/{}/revert",
            (id,),
            body={
                "revision_id": revision_id,
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
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        revision_message: str | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        how_is_this_calculated: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; optional.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            how_is_this_calculated: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apimetricid
        """
        return self._call(
            "PUT",
            "/api/metric/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "description": description,
                "archived": archived,
                "definition": definition,
                "revision_message": revision_message,
                "show_in_getting_started": show_in_getting_started,
                "name": name,
                "caveats": caveats,
                "how_is_this_calculated": how_is_this_calculated,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_important_fields(
        self,
        id: int,
        *,
        important_field_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/metric/:id/important_fields

        Args:
            id: int; path; required.
            important_field_ids: list[int]; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apimetricidimportant_fields
        """
        return self._call(
            "PUT",
            "/api/metric/{}/important_fields",
            (id,),
            body={
                "important_field_ids": important_field_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
