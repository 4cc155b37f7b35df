"""Routes of the 'user-key-value' namespace (4 endpoints)."""

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

_DELETE_NAMESPACE_KEY_BY_KEY = RequestSpec(
    "DELETE",
    "/api/user-key-value/namespace/{}/key/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_NAMESPACE_BY_NAMESPACE = RequestSpec(
    "GET", "/api/user-key-value/namespace/{}", (Place("path"),)
)
_GET_NAMESPACE_KEY_BY_KEY = RequestSpec(
    "GET",
    "/api/user-key-value/namespace/{}/key/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_UPDATE_NAMESPACE_KEY_BY_KEY = RequestSpec(
    "PUT",
    "/api/user-key-value/namespace/{}/key/{}",
    (
        Place("path"),
        Place("path"),
        Place("body", ("expires_at",)),
        Place("body", ("value",)),
    ),
)


class UserKeyValueResource(Resource):
    """Routes of the 'user-key-value' namespace (4 endpoints)."""

    def delete_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            _DELETE_NAMESPACE_KEY_BY_KEY,
            (namespace, key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_namespace_by_namespace(
        self,
        namespace: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}

        Args:
            namespace: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiuser-key-valuenamespacenamespace
        """
        return self._call(
            _GET_NAMESPACE_BY_NAMESPACE,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            _GET_NAMESPACE_KEY_BY_KEY,
            (namespace, key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        expires_at: str | None | Unset = UNSET,
        value: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.
            expires_at: JSON body; optional; None sends null.
            value: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            _UPDATE_NAMESPACE_KEY_BY_KEY,
            (namespace, key, expires_at, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncUserKeyValueResource(AsyncResource):
    """Routes of the 'user-key-value' namespace, awaited (AsyncClient's)."""

    async def delete_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiuser-key-valuenamespacenamespacekeykey
        """
        return await self._call(
            _DELETE_NAMESPACE_KEY_BY_KEY,
            (namespace, key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_namespace_by_namespace(
        self,
        namespace: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}

        Args:
            namespace: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiuser-key-valuenamespacenamespace
        """
        return await self._call(
            _GET_NAMESPACE_BY_NAMESPACE,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiuser-key-valuenamespacenamespacekeykey
        """
        return await self._call(
            _GET_NAMESPACE_KEY_BY_KEY,
            (namespace, key),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        expires_at: str | None | Unset = UNSET,
        value: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: path; required; at least 1 character.
            key: path; required; at least 1 character.
            expires_at: JSON body; optional; None sends null.
            value: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiuser-key-valuenamespacenamespacekeykey
        """
        return await self._call(
            _UPDATE_NAMESPACE_KEY_BY_KEY,
            (namespace, key, expires_at, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawUserKeyValueResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_namespace_by_namespace(
            self,
            namespace: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            expires_at: str | None | Unset = UNSET,
            value: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawUserKeyValueResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_namespace_by_namespace(
            self,
            namespace: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_namespace_key_by_key(
            self,
            namespace: str,
            key: str,
            *,
            expires_at: str | None | Unset = UNSET,
            value: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
