"""Routes of the 'thing' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class ThingResource(Resource):
    """Routes of the 'thing' namespace (1 endpoints)."""

    def create(
        self,
        *,
        kind: Literal["round", "square"],
        quoted_name: str,
        secret: Any,
        weight: int | List[int] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/thing/

        Make a thing.

        Args:
            kind: Literal['round', 'square']; JSON body; required; one of 'round', 'square'.
            weight: int | list[int] | None; JSON body; optional; None sends null; must be > 0.
            quoted_name: str; JSON body; required; sent as '\\\\"quoted\\\\" name'.
            secret: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/latest/api/thing#post-apithing
        """
        return self._call(
            "POST",
            "/api/thing/",
            (),
            body={
                "kind": kind,
                "weight": weight,
                '\\"quoted\\" name': quoted_name,
                "secret": secret,
            },
        )
