"""Routes of the 'card' namespace (24 endpoints)."""

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
    AnswerValue2,
    Card,
    Dataset,
    GetEmbeddableCard,
    GetPublicCard,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    ParameterValues,
)

_CREATE = RequestSpec(
    "POST",
    "/api/card/",
    (
        Place("body", ("visualization_settings",)),
        Place("body", ("name",)),
        Place("body", ("dataset_query",)),
        Place("body", ("display",)),
        Place("body", ("parameters",)),
        Place("body", ("dataset",)),
        Place("body", ("description",)),
        Place("body", ("collection_position",)),
        Place("body", ("result_metadata",)),
        Place("body", ("collection_id",)),
        Place("body", ("type",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("parameter_mappings",)),
        Place("body", whole=True),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/card/{}",
    (Place("path"),),
    deprecated="DELETE /api/card/:id is deprecated by Metabase",
)
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/card/{}/public_link", (Place("path"),))
_EXPORT = RequestSpec(
    "POST",
    "/api/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("parameters",)),
    ),
    body_format="form",
)
_GET = RequestSpec(
    "GET",
    "/api/card/{}",
    (
        Place("path"),
        Place("form", ("ignore_view",)),
    ),
)
_GET_EMBEDDABLE = RequestSpec("GET", "/api/card/embeddable", ())
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
_GET_RELATED = RequestSpec("GET", "/api/card/{}/related", (Place("path"),))
_GET_SERIES = RequestSpec(
    "GET",
    "/api/card/{}/series",
    (
        Place("path"),
        Place("form", ("last_cursor",)),
        Place("form", ("query",)),
        Place("form", ("exclude_ids",)),
    ),
)
_GET_TIMELINES = RequestSpec(
    "GET",
    "/api/card/{}/timelines",
    (
        Place("path"),
        Place("form", ("include",)),
        Place("form", ("start",)),
        Place("form", ("end",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/card/",
    (
        Place("form", ("f",)),
        Place("form", ("model_id",)),
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
_POST_FROM_CSV = RequestSpec(
    "POST", "/api/card/from-csv", (Place("multipart", whole=True),), body_format="multipart"
)
_POST_PERSIST = RequestSpec("POST", "/api/card/{}/persist", (Place("path"),))
_POST_PIVOT_QUERY = RequestSpec(
    "POST",
    "/api/card/pivot/{}/query",
    (
        Place("path"),
        Place("body", ("parameters",)),
        Place("body", ("ignore_cache",)),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/card/{}/public_link", (Place("path"),))
_POST_REFRESH = RequestSpec("POST", "/api/card/{}/refresh", (Place("path"),))
_POST_RELATED = RequestSpec("POST", "/api/card/related", (Place("body", whole=True),))
_POST_UNPERSIST = RequestSpec("POST", "/api/card/{}/unpersist", (Place("path"),))
_RUN_QUERY = RequestSpec(
    "POST",
    "/api/card/{}/query",
    (
        Place("path"),
        Place("body", ("parameters",)),
        Place("body", ("ignore_cache",)),
        Place("body", ("dashboard_id",)),
        Place("body", ("collection_preview",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/card/{}",
    (
        Place("path"),
        Place("body", ("collection_preview",)),
        Place("body", ("visualization_settings",)),
        Place("body", ("parameters",)),
        Place("body", ("dataset",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("collection_position",)),
        Place("body", ("result_metadata",)),
        Place("body", ("enable_embedding",)),
        Place("body", ("collection_id",)),
        Place("body", ("name",)),
        Place("body", ("type",)),
        Place("body", ("embedding_params",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("dataset_query",)),
        Place("body", ("display",)),
        Place("body", whole=True),
    ),
)


class CardResource(Resource):
    """Routes of the 'card' namespace (24 endpoints)."""

    def create(
        self,
        *,
        visualization_settings: dict[str, Any],
        name: str,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        display: str,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        dataset: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        type: Literal["model", "question"] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        parameter_mappings: List[dict[str, Any]] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """POST /api/card/

        Args:
            visualization_settings: JSON body; required.
            name: JSON body; required; must not be blank.
            dataset_query: JSON body; required.
            display: JSON body; required; must not be blank.
            parameters: JSON body; optional; None sends null.
            dataset: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            collection_position: JSON body; optional; None sends null; must be > 0.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            type: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            parameter_mappings: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicard
        """
        _result: Card = self._call(
            _CREATE,
            (
                visualization_settings,
                name,
                dataset_query,
                display,
                parameters,
                dataset,
                description,
                collection_position,
                result_metadata,
                collection_id,
                type,
                cache_ttl,
                parameter_mappings,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be > 0.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardid
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
        """DELETE /api/card/:card-id/public_link

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardcard-idpublic_link
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/:card-id/query/:export-format

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            parameters: form field or query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idqueryexport-format
        """
        return self._call(
            _EXPORT,
            (card_id, export_format, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get(
        self,
        id: int,
        *,
        ignore_view: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/card/:id

        Args:
            id: path; required; must be > 0.
            ignore_view: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardid
        """
        _result: Card = self._call(
            _GET,
            (id, ignore_view),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardembeddable
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
        """GET /api/card/:card-id/params/:param-key/search/:query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            param_key: path; required; must not be blank; sent as 'param-key'.
            query: path; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keysearchquery
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
        """GET /api/card/:card-id/params/:param-key/values

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            param_key: path; required; must not be blank; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keyvalues
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardpublic
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidrelated
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
        """GET /api/card/:id/series

        Args:
            id: path; required.
            last_cursor: form field or query string; optional; must be > 0.
            query: form field or query string; optional; must not be blank.
            exclude_ids: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidseries
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

    def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/:id/timelines

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            start: form field or query string; optional.
            end: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidtimelines
        """
        return self._call(
            _GET_TIMELINES,
            (id, include, start, end),
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
        ) = None,
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Card]:
        """GET /api/card/

        Args:
            f: form field or query string; optional.
            model_id: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicard
        """
        _result: List[Card] = self._call(
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
            collection_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcollections
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
    ) -> Card:
        """POST /api/card/:id/copy

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardidcopy
        """
        _result: Card = self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            raw_params: the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardfrom-csv
        """
        return self._call(
            _POST_FROM_CSV,
            (raw_params,),
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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpersist
        """
        return self._call(
            _POST_PERSIST,
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
    ) -> Dataset:
        """POST /api/card/pivot/:card-id/query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            parameters: JSON body; optional.
            ignore_cache: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardpivotcard-idquery
        """
        _result: Dataset = self._call(
            _POST_PIVOT_QUERY,
            (card_id, parameters, ignore_cache),
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
    ) -> AnswerValue2:
        """POST /api/card/:card-id/public_link

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpublic_link
        """
        _result: AnswerValue2 = self._call(
            _POST_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idrefresh
        """
        return self._call(
            _POST_REFRESH,
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
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardrelated
        """
        return self._call(
            _POST_RELATED,
            (query,),
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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idunpersist
        """
        return self._call(
            _POST_UNPERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def run_query(
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
    ) -> Dataset:
        """POST /api/card/:card-id/query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            parameters: JSON body; optional.
            ignore_cache: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            collection_preview: JSON body; optional; None sends null.

        Also reachable as post_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idquery
        """
        _result: Dataset = self._call(
            _RUN_QUERY,
            (card_id, parameters, ignore_cache, dashboard_id, collection_preview),
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
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        display: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """PUT /api/card/:id

        Args:
            id: path; required; must be > 0.
            collection_preview: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            dataset: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be > 0.
            result_metadata: JSON body; optional; None sends null.
            enable_embedding: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            type: JSON body; optional; None sends null.
            embedding_params: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            dataset_query: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null; must not be blank.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#put-apicardid
        """
        _result: Card = self._call(
            _UPDATE,
            (
                id,
                collection_preview,
                visualization_settings,
                parameters,
                dataset,
                description,
                archived,
                collection_position,
                result_metadata,
                enable_embedding,
                collection_id,
                name,
                type,
                embedding_params,
                cache_ttl,
                dataset_query,
                display,
                body,
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
        name: str,
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        display: str,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        dataset: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        type: Literal["model", "question"] | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        parameter_mappings: List[dict[str, Any]] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """POST /api/card/

        Args:
            visualization_settings: JSON body; required.
            name: JSON body; required; must not be blank.
            dataset_query: JSON body; required.
            display: JSON body; required; must not be blank.
            parameters: JSON body; optional; None sends null.
            dataset: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            collection_position: JSON body; optional; None sends null; must be > 0.
            result_metadata: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            type: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            parameter_mappings: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicard
        """
        _result: Card = await self._call(
            _CREATE,
            (
                visualization_settings,
                name,
                dataset_query,
                display,
                parameters,
                dataset,
                description,
                collection_position,
                result_metadata,
                collection_id,
                type,
                cache_ttl,
                parameter_mappings,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    @deprecated("DELETE /api/card/:id is deprecated by Metabase", category=None)
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
        """DELETE /api/card/:id

        Args:
            id: path; required; must be > 0.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardid
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
        """DELETE /api/card/:card-id/public_link

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#delete-apicardcard-idpublic_link
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
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/card/:card-id/query/:export-format

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            parameters: form field or query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post_query_by_export_format(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idqueryexport-format
        """
        return await self._call(
            _EXPORT,
            (card_id, export_format, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get(
        self,
        id: int,
        *,
        ignore_view: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/card/:id

        Args:
            id: path; required; must be > 0.
            ignore_view: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardid
        """
        _result: Card = await self._call(
            _GET,
            (id, ignore_view),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardembeddable
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
        """GET /api/card/:card-id/params/:param-key/search/:query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            param_key: path; required; must not be blank; sent as 'param-key'.
            query: path; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keysearchquery
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
        """GET /api/card/:card-id/params/:param-key/values

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            param_key: path; required; must not be blank; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardcard-idparamsparam-keyvalues
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardpublic
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
        """GET /api/card/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidrelated
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
        """GET /api/card/:id/series

        Args:
            id: path; required.
            last_cursor: form field or query string; optional; must be > 0.
            query: form field or query string; optional; must not be blank.
            exclude_ids: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidseries
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

    async def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None = None,
        start: str | None = None,
        end: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/card/:id/timelines

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            start: form field or query string; optional.
            end: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicardidtimelines
        """
        return await self._call(
            _GET_TIMELINES,
            (id, include, start, end),
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
                "using_metric",
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
    ) -> List[Card]:
        """GET /api/card/

        Args:
            f: form field or query string; optional.
            model_id: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#get-apicard
        """
        _result: List[Card] = await self._call(
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
            collection_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcollections
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
    ) -> Card:
        """POST /api/card/:id/copy

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardidcopy
        """
        _result: Card = await self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_from_csv(
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
            raw_params: the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardfrom-csv
        """
        return await self._call(
            _POST_FROM_CSV,
            (raw_params,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_persist(
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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpersist
        """
        return await self._call(
            _POST_PERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_pivot_query(
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
    ) -> Dataset:
        """POST /api/card/pivot/:card-id/query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            parameters: JSON body; optional.
            ignore_cache: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardpivotcard-idquery
        """
        _result: Dataset = await self._call(
            _POST_PIVOT_QUERY,
            (card_id, parameters, ignore_cache),
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
    ) -> AnswerValue2:
        """POST /api/card/:card-id/public_link

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idpublic_link
        """
        _result: AnswerValue2 = await self._call(
            _POST_PUBLIC_LINK,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_refresh(
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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idrefresh
        """
        return await self._call(
            _POST_REFRESH,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_related(
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
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardrelated
        """
        return await self._call(
            _POST_RELATED,
            (query,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_unpersist(
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
            card_id: path; required; must be > 0; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idunpersist
        """
        return await self._call(
            _POST_UNPERSIST,
            (card_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def run_query(
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
    ) -> Dataset:
        """POST /api/card/:card-id/query

        Args:
            card_id: path; required; must be > 0; sent as 'card-id'.
            parameters: JSON body; optional.
            ignore_cache: JSON body; optional; None sends null.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            collection_preview: JSON body; optional; None sends null.

        Also reachable as post_query(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#post-apicardcard-idquery
        """
        _result: Dataset = await self._call(
            _RUN_QUERY,
            (card_id, parameters, ignore_cache, dashboard_id, collection_preview),
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
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset = UNSET,
        display: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """PUT /api/card/:id

        Args:
            id: path; required; must be > 0.
            collection_preview: JSON body; optional; None sends null.
            visualization_settings: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            dataset: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            collection_position: JSON body; optional; None sends null; must be > 0.
            result_metadata: JSON body; optional; None sends null.
            enable_embedding: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            type: JSON body; optional; None sends null.
            embedding_params: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            dataset_query: JSON body; optional; None sends null.
            display: JSON body; optional; None sends null; must not be blank.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/card#put-apicardid
        """
        _result: Card = await self._call(
            _UPDATE,
            (
                id,
                collection_preview,
                visualization_settings,
                parameters,
                dataset,
                description,
                archived,
                collection_position,
                result_metadata,
                enable_embedding,
                collection_id,
                name,
                type,
                embedding_params,
                cache_ttl,
                dataset_query,
                display,
                body,
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
            name: str,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            display: str,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            dataset: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            type: Literal["model", "question"] | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            parameter_mappings: List[dict[str, Any]] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

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
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            ignore_view: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableCard]]: ...

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

        def get_timelines(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            start: str | None = None,
            end: str | None = None,
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
                    "using_metric",
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
        ) -> RawResponse[List[Card]]: ...

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
        ) -> RawResponse[Card]: ...

        def post_from_csv(
            self,
            *,
            raw_params: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_persist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[AnswerValue2]: ...

        def post_refresh(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_related(
            self,
            *,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_unpersist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def run_query(
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
        ) -> RawResponse[Dataset]: ...

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
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            display: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_query_by_export_format = export
        post_query = run_query

    class AsyncRawCardResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            visualization_settings: dict[str, Any],
            name: str,
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            display: str,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            dataset: bool | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            result_metadata: List[dict[str, Any]] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            type: Literal["model", "question"] | None | Unset = UNSET,
            cache_ttl: int | None | Unset = UNSET,
            parameter_mappings: List[dict[str, Any]] | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        @deprecated("DELETE /api/card/:id is deprecated by Metabase", category=None)
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
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            ignore_view: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        async def get_embeddable(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetEmbeddableCard]]: ...

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

        async def get_timelines(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            start: str | None = None,
            end: str | None = None,
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
                    "using_metric",
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
        ) -> RawResponse[List[Card]]: ...

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
        ) -> RawResponse[Card]: ...

        async def post_from_csv(
            self,
            *,
            raw_params: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_persist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_pivot_query(
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
        ) -> RawResponse[AnswerValue2]: ...

        async def post_refresh(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_related(
            self,
            *,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_unpersist(
            self,
            card_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def run_query(
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
        ) -> RawResponse[Dataset]: ...

        async def update(
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
            dataset_query: (
                MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | None | Unset
            ) = UNSET,
            display: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post_query_by_export_format = export
        post_query = run_query
