"""Routes of the 'api-key' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PutApiKeyByIdRegenerateResponse


class ApiKeyResource(Resource):
    """Routes of the 'api-key' namespace (6 endpoints)."""

    def create(
        self,
        *,
        group_id: int,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/api-key

        Args:
            group_id: int; JSON body; required.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiapi-key
        """
        return self._call(
            "POST",
            "/api/api-key",
            (),
            body={
                "group_id": group_id,
                "name": name,
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
        """DELETE /api/api-key/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiapi-keyid
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiapi-keycount
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
        """GET /api/api-key

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiapi-key
        """
        return self._call(
            "GET",
            "/api/api-key",
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/api-key/{id}

        Args:
            id: int; path; required.
            group_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiapi-keyid
        """
        return self._call(
            "PUT",
            "/api/api-key/{}",
            (id,),
            body={
                "group_id": group_id,
                "name": name,
            },
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
    ) -> PutApiKeyByIdRegenerateResponse:
        """PUT /api/api-key/{id}/regenerate

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiapi-keyidregenerate
        """
        _result: PutApiKeyByIdRegenerateResponse = self._call(
            "PUT",
            "/api/api-key/{}/regenerate",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
