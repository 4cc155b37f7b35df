"""Routes of the 'card' namespace (20 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
    AnswerItem,
    AnswerValue7,
    CardAnswer,
    CardQueryMetadata,
    Dataset,
    GetEmbeddableCard,
    GetPublicCard,
    LegacyColumnMetadata,
    Mbql5DatasetQuery,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    ParameterMapping,
    ParameterValues,
    ParametersParameter,
    PostCardSize,
)

_CREATE = RequestSpec(
    "POST",
    "/api/card",
    (
        Place("body", ("visualization_settings",)),
        Place("body", ("dataset_query",)),
        Place("body", ("name",)),
        Place("body", ("display",)),
        Place("body", ("dashboard_tab_id",)),
        Place("body", ("entity_id",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("collection_position",)),
        Place("body", ("result_metadata",)),
        Place("body", ("collection_id",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("type",)),
        Place("body", ("size",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
        Place("body", ("dashboard_id",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/card/{}", (Place("path"),))
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/card/{}/public_link", (Place("path"),))
_EXPORT = RequestSpec(
    "POST",
    "/api/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("body", ("csv_include_bom",)),
        Place("body", ("format_rows",)),
        Place("body", ("parameters",)),
        Place("body", ("pivot_results",)),
    ),
)
_GET = RequestSpec(
    "GET",
    "/api/card/{}",
    (
        Place("path"),
        Place("query", ("legacy-mbql",)),
    ),
)
_GET_DASHBOARDS = RequestSpec("GET", "/api/card/{}/dashboards", (Place("path"),))
_GET_EMBEDDABLE = RequestSpec("GET", "/api/card/embeddable", ())
_GET_PARAMS_REMAPPING = RequestSpec(
    "GET",
    "/api/card/{}/params/{}/remapping",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_PARAMS_SEARCH_BY_QUERY = RequestSpec(
    "GET",
    "/api/card/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)
_GET_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/card/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_PUBLIC = RequestSpec("GET", "/api/card/public", ())
_GET_QUERY_METADATA = RequestSpec("GET", "/api/card/{}/query_metadata", (Place("path"),))
_GET_SERIES = RequestSpec(
    "GET",
    "/api/card/{}/series",
    (
        Place("path"),
        Place("query", ("last_cursor",)),
        Place("query", ("query",)),
        Place("query", ("exclude_ids",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/card",
    (
        Place("query", ("f",)),
        Place("query", ("model_id",)),
    ),
)
_POST_COLLECTIONS = RequestSpec(
    "POST",
    "/api/card/collections",
    (
        Place("body", ("card_ids",)),
        Place("body", ("collection_id",)),
    ),
)
_POST_COPY = RequestSpec("POST", "/api/card/{}/copy", (Place("path"),))
_POST_PIVOT_QUERY = RequestSpec(
    "POST",
    "/api/card/pivot/{}/query",
    (
        Place("path"),
        Place("body", ("ignore_cache",)),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/card/{}/public_link", (Place("path"),))
_RUN_QUERY = RequestSpec(
    "POST",
    "/api/card/{}/query",
    (
        Place("path"),
        Place("body", ("collection_preview",)),
        Place("body", ("dashboard_id",)),
        Place("body", ("ignore_cache",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/card/{}",
    (
        Place("path"),
        Place("query", ("delete_old_dashcards",)),
        Place("body", ("enable_embedding",)),
        Place("body", ("visualization_settings",)),
        Place("body", ("dashboard_tab_id",)),
        Place("body", ("collection_preview",)),
        Place("body", ("dataset_query",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("embedding_type",)),
        Place("body", ("name",)),
        Place("body", ("archived",)),
        Place("body", ("collection_position",)),
        Place("body", ("embedding_params",)),
        Place("body", ("result_metadata",)),
        Place("body", ("collection_id",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("type",)),
        Place("body", ("display",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
        Place("body", ("dashboard_id",)),
    ),
)


class CardResource(Resource):
    """Routes of the 'card' namespace (20 endpoints)."""

    def create(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        name: str,
        display: str,
        dashboard_tab_id: int | None | Unset = UNSET,
        entity_id: str | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | str | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        type: Literal["question", "metric", "model"] | None | Unset = UNSET,
        size: PostCardSize | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """POST /api/card

        Args:
            visualization_settings: JSON body; required.
            dataset_query: JSON body; required.
            name: JSON body; required; at least 1 character.
            display: JSON body; required; at least 1 character.
            dashboard_tab_id: JSON body; optional; None sends null; must be >= 1.
            entity_id: JSON body; optional; None sends null; at least 1 character.
            parameter_mappings: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.
            size: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicard
        """
        _result: CardAnswer = self._call(
            _CREATE,
            (
                visualization_settings,
                dataset_query,
                name,
                display,
                dashboard_tab_id,
                entity_id,
                parameter_mappings,
                collection_position,
                result_metadata,
                collection_id,
                cache_ttl,
                type,
                size,
                parameters,
                description,
                dashboard_id,
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
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/card/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardid
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
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/card/{card-id}/public_link

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardcard-idpublic_link
        """
        return self._call(
            _DELETE_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def export(
        self,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        csv_include_bom: bool | Unset = UNSET,
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/{card-id}/query/{export-format}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            csv_include_bom: JSON body; optional; not sent by default (the server assumes false).
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional; None sends null.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idqueryexport-format
        """
        return self._call(
            _EXPORT,
            (card_id, export_format, csv_include_bom, format_rows, parameters, pivot_results),
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
        legacy_mbql: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """GET /api/card/{id}

        Args:
            id: path; required.
            legacy_mbql: query string; optional; not sent by default (the server assumes false); sent as 'legacy-mbql'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardid
        """
        _result: CardAnswer = self._call(
            _GET,
            (id, legacy_mbql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboards(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[AnswerItem]:
        """GET /api/card/{id}/dashboards

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardiddashboards
        """
        _result: List[AnswerItem] = self._call(
            _GET_DASHBOARDS,
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
    ) -> List[GetEmbeddableCard]:
        """GET /api/card/embeddable

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardembeddable
        """
        _result: List[GetEmbeddableCard] = self._call(
            _GET_EMBEDDABLE,
            (),
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
        """GET /api/card/{id}/params/{param-key}/remapping

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidparamsparam-keyremapping
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
        card_id: int,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/card/{card-id}/params/{param-key}/search/{query}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keysearchquery
        """
        _result: ParameterValues = self._call(
            _GET_PARAMS_SEARCH_BY_QUERY,
            (card_id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_params_values(
        self,
        card_id: int,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/card/{card-id}/params/{param-key}/values

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keyvalues
        """
        _result: ParameterValues = self._call(
            _GET_PARAMS_VALUES,
            (card_id, param_key),
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
    ) -> List[GetPublicCard]:
        """GET /api/card/public

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardpublic
        """
        _result: List[GetPublicCard] = self._call(
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
    ) -> CardQueryMetadata:
        """GET /api/card/{id}/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidquery_metadata
        """
        _result: CardQueryMetadata = self._call(
            _GET_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_series(
        self,
        id: int,
        *,
        last_cursor: int | None = None,
        query: str | None = None,
        exclude_ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}/series

        Args:
            id: path; required.
            last_cursor: query string; optional; must be >= 1.
            query: query string; optional; at least 1 character.
            exclude_ids: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidseries
        """
        return self._call(
            _GET_SERIES,
            (id, last_cursor, query, exclude_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: (
            Literal[
                "archived",
                "table",
                "using_model",
                "bookmarked",
                "using_segment",
                "all",
                "mine",
                "database",
            ]
            | None
        ) = None,
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAnswer]:
        """GET /api/card

        Args:
            f: query string; optional; not sent by default (the server assumes "all").
            model_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicard
        """
        _result: List[CardAnswer] = self._call(
            _LIST,
            (f, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_collections(
        self,
        *,
        card_ids: List[int],
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/collections

        Args:
            card_ids: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcollections
        """
        return self._call(
            _POST_COLLECTIONS,
            (card_ids, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_copy(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """POST /api/card/{id}/copy

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardidcopy
        """
        _result: CardAnswer = self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_pivot_query(
        self,
        card_id: int,
        *,
        ignore_cache: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/card/pivot/{card-id}/query

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            ignore_cache: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardpivotcard-idquery
        """
        _result: Dataset = self._call(
            _POST_PIVOT_QUERY,
            (card_id, ignore_cache),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_public_link(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue7:
        """POST /api/card/{card-id}/public_link

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idpublic_link
        """
        _result: AnswerValue7 = self._call(
            _POST_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def run_query(
        self,
        card_id: int | str,
        *,
        collection_preview: bool | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        ignore_cache: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/card/{card-id}/query

        Args:
            card_id: path; required; sent as 'card-id'.
            collection_preview: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            ignore_cache: JSON body; optional; not sent by default (the server assumes false).

        Also reachable as post_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idquery
        """
        _result: Dataset = self._call(
            _RUN_QUERY,
            (card_id, collection_preview, dashboard_id, ignore_cache),
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
        delete_old_dashcards: bool | None = None,
        enable_embedding: bool | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        dashboard_tab_id: int | None | Unset = UNSET,
        collection_preview: bool | None | Unset = UNSET,
        dataset_query: (
            Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
        ) = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        embedding_type: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        embedding_params: (
            dict[str, Literal["disabled", "enabled", "locked"]] | None | Unset
        ) = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        type: Literal["question", "metric", "model"] | None | Unset = UNSET,
        display: str | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """PUT /api/card/{id}

        Args:
            id: path; required; must be >= 1.
            delete_old_dashcards: query string; optional.
            enable_embedding: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.
            dashboard_tab_id: JSON body; optional; None sends null; must be >= 1.
            collection_preview: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            embedding_type: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            embedding_params: JSON body; optional; None sends null.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            cache_ttl: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null; at least 1 character.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicardid
        """
        _result: CardAnswer = self._call(
            _UPDATE,
            (
                id,
                delete_old_dashcards,
                enable_embedding,
                visualization_settings,
                dashboard_tab_id,
                collection_preview,
                dataset_query,
                parameter_mappings,
                embedding_type,
                name,
                archived,
                collection_position,
                embedding_params,
                result_metadata,
                collection_id,
                cache_ttl,
                type,
                display,
                parameters,
                description,
                dashboard_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post_query_by_export_format = export
    post_query = run_query


class AsyncCardResource(AsyncResource):
    """Routes of the 'card' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        name: str,
        display: str,
        dashboard_tab_id: int | None | Unset = UNSET,
        entity_id: str | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | str | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        type: Literal["question", "metric", "model"] | None | Unset = UNSET,
        size: PostCardSize | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """POST /api/card

        Args:
            visualization_settings: JSON body; required.
            dataset_query: JSON body; required.
            name: JSON body; required; at least 1 character.
            display: JSON body; required; at least 1 character.
            dashboard_tab_id: JSON body; optional; None sends null; must be >= 1.
            entity_id: JSON body; optional; None sends null; at least 1 character.
            parameter_mappings: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.
            size: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; at least 1 character.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicard
        """
        _result: CardAnswer = await self._call(
            _CREATE,
            (
                visualization_settings,
                dataset_query,
                name,
                display,
                dashboard_tab_id,
                entity_id,
                parameter_mappings,
                collection_position,
                result_metadata,
                collection_id,
                cache_ttl,
                type,
                size,
                parameters,
                description,
                dashboard_id,
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
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/card/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardid
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
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/card/{card-id}/public_link

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardcard-idpublic_link
        """
        return await self._call(
            _DELETE_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def export(
        self,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        csv_include_bom: bool | Unset = UNSET,
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/{card-id}/query/{export-format}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            csv_include_bom: JSON body; optional; not sent by default (the server assumes false).
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional; None sends null.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idqueryexport-format
        """
        return await self._call(
            _EXPORT,
            (card_id, export_format, csv_include_bom, format_rows, parameters, pivot_results),
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
        legacy_mbql: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """GET /api/card/{id}

        Args:
            id: path; required.
            legacy_mbql: query string; optional; not sent by default (the server assumes false); sent as 'legacy-mbql'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardid
        """
        _result: CardAnswer = await self._call(
            _GET,
            (id, legacy_mbql),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboards(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[AnswerItem]:
        """GET /api/card/{id}/dashboards

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardiddashboards
        """
        _result: List[AnswerItem] = await self._call(
            _GET_DASHBOARDS,
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
    ) -> List[GetEmbeddableCard]:
        """GET /api/card/embeddable

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardembeddable
        """
        _result: List[GetEmbeddableCard] = await self._call(
            _GET_EMBEDDABLE,
            (),
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
        """GET /api/card/{id}/params/{param-key}/remapping

        Args:
            id: path; required; must be >= 1.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            value: query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidparamsparam-keyremapping
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
        card_id: int,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/card/{card-id}/params/{param-key}/search/{query}

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            param_key: path; required; at least 1 character; sent as 'param-key'.
            query: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keysearchquery
        """
        _result: ParameterValues = await self._call(
            _GET_PARAMS_SEARCH_BY_QUERY,
            (card_id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_params_values(
        self,
        card_id: int,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """GET /api/card/{card-id}/params/{param-key}/values

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            param_key: path; required; at least 1 character; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keyvalues
        """
        _result: ParameterValues = await self._call(
            _GET_PARAMS_VALUES,
            (card_id, param_key),
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
    ) -> List[GetPublicCard]:
        """GET /api/card/public

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardpublic
        """
        _result: List[GetPublicCard] = await self._call(
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
    ) -> CardQueryMetadata:
        """GET /api/card/{id}/query_metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidquery_metadata
        """
        _result: CardQueryMetadata = await self._call(
            _GET_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_series(
        self,
        id: int,
        *,
        last_cursor: int | None = None,
        query: str | None = None,
        exclude_ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}/series

        Args:
            id: path; required.
            last_cursor: query string; optional; must be >= 1.
            query: query string; optional; at least 1 character.
            exclude_ids: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidseries
        """
        return await self._call(
            _GET_SERIES,
            (id, last_cursor, query, exclude_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        f: (
            Literal[
                "archived",
                "table",
                "using_model",
                "bookmarked",
                "using_segment",
                "all",
                "mine",
                "database",
            ]
            | None
        ) = None,
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAnswer]:
        """GET /api/card

        Args:
            f: query string; optional; not sent by default (the server assumes "all").
            model_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicard
        """
        _result: List[CardAnswer] = await self._call(
            _LIST,
            (f, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_collections(
        self,
        *,
        card_ids: List[int],
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/collections

        Args:
            card_ids: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcollections
        """
        return await self._call(
            _POST_COLLECTIONS,
            (card_ids, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_copy(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """POST /api/card/{id}/copy

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardidcopy
        """
        _result: CardAnswer = await self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_pivot_query(
        self,
        card_id: int,
        *,
        ignore_cache: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/card/pivot/{card-id}/query

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.
            ignore_cache: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardpivotcard-idquery
        """
        _result: Dataset = await self._call(
            _POST_PIVOT_QUERY,
            (card_id, ignore_cache),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_public_link(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue7:
        """POST /api/card/{card-id}/public_link

        Args:
            card_id: path; required; must be >= 1; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idpublic_link
        """
        _result: AnswerValue7 = await self._call(
            _POST_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def run_query(
        self,
        card_id: int | str,
        *,
        collection_preview: bool | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        ignore_cache: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/card/{card-id}/query

        Args:
            card_id: path; required; sent as 'card-id'.
            collection_preview: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            ignore_cache: JSON body; optional; not sent by default (the server assumes false).

        Also reachable as post_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idquery
        """
        _result: Dataset = await self._call(
            _RUN_QUERY,
            (card_id, collection_preview, dashboard_id, ignore_cache),
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
        delete_old_dashcards: bool | None = None,
        enable_embedding: bool | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        dashboard_tab_id: int | None | Unset = UNSET,
        collection_preview: bool | None | Unset = UNSET,
        dataset_query: (
            Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
        ) = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        embedding_type: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        embedding_params: (
            dict[str, Literal["disabled", "enabled", "locked"]] | None | Unset
        ) = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        type: Literal["question", "metric", "model"] | None | Unset = UNSET,
        display: str | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardAnswer:
        """PUT /api/card/{id}

        Args:
            id: path; required; must be >= 1.
            delete_old_dashcards: query string; optional.
            enable_embedding: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.
            dashboard_tab_id: JSON body; optional; None sends null; must be >= 1.
            collection_preview: JSON body; optional; None sends null.
            dataset_query: JSON body; optional; None sends null.
            parameter_mappings: JSON body; optional; None sends null.
            embedding_type: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; at least 1 character.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            embedding_params: JSON body; optional; None sends null.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            cache_ttl: JSON body; optional; None sends null; must be >= 1.
            type: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null; at least 1 character.
            parameters: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicardid
        """
        _result: CardAnswer = await self._call(
            _UPDATE,
            (
                id,
                delete_old_dashcards,
                enable_embedding,
                visualization_settings,
                dashboard_tab_id,
                collection_preview,
                dataset_query,
                parameter_mappings,
                embedding_type,
                name,
                archived,
                collection_position,
                embedding_params,
                result_metadata,
                collection_id,
                cache_ttl,
                type,
                display,
                parameters,
                description,
                dashboard_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post_query_by_export_format = export
    post_query = run_query


if TYPE_CHECKING:

    class RawCardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            visualization_settings: dict[str, Any],
            dataset_query: Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            name: str,
            display: str,
            dashboard_tab_id: int | None | Unset = UNSET,
            entity_id: str | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
            collection_id: int | str | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            type: Literal["question", "metric", "model"] | None | Unset = UNSET,
            size: PostCardSize | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

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
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def export(
            self,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            csv_include_bom: bool | Unset = UNSET,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
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
            legacy_mbql: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        def get_dashboards(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[AnswerItem]]: ...

        def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableCard]]: ...

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
            card_id: int,
            param_key: str,
            query: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        def get_params_values(
            self,
            card_id: int,
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
        ) -> RawResponse[List[GetPublicCard]]: ...

        def get_query_metadata(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardQueryMetadata]: ...

        def get_series(
            self,
            id: int,
            *,
            last_cursor: int | None = None,
            query: str | None = None,
            exclude_ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            f: (
                Literal[
                    "archived",
                    "table",
                    "using_model",
                    "bookmarked",
                    "using_segment",
                    "all",
                    "mine",
                    "database",
                ]
                | None
            ) = None,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CardAnswer]]: ...

        def post_collections(
            self,
            *,
            card_ids: List[int],
            collection_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_copy(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        def post_pivot_query(
            self,
            card_id: int,
            *,
            ignore_cache: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def post_public_link(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue7]: ...

        def run_query(
            self,
            card_id: int | str,
            *,
            collection_preview: bool | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            ignore_cache: bool | Unset = UNSET,
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
            delete_old_dashcards: bool | None = None,
            enable_embedding: bool | None | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            dashboard_tab_id: int | None | Unset = UNSET,
            collection_preview: bool | None | Unset = UNSET,
            dataset_query: (
                Mbql5DatasetQuery
                | MbqlNativeDatasetQuery
                | MbqlStructuredDatasetQuery
                | None
                | Unset
            ) = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            embedding_type: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            embedding_params: (
                dict[str, Literal["disabled", "enabled", "locked"]] | None | Unset
            ) = UNSET,
            result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            type: Literal["question", "metric", "model"] | None | Unset = UNSET,
            display: str | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_query_by_export_format = export
        post_query = run_query

    class AsyncRawCardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            visualization_settings: dict[str, Any],
            dataset_query: Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            name: str,
            display: str,
            dashboard_tab_id: int | None | Unset = UNSET,
            entity_id: str | None | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
            collection_id: int | str | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            type: Literal["question", "metric", "model"] | None | Unset = UNSET,
            size: PostCardSize | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

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
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def export(
            self,
            card_id: int,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            csv_include_bom: bool | Unset = UNSET,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
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
            legacy_mbql: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        async def get_dashboards(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[AnswerItem]]: ...

        async def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableCard]]: ...

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
            card_id: int,
            param_key: str,
            query: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        async def get_params_values(
            self,
            card_id: int,
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
        ) -> RawResponse[List[GetPublicCard]]: ...

        async def get_query_metadata(
            self,
            id: int | str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardQueryMetadata]: ...

        async def get_series(
            self,
            id: int,
            *,
            last_cursor: int | None = None,
            query: str | None = None,
            exclude_ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            f: (
                Literal[
                    "archived",
                    "table",
                    "using_model",
                    "bookmarked",
                    "using_segment",
                    "all",
                    "mine",
                    "database",
                ]
                | None
            ) = None,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CardAnswer]]: ...

        async def post_collections(
            self,
            *,
            card_ids: List[int],
            collection_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_copy(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        async def post_pivot_query(
            self,
            card_id: int,
            *,
            ignore_cache: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def post_public_link(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue7]: ...

        async def run_query(
            self,
            card_id: int | str,
            *,
            collection_preview: bool | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            ignore_cache: bool | Unset = UNSET,
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
            delete_old_dashcards: bool | None = None,
            enable_embedding: bool | None | Unset = UNSET,
            visualization_settings: dict[str, Any] | None | Unset = UNSET,
            dashboard_tab_id: int | None | Unset = UNSET,
            collection_preview: bool | None | Unset = UNSET,
            dataset_query: (
                Mbql5DatasetQuery
                | MbqlNativeDatasetQuery
                | MbqlStructuredDatasetQuery
                | None
                | Unset
            ) = UNSET,
            parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
            embedding_type: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            embedding_params: (
                dict[str, Literal["disabled", "enabled", "locked"]] | None | Unset
            ) = UNSET,
            result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            type: Literal["question", "metric", "model"] | None | Unset = UNSET,
            display: str | None | Unset = UNSET,
            parameters: List[ParametersParameter] | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardAnswer]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_query_by_export_format = export
        post_query = run_query
