"""Routes of the 'embed' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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
from .._schemas import Card, Dashboard, Dataset

_GET_CARD_BY_TOKEN = RequestSpec("GET", "/api/embed/card/{}", (Place("path"),))
_GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/embed/card/{}/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID = RequestSpec(
    "GET",
    "/api/embed/card/{}/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
        Place("form", ("limit",)),
    ),
)
_GET_CARD_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/embed/card/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_QUERY = RequestSpec(
    "GET",
    "/api/embed/card/{}/query",
    (
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_CARD_QUERY_BY_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/embed/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_DASHBOARD_BY_TOKEN = RequestSpec("GET", "/api/embed/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/dashcard/{}/card/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
        Place("form", ("limit",)),
    ),
)
_GET_DASHBOARD_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/embed/dashboard/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)


class EmbedResource(Resource):
    """Routes of the 'embed' namespace (12 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/embed/card/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtoken
        """
        _result: Card = self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_field_remapping_by_remapped_id(
        self,
        token: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/remapping/:remapped-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idremappingremapped-id
        """
        return self._call(
            _GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (token, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_field_search_by_search_field_id(
        self,
        token: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/search/:search-field-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idsearchsearch-field-id
        """
        return self._call(
            _GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (token, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_field_values(
        self,
        token: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/values

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idvalues
        """
        return self._call(
            _GET_CARD_FIELD_VALUES,
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/embed/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenquery
        """
        _result: Dataset = self._call(
            _GET_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/query/:export-format

        Args:
            token: path; required.
            export_format: path; required; sent as 'export-format'.
            query_params: a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenqueryexport-format
        """
        return self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (token, export_format, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashboard_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/embed/dashboard/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtoken
        """
        _result: Dashboard = self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id/:export-format

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            query_params: a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (token, dashcard_id, card_id, export_format, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashboard_field_remapping_by_remapped_id(
        self,
        token: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/remapping/:remapped-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idremappingremapped-id
        """
        return self._call(
            _GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (token, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_field_search_by_search_field_id(
        self,
        token: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/search/:search-field-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idsearchsearch-field-id
        """
        return self._call(
            _GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (token, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_field_values(
        self,
        token: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/values

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idvalues
        """
        return self._call(
            _GET_DASHBOARD_FIELD_VALUES,
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEmbedResource(AsyncResource):
    """Routes of the 'embed' namespace, awaited (AsyncClient's)."""

    async def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/embed/card/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtoken
        """
        _result: Card = await self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_field_remapping_by_remapped_id(
        self,
        token: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/remapping/:remapped-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idremappingremapped-id
        """
        return await self._call(
            _GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (token, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_field_search_by_search_field_id(
        self,
        token: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/search/:search-field-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idsearchsearch-field-id
        """
        return await self._call(
            _GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (token, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_field_values(
        self,
        token: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/values

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenfieldfield-idvalues
        """
        return await self._call(
            _GET_CARD_FIELD_VALUES,
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/embed/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenquery
        """
        _result: Dataset = await self._call(
            _GET_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/query/:export-format

        Args:
            token: path; required.
            export_format: path; required; sent as 'export-format'.
            query_params: a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembedcardtokenqueryexport-format
        """
        return await self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (token, export_format, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dashboard_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/embed/dashboard/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtoken
        """
        _result: Dashboard = await self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        _result: Dataset = await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id/:export-format

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            query_params: a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID_AND_EXPORT_FORMAT,
            (token, dashcard_id, card_id, export_format, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dashboard_field_remapping_by_remapped_id(
        self,
        token: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/remapping/:remapped-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idremappingremapped-id
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (token, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_field_search_by_search_field_id(
        self,
        token: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/search/:search-field-id

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idsearchsearch-field-id
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (token, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_field_values(
        self,
        token: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/values

        Args:
            token: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiembeddashboardtokenfieldfield-idvalues
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_VALUES,
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        def get_card_field_remapping_by_remapped_id(
            self,
            token: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_field_search_by_search_field_id(
            self,
            token: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_field_values(
            self,
            token: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def get_card_query_by_export_format(
            self,
            token: str,
            export_format: Literal["csv", "json", "xlsx"],
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def get_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def get_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "json", "xlsx"],
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_field_remapping_by_remapped_id(
            self,
            token: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_field_search_by_search_field_id(
            self,
            token: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_field_values(
            self,
            token: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        async def get_card_field_remapping_by_remapped_id(
            self,
            token: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_field_search_by_search_field_id(
            self,
            token: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_field_values(
            self,
            token: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_card_query_by_export_format(
            self,
            token: str,
            export_format: Literal["csv", "json", "xlsx"],
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def get_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_dashboard_dashcard_card_by_card_id_and_export_format(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            export_format: Literal["csv", "json", "xlsx"],
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_field_remapping_by_remapped_id(
            self,
            token: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_field_search_by_search_field_id(
            self,
            token: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_field_values(
            self,
            token: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
