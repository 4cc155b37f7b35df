"""Routes of the 'dashboard' namespace (25 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from typing_extensions import deprecated
from .._runtime import (
    AsyncResource,
    FileTarget,
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
    DashboardQueryMetadata,
    Dataset,
    GetEmbeddableDashboard,
    GetPublicDashboard,
    ListCollectionItemsResponse,
    ListDashboardsResponseItem,
    Parameter,
    ParameterValues,
    PostDashboardQueryParametersItem,
    PostDashboardQueryParametersItem_2,
    PostDashboardQueryParametersOption1Item,
    PutDashboardCardsCardsItem,
    PutDashboardCardsTabsItem,
    PutDashboardDashcardsItem,
    PutDashboardTabsItem,
)

_CREATE = RequestSpec(
    "POST",
    "/api/dashboard/",
    (
        Place("body", ("name",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("description",)),
        Place("body", ("parameters",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/dashboard/{}", (Place("path"),))
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/dashboard/{}/public_link", (Place("path"),))
_EXPORT_DASHCARD = RequestSpec(
    "POST",
    "/api/dashboard/{}/dashcard/{}/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("body", ("format_rows",)),
        Place("body", ("parameters",)),
        Place("body", ("pivot_results",)),
    ),
)
_GET = RequestSpec("GET", "/api/dashboard/{}", (Place("path"),))
_GET_DASHCARD_EXECUTE = RequestSpec(
    "GET",
    "/api/dashboard/{}/dashcard/{}/execute",
    (
        Place("path"),
        Place("path"),
        Place("query", ("parameters",)),
    ),
)
_GET_EMBEDDABLE = RequestSpec("GET", "/api/dashboard/embeddable", ())
_GET_ITEMS = RequestSpec("GET", "/api/dashboard/{}/items", (Place("path"),))
_GET_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/dashboard/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_PARAMS_SEARCH_BY_QUERY = RequestSpec(
    "GET",
    "/api/dashboard/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_PARAMS_VALID_FILTER_FIELDS = RequestSpec(
    "GET",
    "/api/dashboard/params/valid-filter-fields",
    (
        Place("query", ("filtered",)),
        Place("query", ("filtering",)),
    ),
)
_GET_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/dashboard/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_PUBLIC = RequestSpec("GET", "/api/dashboard/public", ())
_GET_QUERY_METADATA = RequestSpec("GET", "/api/dashboard/{}/query_metadata", (Place("path"),))
_GET_RELATED = RequestSpec("GET", "/api/dashboard/{}/related", (Place("path"),))
_LIST = RequestSpec("GET", "/api/dashboard/", (Place("query", ("f",)),))
_POST_COPY = RequestSpec(
    "POST",
    "/api/dashboard/{}/copy",
    (
        Place("path"),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("description",)),
        Place("body", ("is_deep_copy",)),
        Place("body", ("name",)),
    ),
)
_POST_DASHCARD_EXECUTE = RequestSpec(
    "POST",
    "/api/dashboard/{}/dashcard/{}/execute",
    (
        Place("path"),
        Place("path"),
        Place("body", ("parameters",)),
    ),
)
_POST_PIVOT_DASHCARD_CARD_QUERY = RequestSpec(
    "POST",
    "/api/dashboard/pivot/{}/dashcard/{}/card/{}/query",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("body", ("parameters",)),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/dashboard/{}/public_link", (Place("path"),))
_POST_SAVE = RequestSpec("POST", "/api/dashboard/save", ())
_POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID = RequestSpec(
    "POST", "/api/dashboard/save/collection/{}", (Place("path"),)
)
_RUN_DASHCARD_QUERY = RequestSpec(
    "POST",
    "/api/dashboard/{}/dashcard/{}/card/{}/query",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("body", ("dashboard_load_id",)),
        Place("body", ("parameters",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/dashboard/{}",
    (
        Place("path"),
        Place("body", ("points_of_interest",)),
        Place("body", ("enable_embedding",)),
        Place("body", ("width",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("position",)),
        Place("body", ("name",)),
        Place("body", ("archived",)),
        Place("body", ("collection_position",)),
        Place("body", ("embedding_params",)),
        Place("body", ("tabs",)),
        Place("body", ("collection_id",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("caveats",)),
        Place("body", ("parameters",)),
        Place("body", ("dashcards",)),
        Place("body", ("description",)),
    ),
)
_UPDATE_CARDS = RequestSpec(
    "PUT",
    "/api/dashboard/{}/cards",
    (
        Place("path"),
        Place("body", ("cards",)),
        Place("body", ("tabs",)),
    ),
    deprecated="PUT /api/dashboard/{id}/cards is deprecated by Metabase",
)


class DashboardResource(Resource):
    """Routes of the 'dashboard' namespace (25 endpoints)."""

    def create(
        self,
        *,
        name: str,
        cache_ttl: int | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        description: str | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/

        Args:
            name: JSON body; required; at least 1 character.
            cache_ttl: JSON body; optional; must be >= 1.
            collection_id: JSON body; optional; must be >= 1.
            collection_position: JSON body; optional; must be >= 1.
            description: JSON body; optional.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboard
        """
        _result: Dashboard = self._call(
            _CREATE,
            (name, cache_ttl, collection_id, collection_position, description, parameters),
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
        """DELETE /api/dashboard/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidashboardid
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
        """DELETE /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidashboarddashboard-idpublic_link
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

    def export_dashcard(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | Unset = UNSET,
        parameters: List[PostDashboardQueryParametersOption1Item] | str | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query/{export-format}

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_dashcard_card_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idqueryexport-format
        """
        return self._call(
            _EXPORT_DASHCARD,
            (
                dashboard_id,
                dashcard_id,
                card_id,
                export_format,
                format_rows,
                parameters,
                pivot_results,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/dashboard/{id}

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardid
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

    def get_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = self._call(
            _GET_DASHCARD_EXECUTE,
            (dashboard_id, dashcard_id, parameters),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardembeddable
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

    def get_items(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/dashboard/{id}/items

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardiditems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ITEMS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_params_remapping(
        self,
        id: int,
        param_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/params/{param-key}/remapping

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keyremapping
        """
        return self._call(
            _GET_PARAMS_REMAPPING,
            (id, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_params_search_by_query(
        self,
        id: int,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/dashboard/{id}/params/{param-key}/search/{query}

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keysearchquery
        """
        _result: ParameterValues = self._call(
            _GET_PARAMS_SEARCH_BY_QUERY,
            (id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_params_valid_filter_fields(
        self,
        *,
        filtered: List[int],
        filtering: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, List[int | float]]:
        """GET /api/dashboard/params/valid-filter-fields

        Args:
            filtered: query string; required.
            filtering: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardparamsvalid-filter-fields
        """
        _result: dict[str, List[int | float]] = self._call(
            _GET_PARAMS_VALID_FILTER_FIELDS,
            (filtered, filtering),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_params_values(
        self,
        id: int,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/dashboard/{id}/params/{param-key}/values

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keyvalues
        """
        _result: ParameterValues = self._call(
            _GET_PARAMS_VALUES,
            (id, param_key),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardpublic
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

    def get_query_metadata(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQueryMetadata:
        """GET /api/dashboard/{id}/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidquery_metadata
        """
        _result: DashboardQueryMetadata = self._call(
            _GET_QUERY_METADATA,
            (id,),
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
        """GET /api/dashboard/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidrelated
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

    def list(
        self,
        *,
        f: Literal["all", "mine", "archived"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ListDashboardsResponseItem]:
        """GET /api/dashboard/

        Args:
            f: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboard
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

    def post_copy(
        self,
        from_dashboard_id: int,
        *,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        description: str | Unset = UNSET,
        is_deep_copy: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/{from-dashboard-id}/copy

        Args:
            from_dashboard_id: path; required; must be >= 1; sent as 'from-dashboard-id'.
            collection_id: JSON body; optional; must be >= 1.
            collection_position: JSON body; optional; must be >= 1.
            description: JSON body; optional.
            is_deep_copy: JSON body; optional; not sent by default (the server assumes false).
            name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardfrom-dashboard-idcopy
        """
        _result: Dashboard = self._call(
            _POST_COPY,
            (
                from_dashboard_id,
                collection_id,
                collection_position,
                description,
                is_deep_copy,
                name,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return self._call(
            _POST_DASHCARD_EXECUTE,
            (dashboard_id, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_pivot_dashcard_card_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: List[PostDashboardQueryParametersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dashboard/pivot/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardpivotdashboard-iddashcarddashcard-idcardcard-idquery
        """
        _result: Dataset = self._call(
            _POST_PIVOT_DASHCARD_CARD_QUERY,
            (dashboard_id, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """POST /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-idpublic_link
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

    def post_save(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/save

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardsave
        """
        _result: Dashboard = self._call(
            _POST_SAVE,
            (),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save/collection/{parent-collection-id}

        Args:
            parent_collection_id: path; required; must be >= 1; sent as 'parent-collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardsavecollectionparent-collection-id
        """
        return self._call(
            _POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID,
            (parent_collection_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def run_dashcard_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        dashboard_load_id: str | Unset = UNSET,
        parameters: List[PostDashboardQueryParametersItem_2] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            dashboard_load_id: JSON body; optional; at least 1 character.
            parameters: JSON body; optional.

        Also reachable as post_dashcard_card_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idquery
        """
        _result: Dataset = self._call(
            _RUN_DASHCARD_QUERY,
            (dashboard_id, dashcard_id, card_id, dashboard_load_id, parameters),
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
        points_of_interest: str | Unset = UNSET,
        enable_embedding: bool | Unset = UNSET,
        width: Literal["fixed", "full"] | Unset = UNSET,
        show_in_getting_started: bool | Unset = UNSET,
        position: int | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        embedding_params: dict[str, Literal["disabled", "enabled", "locked"]] | Unset = UNSET,
        tabs: List[PutDashboardTabsItem] | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        caveats: str | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        dashcards: List[PutDashboardDashcardsItem] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """PUT /api/dashboard/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional.
            enable_embedding: JSON body; optional.
            width: JSON body; optional.
            show_in_getting_started: JSON body; optional.
            position: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.
            archived: JSON body; optional.
            collection_position: JSON body; optional; must be >= 1.
            embedding_params: JSON body; optional.
            tabs: JSON body; optional.
            collection_id: JSON body; optional; must be >= 1.
            cache_ttl: JSON body; optional; must be >= 1.
            caveats: JSON body; optional.
            parameters: JSON body; optional.
            dashcards: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidashboardid
        """
        _result: Dashboard = self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                enable_embedding,
                width,
                show_in_getting_started,
                position,
                name,
                archived,
                collection_position,
                embedding_params,
                tabs,
                collection_id,
                cache_ttl,
                caveats,
                parameters,
                dashcards,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("PUT /api/dashboard/{id}/cards is deprecated by Metabase", category=None)
    def update_cards(
        self,
        id: int,
        *,
        cards: List[PutDashboardCardsCardsItem],
        tabs: List[PutDashboardCardsTabsItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/{id}/cards

        Args:
            id: path; required; must be >= 1.
            cards: JSON body; required.
            tabs: JSON body; optional.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidashboardidcards
        """
        return self._call(
            _UPDATE_CARDS,
            (id, cards, tabs),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post_dashcard_card_query_by_export_format = export_dashcard
    post_dashcard_card_query = run_dashcard_query


class AsyncDashboardResource(AsyncResource):
    """Routes of the 'dashboard' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        cache_ttl: int | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        description: str | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/

        Args:
            name: JSON body; required; at least 1 character.
            cache_ttl: JSON body; optional; must be >= 1.
            collection_id: JSON body; optional; must be >= 1.
            collection_position: JSON body; optional; must be >= 1.
            description: JSON body; optional.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboard
        """
        _result: Dashboard = await self._call(
            _CREATE,
            (name, cache_ttl, collection_id, collection_position, description, parameters),
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
        """DELETE /api/dashboard/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidashboardid
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
        """DELETE /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidashboarddashboard-idpublic_link
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

    async def export_dashcard(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        format_rows: bool | Unset = UNSET,
        parameters: List[PostDashboardQueryParametersOption1Item] | str | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query/{export-format}

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_dashcard_card_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idqueryexport-format
        """
        return await self._call(
            _EXPORT_DASHCARD,
            (
                dashboard_id,
                dashcard_id,
                card_id,
                export_format,
                format_rows,
                parameters,
                pivot_results,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/dashboard/{id}

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardid
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

    async def get_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, str | int | float | bool | None]:
        """GET /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        _result: dict[str, str | int | float | bool | None] = await self._call(
            _GET_DASHCARD_EXECUTE,
            (dashboard_id, dashcard_id, parameters),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardembeddable
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

    async def get_items(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/dashboard/{id}/items

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardiditems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ITEMS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_params_remapping(
        self,
        id: int,
        param_key: str,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/dashboard/{id}/params/{param-key}/remapping

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keyremapping
        """
        return await self._call(
            _GET_PARAMS_REMAPPING,
            (id, param_key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_params_search_by_query(
        self,
        id: int,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/dashboard/{id}/params/{param-key}/search/{query}

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keysearchquery
        """
        _result: ParameterValues = await self._call(
            _GET_PARAMS_SEARCH_BY_QUERY,
            (id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_params_valid_filter_fields(
        self,
        *,
        filtered: List[int],
        filtering: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, List[int | float]]:
        """GET /api/dashboard/params/valid-filter-fields

        Args:
            filtered: query string; required.
            filtering: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardparamsvalid-filter-fields
        """
        _result: dict[str, List[int | float]] = await self._call(
            _GET_PARAMS_VALID_FILTER_FIELDS,
            (filtered, filtering),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_params_values(
        self,
        id: int,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/dashboard/{id}/params/{param-key}/values

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidparamsparam-keyvalues
        """
        _result: ParameterValues = await self._call(
            _GET_PARAMS_VALUES,
            (id, param_key),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardpublic
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

    async def get_query_metadata(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardQueryMetadata:
        """GET /api/dashboard/{id}/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidquery_metadata
        """
        _result: DashboardQueryMetadata = await self._call(
            _GET_QUERY_METADATA,
            (id,),
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
        """GET /api/dashboard/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboardidrelated
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

    async def list(
        self,
        *,
        f: Literal["all", "mine", "archived"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ListDashboardsResponseItem]:
        """GET /api/dashboard/

        Args:
            f: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidashboard
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

    async def post_copy(
        self,
        from_dashboard_id: int,
        *,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        description: str | Unset = UNSET,
        is_deep_copy: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/{from-dashboard-id}/copy

        Args:
            from_dashboard_id: path; required; must be >= 1; sent as 'from-dashboard-id'.
            collection_id: JSON body; optional; must be >= 1.
            collection_position: JSON body; optional; must be >= 1.
            description: JSON body; optional.
            is_deep_copy: JSON body; optional; not sent by default (the server assumes false).
            name: JSON body; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardfrom-dashboard-idcopy
        """
        _result: Dashboard = await self._call(
            _POST_COPY,
            (
                from_dashboard_id,
                collection_id,
                collection_position,
                description,
                is_deep_copy,
                name,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_dashcard_execute(
        self,
        dashboard_id: int,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/execute

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idexecute
        """
        return await self._call(
            _POST_DASHCARD_EXECUTE,
            (dashboard_id, dashcard_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_pivot_dashcard_card_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: List[PostDashboardQueryParametersItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dashboard/pivot/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            parameters: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardpivotdashboard-iddashcarddashcard-idcardcard-idquery
        """
        _result: Dataset = await self._call(
            _POST_PIVOT_DASHCARD_CARD_QUERY,
            (dashboard_id, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """POST /api/dashboard/{dashboard-id}/public_link

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-idpublic_link
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

    async def post_save(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """POST /api/dashboard/save

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardsave
        """
        _result: Dashboard = await self._call(
            _POST_SAVE,
            (),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dashboard/save/collection/{parent-collection-id}

        Args:
            parent_collection_id: path; required; must be >= 1; sent as 'parent-collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboardsavecollectionparent-collection-id
        """
        return await self._call(
            _POST_SAVE_COLLECTION_BY_PARENT_COLLECTION_ID,
            (parent_collection_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def run_dashcard_query(
        self,
        dashboard_id: int,
        dashcard_id: int,
        card_id: int,
        *,
        dashboard_load_id: str | Unset = UNSET,
        parameters: List[PostDashboardQueryParametersItem_2] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dashboard/{dashboard-id}/dashcard/{dashcard-id}/card/{card-id}/query

        Args:
            dashboard_id: path; required; must be >= 1; sent as 'dashboard-id'.
            dashcard_id: path; required; must be >= 1; sent as 'dashcard-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            dashboard_load_id: JSON body; optional; at least 1 character.
            parameters: JSON body; optional.

        Also reachable as post_dashcard_card_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidashboarddashboard-iddashcarddashcard-idcardcard-idquery
        """
        _result: Dataset = await self._call(
            _RUN_DASHCARD_QUERY,
            (dashboard_id, dashcard_id, card_id, dashboard_load_id, parameters),
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
        points_of_interest: str | Unset = UNSET,
        enable_embedding: bool | Unset = UNSET,
        width: Literal["fixed", "full"] | Unset = UNSET,
        show_in_getting_started: bool | Unset = UNSET,
        position: int | Unset = UNSET,
        name: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        embedding_params: dict[str, Literal["disabled", "enabled", "locked"]] | Unset = UNSET,
        tabs: List[PutDashboardTabsItem] | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        caveats: str | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        dashcards: List[PutDashboardDashcardsItem] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """PUT /api/dashboard/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional.
            enable_embedding: JSON body; optional.
            width: JSON body; optional.
            show_in_getting_started: JSON body; optional.
            position: JSON body; optional; must be >= 1.
            name: JSON body; optional; at least 1 character.
            archived: JSON body; optional.
            collection_position: JSON body; optional; must be >= 1.
            embedding_params: JSON body; optional.
            tabs: JSON body; optional.
            collection_id: JSON body; optional; must be >= 1.
            cache_ttl: JSON body; optional; must be >= 1.
            caveats: JSON body; optional.
            parameters: JSON body; optional.
            dashcards: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidashboardid
        """
        _result: Dashboard = await self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                enable_embedding,
                width,
                show_in_getting_started,
                position,
                name,
                archived,
                collection_position,
                embedding_params,
                tabs,
                collection_id,
                cache_ttl,
                caveats,
                parameters,
                dashcards,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("PUT /api/dashboard/{id}/cards is deprecated by Metabase", category=None)
    async def update_cards(
        self,
        id: int,
        *,
        cards: List[PutDashboardCardsCardsItem],
        tabs: List[PutDashboardCardsTabsItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/dashboard/{id}/cards

        Args:
            id: path; required; must be >= 1.
            cards: JSON body; required.
            tabs: JSON body; optional.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidashboardidcards
        """
        return await self._call(
            _UPDATE_CARDS,
            (id, cards, tabs),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post_dashcard_card_query_by_export_format = export_dashcard
    post_dashcard_card_query = run_dashcard_query


if TYPE_CHECKING:

    class RawDashboardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            cache_ttl: int | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            description: str | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
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

        def export_dashcard(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[PostDashboardQueryParametersOption1Item] | str | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def get_dashcard_execute(
            self,
            dashboard_id: int,
            dashcard_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

        def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableDashboard]]: ...

        def get_items(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def get_params_remapping(
            self,
            id: int,
            param_key: str,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_params_search_by_query(
            self,
            id: int,
            param_key: str,
            query: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        def get_params_valid_filter_fields(
            self,
            *,
            filtered: List[int],
            filtering: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, List[int | float]]]: ...

        def get_params_values(
            self,
            id: int,
            param_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicDashboard]]: ...

        def get_query_metadata(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQueryMetadata]: ...

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

        def list(
            self,
            *,
            f: Literal["all", "mine", "archived"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ListDashboardsResponseItem]]: ...

        def post_copy(
            self,
            from_dashboard_id: int,
            *,
            collection_id: int | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            description: str | Unset = UNSET,
            is_deep_copy: bool | Unset = UNSET,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def post_dashcard_execute(
            self,
            dashboard_id: int,
            dashcard_id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_pivot_dashcard_card_query(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: List[PostDashboardQueryParametersItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

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

        def post_save(
            self,
            *,
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def run_dashcard_query(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            *,
            dashboard_load_id: str | Unset = UNSET,
            parameters: List[PostDashboardQueryParametersItem_2] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def update(
            self,
            id: int,
            *,
            points_of_interest: str | Unset = UNSET,
            enable_embedding: bool | Unset = UNSET,
            width: Literal["fixed", "full"] | Unset = UNSET,
            show_in_getting_started: bool | Unset = UNSET,
            position: int | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            embedding_params: dict[str, Literal["disabled", "enabled", "locked"]] | Unset = UNSET,
            tabs: List[PutDashboardTabsItem] | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            caveats: str | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
            dashcards: List[PutDashboardDashcardsItem] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        @deprecated("PUT /api/dashboard/{id}/cards is deprecated by Metabase", category=None)
        def update_cards(
            self,
            id: int,
            *,
            cards: List[PutDashboardCardsCardsItem],
            tabs: List[PutDashboardCardsTabsItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_dashcard_card_query_by_export_format = export_dashcard
        post_dashcard_card_query = run_dashcard_query

    class AsyncRawDashboardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            cache_ttl: int | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            description: str | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
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

        async def export_dashcard(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[PostDashboardQueryParametersOption1Item] | str | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def get_dashcard_execute(
            self,
            dashboard_id: int,
            dashcard_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, str | int | float | bool | None]]: ...

        async def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableDashboard]]: ...

        async def get_items(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def get_params_remapping(
            self,
            id: int,
            param_key: str,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_params_search_by_query(
            self,
            id: int,
            param_key: str,
            query: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        async def get_params_valid_filter_fields(
            self,
            *,
            filtered: List[int],
            filtering: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[dict[str, List[int | float]]]: ...

        async def get_params_values(
            self,
            id: int,
            param_key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        async def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetPublicDashboard]]: ...

        async def get_query_metadata(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardQueryMetadata]: ...

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

        async def list(
            self,
            *,
            f: Literal["all", "mine", "archived"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ListDashboardsResponseItem]]: ...

        async def post_copy(
            self,
            from_dashboard_id: int,
            *,
            collection_id: int | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            description: str | Unset = UNSET,
            is_deep_copy: bool | Unset = UNSET,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def post_dashcard_execute(
            self,
            dashboard_id: int,
            dashcard_id: int,
            *,
            parameters: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_pivot_dashcard_card_query(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: List[PostDashboardQueryParametersItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

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

        async def post_save(
            self,
            *,
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def run_dashcard_query(
            self,
            dashboard_id: int,
            dashcard_id: int,
            card_id: int,
            *,
            dashboard_load_id: str | Unset = UNSET,
            parameters: List[PostDashboardQueryParametersItem_2] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def update(
            self,
            id: int,
            *,
            points_of_interest: str | Unset = UNSET,
            enable_embedding: bool | Unset = UNSET,
            width: Literal["fixed", "full"] | Unset = UNSET,
            show_in_getting_started: bool | Unset = UNSET,
            position: int | Unset = UNSET,
            name: str | Unset = UNSET,
            archived: bool | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            embedding_params: dict[str, Literal["disabled", "enabled", "locked"]] | Unset = UNSET,
            tabs: List[PutDashboardTabsItem] | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            caveats: str | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
            dashcards: List[PutDashboardDashcardsItem] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        @deprecated("PUT /api/dashboard/{id}/cards is deprecated by Metabase", category=None)
        async def update_cards(
            self,
            id: int,
            *,
            cards: List[PutDashboardCardsCardsItem],
            tabs: List[PutDashboardCardsTabsItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_dashcard_card_query_by_export_format = export_dashcard
        post_dashcard_card_query = run_dashcard_query
