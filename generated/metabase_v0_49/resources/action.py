"""Routes of the 'action' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import MapMethodUrlBodyAnd3


class ActionResource(Resource):
    """Routes of the 'action' namespace (10 endpoints)."""

    def create(
        self,
        *,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_handle: str | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        name: str | Unset = UNSET,
        response_handle: str | None | Unset = UNSET,
        template: MapMethodUrlBodyAnd3 | None | Unset = UNSET,
        type: Any | None | Unset = UNSET,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
        model_id: int | Unset = UNSET,
        kind: Any | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        action: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/action/

        Args:
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            error_handle: str | None; JSON body; optional; None sends null.
            database_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            response_handle: str | None; JSON body; optional; None sends null.
            template: MapMethodUrlBodyAnd3 | None; JSON body; optional; None sends null.
            type: Any | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            model_id: int; JSON body; optional.
            kind: Any | None; JSON body; optional; None sends null.
            parameter_mappings: dict[str, Any] | None; JSON body; optional; None sends null.
            action: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiaction
        """
        return self._call(
            "POST",
            "/api/action/",
            (),
            body={
                "visualization_settings": visualization_settings,
                "parameters": parameters,
                "description": description,
                "error_handle": error_handle,
                "database_id": database_id,
                "name": name,
                "response_handle": response_handle,
                "template": template,
                "type": type,
                "dataset_query": dataset_query,
                "model_id": model_id,
                "kind": kind,
                "parameter_mappings": parameter_mappings,
            },
            raw_body=action,
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
        """DELETE /api/action/:action-id

        Args:
            action_id: int; path; required; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionaction-id
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
        """DELETE /api/action/:id/public_link

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#delete-apiactionidpublic_link
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
        """GET /api/action/:action-id

        Args:
            action_id: int; path; required; sent as 'action-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-id
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
        """GET /api/action/:action-id/execute

        Args:
            action_id: int; path; required; sent as 'action-id'.
            parameters: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-idexecute
        """
        return self._call(
            "GET",
            "/api/action/{}/execute",
            (action_id,),
            form={
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionpublic
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
        model_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/action/

        Args:
            model_id: int | None; form field or query string; optional; may be None; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiaction
        """
        return self._call(
            "GET",
            "/api/action/",
            (),
            form={
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
            id: int; path; required.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidexecute
        """
        return self._call(
            "POST",
            "/api/action/{}/execute",
            (id,),
            body={
                "parameters": parameters,
            },
            raw_body=body,
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
        """POST /api/action/:id/public_link

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidpublic_link
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
        archived: bool | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
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
    ) -> Any:
        """PUT /api/action/:id

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            database_id: int | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            error_handle: str | None; JSON body; optional; None sends null.
            kind: Any; JSON body; optional.
            model_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            parameter_mappings: dict[str, Any] | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            response_handle: str | None; JSON body; optional; None sends null.
            template: MapMethodUrlBodyAnd3 | None; JSON body; optional; None sends null.
            type: Any; JSON body; optional.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#put-apiactionid
        """
        return self._call(
            "PUT",
            "/api/action/{}",
            (id,),
            body={
                "archived": archived,
                "database_id": database_id,
                "dataset_query": dataset_query,
                "description": description,
                "error_handle": error_handle,
                "kind": kind,
                "model_id": model_id,
                "name": name,
                "parameter_mappings": parameter_mappings,
                "parameters": parameters,
                "response_handle": response_handle,
                "template": template,
                "type": type,
                "visualization_settings": visualization_settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
