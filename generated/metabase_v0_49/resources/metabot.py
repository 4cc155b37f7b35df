"""Routes of the 'metabot' namespace (4 endpoints)."""

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

_POST_DATABASE_BY_DATABASE_ID = RequestSpec(
    "POST",
    "/api/metabot/database/{}",
    (
        Place("path"),
        Place("body", ("question",)),
    ),
)
_POST_DATABASE_QUERY = RequestSpec(
    "POST",
    "/api/metabot/database/{}/query",
    (
        Place("path"),
        Place("body", ("question",)),
    ),
)
_POST_FEEDBACK = RequestSpec("POST", "/api/metabot/feedback", (Place("body", whole=True),))
_POST_MODEL_BY_MODEL_ID = RequestSpec(
    "POST",
    "/api/metabot/model/{}",
    (
        Place("path"),
        Place("body", ("question",)),
    ),
)


class MetabotResource(Resource):
    """Routes of the 'metabot' namespace (4 endpoints)."""

    def post_database_by_database_id(
        self,
        database_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/database/:database-id

        Args:
            database_id: path; required; must be > 0; sent as 'database-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-id
        """
        return self._call(
            _POST_DATABASE_BY_DATABASE_ID,
            (database_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_database_query(
        self,
        database_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/database/:database-id/query

        Args:
            database_id: path; required; must be > 0; sent as 'database-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-idquery
        """
        return self._call(
            _POST_DATABASE_QUERY,
            (database_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_feedback(
        self,
        *,
        feedback: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/feedback

        Args:
            feedback: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotfeedback
        """
        return self._call(
            _POST_FEEDBACK,
            (feedback,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_model_by_model_id(
        self,
        model_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/model/:model-id

        Args:
            model_id: path; required; must be > 0; sent as 'model-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotmodelmodel-id
        """
        return self._call(
            _POST_MODEL_BY_MODEL_ID,
            (model_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncMetabotResource(AsyncResource):
    """Routes of the 'metabot' namespace, awaited (AsyncClient's)."""

    async def post_database_by_database_id(
        self,
        database_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/database/:database-id

        Args:
            database_id: path; required; must be > 0; sent as 'database-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-id
        """
        return await self._call(
            _POST_DATABASE_BY_DATABASE_ID,
            (database_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_database_query(
        self,
        database_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/database/:database-id/query

        Args:
            database_id: path; required; must be > 0; sent as 'database-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-idquery
        """
        return await self._call(
            _POST_DATABASE_QUERY,
            (database_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_feedback(
        self,
        *,
        feedback: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/feedback

        Args:
            feedback: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotfeedback
        """
        return await self._call(
            _POST_FEEDBACK,
            (feedback,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_model_by_model_id(
        self,
        model_id: int,
        *,
        question: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/model/:model-id

        Args:
            model_id: path; required; must be > 0; sent as 'model-id'.
            question: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotmodelmodel-id
        """
        return await self._call(
            _POST_MODEL_BY_MODEL_ID,
            (model_id, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawMetabotResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_database_by_database_id(
            self,
            database_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_database_query(
            self,
            database_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_feedback(
            self,
            *,
            feedback: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_model_by_model_id(
            self,
            model_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawMetabotResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_database_by_database_id(
            self,
            database_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_database_query(
            self,
            database_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_feedback(
            self,
            *,
            feedback: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_model_by_model_id(
            self,
            model_id: int,
            *,
            question: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
