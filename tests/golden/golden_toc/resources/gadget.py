"""Routes of the 'gadget' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class GadgetResource(Resource):
    """Routes of the 'gadget' namespace (2 endpoints)."""

    def list(
        self,
        *,
        sort: Literal["asc", "desc"] | None | Unset = UNSET,
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
        )

    def post_spin(
        self,
        id: int,
        *,
        speed: int,
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
        )
