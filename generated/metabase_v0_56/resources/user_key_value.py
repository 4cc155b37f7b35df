"""Routes of the 'user-key-value' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class UserKeyValueResource(Resource):
    """Routes of the 'user-key-value' namespace (4 endpoints)."""

    def delete_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
    ) -> Any:
        """DELETE /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: str; path; required.
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "DELETE",
            "/api/user-key-value/namespace/{}/key/{}",
            (namespace, key),
        )

    def get_namespace_by_namespace(
        self,
        namespace: str,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}

        Args:
            namespace: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuser-key-valuenamespacenamespace
        """
        return self._call(
            "GET",
            "/api/user-key-value/namespace/{}",
            (namespace,),
        )

    def get_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
    ) -> Any:
        """GET /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: str; path; required.
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "GET",
            "/api/user-key-value/namespace/{}/key/{}",
            (namespace, key),
        )

    def update_namespace_key_by_key(
        self,
        namespace: str,
        key: str,
        *,
        expires_at: str | Unset = UNSET,
        value: Any | Unset = UNSET,
    ) -> Any:
        """PUT /api/user-key-value/namespace/{namespace}/key/{key}

        Args:
            namespace: str; path; required.
            key: str; path; required.
            expires_at: str; JSON body; optional.
            value: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiuser-key-valuenamespacenamespacekeykey
        """
        return self._call(
            "PUT",
            "/api/user-key-value/namespace/{}/key/{}",
            (namespace, key),
            body={
                "expires_at": expires_at,
                "value": value,
            },
        )
