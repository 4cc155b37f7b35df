"""Routes of the 'ee-workspace' namespace (31 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
from typing_extensions import deprecated
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
    DeleteEeWorkspaceResponse,
    ExecutionResult,
    GetEePendingResponse,
    GetEeTransformResponse,
    GetEeWorkspaceCheckoutResponse,
    GetEeWorkspaceDatabaseResponse,
    GetEeWorkspaceEnabledResponse,
    GetEeWorkspaceGraphResponse,
    GetEeWorkspaceLogResponse,
    GetEeWorkspaceResponse,
    GetEeWorkspaceResponse_2,
    GetEeWorkspaceTableResponse,
    GetEeWorkspaceTransformResponse,
    GetEeWorkspaceTransformResponse_2,
    PostEeGrantResponse,
    PostEeGrantTablesItem,
    PostEeMergeResponse,
    PostEeTargetResponse,
    PostEeTargetTarget,
    PostEeWorkspaceArchiveResponse,
    PostEeWorkspaceMergeResponseOption1,
    PostEeWorkspaceResponse,
    PostEeWorkspaceRunResponse,
    PostEeWorkspaceTransformResponse,
    PostEeWorkspaceUnarchiveResponse,
    Problem,
    PutEeWorkspaceResponse,
    PutEeWorkspaceTransformResponse,
    TransformTarget,
    WorkspacesQueryResult,
    WorkspacesTransformSourceOption1,
    WorkspacesTransformSourceOption2,
)

_CREATE = RequestSpec(
    "POST",
    "/api/ee/workspace",
    (
        Place("body", ("database_id",)),
        Place("body", ("name",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/ee/workspace/{}", (Place("path"),))
_DELETE_TRANSFORM_BY_TX_ID = RequestSpec(
    "DELETE",
    "/api/ee/workspace/{}/transform/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET = RequestSpec("GET", "/api/ee/workspace/{}", (Place("path"),))
_GET_CHECKOUT = RequestSpec(
    "GET",
    "/api/ee/workspace/checkout",
    (Place("query", ("transform-id",)),),
    deprecated="GET /api/ee/workspace/checkout is deprecated by Metabase",
)
_GET_DATABASE = RequestSpec("GET", "/api/ee/workspace/database", ())
_GET_ENABLED = RequestSpec("GET", "/api/ee/workspace/enabled", (Place("query", ("database-id",)),))
_GET_EXTERNAL_TRANSFORM = RequestSpec(
    "GET",
    "/api/ee/workspace/{}/external/transform",
    (
        Place("path"),
        Place("query", ("database-id",)),
    ),
)
_GET_GRAPH = RequestSpec("GET", "/api/ee/workspace/{}/graph", (Place("path"),))
_GET_INPUT_PENDING = RequestSpec("GET", "/api/ee/workspace/{}/input/pending", (Place("path"),))
_GET_LOG = RequestSpec("GET", "/api/ee/workspace/{}/log", (Place("path"),))
_GET_PROBLEM = RequestSpec("GET", "/api/ee/workspace/{}/problem", (Place("path"),))
_GET_TABLE = RequestSpec("GET", "/api/ee/workspace/{}/table", (Place("path"),))
_GET_TRANSFORM = RequestSpec("GET", "/api/ee/workspace/{}/transform", (Place("path"),))
_GET_TRANSFORM_BY_TX_ID = RequestSpec(
    "GET",
    "/api/ee/workspace/{}/transform/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_LIST = RequestSpec("GET", "/api/ee/workspace", ())
_POST_ARCHIVE = RequestSpec("POST", "/api/ee/workspace/{}/archive", (Place("path"),))
_POST_INPUT_GRANT = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/input/grant",
    (
        Place("path"),
        Place("body", ("tables",)),
    ),
)
_POST_MERGE = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/merge",
    (
        Place("path"),
        Place("body", ("commit-message",)),
    ),
)
_POST_QUERY = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/query",
    (
        Place("path"),
        Place("body", ("sql",)),
    ),
)
_POST_RUN = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/run",
    (
        Place("path"),
        Place("body", ("stale_only",)),
    ),
)
_POST_TRANSFORM = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("source",)),
        Place("body", ("description",)),
    ),
)
_POST_TRANSFORM_ARCHIVE = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/{}/archive",
    (
        Place("path"),
        Place("path"),
    ),
)
_POST_TRANSFORM_DRY_RUN = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/{}/dry-run",
    (
        Place("path"),
        Place("path"),
        Place("body", ("run_stale_ancestors",)),
    ),
)
_POST_TRANSFORM_MERGE = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/{}/merge",
    (
        Place("path"),
        Place("path"),
        Place("body", ("commit-message",)),
    ),
)
_POST_TRANSFORM_RUN = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/{}/run",
    (
        Place("path"),
        Place("path"),
        Place("body", ("run_stale_ancestors",)),
    ),
)
_POST_TRANSFORM_UNARCHIVE = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/{}/unarchive",
    (
        Place("path"),
        Place("path"),
    ),
)
_POST_TRANSFORM_VALIDATE_TARGET = RequestSpec(
    "POST",
    "/api/ee/workspace/{}/transform/validate/target",
    (
        Place("path"),
        Place("body", ("target",)),
        Place("query", ("transform-id",)),
        Place("body", ("db_id",)),
    ),
)
_POST_UNARCHIVE = RequestSpec("POST", "/api/ee/workspace/{}/unarchive", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/ee/workspace/{}",
    (
        Place("path"),
        Place("body", ("database_id",)),
        Place("body", ("name",)),
    ),
)
_UPDATE_TRANSFORM_BY_TX_ID = RequestSpec(
    "PUT",
    "/api/ee/workspace/{}/transform/{}",
    (
        Place("path"),
        Place("path"),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("source",)),
        Place("body", ("target",)),
    ),
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
            database_id: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspace
        """
        _result: PostEeWorkspaceResponse = self._call(
            _CREATE,
            (database_id, name),
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
    ) -> DeleteEeWorkspaceResponse:
        """DELETE /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-id
        """
        _result: DeleteEeWorkspaceResponse = self._call(
            _DELETE,
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-idtransformtx-id
        """
        _result: None = self._call(
            _DELETE_TRANSFORM_BY_TX_ID,
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
    ) -> GetEeWorkspaceResponse_2:
        """GET /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-id
        """
        _result: GetEeWorkspaceResponse_2 = self._call(
            _GET,
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
            transform_id: query string; required; must be >= 1; sent as 'transform-id'.

        Part of Metabase's paid-plan features.
        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacecheckout
        """
        _result: GetEeWorkspaceCheckoutResponse = self._call(
            _GET_CHECKOUT,
            (transform_id,),
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
            _GET_DATABASE,
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
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceEnabledResponse:
        """GET /api/ee/workspace/enabled

        Args:
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspaceenabled
        """
        _result: GetEeWorkspaceEnabledResponse = self._call(
            _GET_ENABLED,
            (database_id,),
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
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTransformResponse:
        """GET /api/ee/workspace/{ws-id}/external/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idexternaltransform
        """
        _result: GetEeTransformResponse = self._call(
            _GET_EXTERNAL_TRANSFORM,
            (ws_id, database_id),
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
    ) -> GetEeWorkspaceGraphResponse:
        """GET /api/ee/workspace/{ws-id}/graph

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idgraph
        """
        _result: GetEeWorkspaceGraphResponse = self._call(
            _GET_GRAPH,
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
    ) -> GetEePendingResponse:
        """GET /api/ee/workspace/{ws-id}/input/pending

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idinputpending
        """
        _result: GetEePendingResponse = self._call(
            _GET_INPUT_PENDING,
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
    ) -> GetEeWorkspaceLogResponse:
        """GET /api/ee/workspace/{ws-id}/log

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idlog
        """
        _result: GetEeWorkspaceLogResponse = self._call(
            _GET_LOG,
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idproblem
        """
        _result: List[Problem] = self._call(
            _GET_PROBLEM,
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
    ) -> GetEeWorkspaceTableResponse:
        """GET /api/ee/workspace/{ws-id}/table

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtable
        """
        _result: GetEeWorkspaceTableResponse = self._call(
            _GET_TABLE,
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
    ) -> GetEeWorkspaceTransformResponse:
        """GET /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransform
        """
        _result: GetEeWorkspaceTransformResponse = self._call(
            _GET_TRANSFORM,
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
    ) -> GetEeWorkspaceTransformResponse_2:
        """GET /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransformtx-id
        """
        _result: GetEeWorkspaceTransformResponse_2 = self._call(
            _GET_TRANSFORM_BY_TX_ID,
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
            _LIST,
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
    ) -> PostEeWorkspaceArchiveResponse:
        """POST /api/ee/workspace/{ws-id}/archive

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idarchive
        """
        _result: PostEeWorkspaceArchiveResponse = self._call(
            _POST_ARCHIVE,
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
        tables: List[PostEeGrantTablesItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeGrantResponse:
        """POST /api/ee/workspace/{ws-id}/input/grant

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tables: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idinputgrant
        """
        _result: PostEeGrantResponse = self._call(
            _POST_INPUT_GRANT,
            (ws_id, tables),
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
    ) -> PostEeWorkspaceMergeResponseOption1 | str:
        """POST /api/ee/workspace/{ws-id}/merge

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            commit_message: JSON body; optional; at least 1 character; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idmerge
        """
        _result: PostEeWorkspaceMergeResponseOption1 | str = self._call(
            _POST_MERGE,
            (ws_id, commit_message),
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            sql: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idquery
        """
        _result: WorkspacesQueryResult = self._call(
            _POST_QUERY,
            (ws_id, sql),
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
    ) -> PostEeWorkspaceRunResponse:
        """POST /api/ee/workspace/{ws-id}/run

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            stale_only: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idrun
        """
        _result: PostEeWorkspaceRunResponse = self._call(
            _POST_RUN,
            (ws_id, stale_only),
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
    ) -> PostEeWorkspaceTransformResponse:
        """POST /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            name: JSON body; required.
            source: JSON body; required.
            description: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransform
        """
        _result: PostEeWorkspaceTransformResponse = self._call(
            _POST_TRANSFORM,
            (ws_id, name, source, description),
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idarchive
        """
        _result: None = self._call(
            _POST_TRANSFORM_ARCHIVE,
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            run_stale_ancestors: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-iddry-run
        """
        _result: WorkspacesQueryResult = self._call(
            _POST_TRANSFORM_DRY_RUN,
            (ws_id, tx_id, run_stale_ancestors),
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
    ) -> PostEeMergeResponse:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/merge

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            commit_message: JSON body; optional; at least 1 character; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idmerge
        """
        _result: PostEeMergeResponse = self._call(
            _POST_TRANSFORM_MERGE,
            (ws_id, tx_id, commit_message),
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            run_stale_ancestors: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idrun
        """
        _result: ExecutionResult = self._call(
            _POST_TRANSFORM_RUN,
            (ws_id, tx_id, run_stale_ancestors),
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idunarchive
        """
        _result: None = self._call(
            _POST_TRANSFORM_UNARCHIVE,
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
        target: PostEeTargetTarget,
        transform_id: str | None = None,
        db_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeTargetResponse:
        """POST /api/ee/workspace/{ws-id}/transform/validate/target

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            target: JSON body; required.
            transform_id: query string; optional; at least 1 character; sent as 'transform-id'.
            db_id: JSON body; optional; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformvalidatetarget
        """
        _result: PostEeTargetResponse = self._call(
            _POST_TRANSFORM_VALIDATE_TARGET,
            (ws_id, target, transform_id, db_id),
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
    ) -> PostEeWorkspaceUnarchiveResponse:
        """POST /api/ee/workspace/{ws-id}/unarchive

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idunarchive
        """
        _result: PostEeWorkspaceUnarchiveResponse = self._call(
            _POST_UNARCHIVE,
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
    ) -> PutEeWorkspaceResponse:
        """PUT /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            database_id: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-id
        """
        _result: PutEeWorkspaceResponse = self._call(
            _UPDATE,
            (ws_id, database_id, name),
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
    ) -> PutEeWorkspaceTransformResponse:
        """PUT /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            description: JSON body; optional; None sends null.
            name: JSON body; optional.
            source: JSON body; optional.
            target: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-idtransformtx-id
        """
        _result: PutEeWorkspaceTransformResponse = self._call(
            _UPDATE_TRANSFORM_BY_TX_ID,
            (ws_id, tx_id, description, name, source, target),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeWorkspaceResource(AsyncResource):
    """Routes of the 'ee-workspace' namespace, awaited (AsyncClient's)."""

    async def create(
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
            database_id: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspace
        """
        _result: PostEeWorkspaceResponse = await self._call(
            _CREATE,
            (database_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeWorkspaceResponse:
        """DELETE /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-id
        """
        _result: DeleteEeWorkspaceResponse = await self._call(
            _DELETE,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete_transform_by_tx_id(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeworkspacews-idtransformtx-id
        """
        _result: None = await self._call(
            _DELETE_TRANSFORM_BY_TX_ID,
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceResponse_2:
        """GET /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-id
        """
        _result: GetEeWorkspaceResponse_2 = await self._call(
            _GET,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("GET /api/ee/workspace/checkout is deprecated by Metabase", category=None)
    async def get_checkout(
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
            transform_id: query string; required; must be >= 1; sent as 'transform-id'.

        Part of Metabase's paid-plan features.
        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacecheckout
        """
        _result: GetEeWorkspaceCheckoutResponse = await self._call(
            _GET_CHECKOUT,
            (transform_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_database(
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
        _result: GetEeWorkspaceDatabaseResponse = await self._call(
            _GET_DATABASE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_enabled(
        self,
        *,
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceEnabledResponse:
        """GET /api/ee/workspace/enabled

        Args:
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspaceenabled
        """
        _result: GetEeWorkspaceEnabledResponse = await self._call(
            _GET_ENABLED,
            (database_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_external_transform(
        self,
        ws_id: int,
        *,
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeTransformResponse:
        """GET /api/ee/workspace/{ws-id}/external/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idexternaltransform
        """
        _result: GetEeTransformResponse = await self._call(
            _GET_EXTERNAL_TRANSFORM,
            (ws_id, database_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceGraphResponse:
        """GET /api/ee/workspace/{ws-id}/graph

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idgraph
        """
        _result: GetEeWorkspaceGraphResponse = await self._call(
            _GET_GRAPH,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_input_pending(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEePendingResponse:
        """GET /api/ee/workspace/{ws-id}/input/pending

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idinputpending
        """
        _result: GetEePendingResponse = await self._call(
            _GET_INPUT_PENDING,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_log(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceLogResponse:
        """GET /api/ee/workspace/{ws-id}/log

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idlog
        """
        _result: GetEeWorkspaceLogResponse = await self._call(
            _GET_LOG,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_problem(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idproblem
        """
        _result: List[Problem] = await self._call(
            _GET_PROBLEM,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_table(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceTableResponse:
        """GET /api/ee/workspace/{ws-id}/table

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtable
        """
        _result: GetEeWorkspaceTableResponse = await self._call(
            _GET_TABLE,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_transform(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceTransformResponse:
        """GET /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransform
        """
        _result: GetEeWorkspaceTransformResponse = await self._call(
            _GET_TRANSFORM,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_transform_by_tx_id(
        self,
        ws_id: int,
        tx_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceTransformResponse_2:
        """GET /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspacews-idtransformtx-id
        """
        _result: GetEeWorkspaceTransformResponse_2 = await self._call(
            _GET_TRANSFORM_BY_TX_ID,
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
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
    ) -> GetEeWorkspaceResponse:
        """GET /api/ee/workspace

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeworkspace
        """
        _result: GetEeWorkspaceResponse = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_archive(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceArchiveResponse:
        """POST /api/ee/workspace/{ws-id}/archive

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idarchive
        """
        _result: PostEeWorkspaceArchiveResponse = await self._call(
            _POST_ARCHIVE,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_input_grant(
        self,
        ws_id: int,
        *,
        tables: List[PostEeGrantTablesItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeGrantResponse:
        """POST /api/ee/workspace/{ws-id}/input/grant

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tables: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idinputgrant
        """
        _result: PostEeGrantResponse = await self._call(
            _POST_INPUT_GRANT,
            (ws_id, tables),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_merge(
        self,
        ws_id: int,
        *,
        commit_message: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceMergeResponseOption1 | str:
        """POST /api/ee/workspace/{ws-id}/merge

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            commit_message: JSON body; optional; at least 1 character; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idmerge
        """
        _result: PostEeWorkspaceMergeResponseOption1 | str = await self._call(
            _POST_MERGE,
            (ws_id, commit_message),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_query(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            sql: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idquery
        """
        _result: WorkspacesQueryResult = await self._call(
            _POST_QUERY,
            (ws_id, sql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_run(
        self,
        ws_id: int,
        *,
        stale_only: int | bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceRunResponse:
        """POST /api/ee/workspace/{ws-id}/run

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            stale_only: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idrun
        """
        _result: PostEeWorkspaceRunResponse = await self._call(
            _POST_RUN,
            (ws_id, stale_only),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform(
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
    ) -> PostEeWorkspaceTransformResponse:
        """POST /api/ee/workspace/{ws-id}/transform

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            name: JSON body; required.
            source: JSON body; required.
            description: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransform
        """
        _result: PostEeWorkspaceTransformResponse = await self._call(
            _POST_TRANSFORM,
            (ws_id, name, source, description),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_archive(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idarchive
        """
        _result: None = await self._call(
            _POST_TRANSFORM_ARCHIVE,
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_dry_run(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            run_stale_ancestors: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-iddry-run
        """
        _result: WorkspacesQueryResult = await self._call(
            _POST_TRANSFORM_DRY_RUN,
            (ws_id, tx_id, run_stale_ancestors),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_merge(
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
    ) -> PostEeMergeResponse:
        """POST /api/ee/workspace/{ws-id}/transform/{tx-id}/merge

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            commit_message: JSON body; optional; at least 1 character; sent as 'commit-message'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idmerge
        """
        _result: PostEeMergeResponse = await self._call(
            _POST_TRANSFORM_MERGE,
            (ws_id, tx_id, commit_message),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_run(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            run_stale_ancestors: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idrun
        """
        _result: ExecutionResult = await self._call(
            _POST_TRANSFORM_RUN,
            (ws_id, tx_id, run_stale_ancestors),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_unarchive(
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
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformtx-idunarchive
        """
        _result: None = await self._call(
            _POST_TRANSFORM_UNARCHIVE,
            (ws_id, tx_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_transform_validate_target(
        self,
        ws_id: int,
        *,
        target: PostEeTargetTarget,
        transform_id: str | None = None,
        db_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeTargetResponse:
        """POST /api/ee/workspace/{ws-id}/transform/validate/target

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            target: JSON body; required.
            transform_id: query string; optional; at least 1 character; sent as 'transform-id'.
            db_id: JSON body; optional; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idtransformvalidatetarget
        """
        _result: PostEeTargetResponse = await self._call(
            _POST_TRANSFORM_VALIDATE_TARGET,
            (ws_id, target, transform_id, db_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_unarchive(
        self,
        ws_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceUnarchiveResponse:
        """POST /api/ee/workspace/{ws-id}/unarchive

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeworkspacews-idunarchive
        """
        _result: PostEeWorkspaceUnarchiveResponse = await self._call(
            _POST_UNARCHIVE,
            (ws_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> PutEeWorkspaceResponse:
        """PUT /api/ee/workspace/{ws-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            database_id: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-id
        """
        _result: PutEeWorkspaceResponse = await self._call(
            _UPDATE,
            (ws_id, database_id, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_transform_by_tx_id(
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
    ) -> PutEeWorkspaceTransformResponse:
        """PUT /api/ee/workspace/{ws-id}/transform/{tx-id}

        Args:
            ws_id: path; required; must be >= 1; sent as 'ws-id'.
            tx_id: path; required; at least 1 character; sent as 'tx-id'.
            description: JSON body; optional; None sends null.
            name: JSON body; optional.
            source: JSON body; optional.
            target: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieeworkspacews-idtransformtx-id
        """
        _result: PutEeWorkspaceTransformResponse = await self._call(
            _UPDATE_TRANSFORM_BY_TX_ID,
            (ws_id, tx_id, description, name, source, target),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeWorkspaceResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[PostEeWorkspaceResponse]: ...

        def delete(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeWorkspaceResponse]: ...

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
        ) -> RawResponse[None]: ...

        def get(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceResponse_2]: ...

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
        ) -> RawResponse[GetEeWorkspaceCheckoutResponse]: ...

        def get_database(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceDatabaseResponse]: ...

        def get_enabled(
            self,
            *,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceEnabledResponse]: ...

        def get_external_transform(
            self,
            ws_id: int,
            *,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTransformResponse]: ...

        def get_graph(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceGraphResponse]: ...

        def get_input_pending(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEePendingResponse]: ...

        def get_log(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceLogResponse]: ...

        def get_problem(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Problem]]: ...

        def get_table(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceTableResponse]: ...

        def get_transform(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceTransformResponse]: ...

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
        ) -> RawResponse[GetEeWorkspaceTransformResponse_2]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceResponse]: ...

        def post_archive(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceArchiveResponse]: ...

        def post_input_grant(
            self,
            ws_id: int,
            *,
            tables: List[PostEeGrantTablesItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeGrantResponse]: ...

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
        ) -> RawResponse[PostEeWorkspaceMergeResponseOption1 | str]: ...

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
        ) -> RawResponse[WorkspacesQueryResult]: ...

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
        ) -> RawResponse[PostEeWorkspaceRunResponse]: ...

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
        ) -> RawResponse[PostEeWorkspaceTransformResponse]: ...

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
        ) -> RawResponse[None]: ...

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
        ) -> RawResponse[WorkspacesQueryResult]: ...

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
        ) -> RawResponse[PostEeMergeResponse]: ...

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
        ) -> RawResponse[ExecutionResult]: ...

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
        ) -> RawResponse[None]: ...

        def post_transform_validate_target(
            self,
            ws_id: int,
            *,
            target: PostEeTargetTarget,
            transform_id: str | None = None,
            db_id: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeTargetResponse]: ...

        def post_unarchive(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceUnarchiveResponse]: ...

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
        ) -> RawResponse[PutEeWorkspaceResponse]: ...

        def update_transform_by_tx_id(
            self,
            ws_id: int,
            tx_id: str,
            *,
            description: str | None | Unset = UNSET,
            name: str | Unset = UNSET,
            source: (
                WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2 | Unset
            ) = UNSET,
            target: TransformTarget | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeWorkspaceTransformResponse]: ...

    class AsyncRawEeWorkspaceResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            database_id: int | Unset = UNSET,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceResponse]: ...

        async def delete(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeWorkspaceResponse]: ...

        async def delete_transform_by_tx_id(
            self,
            ws_id: int,
            tx_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def get(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceResponse_2]: ...

        @deprecated("GET /api/ee/workspace/checkout is deprecated by Metabase", category=None)
        async def get_checkout(
            self,
            *,
            transform_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceCheckoutResponse]: ...

        async def get_database(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceDatabaseResponse]: ...

        async def get_enabled(
            self,
            *,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceEnabledResponse]: ...

        async def get_external_transform(
            self,
            ws_id: int,
            *,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeTransformResponse]: ...

        async def get_graph(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceGraphResponse]: ...

        async def get_input_pending(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEePendingResponse]: ...

        async def get_log(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceLogResponse]: ...

        async def get_problem(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Problem]]: ...

        async def get_table(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceTableResponse]: ...

        async def get_transform(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceTransformResponse]: ...

        async def get_transform_by_tx_id(
            self,
            ws_id: int,
            tx_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceTransformResponse_2]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeWorkspaceResponse]: ...

        async def post_archive(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceArchiveResponse]: ...

        async def post_input_grant(
            self,
            ws_id: int,
            *,
            tables: List[PostEeGrantTablesItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeGrantResponse]: ...

        async def post_merge(
            self,
            ws_id: int,
            *,
            commit_message: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceMergeResponseOption1 | str]: ...

        async def post_query(
            self,
            ws_id: int,
            *,
            sql: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WorkspacesQueryResult]: ...

        async def post_run(
            self,
            ws_id: int,
            *,
            stale_only: int | bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceRunResponse]: ...

        async def post_transform(
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
        ) -> RawResponse[PostEeWorkspaceTransformResponse]: ...

        async def post_transform_archive(
            self,
            ws_id: int,
            tx_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def post_transform_dry_run(
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
        ) -> RawResponse[WorkspacesQueryResult]: ...

        async def post_transform_merge(
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
        ) -> RawResponse[PostEeMergeResponse]: ...

        async def post_transform_run(
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
        ) -> RawResponse[ExecutionResult]: ...

        async def post_transform_unarchive(
            self,
            ws_id: int,
            tx_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def post_transform_validate_target(
            self,
            ws_id: int,
            *,
            target: PostEeTargetTarget,
            transform_id: str | None = None,
            db_id: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeTargetResponse]: ...

        async def post_unarchive(
            self,
            ws_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeWorkspaceUnarchiveResponse]: ...

        async def update(
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
        ) -> RawResponse[PutEeWorkspaceResponse]: ...

        async def update_transform_by_tx_id(
            self,
            ws_id: int,
            tx_id: str,
            *,
            description: str | None | Unset = UNSET,
            name: str | Unset = UNSET,
            source: (
                WorkspacesTransformSourceOption1 | WorkspacesTransformSourceOption2 | Unset
            ) = UNSET,
            target: TransformTarget | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutEeWorkspaceTransformResponse]: ...
