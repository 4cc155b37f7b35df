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
    Action,
    AnswerValue4,
    ParameterMapping,
    ParametersParameter,
    WritebackAction2,
    WritebackAction3,
    WritebackAction4,
)

_CREATE = RequestSpec(
    "POST",
    "/api/action",
    (
        Place("body", ("model_id",)),
        Place("body", ("name",)),
        Place("body", ("type",)),
        Place("body", ("archived",)),
        Place("body", ("description",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("parameters",)),
        Place("body", ("visualization_settings",)),
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
_LIST = RequestSpec("GET", "/api/action", (Place("query", ("model-id",)),))
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
        Place("body", ("parameter_mappings",)),
        Place("body", ("id",)),
        Place("body", ("name",)),
        Place("body", ("archived",)),
        Place("body", ("type",)),
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
        model_id: int,
        name: str,
        type: Literal["http", "implicit", "query"],
        archived: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Action:
        """POST /api/action

        Args:
            model_id: JSON body; required; must be >= 1.
            name: JSON body; required.
            type: JSON body; required.
            archived: JSON body; optional.
            description: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiaction
        """
        _result: Action = self._call(
            _CREATE,
            (
                model_id,
                name,
                type,
                archived,
                description,
                parameter_mappings,
                parameters,
                visualization_settings,
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiactionaction-id
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiactionidpublic_link
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
    ) -> Action:
        """GET /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionaction-id
        """
        _result: Action = self._call(
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionaction-idexecute
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
    ) -> List[Action]:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionpublic
        """
        _result: List[Action] = self._call(
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
    ) -> List[Action]:
        """GET /api/action

        Args:
            model_id: query string; optional; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiaction
        """
        _result: List[Action] = self._call(
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/{id}/execute

        Args:
            id: path; required; must be >= 1.
            parameters: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactionidexecute
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
    ) -> AnswerValue4:
        """POST /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactionidpublic_link
        """
        _result: AnswerValue4 = self._call(
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
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        id_2: int | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        type: Literal["http", "implicit", "query"] | Unset = UNSET,
        model_id: int | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """PUT /api/action/{id}

        Args:
            id: path; required; must be >= 1.
            visualization_settings: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            id_2: JSON body; optional; must be >= 1; sent as 'id'.
            name: JSON body; optional.
            archived: JSON body; optional.
            type: JSON body; optional.
            model_id: JSON body; optional; must be >= 1.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiactionid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = self._call(
            _UPDATE,
            (
                id,
                visualization_settings,
                parameter_mappings,
                id_2,
                name,
                archived,
                type,
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
        model_id: int,
        name: str,
        type: Literal["http", "implicit", "query"],
        archived: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Action:
        """POST /api/action

        Args:
            model_id: JSON body; required; must be >= 1.
            name: JSON body; required.
            type: JSON body; required.
            archived: JSON body; optional.
            description: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiaction
        """
        _result: Action = await self._call(
            _CREATE,
            (
                model_id,
                name,
                type,
                archived,
                description,
                parameter_mappings,
                parameters,
                visualization_settings,
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiactionaction-id
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiactionidpublic_link
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
    ) -> Action:
        """GET /api/action/{action-id}

        Args:
            action_id: path; required; must be >= 1; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionaction-id
        """
        _result: Action = await self._call(
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionaction-idexecute
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
    ) -> List[Action]:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactionpublic
        """
        _result: List[Action] = await self._call(
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
    ) -> List[Action]:
        """GET /api/action

        Args:
            model_id: query string; optional; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiaction
        """
        _result: List[Action] = await self._call(
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/{id}/execute

        Args:
            id: path; required; must be >= 1.
            parameters: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactionidexecute
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
    ) -> AnswerValue4:
        """POST /api/action/{id}/public_link

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactionidpublic_link
        """
        _result: AnswerValue4 = await self._call(
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
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        id_2: int | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        type: Literal["http", "implicit", "query"] | Unset = UNSET,
        model_id: int | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> WritebackAction2 | WritebackAction3 | WritebackAction4:
        """PUT /api/action/{id}

        Args:
            id: path; required; must be >= 1.
            visualization_settings: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            id_2: JSON body; optional; must be >= 1; sent as 'id'.
            name: JSON body; optional.
            archived: JSON body; optional.
            type: JSON body; optional.
            model_id: JSON body; optional; must be >= 1.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiactionid
        """
        _result: WritebackAction2 | WritebackAction3 | WritebackAction4 = await self._call(
            _UPDATE,
            (
                id,
                visualization_settings,
                parameter_mappings,
                id_2,
                name,
                archived,
                type,
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
            model_id: int,
            name: str,
            type: Literal["http", "implicit", "query"],
            archived: bool | Unset = UNSET,
            description: str | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Action]: ...

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
        ) -> RawResponse[Action]: ...

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
        ) -> RawResponse[List[Action]]: ...

        def list(
            self,
            *,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Action]]: ...

        def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | None | Unset = UNSET,
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
        ) -> RawResponse[AnswerValue4]: ...

        def update(
            self,
            id: int,
            *,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            id_2: int | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            type: Literal["http", "implicit", "query"] | Unset = UNSET,
            model_id: int | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
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
            model_id: int,
            name: str,
            type: Literal["http", "implicit", "query"],
            archived: bool | Unset = UNSET,
            description: str | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Action]: ...

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
        ) -> RawResponse[Action]: ...

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
        ) -> RawResponse[List[Action]]: ...

        async def list(
            self,
            *,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Action]]: ...

        async def post_execute(
            self,
            id: int,
            *,
            parameters: dict[str, Any] | None | Unset = UNSET,
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
        ) -> RawResponse[AnswerValue4]: ...

        async def update(
            self,
            id: int,
            *,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            id_2: int | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            type: Literal["http", "implicit", "query"] | Unset = UNSET,
            model_id: int | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[WritebackAction2 | WritebackAction3 | WritebackAction4]: ...
