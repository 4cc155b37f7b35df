"""Routes of the 'ee-gsheets' namespace (5 endpoints)."""

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
from .._schemas import (
    GetEeServiceAccountResponse,
    ResponseOption1,
    ResponseOption2Option2,
    ResponseOption2Option3,
    ResponseOption2Option4,
)

_DELETE_CONNECTION = RequestSpec("DELETE", "/api/ee/gsheets/connection", ())
_GET_CONNECTION = RequestSpec("GET", "/api/ee/gsheets/connection", ())
_GET_SERVICE_ACCOUNT = RequestSpec("GET", "/api/ee/gsheets/service-account", ())
_POST_CONNECTION = RequestSpec("POST", "/api/ee/gsheets/connection", (Place("body", ("url",)),))
_POST_CONNECTION_SYNC = RequestSpec("POST", "/api/ee/gsheets/connection/sync", ())


class EeGsheetsResource(Resource):
    """Routes of the 'ee-gsheets' namespace (5 endpoints)."""

    def delete_connection(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieegsheetsconnection
        """
        return self._call(
            _DELETE_CONNECTION,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_connection(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        ResponseOption1
        | dict[str, Any]
        | ResponseOption2Option2
        | ResponseOption2Option3
        | ResponseOption2Option4
    ):
        """GET /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieegsheetsconnection
        """
        _result: (
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ) = self._call(
            _GET_CONNECTION,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_service_account(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeServiceAccountResponse:
        """GET /api/ee/gsheets/service-account

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieegsheetsservice-account
        """
        _result: GetEeServiceAccountResponse = self._call(
            _GET_SERVICE_ACCOUNT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_connection(
        self,
        *,
        url: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        ResponseOption1
        | dict[str, Any]
        | ResponseOption2Option2
        | ResponseOption2Option3
        | ResponseOption2Option4
    ):
        """POST /api/ee/gsheets/connection

        Args:
            url: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieegsheetsconnection
        """
        _result: (
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ) = self._call(
            _POST_CONNECTION,
            (url,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_connection_sync(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/gsheets/connection/sync

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieegsheetsconnectionsync
        """
        return self._call(
            _POST_CONNECTION_SYNC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeGsheetsResource(AsyncResource):
    """Routes of the 'ee-gsheets' namespace, awaited (AsyncClient's)."""

    async def delete_connection(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieegsheetsconnection
        """
        return await self._call(
            _DELETE_CONNECTION,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_connection(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        ResponseOption1
        | dict[str, Any]
        | ResponseOption2Option2
        | ResponseOption2Option3
        | ResponseOption2Option4
    ):
        """GET /api/ee/gsheets/connection

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieegsheetsconnection
        """
        _result: (
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ) = await self._call(
            _GET_CONNECTION,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_service_account(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeServiceAccountResponse:
        """GET /api/ee/gsheets/service-account

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieegsheetsservice-account
        """
        _result: GetEeServiceAccountResponse = await self._call(
            _GET_SERVICE_ACCOUNT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_connection(
        self,
        *,
        url: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        ResponseOption1
        | dict[str, Any]
        | ResponseOption2Option2
        | ResponseOption2Option3
        | ResponseOption2Option4
    ):
        """POST /api/ee/gsheets/connection

        Args:
            url: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieegsheetsconnection
        """
        _result: (
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ) = await self._call(
            _POST_CONNECTION,
            (url,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_connection_sync(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/gsheets/connection/sync

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieegsheetsconnectionsync
        """
        return await self._call(
            _POST_CONNECTION_SYNC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeGsheetsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_connection(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_connection(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ]: ...

        def get_service_account(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeServiceAccountResponse]: ...

        def post_connection(
            self,
            *,
            url: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ]: ...

        def post_connection_sync(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeGsheetsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_connection(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_connection(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ]: ...

        async def get_service_account(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeServiceAccountResponse]: ...

        async def post_connection(
            self,
            *,
            url: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            ResponseOption1
            | dict[str, Any]
            | ResponseOption2Option2
            | ResponseOption2Option3
            | ResponseOption2Option4
        ]: ...

        async def post_connection_sync(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
