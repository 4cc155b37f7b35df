"""Routes of the 'action' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
    AnswerValue,
    GetPublicAction,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    PostActionTemplate,
    PutActionTemplate,
    WritebackAction2,
    WritebackAction3,
    WritebackAction4,
)

_CREATE = RequestSpec(
    "POST",
    "/api/action/",
    (
        Place("body", ("name",)),
        Place("body", ("model_id",)),
        Place("body", ("visualization_settings",)),
        Place("body", ("response_handle",)),
        Place("body", ("dataset_query",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("database_id",)),
        Place("body", ("kind",)),
        Place("body", ("type",)),
        Place("body", ("template",)),
        Place("body", ("error_handle",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/action/{}", (Place("path"),))
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/action/{}/public_link", (Place("path"),))
_GET = RequestSpec("GET", "/api/action/{}", (Place("path"),))
_GET_EXECUTE = RequestSpec(
    "GET",
    "/api/action/{}/execute",
    (
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_PUBLIC = RequestSpec("GET", "/api/action/public", ())
_LIST = RequestSpec("GET", "/api/action/", (Place("query", ("model-id",)),))
_POST_EXECUTE = RequestSpec(
    "POST",
    "/api/action/{}/execute",
    (
        Place("path"),
        Place("body", ("parameters",)),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/action/{}/public_link", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/action/{}",
    (
        Place("path"),
        Place("body", ("visualization_settings",)),
        Place("body", ("response_handle",)),
        Place("body", ("dataset_query",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("name",)),
        Place("body", ("archived",)),
        Place("body", ("database_id",)),
        Place("body", ("kind",)),
        Place("body", ("type",)),
        Place("body", ("template",)),
        Place("body", ("error_handle",)),
        Place("body", ("model_id",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
    ),
)


class ActionResource(Resource):
    """Routes of the 'action' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        model_id: int,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        parameter_mappings: dict[str, Any] | Unset = UNSET,
        database_id: int | Unset = UNSET,
        kind: (
            Literal[
                "row/create",
                "row/update",
                "row/delete",
                "bulk/create",
                "bulk/update",
                "bulk/delete",
            ]
            | Unset
        ) = UNSET,
        type: Literal["http", "query", "implicit"] | Unset = UNSET,
        template: PostActionTemplate | Unset = UNSET,
        error_handle: str | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """POST /api/action/

        Args:
            name: JSON body; required.
            model_id: JSON body; required; must be >= 1.
            visualization_settings: JSON body; optional.
            response_handle: JSON body; optional.
            dataset_query: JSON body; optional.
            parameter_mappings: JSON body; optional.
            database_id: JSON body; optional; must be >= 1.
            kind: JSON body; optional.
            type: JSON body; optional.
            template: JSON body; optional.
            error_handle: JSON body; optional.
            parameters: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiaction
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _CREATE,
            (
                name,
                model_id,
                visualization_settings,
                response_handle,
                dataset_query,
                parameter_mappings,
                database_id,
                kind,
                type,
                template,
                error_handle,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        action_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """DELETE /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionaction-id
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _DELETE,
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete_public_link(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionidpublic_link
        """
        return self._call(
            _DELETE_PUBLIC_LINK,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        action_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """GET /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-id
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _GET,
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_execute(
        self,
        action_id: int,
        *,
        parameters: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/action/{action-id}/execute

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.
            parameters: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = self._call(
            _GET_EXECUTE,
            (action_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_public(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetPublicAction]:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionpublic
        """
        _result: List[GetPublicAction] = self._call(
            _GET_PUBLIC,
            (),
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
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[WritebackAction2 | WritebackAction3 | WritebackAction4]:
        """GET /api/action/

        Args:
            model_id: query string; optional; must be >= 1; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiaction
        """
        _result: List[WritebackAction2 | WritebackAction3 | WritebackAction4] = self._call(
            _LIST,
            (model_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_execute(
        self,
        id: int,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/{id}/execute

        Args:
            id: path; required; must be >= 1.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidexecute
        """
        return self._call(
            _POST_EXECUTE,
            (id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_public_link(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue:
        """POST /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidpublic_link
        """
        _result: AnswerValue = self._call(
            _POST_PUBLIC_LINK,
            (id,),
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
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        parameter_mappings: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        database_id: int | Unset = UNSET,
        kind: (
            Literal[
                "row/create",
                "row/update",
                "row/delete",
                "bulk/create",
                "bulk/update",
                "bulk/delete",
            ]
            | Unset
        ) = UNSET,
        type: Literal["http", "query", "implicit"] | Unset = UNSET,
        template: PutActionTemplate | Unset = UNSET,
        error_handle: str | Unset = UNSET,
        model_id: int | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """PUT /api/action/{id}

        Args:
            id: path; required; must be >= 1.
            visualization_settings: JSON body; optional.
            response_handle: JSON body; optional.
            dataset_query: JSON body; optional.
            parameter_mappings: JSON body; optional.
            name: JSON body; optional.
            archived: JSON body; optional.
            database_id: JSON body; optional; must be >= 1.
            kind: JSON body; optional.
            type: JSON body; optional.
            template: JSON body; optional.
            error_handle: JSON body; optional.
            model_id: JSON body; optional; must be >= 1.
            parameters: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiactionid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _UPDATE,
            (
                id,
                visualization_settings,
                response_handle,
                dataset_query,
                parameter_mappings,
                name,
                archived,
                database_id,
                kind,
                type,
                template,
                error_handle,
                model_id,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncActionResource(AsyncResource):
    """Routes of the 'action' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        model_id: int,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        parameter_mappings: dict[str, Any] | Unset = UNSET,
        database_id: int | Unset = UNSET,
        kind: (
            Literal[
                "row/create",
                "row/update",
                "row/delete",
                "bulk/create",
                "bulk/update",
                "bulk/delete",
            ]
            | Unset
        ) = UNSET,
        type: Literal["http", "query", "implicit"] | Unset = UNSET,
        template: PostActionTemplate | Unset = UNSET,
        error_handle: str | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """POST /api/action/

        Args:
            name: JSON body; required.
            model_id: JSON body; required; must be >= 1.
            visualization_settings: JSON body; optional.
            response_handle: JSON body; optional.
            dataset_query: JSON body; optional.
            parameter_mappings: JSON body; optional.
            database_id: JSON body; optional; must be >= 1.
            kind: JSON body; optional.
            type: JSON body; optional.
            template: JSON body; optional.
            error_handle: JSON body; optional.
            parameters: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiaction
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _CREATE,
            (
                name,
                model_id,
                visualization_settings,
                response_handle,
                dataset_query,
                parameter_mappings,
                database_id,
                kind,
                type,
                template,
                error_handle,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        action_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """DELETE /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionaction-id
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _DELETE,
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete_public_link(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionidpublic_link
        """
        return await self._call(
            _DELETE_PUBLIC_LINK,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        action_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """GET /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-id
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _GET,
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_execute(
        self,
        action_id: int,
        *,
        parameters: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/action/{action-id}/execute

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.
            parameters: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = await self._call(
            _GET_EXECUTE,
            (action_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_public(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetPublicAction]:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionpublic
        """
        _result: List[GetPublicAction] = await self._call(
            _GET_PUBLIC,
            (),
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
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[WritebackAction2 | WritebackAction3 | WritebackAction4]:
        """GET /api/action/

        Args:
            model_id: query string; optional; must be >= 1; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiaction
        """
        _result: List[WritebackAction2 | WritebackAction3 | WritebackAction4] = await self._call(
            _LIST,
            (model_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_execute(
        self,
        id: int,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/{id}/execute

        Args:
            id: path; required; must be >= 1.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidexecute
        """
        return await self._call(
            _POST_EXECUTE,
            (id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_public_link(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue:
        """POST /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidpublic_link
        """
        _result: AnswerValue = await self._call(
            _POST_PUBLIC_LINK,
            (id,),
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
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        parameter_mappings: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        database_id: int | Unset = UNSET,
        kind: (
            Literal[
                "row/create",
                "row/update",
                "row/delete",
                "bulk/create",
                "bulk/update",
                "bulk/delete",
            ]
            | Unset
        ) = UNSET,
        type: Literal["http", "query", "implicit"] | Unset = UNSET,
        template: PutActionTemplate | Unset = UNSET,
        error_handle: str | Unset = UNSET,
        model_id: int | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """PUT /api/action/{id}

        Args:
            id: path; required; must be >= 1.
            visualization_settings: JSON body; optional.
            response_handle: JSON body; optional.
            dataset_query: JSON body; optional.
            parameter_mappings: JSON body; optional.
            name: JSON body; optional.
            archived: JSON body; optional.
            database_id: JSON body; optional; must be >= 1.
            kind: JSON body; optional.
            type: JSON body; optional.
            template: JSON body; optional.
            error_handle: JSON body; optional.
            model_id: JSON body; optional; must be >= 1.
            parameters: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiactionid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _UPDATE,
            (
                id,
                visualization_settings,
                response_handle,
                dataset_query,
                parameter_mappings,
                name,
                archived,
                database_id,
                kind,
                type,
                template,
                error_handle,
                model_id,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawActionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            model_id: int,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            response_handle: str | Unset = UNSET,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            parameter_mappings: dict[str, Any] | Unset = UNSET,
            database_id: int | Unset = UNSET,
            kind: (
                Literal[
                    "row/create",
                    "row/update",
                    "row/delete",
                    "bulk/create",
                    "bulk/update",
                    "bulk/delete",
                ]
                | Unset
            ) = UNSET,
            type: Literal["http", "query", "implicit"] | Unset = UNSET,
            template: PostActionTemplate | Unset = UNSET,
            error_handle: str | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        def delete(
            self,
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        def delete_public_link(
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
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        def get_execute(
            self,
            action_id: int,
            *,
            parameters: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

        def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicAction]]: ...

        def list(
            self,
            *,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[WritebackAction2 | WritebackAction3 | WritebackAction4]]: ...

        def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_public_link(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue]: ...

        def update(
            self,
            id: int,
            *,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            response_handle: str | Unset = UNSET,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            parameter_mappings: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            database_id: int | Unset = UNSET,
            kind: (
                Literal[
                    "row/create",
                    "row/update",
                    "row/delete",
                    "bulk/create",
                    "bulk/update",
                    "bulk/delete",
                ]
                | Unset
            ) = UNSET,
            type: Literal["http", "query", "implicit"] | Unset = UNSET,
            template: PutActionTemplate | Unset = UNSET,
            error_handle: str | Unset = UNSET,
            model_id: int | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

    class AsyncRawActionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            model_id: int,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            response_handle: str | Unset = UNSET,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            parameter_mappings: dict[str, Any] | Unset = UNSET,
            database_id: int | Unset = UNSET,
            kind: (
                Literal[
                    "row/create",
                    "row/update",
                    "row/delete",
                    "bulk/create",
                    "bulk/update",
                    "bulk/delete",
                ]
                | Unset
            ) = UNSET,
            type: Literal["http", "query", "implicit"] | Unset = UNSET,
            template: PostActionTemplate | Unset = UNSET,
            error_handle: str | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        async def delete(
            self,
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        async def delete_public_link(
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
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...

        async def get_execute(
            self,
            action_id: int,
            *,
            parameters: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

        async def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicAction]]: ...

        async def list(
            self,
            *,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[WritebackAction2 | WritebackAction3 | WritebackAction4]]: ...

        async def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_public_link(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue]: ...

        async def update(
            self,
            id: int,
            *,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            response_handle: str | Unset = UNSET,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            parameter_mappings: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            database_id: int | Unset = UNSET,
            kind: (
                Literal[
                    "row/create",
                    "row/update",
                    "row/delete",
                    "bulk/create",
                    "bulk/update",
                    "bulk/delete",
                ]
                | Unset
            ) = UNSET,
            type: Literal["http", "query", "implicit"] | Unset = UNSET,
            template: PutActionTemplate | Unset = UNSET,
            error_handle: str | Unset = UNSET,
            model_id: int | Unset = UNSET,
            parameters: List[dict[str, Any]] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...
