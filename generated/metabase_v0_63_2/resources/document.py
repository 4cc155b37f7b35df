"""Routes of the 'document' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import (
    Document,
    DocumentAnswer,
    GetDocumentPublicResponseItem,
    PostDocumentCardsValue,
    PostDocumentPublicLinkResponse,
    PutDocumentCardsValue,
)

_CREATE = RequestSpec(
    "POST",
    "/api/document",
    (
        Place("body", ("document",)),
        Place("body", ("name",)),
        Place("body", ("cards",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/document/{}", (Place("path"),))
_DELETE_PUBLIC_LINK = RequestSpec("DELETE", "/api/document/{}/public-link", (Place("path"),))
_GET = RequestSpec("GET", "/api/document/{}", (Place("path"),))
_GET_PUBLIC = RequestSpec("GET", "/api/document/public", ())
_LIST = RequestSpec("GET", "/api/document", ())
_POST_CARD_QUERY_BY_EXPORT_FORMAT = RequestSpec(
    "POST",
    "/api/document/{}/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("body", ("format_rows",)),
        Place("body", ("parameters",)),
        Place("body", ("pivot_results",)),
    ),
)
_POST_COPY = RequestSpec(
    "POST",
    "/api/document/{}/copy",
    (
        Place("path"),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("name",)),
    ),
)
_POST_PUBLIC_LINK = RequestSpec("POST", "/api/document/{}/public-link", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/document/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("cards",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("document",)),
        Place("body", ("name",)),
    ),
)


class DocumentResource(Resource):
    """Routes of the 'document' namespace (10 endpoints)."""

    def create(
        self,
        *,
        document: Any,
        name: str,
        cards: dict[str, PostDocumentCardsValue] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """POST /api/document

        Args:
            document: JSON body; required.
            name: JSON body; required; at least 1 character; at most 254 characters.
            cards: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocument
        """
        _result: DocumentAnswer = self._call(
            _CREATE,
            (document, name, cards, collection_id, collection_position),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-id
        """
        return self._call(
            _DELETE,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_public_link(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/document/{document-id}/public-link

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-idpublic-link
        """
        return self._call(
            _DELETE_PUBLIC_LINK,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """GET /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocumentdocument-id
        """
        _result: DocumentAnswer = self._call(
            _GET,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_public(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetDocumentPublicResponseItem]:
        """GET /api/document/public

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocumentpublic
        """
        _result: List[GetDocumentPublicResponseItem] = self._call(
            _GET_PUBLIC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/document

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocument
        """
        return self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_card_query_by_export_format(
        self,
        document_id: int,
        card_id: int,
        export_format: str,
        *,
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/document/{document-id}/card/{card-id}/query/{export-format}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional; None sends null.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idcardcard-idqueryexport-format
        """
        return self._call(
            _POST_CARD_QUERY_BY_EXPORT_FORMAT,
            (document_id, card_id, export_format, format_rows, parameters, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_copy(
        self,
        from_document_id: int,
        *,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Document:
        """POST /api/document/{from-document-id}/copy

        Args:
            from_document_id: path; required; must be >= 1; sent as 'from-document-id'.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentfrom-document-idcopy
        """
        _result: Document = self._call(
            _POST_COPY,
            (from_document_id, collection_id, collection_position, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_public_link(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostDocumentPublicLinkResponse:
        """POST /api/document/{document-id}/public-link

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idpublic-link
        """
        _result: PostDocumentPublicLinkResponse = self._call(
            _POST_PUBLIC_LINK,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        document_id: int,
        *,
        archived: bool | None | Unset = UNSET,
        cards: dict[str, PutDocumentCardsValue] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        document: Any | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """PUT /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.
            archived: JSON body; optional; None sends null.
            cards: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            document: JSON body; optional.
            name: JSON body; optional; at least 1 character; at most 254 characters.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidocumentdocument-id
        """
        _result: DocumentAnswer = self._call(
            _UPDATE,
            (document_id, archived, cards, collection_id, collection_position, document, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncDocumentResource(AsyncResource):
    """Routes of the 'document' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        document: Any,
        name: str,
        cards: dict[str, PostDocumentCardsValue] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """POST /api/document

        Args:
            document: JSON body; required.
            name: JSON body; required; at least 1 character; at most 254 characters.
            cards: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocument
        """
        _result: DocumentAnswer = await self._call(
            _CREATE,
            (document, name, cards, collection_id, collection_position),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-id
        """
        return await self._call(
            _DELETE,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_public_link(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/document/{document-id}/public-link

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-idpublic-link
        """
        return await self._call(
            _DELETE_PUBLIC_LINK,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """GET /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocumentdocument-id
        """
        _result: DocumentAnswer = await self._call(
            _GET,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_public(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetDocumentPublicResponseItem]:
        """GET /api/document/public

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocumentpublic
        """
        _result: List[GetDocumentPublicResponseItem] = await self._call(
            _GET_PUBLIC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/document

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocument
        """
        return await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_card_query_by_export_format(
        self,
        document_id: int,
        card_id: int,
        export_format: str,
        *,
        format_rows: bool | Unset = UNSET,
        parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/document/{document-id}/card/{card-id}/query/{export-format}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.
            card_id: path; required; must be >= 1; sent as 'card-id'.
            export_format: path; required; sent as 'export-format'.
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            parameters: JSON body; optional; None sends null.
            pivot_results: JSON body; optional; not sent by default (the server assumes false).

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idcardcard-idqueryexport-format
        """
        return await self._call(
            _POST_CARD_QUERY_BY_EXPORT_FORMAT,
            (document_id, card_id, export_format, format_rows, parameters, pivot_results),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def post_copy(
        self,
        from_document_id: int,
        *,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Document:
        """POST /api/document/{from-document-id}/copy

        Args:
            from_document_id: path; required; must be >= 1; sent as 'from-document-id'.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentfrom-document-idcopy
        """
        _result: Document = await self._call(
            _POST_COPY,
            (from_document_id, collection_id, collection_position, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_public_link(
        self,
        document_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostDocumentPublicLinkResponse:
        """POST /api/document/{document-id}/public-link

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idpublic-link
        """
        _result: PostDocumentPublicLinkResponse = await self._call(
            _POST_PUBLIC_LINK,
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        document_id: int,
        *,
        archived: bool | None | Unset = UNSET,
        cards: dict[str, PutDocumentCardsValue] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        document: Any | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DocumentAnswer:
        """PUT /api/document/{document-id}

        Args:
            document_id: path; required; must be >= 1; sent as 'document-id'.
            archived: JSON body; optional; None sends null.
            cards: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            document: JSON body; optional.
            name: JSON body; optional; at least 1 character; at most 254 characters.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidocumentdocument-id
        """
        _result: DocumentAnswer = await self._call(
            _UPDATE,
            (document_id, archived, cards, collection_id, collection_position, document, name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawDocumentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            document: Any,
            name: str,
            cards: dict[str, PostDocumentCardsValue] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...

        def delete(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def delete_public_link(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...

        def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetDocumentPublicResponseItem]]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_card_query_by_export_format(
            self,
            document_id: int,
            card_id: int,
            export_format: str,
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def post_copy(
            self,
            from_document_id: int,
            *,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Document]: ...

        def post_public_link(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostDocumentPublicLinkResponse]: ...

        def update(
            self,
            document_id: int,
            *,
            archived: bool | None | Unset = UNSET,
            cards: dict[str, PutDocumentCardsValue] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            document: Any | Unset = UNSET,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...

    class AsyncRawDocumentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            document: Any,
            name: str,
            cards: dict[str, PostDocumentCardsValue] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...

        async def delete(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_public_link(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...

        async def get_public(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetDocumentPublicResponseItem]]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_card_query_by_export_format(
            self,
            document_id: int,
            card_id: int,
            export_format: str,
            *,
            format_rows: bool | Unset = UNSET,
            parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def post_copy(
            self,
            from_document_id: int,
            *,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Document]: ...

        async def post_public_link(
            self,
            document_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostDocumentPublicLinkResponse]: ...

        async def update(
            self,
            document_id: int,
            *,
            archived: bool | None | Unset = UNSET,
            cards: dict[str, PutDocumentCardsValue] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            document: Any | Unset = UNSET,
            name: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DocumentAnswer]: ...
