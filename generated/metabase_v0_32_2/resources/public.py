"""Routes of the 'public' namespace (12 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class PublicResource(Resource):
    """Routes of the 'public' namespace (12 endpoints)."""

    def get_card_by_uuid(
        self,
        uuid: str,
    ) -> Any:
        """GET /api/public/card/:uuid

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuid
        """
        return self._call(
            "GET",
            "/api/public/card/{}",
            (uuid,),
        )

    def get_card_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/remapping/{}",
            (uuid, field_id, remapped_id),
            query={
                "value": value,
            },
        )

    def get_card_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; query string; required.
            limit: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/search/{}",
            (uuid, field_id, search_field_id),
            query={
                "value": value,
                "limit": limit,
            },
        )

    def get_card_field_values(
        self,
        uuid: str,
        field_id: int,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/values

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuidfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/public/card/{}/field/{}/values",
            (uuid, field_id),
        )

    def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/card/:uuid/query

        Args:
            uuid: str; path; required.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuidquery
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query",
            (uuid,),
            query={
                "parameters": parameters,
            },
        )

    def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["csv", "json", "xlsx"],
        *,
        parameters: str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/card/:uuid/query/:export-format

        Args:
            uuid: str; path; required.
            export_format: Literal['csv', 'json', 'xlsx']; path; required; one of 'csv', 'json', 'xlsx'; sent as 'export-format'.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipubliccarduuidqueryexport-format
        """
        return self._call(
            "GET",
            "/api/public/card/{}/query/{}",
            (uuid, export_format),
            query={
                "parameters": parameters,
            },
        )

    def get_dashboard_by_uuid(
        self,
        uuid: str,
    ) -> Any:
        """GET /api/public/dashboard/:uuid

        Args:
            uuid: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicdashboarduuid
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}",
            (uuid,),
        )

    def get_dashboard_card_by_card_id(
        self,
        uuid: str,
        card_id: int,
        *,
        parameters: str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/card/:card-id

        Args:
            uuid: str; path; required.
            card_id: int; path; required; sent as 'card-id'.
            parameters: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicdashboarduuidcardcard-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/card/{}",
            (uuid, card_id),
            query={
                "parameters": parameters,
            },
        )

    def get_dashboard_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicdashboarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/remapping/{}",
            (uuid, field_id, remapped_id),
            query={
                "value": value,
            },
        )

    def get_dashboard_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.
            search_field_id: int; path; required; sent as 'search-field-id'.
            value: str; query string; required.
            limit: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicdashboarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/search/{}",
            (uuid, field_id, search_field_id),
            query={
                "value": value,
                "limit": limit,
            },
        )

    def get_dashboard_field_values(
        self,
        uuid: str,
        field_id: int,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/values

        Args:
            uuid: str; path; required.
            field_id: int; path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicdashboarduuidfieldfield-idvalues
        """
        return self._call(
            "GET",
            "/api/public/dashboard/{}/field/{}/values",
            (uuid, field_id),
        )

    def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None | Unset = UNSET,
        maxheight: int | None | Unset = UNSET,
        maxwidth: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: str; query string; required.
            format: Literal['json'] | None; query string; optional; may be None; one of 'json'.
            maxheight: int | None; query string; optional; may be None.
            maxwidth: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipublicoembed
        """
        return self._call(
            "GET",
            "/api/public/oembed",
            (),
            query={
                "url": url,
                "format": format,
                "maxheight": maxheight,
                "maxwidth": maxwidth,
            },
        )
