"""Routes of the 'ee-remote-sync' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TYPE_CHECKING
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
    GetEeCurrentTaskResponse,
    GetEeHasRemoteChangesResponse,
    GetEeRemoteSyncBranchesResponse,
    GetEeRemoteSyncDirtyResponse,
    GetEeRemoteSyncIsDirtyResponse,
    PostEeCancelResponse,
    PostEeCreateBranchResponse,
    PostEeRemoteSyncExportResponse,
    PostEeRemoteSyncImportResponse,
    PostEeRemoteSyncStashResponse,
    PutEeRemoteSyncSettingsResponse,
)

_GET_BRANCHES = RequestSpec("GET", "/api/ee/remote-sync/branches", ())
_GET_CURRENT_TASK = RequestSpec("GET", "/api/ee/remote-sync/current-task", ())
_GET_DIRTY = RequestSpec("GET", "/api/ee/remote-sync/dirty", ())
_GET_HAS_REMOTE_CHANGES = RequestSpec(
    "GET", "/api/ee/remote-sync/has-remote-changes", (Place("query", ("force-refresh",)),)
)
_GET_IS_DIRTY = RequestSpec("GET", "/api/ee/remote-sync/is-dirty", ())
_POST_CREATE_BRANCH = RequestSpec(
    "POST", "/api/ee/remote-sync/create-branch", (Place("body", ("name",)),)
)
_POST_CURRENT_TASK_CANCEL = RequestSpec("POST", "/api/ee/remote-sync/current-task/cancel", ())
_POST_EXPORT = RequestSpec("POST", "/api/ee/remote-sync/export", ())
_POST_IMPORT = RequestSpec(
    "POST",
    "/api/ee/remote-sync/import",
    (
        Place("body", ("branch",)),
        Place("body", ("force",)),
    ),
)
_POST_STASH = RequestSpec(
    "POST",
    "/api/ee/remote-sync/stash",
    (
        Place("body", ("message",)),
        Place("body", ("new_branch",)),
    ),
)
_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/ee/remote-sync/settings",
    (
        Place("body", ("collections",)),
        Place("body", ("remote-sync-auto-import",)),
        Place("body", ("remote-sync-branch",)),
        Place("body", ("remote-sync-token",)),
        Place("body", ("remote-sync-transforms",)),
        Place("body", ("remote-sync-type",)),
        Place("body", ("remote-sync-url",)),
    ),
)


class EeRemoteSyncResource(Resource):
    """Routes of the 'ee-remote-sync' namespace (11 endpoints)."""

    def get_branches(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncBranchesResponse:
        """GET /api/ee/remote-sync/branches

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncbranches
        """
        _result: GetEeRemoteSyncBranchesResponse = self._call(
            _GET_BRANCHES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_current_task(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeCurrentTaskResponse | None:
        """GET /api/ee/remote-sync/current-task

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-synccurrent-task
        """
        _result: GetEeCurrentTaskResponse | None = self._call(
            _GET_CURRENT_TASK,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dirty(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncDirtyResponse:
        """GET /api/ee/remote-sync/dirty

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncdirty
        """
        _result: GetEeRemoteSyncDirtyResponse = self._call(
            _GET_DIRTY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_has_remote_changes(
        self,
        *,
        force_refresh: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeHasRemoteChangesResponse:
        """GET /api/ee/remote-sync/has-remote-changes

        Args:
            force_refresh: query string; optional; sent as 'force-refresh'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-synchas-remote-changes
        """
        _result: GetEeHasRemoteChangesResponse = self._call(
            _GET_HAS_REMOTE_CHANGES,
            (force_refresh,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_is_dirty(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncIsDirtyResponse:
        """GET /api/ee/remote-sync/is-dirty

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncis-dirty
        """
        _result: GetEeRemoteSyncIsDirtyResponse = self._call(
            _GET_IS_DIRTY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_create_branch(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCreateBranchResponse:
        """POST /api/ee/remote-sync/create-branch

        Args:
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-synccreate-branch
        """
        _result: PostEeCreateBranchResponse = self._call(
            _POST_CREATE_BRANCH,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_current_task_cancel(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCancelResponse:
        """POST /api/ee/remote-sync/current-task/cancel

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-synccurrent-taskcancel
        """
        _result: PostEeCancelResponse = self._call(
            _POST_CURRENT_TASK_CANCEL,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_export(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> PostEeRemoteSyncExportResponse | None:
        """POST /api/ee/remote-sync/export

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncexport
        """
        _result: PostEeRemoteSyncExportResponse | None = self._call(
            _POST_EXPORT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    def post_import(
        self,
        *,
        branch: str | Unset = UNSET,
        force: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncImportResponse:
        """POST /api/ee/remote-sync/import

        Args:
            branch: JSON body; optional; at least 1 character.
            force: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncimport
        """
        _result: PostEeRemoteSyncImportResponse = self._call(
            _POST_IMPORT,
            (branch, force),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_stash(
        self,
        *,
        message: str,
        new_branch: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncStashResponse:
        """POST /api/ee/remote-sync/stash

        Args:
            message: JSON body; required; at least 1 character.
            new_branch: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncstash
        """
        _result: PostEeRemoteSyncStashResponse = self._call(
            _POST_STASH,
            (message, new_branch),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_settings(
        self,
        *,
        collections: dict[str, bool] | None | Unset = UNSET,
        remote_sync_auto_import: bool | None | Unset = UNSET,
        remote_sync_branch: str | None | Unset = UNSET,
        remote_sync_token: str | None | Unset = UNSET,
        remote_sync_transforms: bool | None | Unset = UNSET,
        remote_sync_type: Literal["read-only", "read-write"] | None | Unset = UNSET,
        remote_sync_url: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeRemoteSyncSettingsResponse:
        """PUT /api/ee/remote-sync/settings

        Args:
            collections: JSON body; optional; None sends null.
            remote_sync_auto_import: JSON body; optional; None sends null; sent as 'remote-sync-auto-import'.
            remote_sync_branch: JSON body; optional; None sends null; sent as 'remote-sync-branch'.
            remote_sync_token: JSON body; optional; None sends null; sent as 'remote-sync-token'.
            remote_sync_transforms: JSON body; optional; None sends null; sent as 'remote-sync-transforms'.
            remote_sync_type: JSON body; optional; None sends null; sent as 'remote-sync-type'.
            remote_sync_url: JSON body; optional; None sends null; sent as 'remote-sync-url'.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeremote-syncsettings
        """
        _result: PutEeRemoteSyncSettingsResponse = self._call(
            _UPDATE_SETTINGS,
            (
                collections,
                remote_sync_auto_import,
                remote_sync_branch,
                remote_sync_token,
                remote_sync_transforms,
                remote_sync_type,
                remote_sync_url,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeRemoteSyncResource(AsyncResource):
    """Routes of the 'ee-remote-sync' namespace, awaited (AsyncClient's)."""

    async def get_branches(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncBranchesResponse:
        """GET /api/ee/remote-sync/branches

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncbranches
        """
        _result: GetEeRemoteSyncBranchesResponse = await self._call(
            _GET_BRANCHES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_current_task(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeCurrentTaskResponse | None:
        """GET /api/ee/remote-sync/current-task

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-synccurrent-task
        """
        _result: GetEeCurrentTaskResponse | None = await self._call(
            _GET_CURRENT_TASK,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dirty(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncDirtyResponse:
        """GET /api/ee/remote-sync/dirty

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncdirty
        """
        _result: GetEeRemoteSyncDirtyResponse = await self._call(
            _GET_DIRTY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_has_remote_changes(
        self,
        *,
        force_refresh: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeHasRemoteChangesResponse:
        """GET /api/ee/remote-sync/has-remote-changes

        Args:
            force_refresh: query string; optional; sent as 'force-refresh'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-synchas-remote-changes
        """
        _result: GetEeHasRemoteChangesResponse = await self._call(
            _GET_HAS_REMOTE_CHANGES,
            (force_refresh,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_is_dirty(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncIsDirtyResponse:
        """GET /api/ee/remote-sync/is-dirty

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeremote-syncis-dirty
        """
        _result: GetEeRemoteSyncIsDirtyResponse = await self._call(
            _GET_IS_DIRTY,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_create_branch(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCreateBranchResponse:
        """POST /api/ee/remote-sync/create-branch

        Args:
            name: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-synccreate-branch
        """
        _result: PostEeCreateBranchResponse = await self._call(
            _POST_CREATE_BRANCH,
            (name,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_current_task_cancel(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCancelResponse:
        """POST /api/ee/remote-sync/current-task/cancel

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-synccurrent-taskcancel
        """
        _result: PostEeCancelResponse = await self._call(
            _POST_CURRENT_TASK_CANCEL,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_export(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> PostEeRemoteSyncExportResponse | None:
        """POST /api/ee/remote-sync/export

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncexport
        """
        _result: PostEeRemoteSyncExportResponse | None = await self._call(
            _POST_EXPORT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    async def post_import(
        self,
        *,
        branch: str | Unset = UNSET,
        force: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncImportResponse:
        """POST /api/ee/remote-sync/import

        Args:
            branch: JSON body; optional; at least 1 character.
            force: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncimport
        """
        _result: PostEeRemoteSyncImportResponse = await self._call(
            _POST_IMPORT,
            (branch, force),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_stash(
        self,
        *,
        message: str,
        new_branch: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncStashResponse:
        """POST /api/ee/remote-sync/stash

        Args:
            message: JSON body; required; at least 1 character.
            new_branch: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeremote-syncstash
        """
        _result: PostEeRemoteSyncStashResponse = await self._call(
            _POST_STASH,
            (message, new_branch),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_settings(
        self,
        *,
        collections: dict[str, bool] | None | Unset = UNSET,
        remote_sync_auto_import: bool | None | Unset = UNSET,
        remote_sync_branch: str | None | Unset = UNSET,
        remote_sync_token: str | None | Unset = UNSET,
        remote_sync_transforms: bool | None | Unset = UNSET,
        remote_sync_type: Literal["read-only", "read-write"] | None | Unset = UNSET,
        remote_sync_url: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeRemoteSyncSettingsResponse:
        """PUT /api/ee/remote-sync/settings

        Args:
            collections: JSON body; optional; None sends null.
            remote_sync_auto_import: JSON body; optional; None sends null; sent as 'remote-sync-auto-import'.
            remote_sync_branch: JSON body; optional; None sends null; sent as 'remote-sync-branch'.
            remote_sync_token: JSON body; optional; None sends null; sent as 'remote-sync-token'.
            remote_sync_transforms: JSON body; optional; None sends null; sent as 'remote-sync-transforms'.
            remote_sync_type: JSON body; optional; None sends null; sent as 'remote-sync-type'.
            remote_sync_url: JSON body; optional; None sends null; sent as 'remote-sync-url'.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeremote-syncsettings
        """
        _result: PutEeRemoteSyncSettingsResponse = await self._call(
            _UPDATE_SETTINGS,
            (
                collections,
                remote_sync_auto_import,
                remote_sync_branch,
                remote_sync_token,
                remote_sync_transforms,
                remote_sync_type,
                remote_sync_url,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeRemoteSyncResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_branches(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncBranchesResponse]: ...

        def get_current_task(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeCurrentTaskResponse | None]: ...

        def get_dirty(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncDirtyResponse]: ...

        def get_has_remote_changes(
            self,
            *,
            force_refresh: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeHasRemoteChangesResponse]: ...

        def get_is_dirty(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncIsDirtyResponse]: ...

        def post_create_branch(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCreateBranchResponse]: ...

        def post_current_task_cancel(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCancelResponse]: ...

        def post_export(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[PostEeRemoteSyncExportResponse | None]: ...

        def post_import(
            self,
            *,
            branch: str | Unset = UNSET,
            force: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRemoteSyncImportResponse]: ...

        def post_stash(
            self,
            *,
            message: str,
            new_branch: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRemoteSyncStashResponse]: ...

        def update_settings(
            self,
            *,
            collections: dict[str, bool] | None | Unset = UNSET,
            remote_sync_auto_import: bool | None | Unset = UNSET,
            remote_sync_branch: str | None | Unset = UNSET,
            remote_sync_token: str | None | Unset = UNSET,
            remote_sync_transforms: bool | None | Unset = UNSET,
            remote_sync_type: Literal["read-only", "read-write"] | None | Unset = UNSET,
            remote_sync_url: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeRemoteSyncSettingsResponse]: ...

    class AsyncRawEeRemoteSyncResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_branches(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncBranchesResponse]: ...

        async def get_current_task(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeCurrentTaskResponse | None]: ...

        async def get_dirty(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncDirtyResponse]: ...

        async def get_has_remote_changes(
            self,
            *,
            force_refresh: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeHasRemoteChangesResponse]: ...

        async def get_is_dirty(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeRemoteSyncIsDirtyResponse]: ...

        async def post_create_branch(
            self,
            *,
            name: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCreateBranchResponse]: ...

        async def post_current_task_cancel(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCancelResponse]: ...

        async def post_export(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[PostEeRemoteSyncExportResponse | None]: ...

        async def post_import(
            self,
            *,
            branch: str | Unset = UNSET,
            force: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRemoteSyncImportResponse]: ...

        async def post_stash(
            self,
            *,
            message: str,
            new_branch: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeRemoteSyncStashResponse]: ...

        async def update_settings(
            self,
            *,
            collections: dict[str, bool] | None | Unset = UNSET,
            remote_sync_auto_import: bool | None | Unset = UNSET,
            remote_sync_branch: str | None | Unset = UNSET,
            remote_sync_token: str | None | Unset = UNSET,
            remote_sync_transforms: bool | None | Unset = UNSET,
            remote_sync_type: Literal["read-only", "read-write"] | None | Unset = UNSET,
            remote_sync_url: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeRemoteSyncSettingsResponse]: ...
