"""Routes of the 'card' namespace (24 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class CardResource(Resource):
    """Routes of the 'card' namespace (24 endpoints)."""

    def create(
        self,
        *,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        dataset: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | Unset = UNSET,
        type: Literal["model", "question"] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        dataset_query: dict[str, Any] | Unset = UNSET,
        parameter_mappings: List[dict[str, Any]] | None | Unset = UNSET,
        display: str | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/

        Args:
            visualization_settings: dict[str, Any]; JSON body; optional.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            dataset: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            result_metadata: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            type: Literal['model', 'question'] | None; JSON body; optional; None sends null; one of 'model', 'question'.
            cache_ttl: int | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any]; JSON body; optional.
            parameter_mappings: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            display: str; JSON body; optional.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicard
        """
        return self._call(
            "POST",
            "/api/card/",
            (),
            body={
                "visualization_settings": visualization_settings,
                "parameters": parameters,
                "dataset": dataset,
                "description": description,
                "collection_position": collection_position,
                "result_metadata": result_metadata,
                "collection_id": collection_id,
                "name": name,
                "type": type,
                "cache_ttl": cache_ttl,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "display": display,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/card/:id is deprecated by Metabase", category=None)
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
        """DELETE /api/card/:id

        Args:
            id: int; path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardid
        """
        return self._call(
            "DELETE",
            "/api/card/{}",
            (id,),
            deprecated="DELETE /api/card/:id is deprecated by Metabase",
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
        """DELETE /api/card/:card-id/public_link

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardcard-idpublic_link
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
        id: int,
        *,
        ignore_view: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/:id

        Args:
            id: int; path; required.
            ignore_view: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardid
        """
        return self._call(
            "GET",
            "/api/card/{}",
            (id,),
            form={
                "ignore_view": ignore_view,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardembeddable
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
        """GET /api/card/:card-id/params/:param-key/search/:query

        Args:
            card_id: int; path; required; sent as 'card-id'.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keysearchquery
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
        """GET /api/card/:card-id/params/:param-key/values

        Args:
            card_id: int; path; required; sent as 'card-id'.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keyvalues
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardpublic
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
        """GET /api/card/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidrelated
        """
        return self._call(
            "GET",
            "/api/card/{}/related",
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
        """GET /api/card/:id/series

        Args:
            id: int; path; required.
            last_cursor: int | None; form field or query string; optional; may be None.
            query: str | None; form field or query string; optional; may be None.
            exclude_ids: list[int] | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidseries
        """
        return self._call(
            "GET",
            "/api/card/{}/series",
            (id,),
            form={
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

    def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        start: str | None | Unset = UNSET,
        end: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/:id/timelines

        Args:
            id: int; path; required.
            include: Literal['events'] | None; form field or query string; optional; may be None; one of 'events'.
            start: str | None; form field or query string; optional; may be None.
            end: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidtimelines
        """
        return self._call(
            "GET",
            "/api/card/{}/timelines",
            (id,),
            form={
                "include": include,
                "start": start,
                "end": end,
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
        f: (
            Literal[
                "archived",
                "table",
                "using_model",
                "bookmarked",
                "using_segment",
                "all",
                "mine",
                "using_metric",
                "database",
            ]
            | None
            | Unset
        ) = UNSET,
        model_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/

        Args:
            f: Literal['archived', 'table', 'using_model', 'bookmarked', 'using_segment', 'all', 'mine', 'using_metric', 'database'] | None; form field or query string; optional; may be None; one of 'archived', 'table', 'using_model', 'bookmarked', 'using_segment', 'all', 'mine', 'using_metric', 'database'.
            model_id: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicard
        """
        return self._call(
            "GET",
            "/api/card/",
            (),
            form={
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcollections
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
        """POST /api/card/:id/copy

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardidcopy
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

    def post_from_csv(
        self,
        *,
        raw_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/from-csv

        Args:
            raw_params: dict[str, Any]; the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardfrom-csv
        """
        return self._call(
            "POST",
            "/api/card/from-csv",
            (),
            raw_body=raw_params,
            multipart=True,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_persist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/:card-id/persist

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpersist
        """
        return self._call(
            "POST",
            "/api/card/{}/persist",
            (card_id,),
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
        parameters: Any | Unset = UNSET,
        ignore_cache: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/pivot/:card-id/query

        Args:
            card_id: int; path; required; sent as 'card-id'.
            parameters: Any; JSON body; optional.
            ignore_cache: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardpivotcard-idquery
        """
        return self._call(
            "POST",
            "/api/card/pivot/{}/query",
            (card_id,),
            body={
                "parameters": parameters,
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
        """POST /api/card/:card-id/public_link

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpublic_link
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
        card_id: int,
        *,
        parameters: Any | Unset = UNSET,
        ignore_cache: bool | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        collection_preview: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/:card-id/query

        Args:
            card_id: int; path; required; sent as 'card-id'.
            parameters: Any; JSON body; optional.
            ignore_cache: bool | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            collection_preview: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idquery
        """
        return self._call(
            "POST",
            "/api/card/{}/query",
            (card_id,),
            body={
                "parameters": parameters,
                "ignore_cache": ignore_cache,
                "dashboard_id": dashboard_id,
                "collection_preview": collection_preview,
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
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/:card-id/query/:export-format

        Args:
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            parameters: str | None; form field or query string; optional; may be None.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idqueryexport-format
        """
        return self._call(
            "POST",
            "/api/card/{}/query/{}",
            (card_id, export_format),
            form={
                "parameters": parameters,
            },
            form_body=True,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_refresh(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/:card-id/refresh

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idrefresh
        """
        return self._call(
            "POST",
            "/api/card/{}/refresh",
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_related(
        self,
        *,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/related

        Args:
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardrelated
        """
        return self._call(
            "POST",
            "/api/card/related",
            (),
            raw_body=query,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unpersist(
        self,
        card_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/card/:card-id/unpersist

        Args:
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idunpersist
        """
        return self._call(
            "POST",
            "/api/card/{}/unpersist",
            (card_id,),
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
        collection_preview: bool | None | Unset = UNSET,
        visualization_settings: dict[str, Any] | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        dataset: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
        enable_embedding: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type: Literal["model", "question"] | None | Unset = UNSET,
        embedding_params: dict[str, Any] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        dataset_query: dict[str, Any] | None | Unset = UNSET,
        display: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/card/:id

        Args:
            id: int; path; required.
            collection_preview: bool | None; JSON body; optional; None sends null.
            visualization_settings: dict[str, Any] | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            dataset: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            result_metadata: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            enable_embedding: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            type: Literal['model', 'question'] | None; JSON body; optional; None sends null; one of 'model', 'question'.
            embedding_params: dict[str, Any] | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any] | None; JSON body; optional; None sends null.
            display: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#put-apicardid
        """
        return self._call(
            "PUT",
            "/api/card/{}",
            (id,),
            body={
                "collection_preview": collection_preview,
                "visualization_settings": visualization_settings,
                "parameters": parameters,
                "dataset": dataset,
                "description": description,
                "archived": archived,
                "collection_position": collection_position,
                "result_metadata": result_metadata,
                "enable_embedding": enable_embedding,
                "collection_id": collection_id,
                "name": name,
                "type": type,
                "embedding_params": embedding_params,
                "cache_ttl": cache_ttl,
                "dataset_query": dataset_query,
                "display": display,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
