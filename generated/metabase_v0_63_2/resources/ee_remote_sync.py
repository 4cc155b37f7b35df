"""Routes of the 'ee-remote-sync' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeRemoteSyncBranchesResponse,
    GetEeRemoteSyncCurrentTaskResponse,
    GetEeRemoteSyncDirtyResponse,
    GetEeRemoteSyncExportPreflightResponse,
    GetEeRemoteSyncHasRemoteChangesResponse,
    GetEeRemoteSyncIsDirtyResponse,
    PostEeRemoteSyncCreateBranchResponse,
    PostEeRemoteSyncCurrentTaskCancelResponse,
    PostEeRemoteSyncExportResponse,
    PostEeRemoteSyncImportResponse,
    PostEeRemoteSyncStashResponse,
    PostEeRemoteSyncTestConnectionResponse,
    PutEeRemoteSyncSettingsResponse,
)


class EeRemoteSyncResource(Resource):
    """Routes of the 'ee-remote-sync' namespace (13 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-syncbranches
        """
        _result: GetEeRemoteSyncBranchesResponse = self._call(
            "GET",
            "/api/ee/remote-sync/branches",
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
    ) -> GetEeRemoteSyncCurrentTaskResponse | None:
        """GET /api/ee/remote-sync/current-task

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-synccurrent-task
        """
        _result: GetEeRemoteSyncCurrentTaskResponse | None = self._call(
            "GET",
            "/api/ee/remote-sync/current-task",
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-syncdirty
        """
        _result: GetEeRemoteSyncDirtyResponse = self._call(
            "GET",
            "/api/ee/remote-sync/dirty",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_export_preflight(
        self,
        *,
        branch: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncExportPreflightResponse:
        """GET /api/ee/remote-sync/export-preflight

        Args:
            branch: str; query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-syncexport-preflight
        """
        _result: GetEeRemoteSyncExportPreflightResponse = self._call(
            "GET",
            "/api/ee/remote-sync/export-preflight",
            (),
            query={
                "branch": branch,
            },
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
        force_refresh: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeRemoteSyncHasRemoteChangesResponse:
        """GET /api/ee/remote-sync/has-remote-changes

        Args:
            force_refresh: bool; query string; optional; sent as 'force-refresh'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-synchas-remote-changes
        """
        _result: GetEeRemoteSyncHasRemoteChangesResponse = self._call(
            "GET",
            "/api/ee/remote-sync/has-remote-changes",
            (),
            query={
                "force-refresh": force_refresh,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeremote-syncis-dirty
        """
        _result: GetEeRemoteSyncIsDirtyResponse = self._call(
            "GET",
            "/api/ee/remote-sync/is-dirty",
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
    ) -> PostEeRemoteSyncCreateBranchResponse:
        """POST /api/ee/remote-sync/create-branch

        Args:
            name: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-synccreate-branch
        """
        _result: PostEeRemoteSyncCreateBranchResponse = self._call(
            "POST",
            "/api/ee/remote-sync/create-branch",
            (),
            body={
                "name": name,
            },
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
    ) -> PostEeRemoteSyncCurrentTaskCancelResponse:
        """POST /api/ee/remote-sync/current-task/cancel

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-synccurrent-taskcancel
        """
        _result: PostEeRemoteSyncCurrentTaskCancelResponse = self._call(
            "POST",
            "/api/ee/remote-sync/current-task/cancel",
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
        branch: str,
        force: bool | Unset = UNSET,
        merge: bool | Unset = UNSET,
        message: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> PostEeRemoteSyncExportResponse | None:
        """POST /api/ee/remote-sync/export

        Args:
            branch: str; JSON body; required.
            force: bool; JSON body; optional.
            merge: bool; JSON body; optional.
            message: str; JSON body; optional.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-syncexport
        """
        _result: PostEeRemoteSyncExportResponse | None = self._call(
            "POST",
            "/api/ee/remote-sync/export",
            (),
            body={
                "branch": branch,
                "force": force,
                "merge": merge,
                "message": message,
            },
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
        expected_branch: str,
        branch: str | Unset = UNSET,
        force: bool | Unset = UNSET,
        merge: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncImportResponse:
        """POST /api/ee/remote-sync/import

        Args:
            branch: str; JSON body; optional.
            expected_branch: str; JSON body; required.
            force: bool; JSON body; optional.
            merge: bool; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-syncimport
        """
        _result: PostEeRemoteSyncImportResponse = self._call(
            "POST",
            "/api/ee/remote-sync/import",
            (),
            body={
                "branch": branch,
                "expected_branch": expected_branch,
                "force": force,
                "merge": merge,
            },
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
            message: str; JSON body; required.
            new_branch: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-syncstash
        """
        _result: PostEeRemoteSyncStashResponse = self._call(
            "POST",
            "/api/ee/remote-sync/stash",
            (),
            body={
                "message": message,
                "new_branch": new_branch,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_test_connection(
        self,
        *,
        remote_sync_token: str | None | Unset = UNSET,
        remote_sync_url: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeRemoteSyncTestConnectionResponse:
        """POST /api/ee/remote-sync/test-connection

        Args:
            remote_sync_token: str | None; JSON body; optional; None sends null; sent as 'remote-sync-token'.
            remote_sync_url: str | None; JSON body; optional; None sends null; sent as 'remote-sync-url'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeremote-synctest-connection
        """
        _result: PostEeRemoteSyncTestConnectionResponse = self._call(
            "POST",
            "/api/ee/remote-sync/test-connection",
            (),
            body={
                "remote-sync-token": remote_sync_token,
                "remote-sync-url": remote_sync_url,
            },
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
            collections: dict[str, bool] | None; JSON body; optional; None sends null.
            remote_sync_auto_import: bool | None; JSON body; optional; None sends null; sent as 'remote-sync-auto-import'.
            remote_sync_branch: str | None; JSON body; optional; None sends null; sent as 'remote-sync-branch'.
            remote_sync_token: str | None; JSON body; optional; None sends null; sent as 'remote-sync-token'.
            remote_sync_transforms: bool | None; JSON body; optional; None sends null; sent as 'remote-sync-transforms'.
            remote_sync_type: Literal['read-only', 'read-write'] | None; JSON body; optional; None sends null; one of 'read-only', 'read-write'; sent as 'remote-sync-type'.
            remote_sync_url: str | None; JSON body; optional; None sends null; sent as 'remote-sync-url'.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeremote-syncsettings
        """
        _result: PutEeRemoteSyncSettingsResponse = self._call(
            "PUT",
            "/api/ee/remote-sync/settings",
            (),
            body={
                "collections": collections,
                "remote-sync-auto-import": remote_sync_auto_import,
                "remote-sync-branch": remote_sync_branch,
                "remote-sync-token": remote_sync_token,
                "remote-sync-transforms": remote_sync_transforms,
                "remote-sync-type": remote_sync_type,
                "remote-sync-url": remote_sync_url,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
