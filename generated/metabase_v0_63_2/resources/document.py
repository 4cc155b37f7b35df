"""Routes of the 'document' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    Document,
    GetDocumentPublicResponseItem,
    PostDocumentByDocumentIdPublicLinkResponse,
    PostDocumentCardsValue,
    PutDocumentByDocumentIdCardsValue,
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
    ) -> Any:
        """POST /api/document

        Args:
            cards: dict[str, PostDocumentCardsValue] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            document: Any; JSON body; required.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocument
        """
        return self._call(
            "POST",
            "/api/document",
            (),
            body={
                "cards": cards,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "document": document,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            document_id: int; path; required; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-id
        """
        return self._call(
            "DELETE",
            "/api/document/{}",
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
            document_id: int; path; required; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidocumentdocument-idpublic-link
        """
        return self._call(
            "DELETE",
            "/api/document/{}/public-link",
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
    ) -> Any:
        """GET /api/document/{document-id}

        Args:
            document_id: int; path; required; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidocumentdocument-id
        """
        return self._call(
            "GET",
            "/api/document/{}",
            (document_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            "GET",
            "/api/document/public",
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
            "GET",
            "/api/document",
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
        format_rows: bool = False,
        parameters: List[dict[str, Any]] | str | None | Unset = UNSET,
        pivot_results: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/document/{document-id}/card/{card-id}/query/{export-format}

        Args:
            document_id: int; path; required; sent as 'document-id'.
            card_id: int; path; required; sent as 'card-id'.
            export_format: str; path; required; sent as 'export-format'.
            format_rows: bool; JSON body; optional; default false.
            parameters: list[dict[str, Any]] | str | None; JSON body; optional; None sends null.
            pivot_results: bool; JSON body; optional; default false.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idcardcard-idqueryexport-format
        """
        return self._call(
            "POST",
            "/api/document/{}/card/{}/query/{}",
            (document_id, card_id, export_format),
            body={
                "format_rows": format_rows,
                "parameters": parameters,
                "pivot_results": pivot_results,
            },
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
            from_document_id: int; path; required; sent as 'from-document-id'.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentfrom-document-idcopy
        """
        _result: Document = self._call(
            "POST",
            "/api/document/{}/copy",
            (from_document_id,),
            body={
                "collection_id": collection_id,
                "collection_position": collection_position,
                "name": name,
            },
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
    ) -> PostDocumentByDocumentIdPublicLinkResponse:
        """POST /api/document/{document-id}/public-link

        Args:
            document_id: int; path; required; sent as 'document-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidocumentdocument-idpublic-link
        """
        _result: PostDocumentByDocumentIdPublicLinkResponse = self._call(
            "POST",
            "/api/document/{}/public-link",
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
        cards: dict[str, PutDocumentByDocumentIdCardsValue] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        document: Any | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/document/{document-id}

        Args:
            document_id: int; path; required; sent as 'document-id'.
            archived: bool | None; JSON body; optional; None sends null.
            cards: dict[str, PutDocumentByDocumentIdCardsValue] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            document: Any; JSON body; optional.
            name: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidocumentdocument-id
        """
        return self._call(
            "PUT",
            "/api/document/{}",
            (document_id,),
            body={
                "archived": archived,
                "cards": cards,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "document": document,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
