"""Routes of the 'metabot' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class MetabotResource(Resource):
    """Routes of the 'metabot' namespace (4 endpoints)."""

    def post_database_by_database_id(
        self,
        database_id: int,
        *,
        question: str,
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
        )

    def post_database_query(
        self,
        database_id: int,
        *,
        question: str,
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
        )

    def post_feedback(
        self,
        *,
        feedback: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/metabot/feedback

        Args:
            feedback: Any; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metabot#post-apimetabotfeedback
        """
        return self._call(
            "POST",
            "/api/metabot/feedback",
            (),
            body={
                "feedback": feedback,
            },
        )

    def post_model_by_model_id(
        self,
        model_id: int,
        *,
        question: str,
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
        )
