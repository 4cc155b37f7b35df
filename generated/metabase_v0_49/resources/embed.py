"""Routes of the 'embed' namespace (18 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class EmbedResource(Resource):
    """Routes of the 'embed' namespace (18 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtoken
        """
        return self._call(
            "GET",
            "/api/embed/card/{}",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/field/{}/remapping/{}",
            (token, field_id, remapped_id),
            form={
                "value": value,
            },
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
        limit: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/field/:field-id/search/:search-field-id

        Args:
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; form field or query string; required.
            limit: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/field/{}/search/{}",
            (token, field_id, search_field_id),
            form={
                "value": value,
                "limit": limit,
            },
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
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/field/{}/values",
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_search_by_prefix(
        self,
        token: str,
        param_key: str,
        prefix: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/params/:param-key/search/:prefix

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            prefix: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenparamsparam-keysearchprefix
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/params/{}/search/{}",
            (token, param_key, prefix),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_values(
        self,
        token: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/params/:param-key/values

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/params/{}/values",
            (token, param_key),
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
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/query

        Args:
            token: str; path; required.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenquery
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/query",
            (token,),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_by_export_format(
        self,
        token: str,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/card/:token/query/:export-format

        Args:
            token: str; path; required.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            query_params: dict[str, Any]; a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedcardtokenqueryexport-format
        """
        return self._call(
            "GET",
            "/api/embed/card/{}/query/{}",
            (token, export_format),
            query_map=query_params,
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
    ) -> Any:
        """GET /api/embed/dashboard/:token

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtoken
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}",
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id_and_export_format(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id/:export-format

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            query_params: dict[str, Any]; a map of query parameters; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokendashcarddashcard-idcardcard-idexport-format
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/dashcard/{}/card/{}/{}",
            (token, dashcard_id, card_id, export_format),
            query_map=query_params,
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
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokenfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/field/{}/remapping/{}",
            (token, field_id, remapped_id),
            form={
                "value": value,
            },
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
        limit: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/field/:field-id/search/:search-field-id

        Args:
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; form field or query string; required.
            limit: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokenfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/field/{}/search/{}",
            (token, field_id, search_field_id),
            form={
                "value": value,
                "limit": limit,
            },
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
            token: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokenfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/field/{}/values",
            (token, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_search_by_prefix(
        self,
        token: str,
        param_key: str,
        prefix: str,
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/params/:param-key/search/:prefix

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            prefix: str; path; required.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokenparamsparam-keysearchprefix
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/params/{}/search/{}",
            (token, param_key, prefix),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_values(
        self,
        token: str,
        param_key: str,
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/dashboard/:token/params/:param-key/values

        Args:
            token: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembeddashboardtokenparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/embed/dashboard/{}/params/{}/values",
            (token, param_key),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/pivot/card/:token/query

        Args:
            token: str; path; required.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedpivotcardtokenquery
        """
        return self._call(
            "GET",
            "/api/embed/pivot/card/{}/query",
            (token,),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/embed/pivot/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            query_params: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/embed#get-apiembedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/embed/pivot/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
            query_map=query_params,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
