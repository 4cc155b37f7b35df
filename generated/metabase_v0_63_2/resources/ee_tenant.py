"""Routes of the 'ee-tenant' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    GetEeTenantResponse_2,
    GetEeTenantResponse_3,
    PostEeTenantResponse,
    PutEeTenantResponse_2,
)

_CREATE = RequestSpec(
    "POST",
    "/api/ee/tenant",
    (
        Place("body", ("name",)),
        Place("body", ("slug",)),
        Place("body", ("attributes",)),
    ),
)
_GET = RequestSpec("GET", "/api/ee/tenant/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/ee/tenant",
    (
        Place("query", ("status",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/ee/tenant/{}",
    (
        Place("path"),
        Place("body", ("attributes",)),
        Place("body", ("is_active",)),
        Place("body", ("name",)),
    ),
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
            name: JSON body; required; at least 1 character.
            slug: JSON body; required; matches '^[-_a-z0-9]{1,255}$'.
            attributes: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetenant
        """
        _result: PostEeTenantResponse = self._call(
            _CREATE,
            (name, slug, attributes),
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
    ) -> GetEeTenantResponse_3:
        """GET /api/ee/tenant/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenantid
        """
        _result: GetEeTenantResponse_3 = self._call(
            _GET,
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
        status: Literal["all", "deactivated", "active"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTenantResponse_2:
        """GET /api/ee/tenant

        Args:
            status: query string; optional; not sent by default (the server assumes "all").
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenant
        """
        _result: GetEeTenantResponse_2 = self._call(
            _LIST,
            (status, limit, offset),
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
    ) -> PutEeTenantResponse_2:
        """PUT /api/ee/tenant/{id}

        Args:
            id: path; required; must be >= 1.
            attributes: JSON body; optional; None sends null.
            is_active: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetenantid
        """
        _result: PutEeTenantResponse_2 = self._call(
            _UPDATE,
            (id, attributes, is_active, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeTenantResource(AsyncResource):
    """Routes of the 'ee-tenant' namespace, awaited (AsyncClient's)."""

    async def create(
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
            name: JSON body; required; at least 1 character.
            slug: JSON body; required; matches '^[-_a-z0-9]{1,255}$'.
            attributes: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetenant
        """
        _result: PostEeTenantResponse = await self._call(
            _CREATE,
            (name, slug, attributes),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTenantResponse_3:
        """GET /api/ee/tenant/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenantid
        """
        _result: GetEeTenantResponse_3 = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        status: Literal["all", "deactivated", "active"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTenantResponse_2:
        """GET /api/ee/tenant

        Args:
            status: query string; optional; not sent by default (the server assumes "all").
            limit: query string; optional.
            offset: query string; optional.

        Part of Metabase's paid-plan features.
        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetenant
        """
        _result: GetEeTenantResponse_2 = await self._call(
            _LIST,
            (status, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> PutEeTenantResponse_2:
        """PUT /api/ee/tenant/{id}

        Args:
            id: path; required; must be >= 1.
            attributes: JSON body; optional; None sends null.
            is_active: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetenantid
        """
        _result: PutEeTenantResponse_2 = await self._call(
            _UPDATE,
            (id, attributes, is_active, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeTenantResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[PostEeTenantResponse]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse_3]: ...

        def list(
            self,
            *,
            status: Literal["all", "deactivated", "active"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse_2]: ...

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
        ) -> RawResponse[PutEeTenantResponse_2]: ...

    class AsyncRawEeTenantResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[PostEeTenantResponse]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse_3]: ...

        async def list(
            self,
            *,
            status: Literal["all", "deactivated", "active"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTenantResponse_2]: ...

        async def update(
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
        ) -> RawResponse[PutEeTenantResponse_2]: ...
