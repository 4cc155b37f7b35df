"""Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    DeleteEeWorkspaceManagerResponse,
    ExportMetadataResponse,
    GetEeConfigResponse,
    GetEeWorkspaceManagerResponse,
    GetEeWorkspaceManagerResponseItem,
    PostEeWorkspaceManagerResponse,
    PutEeWorkspaceManagerResponse,
)

_CREATE = RequestSpec(
    "POST",
    "/api/ee/workspace-manager",
    (
        Place("body", ("database_ids",)),
        Place("body", ("name",)),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/ee/workspace-manager/{}",
    (
        Place("path"),
        Place("query", ("ignore-pending",)),
    ),
)
_GET = RequestSpec("GET", "/api/ee/workspace-manager/{}", (Place("path"),))
_GET_CONFIG = RequestSpec("GET", "/api/ee/workspace-manager/{}/config", (Place("path"),))
_GET_METADATA_EXPORT = RequestSpec(
    "GET",
    "/api/ee/workspace-manager/{}/metadata/export",
    (
        Place("path"),
        Place("query", ("with-databases",)),
        Place("query", ("with-tables",)),
        Place("query", ("with-fields",)),
    ),
)
_LIST = RequestSpec("GET", "/api/ee/workspace-manager", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/ee/workspace-manager/{}",
    (
        Place("path"),
        Place("body", ("name",)),
    ),
)


class EeWorkspaceManagerResource(Resource):
    """Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""

    def create(
        self,
        *,
        database_ids: List[int],
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceManagerResponse:
        """POST /api/ee/workspace-manager

        Args:
            database_ids: JSON body; required; at least 1 item.
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-manager
        """
        _result: PostEeWorkspaceManagerResponse = self._call(
            _CREATE,
            (database_ids, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        ignore_pending: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeWorkspaceManagerResponse:
        """DELETE /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.
            ignore_pending: query string; optional; not sent by default (the server assumes false); sent as 'ignore-pending'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeworkspace-managerid
        """
        _result: DeleteEeWorkspaceManagerResponse = self._call(
            _DELETE,
            (id, ignore_pending),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceManagerResponse:
        """GET /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-managerid
        """
        _result: GetEeWorkspaceManagerResponse = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_config(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeConfigResponse:
        """GET /api/ee/workspace-manager/{id}/config

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridconfig
        """
        _result: GetEeConfigResponse = self._call(
            _GET_CONFIG,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_metadata_export(
        self,
        id: int,
        *,
        with_databases: bool | None = None,
        with_tables: bool | None = None,
        with_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> ExportMetadataResponse | None:
        """GET /api/ee/workspace-manager/{id}/metadata/export

        Args:
            id: path; required; must be >= 1.
            with_databases: query string; optional; not sent by default (the server assumes false); sent as 'with-databases'.
            with_tables: query string; optional; not sent by default (the server assumes false); sent as 'with-tables'.
            with_fields: query string; optional; not sent by default (the server assumes false); sent as 'with-fields'.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridmetadataexport
        """
        _result: ExportMetadataResponse | None = self._call(
            _GET_METADATA_EXPORT,
            (id, with_databases, with_tables, with_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeWorkspaceManagerResponseItem]:
        """GET /api/ee/workspace-manager

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manager
        """
        _result: List[GetEeWorkspaceManagerResponseItem] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeWorkspaceManagerResponse:
        """PUT /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeworkspace-managerid
        """
        _result: PutEeWorkspaceManagerResponse = self._call(
            _UPDATE,
            (id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeWorkspaceManagerResource(AsyncResource):
    """Routes of the 'ee-workspace-manager' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        database_ids: List[int],
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceManagerResponse:
        """POST /api/ee/workspace-manager

        Args:
            database_ids: JSON body; required; at least 1 item.
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-manager
        """
        _result: PostEeWorkspaceManagerResponse = await self._call(
            _CREATE,
            (database_ids, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        ignore_pending: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeWorkspaceManagerResponse:
        """DELETE /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.
            ignore_pending: query string; optional; not sent by default (the server assumes false); sent as 'ignore-pending'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeworkspace-managerid
        """
        _result: DeleteEeWorkspaceManagerResponse = await self._call(
            _DELETE,
            (id, ignore_pending),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceManagerResponse:
        """GET /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-managerid
        """
        _result: GetEeWorkspaceManagerResponse = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_config(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeConfigResponse:
        """GET /api/ee/workspace-manager/{id}/config

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridconfig
        """
        _result: GetEeConfigResponse = await self._call(
            _GET_CONFIG,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_metadata_export(
        self,
        id: int,
        *,
        with_databases: bool | None = None,
        with_tables: bool | None = None,
        with_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> ExportMetadataResponse | None:
        """GET /api/ee/workspace-manager/{id}/metadata/export

        Args:
            id: path; required; must be >= 1.
            with_databases: query string; optional; not sent by default (the server assumes false); sent as 'with-databases'.
            with_tables: query string; optional; not sent by default (the server assumes false); sent as 'with-tables'.
            with_fields: query string; optional; not sent by default (the server assumes false); sent as 'with-fields'.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridmetadataexport
        """
        _result: ExportMetadataResponse | None = await self._call(
            _GET_METADATA_EXPORT,
            (id, with_databases, with_tables, with_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeWorkspaceManagerResponseItem]:
        """GET /api/ee/workspace-manager

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manager
        """
        _result: List[GetEeWorkspaceManagerResponseItem] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeWorkspaceManagerResponse:
        """PUT /api/ee/workspace-manager/{id}

        Args:
            id: path; required; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeworkspace-managerid
        """
        _result: PutEeWorkspaceManagerResponse = await self._call(
            _UPDATE,
            (id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeWorkspaceManagerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            database_ids: List[int],
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceManagerResponse]: ...

        def delete(
            self,
            id: int,
            *,
            ignore_pending: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeWorkspaceManagerResponse]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceManagerResponse]: ...

        def get_config(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConfigResponse]: ...

        def get_metadata_export(
            self,
            id: int,
            *,
            with_databases: bool | None = None,
            with_tables: bool | None = None,
            with_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[ExportMetadataResponse | None]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeWorkspaceManagerResponseItem]]: ...

        def update(
            self,
            id: int,
            *,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeWorkspaceManagerResponse]: ...

    class AsyncRawEeWorkspaceManagerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            database_ids: List[int],
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceManagerResponse]: ...

        async def delete(
            self,
            id: int,
            *,
            ignore_pending: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeWorkspaceManagerResponse]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceManagerResponse]: ...

        async def get_config(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConfigResponse]: ...

        async def get_metadata_export(
            self,
            id: int,
            *,
            with_databases: bool | None = None,
            with_tables: bool | None = None,
            with_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[ExportMetadataResponse | None]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEeWorkspaceManagerResponseItem]]: ...

        async def update(
            self,
            id: int,
            *,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeWorkspaceManagerResponse]: ...
