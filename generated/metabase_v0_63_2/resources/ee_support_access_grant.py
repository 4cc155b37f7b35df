"""Routes of the 'ee-support-access-grant' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import GrantResponse, ListGrantsResponse


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
            grant_duration_minutes: int; JSON body; required.
            notes: str | None; JSON body; optional; None sends null.
            ticket_number: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesupport-access-grant
        """
        _result: GrantResponse = self._call(
            "POST",
            "/api/ee/support-access-grant",
            (),
            body={
                "grant_duration_minutes": grant_duration_minutes,
                "notes": notes,
                "ticket_number": ticket_number,
            },
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
            "GET",
            "/api/ee/support-access-grant/current",
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
        ticket_number: str | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        include_revoked: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListGrantsResponse:
        """GET /api/ee/support-access-grant

        Args:
            ticket_number: str | None; query string; optional; may be None; sent as 'ticket-number'.
            user_id: int | None; query string; optional; may be None; sent as 'user-id'.
            include_revoked: bool | None; query string; optional; may be None; sent as 'include-revoked'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesupport-access-grant
        """
        _result: ListGrantsResponse = self._call(
            "GET",
            "/api/ee/support-access-grant",
            (),
            query={
                "ticket-number": ticket_number,
                "user-id": user_id,
                "include-revoked": include_revoked,
            },
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieesupport-access-grantidrevoke
        """
        _result: GrantResponse = self._call(
            "PUT",
            "/api/ee/support-access-grant/{}/revoke",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
