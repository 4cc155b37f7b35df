"""Routes of the 'preview_embed' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_GET_CARD_BY_TOKEN = RequestSpec("GET", "/api/preview_embed/card/{}", (Place("path"),))
_GET_CARD_QUERY = RequestSpec(
    "GET", "/api/preview_embed/card/{}/query", (Place("path"), Place("query", whole=True))
)
_GET_DASHBOARD_BY_TOKEN = RequestSpec("GET", "/api/preview_embed/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/preview_embed/dashboard/{}/dashcard/{}/card/{}",
    (Place("path"), Place("path"), Place("path"), Place("query", whole=True)),
)
_GET_PIVOT_CARD_QUERY = RequestSpec(
    "GET", "/api/preview_embed/pivot/card/{}/query", (Place("path"), Place("query", whole=True))
)
_GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/preview_embed/pivot/dashboard/{}/dashcard/{}/card/{}",
    (Place("path"), Place("path"), Place("path"), Place("query", whole=True)),
)


class PreviewEmbedResource(Resource):
    """Routes of the 'preview_embed' namespace (6 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedcardtoken
        """
        return self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedcardtokenquery
        """
        return self._call(
            _GET_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embeddashboardtoken
        """
        return self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedpivotcardtokenquery
        """
        return self._call(
            _GET_PIVOT_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncPreviewEmbedResource(AsyncResource):
    """Routes of the 'preview_embed' namespace, awaited (AsyncClient's)."""

    async def get_card_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedcardtoken
        """
        return await self._call(
            _GET_CARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedcardtokenquery
        """
        return await self._call(
            _GET_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_by_token(
        self,
        token: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/:token

        Args:
            token: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embeddashboardtoken
        """
        return await self._call(
            _GET_DASHBOARD_BY_TOKEN,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_card_query(
        self,
        token: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/card/:token/query

        Args:
            token: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedpivotcardtokenquery
        """
        return await self._call(
            _GET_PIVOT_CARD_QUERY,
            (token, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/preview_embed/pivot/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipreview_embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (token, dashcard_id, card_id, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawPreviewEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawPreviewEmbedResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_card_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_by_token(
            self,
            token: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_card_query(
            self,
            token: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            token: str,
            dashcard_id: int,
            card_id: int,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
