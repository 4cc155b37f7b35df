"""Routes of the 'ee-sandbox' namespace (8 endpoints)."""

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

_DELETE_GTAP_BY_ID = RequestSpec("DELETE", "/api/ee/sandbox/gtap/{}", (Place("path"),))
_GET_GTAP = RequestSpec("GET", "/api/ee/sandbox/gtap/", ())
_GET_GTAP_BY_ID = RequestSpec("GET", "/api/ee/sandbox/gtap/{}", (Place("path"),))
_GET_TABLE_QUERY_METADATA = RequestSpec(
    "GET",
    "/api/ee/sandbox/table/{}/query_metadata",
    (
        Place("path"),
        Place("form", ("include_sensitive_fields",)),
        Place("form", ("include_hidden_fields",)),
    ),
)
_GET_USER_ATTRIBUTES = RequestSpec("GET", "/api/ee/sandbox/user/attributes", ())
_POST_GTAP = RequestSpec(
    "POST",
    "/api/ee/sandbox/gtap/",
    (
        Place("body", ("table_id",)),
        Place("body", ("group_id",)),
        Place("body", ("card_id",)),
        Place("body", ("attribute_remappings",)),
    ),
)
_UPDATE_GTAP_BY_ID = RequestSpec(
    "PUT",
    "/api/ee/sandbox/gtap/{}",
    (Place("path"), Place("body", ("card_id",)), Place("body", whole=True)),
)
_UPDATE_USER_ATTRIBUTES = RequestSpec(
    "PUT",
    "/api/ee/sandbox/user/{}/attributes",
    (Place("path"), Place("body", ("login_attributes",))),
)


class EeSandboxResource(Resource):
    """Routes of the 'ee-sandbox' namespace (8 endpoints)."""

    def delete_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apieesandboxgtapid
        """
        return self._call(
            _DELETE_GTAP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_gtap(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtap
        """
        return self._call(
            _GET_GTAP,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtapid
        """
        return self._call(
            _GET_GTAP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_table_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/table/:id/query_metadata

        Args:
            id: path; required.
            include_sensitive_fields: form field or query string; optional.
            include_hidden_fields: form field or query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxtableidquery_metadata
        """
        return self._call(
            _GET_TABLE_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_user_attributes(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/user/attributes

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxuserattributes
        """
        return self._call(
            _GET_USER_ATTRIBUTES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_gtap(
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
        """POST /api/ee/sandbox/gtap/

        Args:
            table_id: JSON body; required; must be > 0.
            group_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            attribute_remappings: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apieesandboxgtap
        """
        return self._call(
            _POST_GTAP,
            (table_id, group_id, card_id, attribute_remappings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_gtap_by_id(
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
        """PUT /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.
            card_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxgtapid
        """
        return self._call(
            _UPDATE_GTAP_BY_ID,
            (id, card_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_user_attributes(
        self,
        id: int,
        *,
        login_attributes: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/sandbox/user/:id/attributes

        Args:
            id: path; required.
            login_attributes: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxuseridattributes
        """
        return self._call(
            _UPDATE_USER_ATTRIBUTES,
            (id, login_attributes),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeSandboxResource(AsyncResource):
    """Routes of the 'ee-sandbox' namespace, awaited (AsyncClient's)."""

    async def delete_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apieesandboxgtapid
        """
        return await self._call(
            _DELETE_GTAP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_gtap(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtap
        """
        return await self._call(
            _GET_GTAP,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_gtap_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxgtapid
        """
        return await self._call(
            _GET_GTAP_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_table_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/table/:id/query_metadata

        Args:
            id: path; required.
            include_sensitive_fields: form field or query string; optional.
            include_hidden_fields: form field or query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxtableidquery_metadata
        """
        return await self._call(
            _GET_TABLE_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_attributes(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/sandbox/user/attributes

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieesandboxuserattributes
        """
        return await self._call(
            _GET_USER_ATTRIBUTES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_gtap(
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
        """POST /api/ee/sandbox/gtap/

        Args:
            table_id: JSON body; required; must be > 0.
            group_id: JSON body; required; must be > 0.
            card_id: JSON body; optional; None sends null; must be > 0.
            attribute_remappings: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apieesandboxgtap
        """
        return await self._call(
            _POST_GTAP,
            (table_id, group_id, card_id, attribute_remappings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_gtap_by_id(
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
        """PUT /api/ee/sandbox/gtap/:id

        Args:
            id: path; required.
            card_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxgtapid
        """
        return await self._call(
            _UPDATE_GTAP_BY_ID,
            (id, card_id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_user_attributes(
        self,
        id: int,
        *,
        login_attributes: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/sandbox/user/:id/attributes

        Args:
            id: path; required.
            login_attributes: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieesandboxuseridattributes
        """
        return await self._call(
            _UPDATE_USER_ATTRIBUTES,
            (id, login_attributes),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeSandboxResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_gtap_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_gtap(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_gtap_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_table_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_user_attributes(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_gtap(
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

        def update_gtap_by_id(
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

        def update_user_attributes(
            self,
            id: int,
            *,
            login_attributes: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawEeSandboxResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_gtap_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_gtap(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_gtap_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_table_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_user_attributes(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_gtap(
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

        async def update_gtap_by_id(
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

        async def update_user_attributes(
            self,
            id: int,
            *,
            login_attributes: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
