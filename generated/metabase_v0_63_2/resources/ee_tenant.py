"""Routes of the 'ee-tenant' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeTenantByIdResponse,
    GetEeTenantResponse,
    PostEeTenantResponse,
    PutEeTenantByIdResponse,
)


class EeTenantResource(Resource):
    """Routes of the 'ee-tenant' namespace (4 endpoints)."""

    def create(
        self,
        *,
        name: str,
        slug: str,
        attributes: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeTenantResponse:
        """POST /api/ee/tenant

        Args:
            attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            slug: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetenant
        """
        _result: PostEeTenantResponse = self._call(
            "POST",
            "/api/ee/tenant",
            (),
            body={
                "attributes": attributes,
                "name": name,
                "slug": slug,
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
    ) -> GetEeTenantByIdResponse:
        """GET /api/ee/tenant/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenantid
        """
        _result: GetEeTenantByIdResponse = self._call(
            "GET",
            "/api/ee/tenant/{}",
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
        status: Literal["all", "deactivated", "active"] = "all",
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTenantResponse:
        """GET /api/ee/tenant

        Args:
            status: Literal['all', 'deactivated', 'active']; query string; optional; default "all"; one of 'all', 'deactivated', 'active'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenant
        """
        _result: GetEeTenantResponse = self._call(
            "GET",
            "/api/ee/tenant",
            (),
            query={
                "status": status,
                "limit": limit,
                "offset": offset,
            },
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
        attributes: dict[str, Any] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeTenantByIdResponse:
        """PUT /api/ee/tenant/{id}

        Args:
            id: int; path; required.
            attributes: dict[str, Any] | None; JSON body; optional; None sends null.
            is_active: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetenantid
        """
        _result: PutEeTenantByIdResponse = self._call(
            "PUT",
            "/api/ee/tenant/{}",
            (id,),
            body={
                "attributes": attributes,
                "is_active": is_active,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
