"""Routes of the 'metabot' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
            database_id: int; path; required; sent as 'database-id'.
            question: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-id
        """
        return self._call(
            "POST",
            "/api/metabot/database/{}",
            (database_id,),
            body={
                "question": question,
            },
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
            database_id: int; path; required; sent as 'database-id'.
            question: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotdatabasedatabase-idquery
        """
        return self._call(
            "POST",
            "/api/metabot/database/{}/query",
            (database_id,),
            body={
                "question": question,
            },
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
            feedback: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotfeedback
        """
        return self._call(
            "POST",
            "/api/metabot/feedback",
            (),
            raw_body=feedback,
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
            model_id: int; path; required; sent as 'model-id'.
            question: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotmodelmodel-id
        """
        return self._call(
            "POST",
            "/api/metabot/model/{}",
            (model_id,),
            body={
                "question": question,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
