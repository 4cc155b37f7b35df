"""Routes of the 'ee-content-translation' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any, IO

from .._runtime import UNSET, Resource, Unset


class EeContentTranslationResource(Resource):
    """Routes of the 'ee-content-translation' namespace (3 endpoints)."""

    def get_csv(self) -> Any:
        """GET /api/ee/content-translation/csv

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieecontent-translationcsv
        """
        return self._call(
            "GET",
            "/api/ee/content-translation/csv",
            (),
        )

    def get_dictionary_by_token(
        self,
        token: str,
    ) -> Any:
        """GET /api/ee/content-translation/dictionary/{token}

        Args:
            token: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieecontent-translationdictionarytoken
        """
        return self._call(
            "GET",
            "/api/ee/content-translation/dictionary/{}",
            (token,),
        )

    def post_upload_dictionary(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
    ) -> Any:
        """POST /api/ee/content-translation/upload-dictionary

        Args:
            file: bytes; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieecontent-translationupload-dictionary
        """
        return self._call(
            "POST",
            "/api/ee/content-translation/upload-dictionary",
            (),
            body={
                "file": file,
            },
            multipart=True,
        )
