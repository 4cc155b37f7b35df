"""Routes of the 'gadget' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class GadgetResource(Resource):
    """Routes of the 'gadget' namespace (2 endpoints)."""

    def list(
        self,
        *,
        sort: Literal["asc", "desc"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gadget/

        List gadgets.

        Args:
            sort: Literal['asc', 'desc'] | None; query string; optional; may be None; one of 'asc', 'desc'.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apigadget
        """
        return self._call(
            "GET",
            "/api/gadget/",
            (),
            query={
                "sort": sort,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_spin(
        self,
        id: int,
        *,
        speed: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gadget/:id/spin

        Spin a gadget.

        Args:
            id: int; path; required.
            speed: int; JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#post-apigadgetidspin
        """
        return self._call(
            "POST",
            "/api/gadget/{}/spin",
            (id,),
            body={
                "speed": speed,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
