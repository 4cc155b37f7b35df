"""Routes of the 'pulse' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset


class PulseResource(Resource):
    """Routes of the 'pulse' namespace (9 endpoints)."""

    def create(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse

        Args:
            cards: Any; JSON body; required.
            channels: Any; JSON body; required.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            skip_if_empty: bool | None; JSON body; optional; default false; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipulse
        """
        return self._call(
            "POST",
            "/api/pulse",
            (),
            body={
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
                "name": name,
                "parameters": parameters,
                "skip_if_empty": skip_if_empty,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_subscription(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/pulse/{id}/subscription

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apipulseidsubscription
        """
        return self._call(
            "DELETE",
            "/api/pulse/{}/subscription",
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
        """GET /api/pulse/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipulseid
        """
        return self._call(
            "GET",
            "/api/pulse/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_form_input(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/form_input

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipulseform_input
        """
        return self._call(
            "GET",
            "/api/pulse/form_input",
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
        archived: bool | None = False,
        dashboard_id: int | None | Unset = UNSET,
        creator_or_recipient: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse

        Args:
            archived: bool | None; query string; optional; default false; may be None.
            dashboard_id: int | None; query string; optional; may be None.
            creator_or_recipient: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apipulse
        """
        return self._call(
            "GET",
            "/api/pulse",
            (),
            query={
                "archived": archived,
                "dashboard_id": dashboard_id,
                "creator_or_recipient": creator_or_recipient,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_test(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        disable_links: bool | None = False,
        skip_if_empty: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/test

        Args:
            cards: Any; JSON body; required.
            channels: Any; JSON body; required.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            disable_links: bool | None; JSON body; optional; default false; None sends null.
            name: str; JSON body; required.
            skip_if_empty: bool | None; JSON body; optional; default false; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipulsetest
        """
        return self._call(
            "POST",
            "/api/pulse/test",
            (),
            body={
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
                "disable_links": disable_links,
                "name": name,
                "skip_if_empty": skip_if_empty,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/unsubscribe

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipulseunsubscribe
        """
        return self._call(
            "POST",
            "/api/pulse/unsubscribe",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unsubscribe_undo(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/unsubscribe/undo

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apipulseunsubscribeundo
        """
        return self._call(
            "POST",
            "/api/pulse/unsubscribe/undo",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
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
        archived: bool | None = False,
        cards: Any | None | Unset = UNSET,
        channels: Any | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/pulse/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; default false; None sends null.
            cards: Any | None; JSON body; optional; None sends null.
            channels: Any | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            skip_if_empty: bool | None; JSON body; optional; default false; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apipulseid
        """
        return self._call(
            "PUT",
            "/api/pulse/{}",
            (id,),
            body={
                "archived": archived,
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "name": name,
                "parameters": parameters,
                "skip_if_empty": skip_if_empty,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
