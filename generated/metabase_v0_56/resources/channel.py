"""Routes of the 'channel' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ChannelResource(Resource):
    """Routes of the 'channel' namespace (5 endpoints)."""

    def create(
        self,
        *,
        details: dict[str, Any],
        name: str,
        type: Any,
        active: bool = True,
        description: str | Unset = UNSET,
    ) -> Any:
        """POST /api/channel/

        Args:
            active: bool; JSON body; optional; default true.
            description: str; JSON body; optional.
            details: dict[str, Any]; JSON body; required.
            name: str; JSON body; required.
            type: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichannel
        """
        return self._call(
            "POST",
            "/api/channel/",
            (),
            body={
                "active": active,
                "description": description,
                "details": details,
                "name": name,
                "type": type,
            },
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/channel/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannelid
        """
        return self._call(
            "GET",
            "/api/channel/{}",
            (id,),
        )

    def list(
        self,
        *,
        include_inactive: bool = False,
    ) -> Any:
        """GET /api/channel/

        Args:
            include_inactive: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apichannel
        """
        return self._call(
            "GET",
            "/api/channel/",
            (),
            body={
                "include_inactive": include_inactive,
            },
        )

    def post_test(
        self,
        *,
        details: dict[str, Any],
        type: Any,
    ) -> Any:
        """POST /api/channel/test

        Args:
            details: dict[str, Any]; JSON body; required.
            type: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apichanneltest
        """
        return self._call(
            "POST",
            "/api/channel/test",
            (),
            body={
                "details": details,
                "type": type,
            },
        )

    def update(
        self,
        id: int,
        *,
        active: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        type: Any | Unset = UNSET,
    ) -> Any:
        """PUT /api/channel/{id}

        Args:
            id: int; path; required.
            active: bool; JSON body; optional.
            description: str; JSON body; optional.
            details: dict[str, Any]; JSON body; optional.
            name: str; JSON body; optional.
            type: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apichannelid
        """
        return self._call(
            "PUT",
            "/api/channel/{}",
            (id,),
            body={
                "active": active,
                "description": description,
                "details": details,
                "name": name,
                "type": type,
            },
        )
