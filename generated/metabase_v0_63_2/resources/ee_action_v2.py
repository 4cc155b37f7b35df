"""Routes of the 'ee-action-v2' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    ScopeRawOption1,
    ScopeRawOption2,
    ScopeRawOption3,
    ScopeRawOption4,
    ScopeRawOption5,
    ScopeRawOption6,
    ScopeRawOption7,
)


class EeActionV2Resource(Resource):
    """Routes of the 'ee-action-v2' namespace (3 endpoints)."""

    def post_execute(
        self,
        *,
        action: int | str | dict[str, Any],
        scope: (
            ScopeRawOption1
            | ScopeRawOption2
            | ScopeRawOption3
            | ScopeRawOption4
            | ScopeRawOption5
            | ScopeRawOption6
            | ScopeRawOption7
        ),
        input: dict[str, Any] | Unset = UNSET,
        params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/action-v2/execute

        Args:
            action: int | str | dict[str, Any]; JSON body; required.
            input: dict[str, Any]; JSON body; optional.
            params: dict[str, Any]; JSON body; optional.
            scope: ScopeRawOption1 | ScopeRawOption2 | ScopeRawOption3 | ScopeRawOption4 | ScopeRawOption5 | ScopeRawOption6 | ScopeRawOption7; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeaction-v2execute
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_execute_bulk(
        self,
        *,
        action: int | str | dict[str, Any],
        inputs: List[dict[str, Any]],
        scope: (
            ScopeRawOption1
            | ScopeRawOption2
            | ScopeRawOption3
            | ScopeRawOption4
            | ScopeRawOption5
            | ScopeRawOption6
            | ScopeRawOption7
        ),
        params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/action-v2/execute-bulk

        Args:
            action: int | str | dict[str, Any]; JSON body; required.
            inputs: list[dict[str, Any]]; JSON body; required.
            params: dict[str, Any]; JSON body; optional.
            scope: ScopeRawOption1 | ScopeRawOption2 | ScopeRawOption3 | ScopeRawOption4 | ScopeRawOption5 | ScopeRawOption6 | ScopeRawOption7; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeaction-v2execute-bulk
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_execute_form(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/action-v2/execute-form

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeaction-v2execute-form
        """
        return self._call(
            "POST",
            "/api/ee/action-v2/execute-form",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
