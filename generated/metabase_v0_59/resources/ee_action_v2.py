"""Routes of the 'ee-action-v2' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    ScopeRawOption1,
    ScopeRawOption2,
    ScopeRawOption3,
    ScopeRawOption4,
    ScopeRawOption5,
    ScopeRawOption6,
    ScopeRawOption7,
)

_POST_EXECUTE = RequestSpec(
    "POST",
    "/api/ee/action-v2/execute",
    (
        Place("body", ("action",)),
        Place("body", ("scope",)),
        Place("body", ("input",)),
        Place("body", ("params",)),
    ),
)
_POST_EXECUTE_BULK = RequestSpec(
    "POST",
    "/api/ee/action-v2/execute-bulk",
    (
        Place("body", ("action",)),
        Place("body", ("inputs",)),
        Place("body", ("scope",)),
        Place("body", ("params",)),
    ),
)
_POST_EXECUTE_FORM = RequestSpec("POST", "/api/ee/action-v2/execute-form", ())


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
            action: JSON body; required.
            scope: JSON body; required.
            input: JSON body; optional.
            params: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute
        """
        return self._call(
            _POST_EXECUTE,
            (action, scope, input, params),
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
            action: JSON body; required.
            inputs: JSON body; required; at least 1 item.
            scope: JSON body; required.
            params: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute-bulk
        """
        return self._call(
            _POST_EXECUTE_BULK,
            (action, inputs, scope, params),
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute-form
        """
        return self._call(
            _POST_EXECUTE_FORM,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeActionV2Resource(AsyncResource):
    """Routes of the 'ee-action-v2' namespace, awaited (AsyncClient's)."""

    async def post_execute(
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
            action: JSON body; required.
            scope: JSON body; required.
            input: JSON body; optional.
            params: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute
        """
        return await self._call(
            _POST_EXECUTE,
            (action, scope, input, params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_execute_bulk(
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
            action: JSON body; required.
            inputs: JSON body; required; at least 1 item.
            scope: JSON body; required.
            params: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute-bulk
        """
        return await self._call(
            _POST_EXECUTE_BULK,
            (action, inputs, scope, params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_execute_form(
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeaction-v2execute-form
        """
        return await self._call(
            _POST_EXECUTE_FORM,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeActionV2Resource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def post_execute_form(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeActionV2Resource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_execute(
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
        ) -> RawResponse[Any]: ...

        async def post_execute_bulk(
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
        ) -> RawResponse[Any]: ...

        async def post_execute_form(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
