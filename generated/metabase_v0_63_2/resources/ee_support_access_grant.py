"""Routes of the 'ee-support-access-grant' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
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
from .._schemas import GrantResponse, ListGrantsResponse

_CREATE = RequestSpec(
    "POST",
    "/api/ee/support-access-grant",
    (
        Place("body", ("grant_duration_minutes",)),
        Place("body", ("notes",)),
        Place("body", ("ticket_number",)),
    ),
)
_GET_CURRENT = RequestSpec("GET", "/api/ee/support-access-grant/current", ())
_LIST = RequestSpec(
    "GET",
    "/api/ee/support-access-grant",
    (
        Place("query", ("ticket-number",)),
        Place("query", ("user-id",)),
        Place("query", ("include-revoked",)),
    ),
)
_UPDATE_REVOKE = RequestSpec("PUT", "/api/ee/support-access-grant/{}/revoke", (Place("path"),))


class EeSupportAccessGrantResource(Resource):
    """Routes of the 'ee-support-access-grant' namespace (4 endpoints)."""

    def create(
        self,
        *,
        grant_duration_minutes: int,
        notes: str | None | Unset = UNSET,
        ticket_number: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse:
        """POST /api/ee/support-access-grant

        Args:
            grant_duration_minutes: JSON body; required; must be >= 1; must be <= 10080.
            notes: JSON body; optional; None sends null; at least 1 character; at most 255 characters.
            ticket_number: JSON body; optional; None sends null; at least 1 character; at most 100 characters.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesupport-access-grant
        """
        _result: GrantResponse = self._call(
            _CREATE,
            (grant_duration_minutes, notes, ticket_number),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse | None:
        """GET /api/ee/support-access-grant/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesupport-access-grantcurrent
        """
        _result: GrantResponse | None = self._call(
            _GET_CURRENT,
            (),
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
        ticket_number: str | None = None,
        user_id: int | None = None,
        include_revoked: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListGrantsResponse:
        """GET /api/ee/support-access-grant

        Args:
            ticket_number: query string; optional; sent as 'ticket-number'.
            user_id: query string; optional; must be >= 1; sent as 'user-id'.
            include_revoked: query string; optional; sent as 'include-revoked'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesupport-access-grant
        """
        _result: ListGrantsResponse = self._call(
            _LIST,
            (ticket_number, user_id, include_revoked),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_revoke(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse:
        """PUT /api/ee/support-access-grant/{id}/revoke

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieesupport-access-grantidrevoke
        """
        _result: GrantResponse = self._call(
            _UPDATE_REVOKE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeSupportAccessGrantResource(AsyncResource):
    """Routes of the 'ee-support-access-grant' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        grant_duration_minutes: int,
        notes: str | None | Unset = UNSET,
        ticket_number: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse:
        """POST /api/ee/support-access-grant

        Args:
            grant_duration_minutes: JSON body; required; must be >= 1; must be <= 10080.
            notes: JSON body; optional; None sends null; at least 1 character; at most 255 characters.
            ticket_number: JSON body; optional; None sends null; at least 1 character; at most 100 characters.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesupport-access-grant
        """
        _result: GrantResponse = await self._call(
            _CREATE,
            (grant_duration_minutes, notes, ticket_number),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse | None:
        """GET /api/ee/support-access-grant/current

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesupport-access-grantcurrent
        """
        _result: GrantResponse | None = await self._call(
            _GET_CURRENT,
            (),
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
        ticket_number: str | None = None,
        user_id: int | None = None,
        include_revoked: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListGrantsResponse:
        """GET /api/ee/support-access-grant

        Args:
            ticket_number: query string; optional; sent as 'ticket-number'.
            user_id: query string; optional; must be >= 1; sent as 'user-id'.
            include_revoked: query string; optional; sent as 'include-revoked'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesupport-access-grant
        """
        _result: ListGrantsResponse = await self._call(
            _LIST,
            (ticket_number, user_id, include_revoked),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_revoke(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GrantResponse:
        """PUT /api/ee/support-access-grant/{id}/revoke

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieesupport-access-grantidrevoke
        """
        _result: GrantResponse = await self._call(
            _UPDATE_REVOKE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeSupportAccessGrantResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            grant_duration_minutes: int,
            notes: str | None | Unset = UNSET,
            ticket_number: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse]: ...

        def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse | None]: ...

        def list(
            self,
            *,
            ticket_number: str | None = None,
            user_id: int | None = None,
            include_revoked: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListGrantsResponse]: ...

        def update_revoke(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse]: ...

    class AsyncRawEeSupportAccessGrantResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            grant_duration_minutes: int,
            notes: str | None | Unset = UNSET,
            ticket_number: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse]: ...

        async def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse | None]: ...

        async def list(
            self,
            *,
            ticket_number: str | None = None,
            user_id: int | None = None,
            include_revoked: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListGrantsResponse]: ...

        async def update_revoke(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GrantResponse]: ...
