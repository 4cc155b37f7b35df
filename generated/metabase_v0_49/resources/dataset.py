"""Routes of the 'dataset' namespace (7 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (7 endpoints)."""

    def create(
        self,
        *,
        database: int | None | Unset = UNSET,
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/

        Args:
            database: int | None; JSON body; optional; None sends null.
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidataset
        """
        return self._call(
            "POST",
            "/api/dataset/",
            (),
            body={
                "database": database,
                "query": query,
            },
        )

    def post(
        self,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query: str,
        visualization_settings: str,
    ) -> Any:
        """POST /api/dataset/:export-format

        Args:
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            query: str; JSON body; required.
            visualization_settings: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetexport-format
        """
        return self._call(
            "POST",
            "/api/dataset/{}",
            (export_format,),
            body={
                "query": query,
                "visualization_settings": visualization_settings,
            },
        )

    def post_duration(
        self,
        *,
        database: Any | Unset = UNSET,
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/duration

        Args:
            database: Any; JSON body; optional.
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetduration
        """
        return self._call(
            "POST",
            "/api/dataset/duration",
            (),
            body={
                "database": database,
                "query": query,
            },
        )

    def post_native(
        self,
        *,
        database: int,
        pretty: bool | None | Unset = UNSET,
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/native

        Args:
            database: int; JSON body; required.
            pretty: bool | None; JSON body; optional; None sends null.
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetnative
        """
        return self._call(
            "POST",
            "/api/dataset/native",
            (),
            body={
                "database": database,
                "pretty": pretty,
                "query": query,
            },
        )

    def post_parameter_search_by_query(
        self,
        query: str,
        *,
        parameter: dict[str, Any],
        field_ids: List[int] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/parameter/search/:query

        Args:
            query: str; path; required.
            parameter: dict[str, Any]; JSON body; required.
            field_ids: list[int] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetparametersearchquery
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/search/{}",
            (query,),
            body={
                "parameter": parameter,
                "field_ids": field_ids,
            },
        )

    def post_parameter_values(
        self,
        *,
        parameter: dict[str, Any],
        field_ids: List[int] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/parameter/values

        Args:
            parameter: dict[str, Any]; JSON body; required.
            field_ids: list[int] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetparametervalues
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/values",
            (),
            body={
                "parameter": parameter,
                "field_ids": field_ids,
            },
        )

    def post_pivot(
        self,
        *,
        database: int | None | Unset = UNSET,
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/pivot

        Args:
            database: int | None; JSON body; optional; None sends null.
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetpivot
        """
        return self._call(
            "POST",
            "/api/dataset/pivot",
            (),
            body={
                "database": database,
                "query": query,
            },
        )
