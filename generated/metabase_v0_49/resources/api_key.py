"""Routes of the 'api-key' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class ApiKeyResource(Resource):
    """Routes of the 'api-key' namespace (6 endpoints)."""

    def create(
        self,
        *,
        group_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/api-key/

        Args:
            group_id: int; JSON body; optional.
            name: str; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#post-apiapi-key
        """
        return self._call(
            "POST",
            "/api/api-key/",
            (),
            body={
                "group_id": group_id,
                "name": name,
            },
            raw_body=body,
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
        """DELETE /api/api-key/:id

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#delete-apiapi-keyid
        """
        return self._call(
            "DELETE",
            "/api/api-key/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_count(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/api-key/count

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#get-apiapi-keycount
        """
        return self._call(
            "GET",
            "/api/api-key/count",
            (),
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
        """GET /api/api-key/

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#get-apiapi-key
        """
        return self._call(
            "GET",
            "/api/api-key/",
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
        group_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/api-key/:id

        Args:
            id: int; path; required.
            group_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#put-apiapi-keyid
        """
        return self._call(
            "PUT",
            "/api/api-key/{}",
            (id,),
            body={
                "group_id": group_id,
                "name": name,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_regenerate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/api-key/:id/regenerate

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/api-key#put-apiapi-keyidregenerate
        """
        return self._call(
            "PUT",
            "/api/api-key/{}/regenerate",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
