"""Routes of the 'ee-action-v2' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class EeActionV2Resource(Resource):
    """Routes of the 'ee-action-v2' namespace (3 endpoints)."""

    def post_execute(
        self,
        *,
        action: int | str | dict[str, Any],
        scope: dict[str, Any],
        input: dict[str, Any] | Unset = UNSET,
        params: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/action-v2/execute

        Args:
            action: int | str | dict[str, Any]; JSON body; required.
            input: dict[str, Any]; JSON body; optional.
            params: dict[str, Any]; JSON body; optional.
            scope: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeaction-v2execute
        """
        return self._call(
            "POST",
            "/api/ee/action-v2/execute",
            (),
            body={
                "action": action,
                "input": input,
                "params": params,
                "scope": scope,
            },
        )

    def post_execute_bulk(
        self,
        *,
        action: int | str | dict[str, Any],
        inputs: List[dict[str, Any]],
        scope: dict[str, Any],
        params: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/ee/action-v2/execute-bulk

        Args:
            action: int | str | dict[str, Any]; JSON body; required.
            inputs: list[dict[str, Any]]; JSON body; required.
            params: dict[str, Any]; JSON body; optional.
            scope: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeaction-v2execute-bulk
        """
        return self._call(
            "POST",
            "/api/ee/action-v2/execute-bulk",
            (),
            body={
                "action": action,
                "inputs": inputs,
                "params": params,
                "scope": scope,
            },
        )

    def post_execute_form(self) -> Any:
        """POST /api/ee/action-v2/execute-form

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeaction-v2execute-form
        """
        return self._call(
            "POST",
            "/api/ee/action-v2/execute-form",
            (),
        )
