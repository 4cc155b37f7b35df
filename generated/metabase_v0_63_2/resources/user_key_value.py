"""Routes of the 'user-key-value' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
            namespace: str; path; required.
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "DELETE",
            "/api/user-key-value/namespace/{}/key/{}",
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
            namespace: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiuser-key-valuenamespacenamespace
        """
        return self._call(
            "GET",
            "/api/user-key-value/namespace/{}",
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
            namespace: str; path; required.
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "GET",
            "/api/user-key-value/namespace/{}/key/{}",
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
            namespace: str; path; required.
            key: str; path; required.
            expires_at: str | None; JSON body; optional; None sends null.
            value: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "PUT",
            "/api/user-key-value/namespace/{}/key/{}",
            (namespace, key),
            body={
                "expires_at": expires_at,
                "value": value,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
