"""Routes of the 'action' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostActionTemplate, PutActionByIdTemplate


class ActionResource(Resource):
    """Routes of the 'action' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        model_id: int,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: dict[str, Any] | Unset = UNSET,
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
    ) -> Any:
        """POST /api/action/

        Args:
            visualization_settings: dict[str, Any]; JSON body; optional.
            response_handle: str; JSON body; optional.
            dataset_query: dict[str, Any]; JSON body; optional.
            parameter_mappings: dict[str, Any]; JSON body; optional.
            name: str; JSON body; required.
            database_id: int; JSON body; optional.
            kind: Literal['row/create', 'row/update', 'row/delete', 'bulk/create', 'bulk/update', 'bulk/delete']; JSON body; optional; one of 'row/create', 'row/update', 'row/delete', 'bulk/create', 'bulk/update', 'bulk/delete'.
            type: Literal['http', 'query', 'implicit']; JSON body; optional; one of 'http', 'query', 'implicit'.
            template: PostActionTemplate; JSON body; optional.
            error_handle: str; JSON body; optional.
            model_id: int; JSON body; required.
            parameters: list[dict[str, Any]]; JSON body; optional.
            description: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiaction
        """
        return self._call(
            "POST",
            "/api/action/",
            (),
            body={
                "visualization_settings": visualization_settings,
                "response_handle": response_handle,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "name": name,
                "database_id": database_id,
                "kind": kind,
                "type": type,
                "template": template,
                "error_handle": error_handle,
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionaction-id
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiactionidpublic_link
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
    ) -> Any:
        """GET /api/action/{action-id}

        Args:
            action_id: int; path; required; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-id
        """
        return self._call(
            "GET",
            "/api/action/{}",
            (action_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionaction-idexecute
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
    ) -> Any:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiactionpublic
        """
        return self._call(
            "GET",
            "/api/action/public",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        model_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/action/

        Args:
            model_id: int; query string; optional; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiaction
        """
        return self._call(
            "GET",
            "/api/action/",
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
            id: int; path; required.
            parameters: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidexecute
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiactionidpublic_link
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
        visualization_settings: dict[str, Any] | Unset = UNSET,
        response_handle: str | Unset = UNSET,
        dataset_query: dict[str, Any] | Unset = UNSET,
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
        template: PutActionByIdTemplate | Unset = UNSET,
        error_handle: str | Unset = UNSET,
        model_id: int | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/action/{id}

        Args:
            id: int; path; required.
            visualization_settings: dict[str, Any]; JSON body; optional.
            response_handle: str; JSON body; optional.
            dataset_query: dict[str, Any]; JSON body; optional.
            parameter_mappings: dict[str, Any]; JSON body; optional.
            name: str; JSON body; optional.
            archived: bool; JSON body; optional.
            database_id: int; JSON body; optional.
            kind: Literal['row/create', 'row/update', 'row/delete', 'bulk/create', 'bulk/update', 'bulk/delete']; JSON body; optional; one of 'row/create', 'row/update', 'row/delete', 'bulk/create', 'bulk/update', 'bulk/delete'.
            type: Literal['http', 'query', 'implicit']; JSON body; optional; one of 'http', 'query', 'implicit'.
            template: PutActionByIdTemplate; JSON body; optional.
            error_handle: str; JSON body; optional.
            model_id: int; JSON body; optional.
            parameters: list[dict[str, Any]]; JSON body; optional.
            description: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiactionid
        """
        return self._call(
            "PUT",
            "/api/action/{}",
            (id,),
            body={
                "visualization_settings": visualization_settings,
                "response_handle": response_handle,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "name": name,
                "archived": archived,
                "database_id": database_id,
                "kind": kind,
                "type": type,
                "template": template,
                "error_handle": error_handle,
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
