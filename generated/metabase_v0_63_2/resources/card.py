"""Routes of the 'card' namespace (20 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import LegacyColumnMetadata, ParameterMapping, ParametersParameter, PostCardSize


class CardResource(Resource):
    """Routes of the 'card' namespace (20 endpoints)."""

    def create(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: dict[str, Any],
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
    ) -> Any:
        """POST /api/card

        Args:
            visualization_settings: dict[str, Any]; JSON body; required.
            dashboard_tab_id: int | None; JSON body; optional; None sends null.
            entity_id: str | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any]; JSON body; required.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            collection_position: int | None; JSON body; optional; None sends null.
            result_metadata: list[LegacyColumnMetadata] | None; JSON body; optional; None sends null.
            collection_id: int | str | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            type: Literal['question', 'metric', 'model'] | None; JSON body; optional; None sends null; one of 'question', 'metric', 'model'.
            display: str; JSON body; required.
            size: PostCardSize | None; JSON body; optional; None sends null.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicard
        """
        return self._call(
            "POST",
            "/api/card",
            (),
            body={
                "visualization_settings": visualization_settings,
                "dashboard_tab_id": dashboard_tab_id,
                "entity_id": entity_id,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "name": name,
                "collection_position": collection_position,
                "result_metadata": result_metadata,
                "collection_id": collection_id,
                "cache_ttl": cache_ttl,
                "type": type,
                "display": display,
                "size": size,
                "parameters": parameters,
                "description": description,
                "dashboard_id": dashboard_id,
            },
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
        """DELETE /api/card/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardid
        """
        return self._call(
            "DELETE",
            "/api/card/{}",
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
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicardcard-idpublic_link
        """
        return self._call(
            "DELETE",
            "/api/card/{}/public_link",
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int | str,
        *,
        legacy_mbql: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}

        Args:
            id: int | str; path; required.
            legacy_mbql: bool | None; query string; optional; default false; may be None; sent as 'legacy-mbql'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardid
        """
        return self._call(
            "GET",
            "/api/card/{}",
            (id,),
            query={
                "legacy-mbql": legacy_mbql,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboards(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}/dashboards

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardiddashboards
        """
        return self._call(
            "GET",
            "/api/card/{}/dashboards",
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
        """GET /api/card/embeddable

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardembeddable
        """
        return self._call(
            "GET",
            "/api/card/embeddable",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.
            param_key: str; path; required; sent as 'param-key'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidparamsparam-keyremapping
        """
        return self._call(
            "GET",
            "/api/card/{}/params/{}/remapping",
            (id, param_key),
            query={
                "value": value,
            },
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
    ) -> Any:
        """GET /api/card/{card-id}/params/{param-key}/search/{query}

        Args:
            card_id: int; path; required; sent as 'card-id'.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/card/{}/params/{}/search/{}",
            (card_id, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """GET /api/card/{card-id}/params/{param-key}/values

        Args:
            card_id: int; path; required; sent as 'card-id'.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardcard-idparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/card/{}/params/{}/values",
            (card_id, param_key),
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
        """GET /api/card/public

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardpublic
        """
        return self._call(
            "GET",
            "/api/card/public",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_query_metadata(
        self,
        id: int | str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}/query_metadata

        Args:
            id: int | str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidquery_metadata
        """
        return self._call(
            "GET",
            "/api/card/{}/query_metadata",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_series(
        self,
        id: int,
        *,
        last_cursor: int | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        exclude_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/{id}/series

        Args:
            id: int; path; required.
            last_cursor: int | None; query string; optional; may be None.
            query: str | None; query string; optional; may be None.
            exclude_ids: list[int] | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicardidseries
        """
        return self._call(
            "GET",
            "/api/card/{}/series",
            (id,),
            query={
                "last_cursor": last_cursor,
                "query": query,
                "exclude_ids": exclude_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: Literal[
            "archived",
            "table",
            "using_model",
            "bookmarked",
            "using_segment",
            "all",
            "mine",
            "database",
        ] = "all",
        model_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card

        Args:
            f: Literal['archived', 'table', 'using_model', 'bookmarked', 'using_segment', 'all', 'mine', 'database']; query string; optional; default "all"; one of 'archived', 'table', 'using_model', 'bookmarked', 'using_segment', 'all', 'mine', 'database'.
            model_id: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicard
        """
        return self._call(
            "GET",
            "/api/card",
            (),
            query={
                "f": f,
                "model_id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            card_ids: list[int]; JSON body; required.
            collection_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcollections
        """
        return self._call(
            "POST",
            "/api/card/collections",
            (),
            body={
                "card_ids": card_ids,
                "collection_id": collection_id,
            },
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
    ) -> Any:
        """POST /api/card/{id}/copy

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardidcopy
        """
        return self._call(
            "POST",
            "/api/card/{}/copy",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """POST /api/card/pivot/{card-id}/query

        Args:
            card_id: int; path; required; sent as 'card-id'.
            ignore_cache: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardpivotcard-idquery
        """
        return self._call(
            "POST",
            "/api/card/pivot/{}/query",
            (card_id,),
            body={
                "ignore_cache": ignore_cache,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_public_link(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/{card-id}/public_link

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idpublic_link
        """
        return self._call(
            "POST",
            "/api/card/{}/public_link",
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_query(
        self,
        card_id: int | str,
        *,
        collection_preview: bool | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        ignore_cache: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/{card-id}/query

        Args:
            card_id: int | str; path; required; sent as 'card-id'.
            collection_preview: bool | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            ignore_cache: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idquery
        """
        return self._call(
            "POST",
            "/api/card/{}/query",
            (card_id,),
            body={
                "collection_preview": collection_preview,
                "dashboard_id": dashboard_id,
                "ignore_cache": ignore_cache,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_query_by_export_format(
        self,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        csv_include_bom: bool = False,
        format_rows: bool = False,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/{card-id}/query/{export-format}

        Args:
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            csv_include_bom: bool; JSON body; optional; default false.
            format_rows: bool; JSON body; optional; default false.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            pivot_results: bool; JSON body; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardcard-idqueryexport-format
        """
        return self._call(
            "POST",
            "/api/card/{}/query/{}",
            (card_id, export_format),
            body={
                "csv_include_bom": csv_include_bom,
                "format_rows": format_rows,
                "parameters": parameters,
                "pivot_results": pivot_results,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def update(
        self,
        id: int,
        *,
        delete_old_dashcards: bool | None | Unset = UNSET,
        enable_embedding: bool | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        dashboard_tab_id: int | None | Unset = UNSET,
        collection_preview: bool | None | Unset = UNSET,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
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
    ) -> Any:
        """PUT /api/card/{id}

        Args:
            id: int; path; required.
            delete_old_dashcards: bool | None; query string; optional; may be None.
            enable_embedding: bool | None; JSON body; optional; None sends null.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.
            dashboard_tab_id: int | None; JSON body; optional; None sends null.
            collection_preview: bool | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            embedding_type: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            embedding_params: dict[str, Literal['disabled', 'enabled', 'locked']] | None; JSON body; optional; None sends null.
            result_metadata: list[LegacyColumnMetadata] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            type: Literal['question', 'metric', 'model'] | None; JSON body; optional; None sends null; one of 'question', 'metric', 'model'.
            display: str | None; JSON body; optional; None sends null.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicardid
        """
        return self._call(
            "PUT",
            "/api/card/{}",
            (id,),
            query={
                "delete_old_dashcards": delete_old_dashcards,
            },
            body={
                "enable_embedding": enable_embedding,
                "visualization_settings": visualization_settings,
                "dashboard_tab_id": dashboard_tab_id,
                "collection_preview": collection_preview,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "embedding_type": embedding_type,
                "name": name,
                "archived": archived,
                "collection_position": collection_position,
                "embedding_params": embedding_params,
                "result_metadata": result_metadata,
                "collection_id": collection_id,
                "cache_ttl": cache_ttl,
                "type": type,
                "display": display,
                "parameters": parameters,
                "description": description,
                "dashboard_id": dashboard_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
