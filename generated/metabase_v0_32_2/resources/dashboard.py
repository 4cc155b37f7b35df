"""Routes of the 'dashboard' namespace (20 endpoints)."""

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
    Dashboard,
    GetEmbeddableDashboard,
    GetPublicDashboard,
    ListDashboardsResponseItem,
)

_CREATE = RequestSpec(
    "POST",
    "/api/dashboard/",
    (
        Place("body", ("name",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", whole=True),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/dashboard/{}", (Place("path"),))
_DELETE_CARDS = RequestSpec(
    "DELETE",
    "/api/dashboard/{}/cards",
    (
        Place("path"),
        Place("form", ("dashcardId",)),
    ),
)
_DELETE_FAVORITE = RequestSpec("DELETE", "/api/dashboard/{}/favorite", (Place("path"),))
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/dashboard/{}/public_link", (Place("path"),))
_GET = RequestSpec("GET", "/api/dashboard/{}", (Place("path"),))
_GET_EMBEDDABLE = RequestSpec("GET", "/api/dashboard/embeddable", ())
_GET_PUBLIC = RequestSpec("GET", "/api/dashboard/public", ())
_GET_RELATED = RequestSpec("GET", "/api/dashboard/{}/related", (Place("path"),))
_GET_REVISIONS = RequestSpec("GET", "/api/dashboard/{}/revisions", (Place("path"),))
_LIST = RequestSpec("GET", "/api/dashboard/", (Place("form", ("f",)),))
_POST_CARDS = RequestSpec(
    "POST",
    "/api/dashboard/{}/cards",
    (
        Place("path"),
        Place("body", ("parameter_mappings",)),
        Place("body", ("cardId",)),
        Place("body", ("series",)),
        Place("body", whole=True),
    ),
)
_POST_COPY = RequestSpec(
    "POST",
    "/api/dashboard/{}/copy",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("description",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", whole=True),
    ),
)
_POST_FAVORITE = RequestSpec("POST", "/api/dashboard/{}/favorite", (Place("path"),))
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/dashboard/{}/public_link", (Place("path"),))
_POST_REVERT = RequestSpec(
    "POST",
    "/api/dashboard/{}/revert",
    (
        Place("path"),
        Place("body", ("revision_id",)),
    ),
)
_POST_SAVE = RequestSpec("POST", "/api/dashboard/save", (Place("body", whole=True),))
_POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID = RequestSpec(
    "POST",
    "/api/dashboard/save/collection/{}",
    (
        Place("path"),
        Place("body", whole=True),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/dashboard/{}",
    (
        Place("path"),
        Place("body", ("parameters",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("collection_position",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("enable_embedding",)),
        Place("body", ("collection_id",)),
        Place("body", ("name",)),
        Place("body", ("caveats",)),
        Place("body", ("embedding_params",)),
        Place("body", ("position",)),
        Place("body", whole=True),
    ),
)
_UPDATE_CARDS = RequestSpec(
    "PUT",
    "/api/dashboard/{}/cards",
    (
        Place("path"),
        Place("body", ("cards",)),
    ),
)


class DashboardResource(Resource):
    """Routes of the 'dashboard' namespace (20 endpoints)."""

    def create(
        self,
        *,
        name: str,
        parameters: List[dict[str, Any]],
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/

        Args:
            name: JSON body; required; must not be blank.
            parameters: JSON body; required.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboard
        """
        _result: Dashboard = self._call(
            _CREATE,
            (name, parameters, description, collection_id, collection_position, dashboard),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardid
        """
        return self._call(
            _DELETE,
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
            id: path; required.
            dashcard_id: form field or query string; required; must be > 0; sent as 'dashcardId'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidcards
        """
        return self._call(
            _DELETE_CARDS,
            (id, dashcard_id),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidfavorite
        """
        return self._call(
            _DELETE_FAVORITE,
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
            dashboard_id: path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboarddashboard-idpublic_link
        """
        return self._call(
            _DELETE_PUBLIC_LINK,
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
    ) -> Dashboard:
        """GET /api/dashboard/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardid
        """
        _result: Dashboard = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_embeddable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEmbeddableDashboard]:
        """GET /api/dashboard/embeddable

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardembeddable
        """
        _result: List[GetEmbeddableDashboard] = self._call(
            _GET_EMBEDDABLE,
            (),
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
    ) -> List[GetPublicDashboard]:
        """GET /api/dashboard/public

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardpublic
        """
        _result: List[GetPublicDashboard] = self._call(
            _GET_PUBLIC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrelated
        """
        return self._call(
            _GET_RELATED,
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrevisions
        """
        return self._call(
            _GET_REVISIONS,
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
        f: Literal["all", "archived", "mine"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ListDashboardsResponseItem]:
        """GET /api/dashboard/

        Args:
            f: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboard
        """
        _result: List[ListDashboardsResponseItem] = self._call(
            _LIST,
            (f,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_cards(
        self,
        id: int,
        *,
        parameter_mappings: List[dict[str, Any]],
        card_id: int | None | Unset = UNSET,
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
            id: path; required.
            parameter_mappings: JSON body; required.
            card_id: JSON body; optional; None sends null; must be > 0; sent as 'cardId'.
            series: JSON body; optional.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidcards
        """
        return self._call(
            _POST_CARDS,
            (id, parameter_mappings, card_id, series, body),
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
    ) -> Dashboard:
        """POST /api/dashboard/:from-dashboard-id/copy

        Args:
            from_dashboard_id: path; required; sent as 'from-dashboard-id'.
            name: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardfrom-dashboard-idcopy
        """
        _result: Dashboard = self._call(
            _POST_COPY,
            (from_dashboard_id, name, description, collection_id, collection_position, dashboard),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidfavorite
        """
        return self._call(
            _POST_FAVORITE,
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
            dashboard_id: path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboarddashboard-idpublic_link
        """
        return self._call(
            _POST_PUBLIC_LINK,
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
            id: path; required.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidrevert
        """
        return self._call(
            _POST_REVERT,
            (id, revision_id),
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
    ) -> Dashboard:
        """POST /api/dashboard/save

        Args:
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsave
        """
        _result: Dashboard = self._call(
            _POST_SAVE,
            (dashboard,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            parent_collection_id: path; required; sent as 'parent-collection-id'.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsavecollectionparent-collection-id
        """
        return self._call(
            _POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID,
            (parent_collection_id, dashboard),
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
    ) -> Dashboard:
        """PUT /api/dashboard/:id

        Args:
            id: path; required.
            parameters: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be > 0.
            show_in_getting_started: JSON body; optional; None sends null.
            enable_embedding: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            embedding_params: JSON body; optional; None sends null.
            position: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardid
        """
        _result: Dashboard = self._call(
            _UPDATE,
            (
                id,
                parameters,
                points_of_interest,
                description,
                archived,
                collection_position,
                show_in_getting_started,
                enable_embedding,
                collection_id,
                name,
                caveats,
                embedding_params,
                position,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required.
            cards: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardidcards
        """
        return self._call(
            _UPDATE_CARDS,
            (id, cards),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncDashboardResource(AsyncResource):
    """Routes of the 'dashboard' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        parameters: List[dict[str, Any]],
        description: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/

        Args:
            name: JSON body; required; must not be blank.
            parameters: JSON body; required.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboard
        """
        _result: Dashboard = await self._call(
            _CREATE,
            (name, parameters, description, collection_id, collection_position, dashboard),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_cards(
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
            id: path; required.
            dashcard_id: form field or query string; required; must be > 0; sent as 'dashcardId'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidcards
        """
        return await self._call(
            _DELETE_CARDS,
            (id, dashcard_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_favorite(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboardidfavorite
        """
        return await self._call(
            _DELETE_FAVORITE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_public_link(
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
            dashboard_id: path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidashboarddashboard-idpublic_link
        """
        return await self._call(
            _DELETE_PUBLIC_LINK,
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/dashboard/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardid
        """
        _result: Dashboard = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_embeddable(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEmbeddableDashboard]:
        """GET /api/dashboard/embeddable

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardembeddable
        """
        _result: List[GetEmbeddableDashboard] = await self._call(
            _GET_EMBEDDABLE,
            (),
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
    ) -> List[GetPublicDashboard]:
        """GET /api/dashboard/public

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardpublic
        """
        _result: List[GetPublicDashboard] = await self._call(
            _GET_PUBLIC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_related(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrelated
        """
        return await self._call(
            _GET_RELATED,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_revisions(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboardidrevisions
        """
        return await self._call(
            _GET_REVISIONS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        f: Literal["all", "archived", "mine"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ListDashboardsResponseItem]:
        """GET /api/dashboard/

        Args:
            f: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidashboard
        """
        _result: List[ListDashboardsResponseItem] = await self._call(
            _LIST,
            (f,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_cards(
        self,
        id: int,
        *,
        parameter_mappings: List[dict[str, Any]],
        card_id: int | None | Unset = UNSET,
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
            id: path; required.
            parameter_mappings: JSON body; required.
            card_id: JSON body; optional; None sends null; must be > 0; sent as 'cardId'.
            series: JSON body; optional.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidcards
        """
        return await self._call(
            _POST_CARDS,
            (id, parameter_mappings, card_id, series, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_copy(
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
    ) -> Dashboard:
        """POST /api/dashboard/:from-dashboard-id/copy

        Args:
            from_dashboard_id: path; required; sent as 'from-dashboard-id'.
            name: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardfrom-dashboard-idcopy
        """
        _result: Dashboard = await self._call(
            _POST_COPY,
            (from_dashboard_id, name, description, collection_id, collection_position, dashboard),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_favorite(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidfavorite
        """
        return await self._call(
            _POST_FAVORITE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_public_link(
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
            dashboard_id: path; required; sent as 'dashboard-id'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboarddashboard-idpublic_link
        """
        return await self._call(
            _POST_PUBLIC_LINK,
            (dashboard_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_revert(
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
            id: path; required.
            revision_id: JSON body; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardidrevert
        """
        return await self._call(
            _POST_REVERT,
            (id, revision_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_save(
        self,
        *,
        dashboard: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/save

        Args:
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsave
        """
        _result: Dashboard = await self._call(
            _POST_SAVE,
            (dashboard,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_save_collection_by_parent_collection_id(
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
            parent_collection_id: path; required; sent as 'parent-collection-id'.
            dashboard: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidashboardsavecollectionparent-collection-id
        """
        return await self._call(
            _POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID,
            (parent_collection_id, dashboard),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
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
    ) -> Dashboard:
        """PUT /api/dashboard/:id

        Args:
            id: path; required.
            parameters: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be > 0.
            show_in_getting_started: JSON body; optional; None sends null.
            enable_embedding: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            embedding_params: JSON body; optional; None sends null.
            position: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardid
        """
        _result: Dashboard = await self._call(
            _UPDATE,
            (
                id,
                parameters,
                points_of_interest,
                description,
                archived,
                collection_position,
                show_in_getting_started,
                enable_embedding,
                collection_id,
                name,
                caveats,
                embedding_params,
                position,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_cards(
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
            id: path; required.
            cards: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidashboardidcards
        """
        return await self._call(
            _UPDATE_CARDS,
            (id, cards),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawDashboardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            parameters: List[dict[str, Any]],
            description: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def delete_favorite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def delete_public_link(
            self,
            dashboard_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableDashboard]]: ...

        def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicDashboard]]: ...

        def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_revisions(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            f: Literal["all", "archived", "mine"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ListDashboardsResponseItem]]: ...

        def post_cards(
            self,
            id: int,
            *,
            parameter_mappings: List[dict[str, Any]],
            card_id: int | None | Unset = UNSET,
            series: Any | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Dashboard]: ...

        def post_favorite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_public_link(
            self,
            dashboard_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def post_save(
            self,
            *,
            dashboard: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Dashboard]: ...

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
        ) -> RawResponse[Any]: ...

    class AsyncRawDashboardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            parameters: List[dict[str, Any]],
            description: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_cards(
            self,
            id: int,
            *,
            dashcard_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_favorite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_public_link(
            self,
            dashboard_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableDashboard]]: ...

        async def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicDashboard]]: ...

        async def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_revisions(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            f: Literal["all", "archived", "mine"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ListDashboardsResponseItem]]: ...

        async def post_cards(
            self,
            id: int,
            *,
            parameter_mappings: List[dict[str, Any]],
            card_id: int | None | Unset = UNSET,
            series: Any | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_copy(
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
        ) -> RawResponse[Dashboard]: ...

        async def post_favorite(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_public_link(
            self,
            dashboard_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_revert(
            self,
            id: int,
            *,
            revision_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_save(
            self,
            *,
            dashboard: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def post_save_collection_by_parent_collection_id(
            self,
            parent_collection_id: int,
            *,
            dashboard: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
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
        ) -> RawResponse[Dashboard]: ...

        async def update_cards(
            self,
            id: int,
            *,
            cards: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
