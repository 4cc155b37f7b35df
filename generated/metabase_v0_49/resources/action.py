"""Routes of the 'action' namespace (10 endpoints)."""

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
    AnswerValue,
    GetPublicAction,
    MapMethodUrlBodyAnd3,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    WritebackAction,
)

_CREATE = RequestSpec(
    "POST",
    "/api/action/",
    (
        Place("body", ("name",)),
        Place("body", ("model_id",)),
        Place("body", ("visualization_settings",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
        Place("body", ("error_handle",)),
        Place("body", ("database_id",)),
        Place("body", ("response_handle",)),
        Place("body", ("template",)),
        Place("body", ("type",)),
        Place("body", ("dataset_query",)),
        Place("body", ("kind",)),
        Place("body", ("parameter_mappings",)),
        Place("body", whole=True),
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
        Place("form", ("parameters",)),
    ),
)
_GET_PUBLIC = RequestSpec("GET", "/api/action/public", ())
_LIST = RequestSpec("GET", "/api/action/", (Place("form", ("model-id",)),))
_POST_EXECUTE = RequestSpec(
    "POST",
    "/api/action/{}/execute",
    (
        Place("path"),
        Place("body", ("parameters",)),
        Place("body", whole=True),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/action/{}/public_link", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/action/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("database_id",)),
        Place("body", ("dataset_query",)),
        Place("body", ("description",)),
        Place("body", ("error_handle",)),
        Place("body", ("kind",)),
        Place("body", ("model_id",)),
        Place("body", ("name",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("parameters",)),
        Place("body", ("response_handle",)),
        Place("body", ("template",)),
        Place("body", ("type",)),
        Place("body", ("visualization_settings",)),
    ),
)


class ActionResource(Resource):
    """Routes of the 'action' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        model_id: int,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_handle: str | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        response_handle: str | None | Unset = UNSET,
        template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
        type: Any | None | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        kind: Any | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        action: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction:
        """POST /api/action/

        Args:
            name: JSON body; required.
            model_id: JSON body; required; must be > 0.
            visualization_settings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            error_handle: JSON body; optional; None sends null.
            database_id: JSON body; optional; None sends null; must be > 0.
            response_handle: JSON body; optional; None sends null.
            template: JSON body; optional; None sends null.
            type: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            kind: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            action: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiaction
        """
        _result: WritebackAction = self._call(
            _CREATE,
            (
                name,
                model_id,
                visualization_settings,
                parameters,
                description,
                error_handle,
                database_id,
                response_handle,
                template,
                type,
                dataset_query,
                kind,
                parameter_mappings,
                action,
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
    ) -> WritebackAction:
        """DELETE /api/action/:action-id

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionaction-id
        """
        _result: WritebackAction = self._call(
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
        """DELETE /api/action/:id/public_link

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionidpublic_link
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
    ) -> WritebackAction:
        """GET /api/action/:action-id

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-id
        """
        _result: WritebackAction = self._call(
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
        """GET /api/action/:action-id/execute

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.
            parameters: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-idexecute
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionpublic
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
    ) -> List[WritebackAction]:
        """GET /api/action/

        Args:
            model_id: form field or query string; optional; must be > 0; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiaction
        """
        _result: List[WritebackAction] = self._call(
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
        parameters: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/:id/execute

        Args:
            id: path; required; must be > 0.
            parameters: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidexecute
        """
        return self._call(
            _POST_EXECUTE,
            (id, parameters, body),
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
        """POST /api/action/:id/public_link

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidpublic_link
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
        archived: bool | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_handle: str | None | Unset = UNSET,
        kind: Any | Unset = UNSET,
        model_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        response_handle: str | None | Unset = UNSET,
        template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
        type: Any | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction:
        """PUT /api/action/:id

        Args:
            id: path; required; must be > 0.
            archived: JSON body; optional; None sends null.
            database_id: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            error_handle: JSON body; optional; None sends null.
            kind: JSON body; optional.
            model_id: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            response_handle: JSON body; optional; None sends null.
            template: JSON body; optional; None sends null.
            type: JSON body; optional.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#put-apiactionid
        """
        _result: WritebackAction = self._call(
            _UPDATE,
            (
                id,
                archived,
                database_id,
                dataset_query,
                description,
                error_handle,
                kind,
                model_id,
                name,
                parameter_mappings,
                parameters,
                response_handle,
                template,
                type,
                visualization_settings,
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
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_handle: str | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        response_handle: str | None | Unset = UNSET,
        template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
        type: Any | None | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        kind: Any | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        action: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction:
        """POST /api/action/

        Args:
            name: JSON body; required.
            model_id: JSON body; required; must be > 0.
            visualization_settings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            error_handle: JSON body; optional; None sends null.
            database_id: JSON body; optional; None sends null; must be > 0.
            response_handle: JSON body; optional; None sends null.
            template: JSON body; optional; None sends null.
            type: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            kind: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            action: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiaction
        """
        _result: WritebackAction = await self._call(
            _CREATE,
            (
                name,
                model_id,
                visualization_settings,
                parameters,
                description,
                error_handle,
                database_id,
                response_handle,
                template,
                type,
                dataset_query,
                kind,
                parameter_mappings,
                action,
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
    ) -> WritebackAction:
        """DELETE /api/action/:action-id

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionaction-id
        """
        _result: WritebackAction = await self._call(
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
        """DELETE /api/action/:id/public_link

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionidpublic_link
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
    ) -> WritebackAction:
        """GET /api/action/:action-id

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-id
        """
        _result: WritebackAction = await self._call(
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
        """GET /api/action/:action-id/execute

        Args:
            action_id: path; required; must be > 0; sent as 'action-id'.
            parameters: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-idexecute
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionpublic
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
    ) -> List[WritebackAction]:
        """GET /api/action/

        Args:
            model_id: form field or query string; optional; must be > 0; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiaction
        """
        _result: List[WritebackAction] = await self._call(
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
        parameters: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/:id/execute

        Args:
            id: path; required; must be > 0.
            parameters: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidexecute
        """
        return await self._call(
            _POST_EXECUTE,
            (id, parameters, body),
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
        """POST /api/action/:id/public_link

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidpublic_link
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
        archived: bool | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_handle: str | None | Unset = UNSET,
        kind: Any | Unset = UNSET,
        model_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        response_handle: str | None | Unset = UNSET,
        template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
        type: Any | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction:
        """PUT /api/action/:id

        Args:
            id: path; required; must be > 0.
            archived: JSON body; optional; None sends null.
            database_id: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            error_handle: JSON body; optional; None sends null.
            kind: JSON body; optional.
            model_id: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            response_handle: JSON body; optional; None sends null.
            template: JSON body; optional; None sends null.
            type: JSON body; optional.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#put-apiactionid
        """
        _result: WritebackAction = await self._call(
            _UPDATE,
            (
                id,
                archived,
                database_id,
                dataset_query,
                description,
                error_handle,
                kind,
                model_id,
                name,
                parameter_mappings,
                parameters,
                response_handle,
                template,
                type,
                visualization_settings,
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
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            error_handle: str | None | Unset = UNSET,
            database_id: int | None | Unset = UNSET,
            response_handle: str | None | Unset = UNSET,
            template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
            type: Any | None | Unset = UNSET,
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            kind: Any | None | Unset = UNSET,
            parameter_mappings: dict[str, Any] | None | Unset = UNSET,
            action: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...

        def delete(
            self,
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...

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
        ) -> RawResponse[WritebackAction]: ...

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
        ) -> RawResponse[List[WritebackAction]]: ...

        def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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
            archived: bool | None | Unset = UNSET,
            database_id: int | None | Unset = UNSET,
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            description: str | None | Unset = UNSET,
            error_handle: str | None | Unset = UNSET,
            kind: Any | Unset = UNSET,
            model_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            parameter_mappings: dict[str, Any] | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            response_handle: str | None | Unset = UNSET,
            template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
            type: Any | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...

    class AsyncRawActionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            model_id: int,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            error_handle: str | None | Unset = UNSET,
            database_id: int | None | Unset = UNSET,
            response_handle: str | None | Unset = UNSET,
            template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
            type: Any | None | Unset = UNSET,
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            kind: Any | None | Unset = UNSET,
            parameter_mappings: dict[str, Any] | None | Unset = UNSET,
            action: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...

        async def delete(
            self,
            action_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...

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
        ) -> RawResponse[WritebackAction]: ...

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
        ) -> RawResponse[List[WritebackAction]]: ...

        async def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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
            archived: bool | None | Unset = UNSET,
            database_id: int | None | Unset = UNSET,
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            description: str | None | Unset = UNSET,
            error_handle: str | None | Unset = UNSET,
            kind: Any | Unset = UNSET,
            model_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            parameter_mappings: dict[str, Any] | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            response_handle: str | None | Unset = UNSET,
            template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
            type: Any | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction]: ...
