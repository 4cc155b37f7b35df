"""Routes of the 'dataset' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (5 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidataset
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
        export_format: Literal["api", "csv", "json", "xlsx"],
        *,
        query: str,
        visualization_settings: str,
    ) -> Any:
        """POST /api/dataset/:export-format

        Args:
            export_format: Literal['api', 'csv', 'json', 'xlsx']; path; required; one of 'api', 'csv', 'json', 'xlsx'; sent as 'export-format'.
            query: str; JSON body; required.
            visualization_settings: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetexport-format
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetduration
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
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/native

        Args:
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetnative
        """
        return self._call(
            "POST",
            "/api/dataset/native",
            (),
            body={
                "query": query,
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetpivot
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
