"""Routes of the 'widget' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import Mbql5DatasetQuery, MbqlNativeDatasetQuery, MbqlStructuredDatasetQuery


class WidgetResource(Resource):
    """Routes of the 'widget' namespace (7 endpoints)."""

    def create(
        self,
        *,
        name: str,
        tags: List[str],
        from_: int,
        options: dict[str, Any] | None | Unset = UNSET,
        class_: str | None | Unset = UNSET,
        dataset_query: (
            Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/widget/

        Create a widget. You must be a superuser to do this.

        Args:
            name: str; JSON body; required; must not be blank.
            tags: list[str]; JSON body; required; must not be blank; must not be empty.
            options: dict[str, Any] | None; JSON body; optional; None sends null.
            class_: str | None; JSON body; optional; None sends null; sent as 'class'.
            dataset_query: Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery; JSON body; optional.
            from_: int; JSON body; required; sent as 'from'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#post-apiwidget
        """
        return self._call(
            "POST",
            "/api/widget/",
            (),
            body={
                "name": name,
                "tags": tags,
                "options": options,
                "class": class_,
                "dataset_query": dataset_query,
                "from": from_,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/widget/:id is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/widget/:id

        Remove a widget. (DEPRECATED -- widgets are archived now.)

        Args:
            id: int; path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#delete-apiwidgetid
        """
        return self._call(
            "DELETE",
            "/api/widget/{}",
            (id,),
            deprecated="DELETE /api/widget/:id is deprecated by Metabase",
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/:id

        Fetch one widget.

        Args:
            id: int; path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetid
        """
        return self._call(
            "GET",
            "/api/widget/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_parts(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/card__:id/parts

        Parts of a virtual widget.

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetcard__idparts
        """
        return self._call(
            "GET",
            "/api/widget/card__{}/parts",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_parts(
        self,
        virtual_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/:virtual-id/parts

        Parts of a widget by its virtual id.

        Args:
            virtual_id: int; path; required; sent as 'virtual-id'.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidgetvirtual-idparts
        """
        return self._call(
            "GET",
            "/api/widget/{}/parts",
            (virtual_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        f: Literal["all", "mine", "shared"] | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        hidden: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/widget/

        List widgets. Filter with `f`:

            ;; an indented code block inside a description
            GET /api/widget/?f=mine

           * a list inside the description
           * that is not a parameter list

        Args:
            f: Literal['all', 'mine', 'shared'] | None; query string; optional; may be None; one of 'all', 'mine', 'shared'.
            page_size: int | None; query string; optional; may be None; must be > 0.
            hidden: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#get-apiwidget
        """
        return self._call(
            "GET",
            "/api/widget/",
            (),
            query={
                "f": f,
                "page_size": page_size,
                "hidden": hidden,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        mode: bool,
        title: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/widget/:id

        Update a widget.

        Args:
            id: int; path; required.
            title: str | None; JSON body; optional; None sends null; must not be blank.
            mode: bool; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.99/api-documentation#put-apiwidgetid
        """
        return self._call(
            "PUT",
            "/api/widget/{}",
            (id,),
            body={
                "title": title,
                "mode": mode,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
