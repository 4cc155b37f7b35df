"""Routes of the 'ee-content-translation' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, IO, TYPE_CHECKING
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
from .._schemas import GetEeDictionaryResponse

_GET_CSV = RequestSpec("GET", "/api/ee/content-translation/csv", ())
_GET_DICTIONARY = RequestSpec(
    "GET", "/api/ee/content-translation/dictionary", (Place("query", ("locale",)),)
)
_GET_DICTIONARY_BY_TOKEN = RequestSpec(
    "GET", "/api/ee/content-translation/dictionary/{}", (Place("path"),)
)
_POST_UPLOAD_DICTIONARY = RequestSpec(
    "POST",
    "/api/ee/content-translation/upload-dictionary",
    (Place("multipart", ("file",)),),
    body_format="multipart",
)


class EeContentTranslationResource(Resource):
    """Routes of the 'ee-content-translation' namespace (4 endpoints)."""

    def get_csv(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/ee/content-translation/csv

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationcsv
        """
        return self._call(
            _GET_CSV,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dictionary(
        self,
        *,
        locale: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeDictionaryResponse:
        """GET /api/ee/content-translation/dictionary

        Args:
            locale: query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationdictionary
        """
        _result: GetEeDictionaryResponse = self._call(
            _GET_DICTIONARY,
            (locale,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dictionary_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/content-translation/dictionary/{token}

        Args:
            token: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationdictionarytoken
        """
        return self._call(
            _GET_DICTIONARY_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_upload_dictionary(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/content-translation/upload-dictionary

        Args:
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieecontent-translationupload-dictionary
        """
        return self._call(
            _POST_UPLOAD_DICTIONARY,
            (file,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeContentTranslationResource(AsyncResource):
    """Routes of the 'ee-content-translation' namespace, awaited (AsyncClient's)."""

    async def get_csv(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/ee/content-translation/csv

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationcsv
        """
        return await self._call(
            _GET_CSV,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dictionary(
        self,
        *,
        locale: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeDictionaryResponse:
        """GET /api/ee/content-translation/dictionary

        Args:
            locale: query string; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationdictionary
        """
        _result: GetEeDictionaryResponse = await self._call(
            _GET_DICTIONARY,
            (locale,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dictionary_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/content-translation/dictionary/{token}

        Args:
            token: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieecontent-translationdictionarytoken
        """
        return await self._call(
            _GET_DICTIONARY_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_upload_dictionary(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/content-translation/upload-dictionary

        Args:
            file: multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieecontent-translationupload-dictionary
        """
        return await self._call(
            _POST_UPLOAD_DICTIONARY,
            (file,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeContentTranslationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_csv(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dictionary(
            self,
            *,
            locale: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeDictionaryResponse]: ...

        def get_dictionary_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_upload_dictionary(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeContentTranslationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_csv(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dictionary(
            self,
            *,
            locale: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeDictionaryResponse]: ...

        async def get_dictionary_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_upload_dictionary(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
