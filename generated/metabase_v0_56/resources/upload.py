"""Routes of the 'upload' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, IO

from .._runtime import UNSET, Resource, Unset


class UploadResource(Resource):
    """Routes of the 'upload' namespace (1 endpoints)."""

    def post_csv(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        collection_id: int | Unset = UNSET,
    ) -> Any:
        """POST /api/upload/csv

        Args:
            collection_id: int; JSON body; optional.
            file: bytes; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiuploadcsv
        """
        return self._call(
            "POST",
            "/api/upload/csv",
            (),
            body={
                "collection_id": collection_id,
                "file": file,
            },
            multipart=True,
        )
