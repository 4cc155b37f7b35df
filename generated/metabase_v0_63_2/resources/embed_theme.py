"""Routes of the 'embed-theme' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import EmbeddingTheme, PostEmbedThemeSeedDefaultsThemesItem

_CREATE = RequestSpec(
    "POST",
    "/api/embed-theme",
    (
        Place("body", ("name",)),
        Place("body", ("settings",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/embed-theme/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/embed-theme/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/embed-theme", ())
_POST_COPY = RequestSpec("POST", "/api/embed-theme/{}/copy", (Place("path"),))
_POST_SEED_DEFAULTS = RequestSpec(
    "POST", "/api/embed-theme/seed-defaults", (Place("body", ("themes",)),)
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/embed-theme/{}",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("settings",)),
    ),
)


class EmbedThemeResource(Resource):
    """Routes of the 'embed-theme' namespace (7 endpoints)."""

    def create(
        self,
        *,
        name: str,
        settings: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """POST /api/embed-theme

        Args:
            name: JSON body; required; at least 1 character.
            settings: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-theme
        """
        _result: EmbeddingTheme = self._call(
            _CREATE,
            (name, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiembed-themeid
        """
        _result: None = self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """GET /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembed-themeid
        """
        _result: EmbeddingTheme = self._call(
            _GET,
            (id,),
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
    ) -> List[EmbeddingTheme]:
        """GET /api/embed-theme

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembed-theme
        """
        _result: List[EmbeddingTheme] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_copy(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """POST /api/embed-theme/{id}/copy

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-themeidcopy
        """
        _result: EmbeddingTheme = self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_seed_defaults(
        self,
        *,
        themes: List[PostEmbedThemeSeedDefaultsThemesItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/embed-theme/seed-defaults

        Args:
            themes: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-themeseed-defaults
        """
        _result: None = self._call(
            _POST_SEED_DEFAULTS,
            (themes,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        name: str | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """PUT /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.
            settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiembed-themeid
        """
        _result: EmbeddingTheme = self._call(
            _UPDATE,
            (id, name, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEmbedThemeResource(AsyncResource):
    """Routes of the 'embed-theme' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        settings: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """POST /api/embed-theme

        Args:
            name: JSON body; required; at least 1 character.
            settings: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-theme
        """
        _result: EmbeddingTheme = await self._call(
            _CREATE,
            (name, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiembed-themeid
        """
        _result: None = await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """GET /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembed-themeid
        """
        _result: EmbeddingTheme = await self._call(
            _GET,
            (id,),
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
    ) -> List[EmbeddingTheme]:
        """GET /api/embed-theme

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiembed-theme
        """
        _result: List[EmbeddingTheme] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_copy(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """POST /api/embed-theme/{id}/copy

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-themeidcopy
        """
        _result: EmbeddingTheme = await self._call(
            _POST_COPY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_seed_defaults(
        self,
        *,
        themes: List[PostEmbedThemeSeedDefaultsThemesItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/embed-theme/seed-defaults

        Args:
            themes: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-themeseed-defaults
        """
        _result: None = await self._call(
            _POST_SEED_DEFAULTS,
            (themes,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        id: int,
        *,
        name: str | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EmbeddingTheme:
        """PUT /api/embed-theme/{id}

        Args:
            id: path; required; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.
            settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiembed-themeid
        """
        _result: EmbeddingTheme = await self._call(
            _UPDATE,
            (id, name, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEmbedThemeResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            settings: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[EmbeddingTheme]]: ...

        def post_copy(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        def post_seed_defaults(
            self,
            *,
            themes: List[PostEmbedThemeSeedDefaultsThemesItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def update(
            self,
            id: int,
            *,
            name: str | None | Unset = UNSET,
            settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

    class AsyncRawEmbedThemeResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            settings: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[EmbeddingTheme]]: ...

        async def post_copy(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...

        async def post_seed_defaults(
            self,
            *,
            themes: List[PostEmbedThemeSeedDefaultsThemesItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def update(
            self,
            id: int,
            *,
            name: str | None | Unset = UNSET,
            settings: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EmbeddingTheme]: ...
