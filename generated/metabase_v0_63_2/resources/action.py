"""Routes of the 'action' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import Action, ParameterMapping, ParametersParameter


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
            archived: bool; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            model_id: int; JSON body; required.
            name: str; JSON body; required.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            type: Literal['http', 'implicit', 'query']; JSON body; required; one of 'http', 'implicit', 'query'.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiaction
        """
        _result: Action = self._call(
            "POST",
            "/api/action",
            (),
            body={
                "archived": archived,
                "description": description,
                "model_id": model_id,
                "name": name,
                "parameter_mappings": parameter_mappings,
                "parameters": parameters,
                "type": type,
                "visualization_settings": visualization_settings,
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
        action_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/action/{action-id}

        Args:
            action_id: int; path; required; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiactionaction-id
        """
        return self._call(
            "DELETE",
            "/api/action/{}",
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiactionidpublic_link
        """
        return self._call(
            "DELETE",
            "/api/action/{}/public_link",
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
            action_id: int; path; required; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactionaction-id
        """
        _result: Action = self._call(
            "GET",
            "/api/action/{}",
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
    ) -> Any:
        """GET /api/action/{action-id}/execute

        Args:
            action_id: int; path; required; sent as 'action-id'.
            parameters: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactionaction-idexecute
        """
        return self._call(
            "GET",
            "/api/action/{}/execute",
            (action_id,),
            query={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactionpublic
        """
        _result: List[Action] = self._call(
            "GET",
            "/api/action/public",
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
        model_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Action]:
        """GET /api/action

        Args:
            model_id: int | None; query string; optional; may be None; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiaction
        """
        _result: List[Action] = self._call(
            "GET",
            "/api/action",
            (),
            query={
                "model-id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_execute(
        self,
        id: int | str,
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
            id: int | str; path; required.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiactionidexecute
        """
        return self._call(
            "POST",
            "/api/action/{}/execute",
            (id,),
            body={
                "parameters": parameters,
            },
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
    ) -> Any:
        """POST /api/action/{id}/public_link

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiactionidpublic_link
        """
        return self._call(
            "POST",
            "/api/action/{}/public_link",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """PUT /api/action/{id}

        Args:
            id: int; path; required.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            id_2: int; JSON body; optional; sent as 'id'.
            name: str; JSON body; optional.
            archived: bool; JSON body; optional.
            type: Literal['http', 'implicit', 'query']; JSON body; optional; one of 'http', 'implicit', 'query'.
            model_id: int; JSON body; optional.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiactionid
        """
        return self._call(
            "PUT",
            "/api/action/{}",
            (id,),
            body={
                "visualization_settings": visualization_settings,
                "parameter_mappings": parameter_mappings,
                "id": id_2,
                "name": name,
                "archived": archived,
                "type": type,
                "model_id": model_id,
                "parameters": parameters,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
