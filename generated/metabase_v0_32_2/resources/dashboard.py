"""Routes of the 'dashboard' namespace (20 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class DashboardResource(Resource):
    """Routes of the 'dashboard' namespace (20 endpoints)."""

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/

        Args:
            name: str; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]]; JSON body; optional.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboard
        """
        return self._call(
            "POST",
            "/api/dashboard/",
            (),
            body={
                "name": name,
                "description": description,
                "parameters": parameters,
                "collection_id": collection_id,
                "collection_position": collection_position,
            },
            raw_body=dashboard,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/dashboard/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardid
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_cards(
        self,
        id: int,
        *,
        dashcard_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/dashboard/:id/cards

        Args:
            id: int; path; required.
            dashcard_id: int; form field or query string; required; sent as 'dashcardId'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidcards
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}/cards",
            (id,),
            form={
                "dashcardId": dashcard_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_favorite(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/dashboard/:id/favorite

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidfavorite
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}/favorite",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_public_link(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/dashboard/:dashboard-id/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboarddashboard-idpublic_link
        """
        return self._call(
            "DELETE",
            "/api/dashboard/{}/public_link",
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardid
        """
        return self._call(
            "GET",
            "/api/dashboard/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_embeddable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/embeddable

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardembeddable
        """
        return self._call(
            "GET",
            "/api/dashboard/embeddable",
            (),
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
        """GET /api/dashboard/public

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardpublic
        """
        return self._call(
            "GET",
            "/api/dashboard/public",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrelated
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/related",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_revisions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrevisions
        """
        return self._call(
            "GET",
            "/api/dashboard/{}/revisions",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: Literal["all", "archived", "mine"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/

        Args:
            f: Literal['all', 'archived', 'mine'] | None; form field or query string; optional; may be None; one of 'all', 'archived', 'mine'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboard
        """
        return self._call(
            "GET",
            "/api/dashboard/",
            (),
            form={
                "f": f,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_cards(
        self,
        id: int,
        *,
        card_id: int | None | Unset = UNSET,
        parameter_mappings: List[dict[str, Any]] | Unset = UNSET,
        series: Any | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:id/cards

        Args:
            id: int; path; required.
            card_id: int | None; JSON body; optional; None sends null; sent as 'cardId'.
            parameter_mappings: list[dict[str, Any]]; JSON body; optional.
            series: Any; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidcards
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/cards",
            (id,),
            body={
                "cardId": card_id,
                "parameter_mappings": parameter_mappings,
                "series": series,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_copy(
        self,
        from_dashboard_id: int,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:from-dashboard-id/copy

        Args:
            from_dashboard_id: int; path; required; sent as 'from-dashboard-id'.
            name: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardfrom-dashboard-idcopy
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/copy",
            (from_dashboard_id,),
            body={
                "name": name,
                "description": description,
                "collection_id": collection_id,
                "collection_position": collection_position,
            },
            raw_body=dashboard,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_favorite(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:id/favorite

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidfavorite
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/favorite",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_public_link(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:dashboard-id/public_link

        Args:
            dashboard_id: int; path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboarddashboard-idpublic_link
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/public_link",
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidrevert
        """
        return self._call(
            "POST",
            "/api/dashboard/{}/revert",
            (id,),
            body={
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_save(
        self,
        *,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save

        Args:
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsave
        """
        return self._call(
            "POST",
            "/api/dashboard/save",
            (),
            raw_body=dashboard,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_save_collection_by_parent_collection_id(
        self,
        parent_collection_id: int,
        *,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save/collection/:parent-collection-id

        Args:
            parent_collection_id: int; path; required; sent as 'parent-collection-id'.
            dashboard: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsavecollectionparent-collection-id
        """
        return self._call(
            "POST",
            "/api/dashboard/save/collection/{}",
            (parent_collection_id,),
            raw_body=dashboard,
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
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        enable_embedding: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        embedding_params: dict[str, Any] | None | Unset = UNSET,
        position: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/:id

        Args:
            id: int; path; required.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            enable_embedding: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            embedding_params: dict[str, Any] | None; JSON body; optional; None sends null.
            position: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardid
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}",
            (id,),
            body={
                "parameters": parameters,
                "points_of_interest": points_of_interest,
                "description": description,
                "archived": archived,
                "collection_position": collection_position,
                "show_in_getting_started": show_in_getting_started,
                "enable_embedding": enable_embedding,
                "collection_id": collection_id,
                "name": name,
                "caveats": caveats,
                "embedding_params": embedding_params,
                "position": position,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_cards(
        self,
        id: int,
        *,
        cards: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/:id/cards

        Args:
            id: int; path; required.
            cards: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardidcards
        """
        return self._call(
            "PUT",
            "/api/dashboard/{}/cards",
            (id,),
            body={
                "cards": cards,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
