"""Routes of the 'mt-gtap' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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
from .._schemas import GroupTableAccessPolicy

_CREATE = RequestSpec(
    "POST",
    "/api/mt/gtap/",
    (
        Place("body", ("table_id",)),
        Place("body", ("group_id",)),
        Place("body", ("card_id",)),
        Place("body", ("attribute_remappings",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/mt/gtap/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/mt/gtap/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/mt/gtap/",
    (
        Place("form", ("group_id",)),
        Place("form", ("table_id",)),
    ),
)
_POST_VALIDATE = RequestSpec(
    "POST",
    "/api/mt/gtap/validate",
    (
        Place("body", ("table_id",)),
        Place("body", ("card_id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/mt/gtap/{}",
    (
        Place("path"),
        Place("body", ("card_id",)),
        Place("body", whole=True),
    ),
)


class MtGtapResource(Resource):
    """Routes of the 'mt-gtap' namespace (6 endpoints)."""

    def create(
        self,
        *,
        table_id: int,
        group_id: int,
        card_id: int | None | Unset = UNSET,
        attribute_remappings: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/

        Args:
            table_id: JSON body; required; must be > 0.
            group_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            attribute_remappings: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtap
        """
        return self._call(
            _CREATE,
            (table_id, group_id, card_id, attribute_remappings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#delete-apimtgtapid
        """
        return self._call(
            _DELETE,
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
        """GET /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtapid
        """
        return self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        group_id: int | None = None,
        table_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GroupTableAccessPolicy | None:
        """GET /api/mt/gtap/

        Args:
            group_id: form field or query string; optional; must be > 0.
            table_id: form field or query string; optional; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtap
        """
        _result: GroupTableAccessPolicy | None = self._call(
            _LIST,
            (group_id, table_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_validate(
        self,
        *,
        table_id: int,
        card_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/validate

        Args:
            table_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtapvalidate
        """
        return self._call(
            _POST_VALIDATE,
            (table_id, card_id),
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
        card_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#put-apimtgtapid
        """
        return self._call(
            _UPDATE,
            (id, card_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncMtGtapResource(AsyncResource):
    """Routes of the 'mt-gtap' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        table_id: int,
        group_id: int,
        card_id: int | None | Unset = UNSET,
        attribute_remappings: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/

        Args:
            table_id: JSON body; required; must be > 0.
            group_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            attribute_remappings: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtap
        """
        return await self._call(
            _CREATE,
            (table_id, group_id, card_id, attribute_remappings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#delete-apimtgtapid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtapid
        """
        return await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        group_id: int | None = None,
        table_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GroupTableAccessPolicy | None:
        """GET /api/mt/gtap/

        Args:
            group_id: form field or query string; optional; must be > 0.
            table_id: form field or query string; optional; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#get-apimtgtap
        """
        _result: GroupTableAccessPolicy | None = await self._call(
            _LIST,
            (group_id, table_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_validate(
        self,
        *,
        table_id: int,
        card_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/mt/gtap/validate

        Args:
            table_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#post-apimtgtapvalidate
        """
        return await self._call(
            _POST_VALIDATE,
            (table_id, card_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        card_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/mt/gtap/:id

        Args:
            id: path; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sandbox-gtap#put-apimtgtapid
        """
        return await self._call(
            _UPDATE,
            (id, card_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawMtGtapResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            table_id: int,
            group_id: int,
            card_id: int | None | Unset = UNSET,
            attribute_remappings: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            group_id: int | None = None,
            table_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GroupTableAccessPolicy | None]: ...

        def post_validate(
            self,
            *,
            table_id: int,
            card_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            card_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawMtGtapResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            table_id: int,
            group_id: int,
            card_id: int | None | Unset = UNSET,
            attribute_remappings: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            group_id: int | None = None,
            table_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GroupTableAccessPolicy | None]: ...

        async def post_validate(
            self,
            *,
            table_id: int,
            card_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            card_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
