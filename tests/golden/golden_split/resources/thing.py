"""Routes of the 'thing' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class ThingResource(Resource):
    """Routes of the 'thing' namespace (1 endpoints)."""

    def create(
        self,
        *,
        kind: Literal["round", "square"],
        quoted_name: str,
        secret: Any,
        weight: int | List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
