"""Routes of the 'dataset' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (3 endpoints)."""

    def create(
        self,
        *,
        database: int,
        query: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/dataset/

        Args:
            database: int; JSON body; required.
            query: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidataset
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
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query: str,
    ) -> Any:
        """POST /api/dataset/:export-format

        Args:
            export_format: Literal['csv', 'json', 'xlsx']; path; required; one of 'csv', 'json', 'xlsx'; sent as 'export-format'.
            query: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatasetexport-format
        """
        return self._call(
            "POST",
            "/api/dataset/{}",
            (export_format,),
            body={
                "query": query,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatasetduration
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
