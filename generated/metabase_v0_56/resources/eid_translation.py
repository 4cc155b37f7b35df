"""Routes of the 'eid-translation' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EidTranslationResource(Resource):
    """Routes of the 'eid-translation' namespace (1 endpoints)."""

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
        return self._call(
            "POST",
            "/api/eid-translation/translate",
            (),
            body={
                "entity_ids": entity_ids,
            },
        )
