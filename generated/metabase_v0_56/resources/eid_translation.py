"""Routes of the 'eid-translation' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class EidTranslationResource:
    """Routes of the 'eid-translation' namespace (1 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def post_translate(
        self,
        *,
        entity_ids: dict[str, Any],
    ) -> Any:
        """POST /api/eid-translation/translate

        Args:
            entity_ids: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieid-translationtranslate
        """
        return self._client._call(
            "POST",
            "/api/eid-translation/translate",
            (),
            body={
                "entity_ids": entity_ids,
            },
        )
