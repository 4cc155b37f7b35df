"""Routes of the 'public' namespace (22 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class PublicResource(Resource):
    """Routes of the 'public' namespace (22 endpoints)."""

    def get_action_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/action/:uuid

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicactionuuid
        """
        return self._call(
            "GET",
            "/api/public/action/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuid
        """
        return self._call(
            "GET",
            "/api/public/card/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_field_remapping_by_remapped_id(
        self,
        uuid: str,
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
        """GET /api/public/card/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/remapping/{}",
            (uuid, field_id, remapped_id),
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
        uuid: str,
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
        """GET /api/public/card/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; form field or query string; required.
            limit: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/search/{}",
            (uuid, field_id, search_field_id),
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
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/values

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/values",
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/params/:param-key/search/:query

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/public/card/{}/params/{}/search/{}",
            (uuid, param_key, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/params/:param-key/values

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/public/card/{}/params/{}/values",
            (uuid, param_key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/query

        Args:
            uuid: str; path; required.
            parameters: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidquery
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query",
            (uuid,),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_by_export_format(
        self,
        uuid: str,
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
        """GET /api/public/card/:uuid/query/:export-format

        Args:
            uuid: str; path; required.
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            parameters: str | None; form field or query string; optional; may be None.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipubliccarduuidqueryexport-format
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query/{}",
            (uuid, export_format),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashboard_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuid
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}",
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/dashcard/{}/card/{}",
            (uuid, dashcard_id, card_id),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_execute(
        self,
        uuid: str,
        dashcard_id: int,
        *,
        parameters: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/dashcard/:dashcard-id/execute

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/dashcard/{}/execute",
            (uuid, dashcard_id),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_field_remapping_by_remapped_id(
        self,
        uuid: str,
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
        """GET /api/public/dashboard/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/remapping/{}",
            (uuid, field_id, remapped_id),
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
        uuid: str,
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
        """GET /api/public/dashboard/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; form field or query string; required.
            limit: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/search/{}",
            (uuid, field_id, search_field_id),
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
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/values

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuidfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/values",
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        constraint_param_key_to_value: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/search/:query

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            query: str; path; required.
            constraint_param_key_to_value: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/params/{}/search/{}",
            (uuid, param_key, query),
            query_map=constraint_param_key_to_value,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        constraint_param_key_to_value: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/values

        Args:
            uuid: str; path; required.
            param_key: str; path; required; sent as 'param-key'.
            constraint_param_key_to_value: dict[str, Any]; a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/params/{}/values",
            (uuid, param_key),
            query_map=constraint_param_key_to_value,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None | Unset = UNSET,
        maxheight: int | None | Unset = UNSET,
        maxwidth: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: str; form field or query string; required.
            format: Literal['json'] | None; form field or query string; optional; may be None; one of 'json'.
            maxheight: int | None; form field or query string; optional; may be None.
            maxwidth: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicoembed
        """
        return self._call(
            "GET",
            "/api/public/oembed",
            (),
            form={
                "url": url,
                "format": format,
                "maxheight": maxheight,
                "maxwidth": maxwidth,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/:uuid/query

        Args:
            uuid: str; path; required.
            parameters: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicpivotcarduuidquery
        """
        return self._call(
            "GET",
            "/api/public/pivot/card/{}/query",
            (uuid,),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/pivot/dashboard/{}/dashcard/{}/card/{}",
            (uuid, dashcard_id, card_id),
            form={
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_action_execute(
        self,
        uuid: str,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/action/:uuid/execute

        Args:
            uuid: str; path; required.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#post-apipublicactionuuidexecute
        """
        return self._call(
            "POST",
            "/api/public/action/{}/execute",
            (uuid,),
            body={
                "parameters": parameters,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dashboard_dashcard_execute(
        self,
        uuid: str,
        dashcard_id: int,
        *,
        parameters: dict[str, Any] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/public/dashboard/:uuid/dashcard/:dashcard-id/execute

        Args:
            uuid: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            parameters: dict[str, Any] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/public#post-apipublicdashboarduuiddashcarddashcard-idexecute
        """
        return self._call(
            "POST",
            "/api/public/dashboard/{}/dashcard/{}/execute",
            (uuid, dashcard_id),
            body={
                "parameters": parameters,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
