"""Routes of the 'action' namespace (10 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


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
        template: dict[str, Any] | None | Unset = UNSET,
        type: Any | None | Unset = UNSET,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
        kind: Any | None | Unset = UNSET,
        parameter_mappings: dict[str, Any] | None | Unset = UNSET,
        action: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/action/

        Args:
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            error_handle: str | None; JSON body; optional; None sends null.
            database_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            response_handle: str | None; JSON body; optional; None sends null.
            template: dict[str, Any] | None; JSON body; optional; None sends null.
            type: Any | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            model_id: int; JSON body; required.
            kind: Any | None; JSON body; optional; None sends null.
            parameter_mappings: dict[str, Any] | None; JSON body; optional; None sends null.
            action: Any; JSON body; optional.

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
                "action": action,
            },
        )

    def delete(
        self,
        action_id: int,
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
        )

    def delete_public_link(
        self,
        id: int,
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
        )

    def get(
        self,
        action_id: int,
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
        )

    def get_execute(
        self,
        action_id: int,
        *,
        parameters: str,
    ) -> Any:
        """GET /api/action/:action-id/execute

        Args:
            action_id: int; path; required; sent as 'action-id'.
            parameters: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionaction-idexecute
        """
        return self._call(
            "GET",
            "/api/action/{}/execute",
            (action_id,),
            query={
                "parameters": parameters,
            },
        )

    def get_public(self) -> Any:
        """GET /api/action/public

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiactionpublic
        """
        return self._call(
            "GET",
            "/api/action/public",
            (),
        )

    def list(
        self,
        *,
        model_id: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/action/

        Args:
            model_id: int | None; query string; optional; may be None; sent as 'model-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#get-apiaction
        """
        return self._call(
            "GET",
            "/api/action/",
            (),
            query={
                "model-id": model_id,
            },
        )

    def post_execute(
        self,
        id: int,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/action/:id/execute

        Args:
            id: int; path; required.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#post-apiactionidexecute
        """
        return self._call(
            "POST",
            "/api/action/{}/execute",
            (id,),
            body={
                "parameters": parameters,
            },
        )

    def post_public_link(
        self,
        id: int,
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
        )

    def update(
        self,
        id: int,
        *,
        action: dict[str, Any],
    ) -> Any:
        """PUT /api/action/:id

        Args:
            id: int; path; required.
            action: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/action#put-apiactionid
        """
        return self._call(
            "PUT",
            "/api/action/{}",
            (id,),
            body={
                "action": action,
            },
        )
