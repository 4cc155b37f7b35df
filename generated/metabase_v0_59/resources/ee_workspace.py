"""Routes of the 'ee-workspace' namespace (31 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    DeleteEeWorkspaceByWsIdResponse,
    ExecutionResult,
    GetEeWorkspaceByWsIdExternalTransformResponse,
    GetEeWorkspaceByWsIdGraphResponse,
    GetEeWorkspaceByWsIdInputPendingResponse,
    GetEeWorkspaceByWsIdLogResponse,
    GetEeWorkspaceByWsIdResponse,
    GetEeWorkspaceByWsIdTableResponse,
    GetEeWorkspaceByWsIdTransformByTxIdResponse,
    GetEeWorkspaceByWsIdTransformResponse,
    GetEeWorkspaceCheckoutResponse,
    GetEeWorkspaceDatabaseResponse,
    GetEeWorkspaceEnabledResponse,
    GetEeWorkspaceResponse,
    PostEeWorkspaceByWsIdArchiveResponse,
    PostEeWorkspaceByWsIdInputGrantResponse,
    PostEeWorkspaceByWsIdInputGrantTablesItem,
    PostEeWorkspaceByWsIdMergeResponseOption1,
    PostEeWorkspaceByWsIdRunResponse,
    PostEeWorkspaceByWsIdTransformByTxIdMergeResponse,
    PostEeWorkspaceByWsIdTransformResponse,
    PostEeWorkspaceByWsIdTransformValidateTargetResponse,
    PostEeWorkspaceByWsIdTransformValidateTargetTarget,
    PostEeWorkspaceByWsIdUnarchiveResponse,
    PostEeWorkspaceResponse,
    Problem,
    PutEeWorkspaceByWsIdResponse,
    PutEeWorkspaceByWsIdTransformByTxIdResponse,
    TransformTarget,
    WorkspacesQueryResult,
    WorkspacesTransformSourceOption1,
    WorkspacesTransformSourceOption2,
)


class EeWorkspaceResource(Resource):
    """Routes of the 'ee-workspace' namespace (31 endpoints)."""

    def create(
        self,
        *,
        database_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceResponse:
        """POST /api/ee/workspace

        Args:
            database_id: int; JSON body; optional.
            name: str; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspace
        """
        _result: PostEeWorkspaceResponse = self._call(
            "POST",
            "/api/ee/workspace",
            (),
            body={
                "database_id": database_id,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeWorkspaceByWsIdResponse:
        """DELETE /api/ee/workspace/{ws-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-id
        """
        _result: DeleteEeWorkspaceByWsIdResponse = self._call(
            "DELETE",
            "/api/ee/workspace/{}",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete_transform_by_tx_id(
        self,
        ws_id: int,
        tx_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-idtransformtx-id
        """
        _result: None = self._call(
            "DELETE",
            "/api/ee/workspace/{}/transform/{}",
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdResponse:
        """GET /api/ee/workspace/{ws-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-id
        """
        _result: GetEeWorkspaceByWsIdResponse = self._call(
            "GET",
            "/api/ee/workspace/{}",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("GET /api/ee/workspace/checkout is deprecated by Metabase", category=None)
    def get_checkout(
        self,
        *,
        transform_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceCheckoutResponse:
        """GET /api/ee/workspace/checkout

        Args:
            transform_id: int; query string; required; sent as 'transform-id'.

        Part of Metabase's paid-plan features.
        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacecheckout
        """
        _result: GetEeWorkspaceCheckoutResponse = self._call(
            "GET",
            "/api/ee/workspace/checkout",
            (),
            query={
                "transform-id": transform_id,
            },
            deprecated="GET /api/ee/workspace/checkout is deprecated by Metabase",
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_database(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceDatabaseResponse:
        """GET /api/ee/workspace/database

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacedatabase
        """
        _result: GetEeWorkspaceDatabaseResponse = self._call(
            "GET",
            "/api/ee/workspace/database",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_enabled(
        self,
        *,
        database_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceEnabledResponse:
        """GET /api/ee/workspace/enabled

        Args:
            database_id: int; query string; optional; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspaceenabled
        """
        _result: GetEeWorkspaceEnabledResponse = self._call(
            "GET",
            "/api/ee/workspace/enabled",
            (),
            query={
                "database-id": database_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_external_transform(
        self,
        ws_id: int,
        *,
        database_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdExternalTransformResponse:
        """GET /api/ee/workspace/{ws-id}/external/transform

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            database_id: int; query string; optional; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idexternaltransform
        """
        _result: GetEeWorkspaceByWsIdExternalTransformResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/external/transform",
            (ws_id,),
            query={
                "database-id": database_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdGraphResponse:
        """GET /api/ee/workspace/{ws-id}/graph

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idgraph
        """
        _result: GetEeWorkspaceByWsIdGraphResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/graph",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_input_pending(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdInputPendingResponse:
        """GET /api/ee/workspace/{ws-id}/input/pending

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idinputpending
        """
        _result: GetEeWorkspaceByWsIdInputPendingResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/input/pending",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_log(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdLogResponse:
        """GET /api/ee/workspace/{ws-id}/log

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idlog
        """
        _result: GetEeWorkspaceByWsIdLogResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/log",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_problem(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Problem]:
        """GET /api/ee/workspace/{ws-id}/problem

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idproblem
        """
        _result: List[Problem] = self._call(
            "GET",
            "/api/ee/workspace/{}/problem",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_table(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdTableResponse:
        """GET /api/ee/workspace/{ws-id}/table

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtable
        """
        _result: GetEeWorkspaceByWsIdTableResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/table",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_transform(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdTransformResponse:
        """GET /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransform
        """
        _result: GetEeWorkspaceByWsIdTransformResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/transform",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_transform_by_tx_id(
        self,
        ws_id: int,
        tx_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceByWsIdTransformByTxIdResponse:
        """GET /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransformtx-id
        """
        _result: GetEeWorkspaceByWsIdTransformByTxIdResponse = self._call(
            "GET",
            "/api/ee/workspace/{}/transform/{}",
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
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
    ) -> GetEeWorkspaceResponse:
        """GET /api/ee/workspace

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspace
        """
        _result: GetEeWorkspaceResponse = self._call(
            "GET",
            "/api/ee/workspace",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_archive(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdArchiveResponse:
        """POST /api/ee/workspace/{ws-id}/archive

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idarchive
        """
        _result: PostEeWorkspaceByWsIdArchiveResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/archive",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_input_grant(
        self,
        ws_id: int,
        *,
        tables: List[PostEeWorkspaceByWsIdInputGrantTablesItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdInputGrantResponse:
        """POST /api/ee/workspace/{ws-id}/input/grant

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tables: list[PostEeWorkspaceByWsIdInputGrantTablesItem]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idinputgrant
        """
        _result: PostEeWorkspaceByWsIdInputGrantResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/input/grant",
            (ws_id,),
            body={
                "tables": tables,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_merge(
        self,
        ws_id: int,
        *,
        commit_message: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdMergeResponseOption1 | str:
        """POST /api/ee/workspace/{ws-id}/merge

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            commit_message: str; JSON body; optional; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idmerge
        """
        _result: PostEeWorkspaceByWsIdMergeResponseOption1 | str = self._call(
            "POST",
            "/api/ee/workspace/{}/merge",
            (ws_id,),
            body={
                "commit-message": commit_message,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_query(
        self,
        ws_id: int,
        *,
        sql: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesQueryResult:
        """POST /api/ee/workspace/{ws-id}/query

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            sql: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idquery
        """
        _result: WorkspacesQueryResult = self._call(
            "POST",
            "/api/ee/workspace/{}/query",
            (ws_id,),
            body={
                "sql": sql,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_run(
        self,
        ws_id: int,
        *,
        stale_only: int | bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdRunResponse:
        """POST /api/ee/workspace/{ws-id}/run

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            stale_only: int | bool; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idrun
        """
        _result: PostEeWorkspaceByWsIdRunResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/run",
            (ws_id,),
            body={
                "stale_only": stale_only,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform(
        self,
        ws_id: int,
        *,
        name: str,
        source: WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdTransformResponse:
        """POST /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            source: WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransform
        """
        _result: PostEeWorkspaceByWsIdTransformResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/transform",
            (ws_id,),
            body={
                "description": description,
                "name": name,
                "source": source,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_archive(
        self,
        ws_id: int,
        tx_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/archive

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idarchive
        """
        _result: None = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/{}/archive",
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_dry_run(
        self,
        ws_id: int,
        tx_id: str,
        *,
        run_stale_ancestors: int | bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WorkspacesQueryResult:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/dry-run

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.
            run_stale_ancestors: int | bool; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-iddry-run
        """
        _result: WorkspacesQueryResult = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/{}/dry-run",
            (ws_id, tx_id),
            body={
                "run_stale_ancestors": run_stale_ancestors,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_merge(
        self,
        ws_id: int,
        tx_id: str,
        *,
        commit_message: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdTransformByTxIdMergeResponse:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/merge

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.
            commit_message: str; JSON body; optional; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idmerge
        """
        _result: PostEeWorkspaceByWsIdTransformByTxIdMergeResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/{}/merge",
            (ws_id, tx_id),
            body={
                "commit-message": commit_message,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_run(
        self,
        ws_id: int,
        tx_id: str,
        *,
        run_stale_ancestors: int | bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ExecutionResult:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/run

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.
            run_stale_ancestors: int | bool; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idrun
        """
        _result: ExecutionResult = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/{}/run",
            (ws_id, tx_id),
            body={
                "run_stale_ancestors": run_stale_ancestors,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_unarchive(
        self,
        ws_id: int,
        tx_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/unarchive

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idunarchive
        """
        _result: None = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/{}/unarchive",
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_transform_validate_target(
        self,
        ws_id: int,
        *,
        target: PostEeWorkspaceByWsIdTransformValidateTargetTarget,
        transform_id: str | Unset = UNSET,
        db_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdTransformValidateTargetResponse:
        """POST /api/ee/workspace/{ws-id}/transform/validate/target

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            transform_id: str; query string; optional; sent as 'transform-id'.
            db_id: int; JSON body; optional.
            target: PostEeWorkspaceByWsIdTransformValidateTargetTarget; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformvalidatetarget
        """
        _result: PostEeWorkspaceByWsIdTransformValidateTargetResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/transform/validate/target",
            (ws_id,),
            query={
                "transform-id": transform_id,
            },
            body={
                "db_id": db_id,
                "target": target,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_unarchive(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceByWsIdUnarchiveResponse:
        """POST /api/ee/workspace/{ws-id}/unarchive

        Args:
            ws_id: int; path; required; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idunarchive
        """
        _result: PostEeWorkspaceByWsIdUnarchiveResponse = self._call(
            "POST",
            "/api/ee/workspace/{}/unarchive",
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        ws_id: int,
        *,
        database_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeWorkspaceByWsIdResponse:
        """PUT /api/ee/workspace/{ws-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            database_id: int; JSON body; optional.
            name: str; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-id
        """
        _result: PutEeWorkspaceByWsIdResponse = self._call(
            "PUT",
            "/api/ee/workspace/{}",
            (ws_id,),
            body={
                "database_id": database_id,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_transform_by_tx_id(
        self,
        ws_id: int,
        tx_id: str,
        *,
        description: str | None | Unset = UNSET,
        name: str | Unset = UNSET,
        source: WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2 | Unset = UNSET,
        target: TransformTarget | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeWorkspaceByWsIdTransformByTxIdResponse:
        """PUT /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: int; path; required; sent as 'ws-id'.
            tx_id: str; path; required; sent as 'tx-id'.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            source: WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2; JSON body; optional.
            target: TransformTarget; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-idtransformtx-id
        """
        _result: PutEeWorkspaceByWsIdTransformByTxIdResponse = self._call(
            "PUT",
            "/api/ee/workspace/{}/transform/{}",
            (ws_id, tx_id),
            body={
                "description": description,
                "name": name,
                "source": source,
                "target": target,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
