"""Routes of the 'ee-mfa' namespace (7 endpoints)."""

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
from .._schemas import (
    GetEeMfaAdminOverviewResponse,
    GetEeMfaStatusResponse,
    PostEeMfaEnrollConfirmResponse,
    PostEeMfaEnrollResponse,
    PostEeMfaRecoveryCodesResponse,
)

_GET_ADMIN_OVERVIEW = RequestSpec("GET", "/api/ee/mfa/admin/overview", ())
_GET_STATUS = RequestSpec("GET", "/api/ee/mfa/status", ())
_POST_ADMIN_REMOVE = RequestSpec("POST", "/api/ee/mfa/admin/remove", (Place("body", ("user_id",)),))
_POST_DISABLE = RequestSpec("POST", "/api/ee/mfa/disable", (Place("body", ("code",)),))
_POST_ENROLL = RequestSpec("POST", "/api/ee/mfa/enroll", (Place("body", ("password",)),))
_POST_ENROLL_CONFIRM = RequestSpec(
    "POST", "/api/ee/mfa/enroll/confirm", (Place("body", ("code",)),)
)
_POST_RECOVERY_CODES = RequestSpec(
    "POST", "/api/ee/mfa/recovery-codes", (Place("body", ("code",)),)
)


class EeMfaResource(Resource):
    """Routes of the 'ee-mfa' namespace (7 endpoints)."""

    def get_admin_overview(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMfaAdminOverviewResponse:
        """GET /api/ee/mfa/admin/overview

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemfaadminoverview
        """
        _result: GetEeMfaAdminOverviewResponse = self._call(
            _GET_ADMIN_OVERVIEW,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMfaStatusResponse:
        """GET /api/ee/mfa/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemfastatus
        """
        _result: GetEeMfaStatusResponse = self._call(
            _GET_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_admin_remove(
        self,
        *,
        user_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/mfa/admin/remove

        Args:
            user_id: JSON body; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaadminremove
        """
        return self._call(
            _POST_ADMIN_REMOVE,
            (user_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_disable(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/mfa/disable

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfadisable
        """
        return self._call(
            _POST_DISABLE,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_enroll(
        self,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaEnrollResponse:
        """POST /api/ee/mfa/enroll

        Args:
            password: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaenroll
        """
        _result: PostEeMfaEnrollResponse = self._call(
            _POST_ENROLL,
            (password,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_enroll_confirm(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaEnrollConfirmResponse:
        """POST /api/ee/mfa/enroll/confirm

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaenrollconfirm
        """
        _result: PostEeMfaEnrollConfirmResponse = self._call(
            _POST_ENROLL_CONFIRM,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_recovery_codes(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaRecoveryCodesResponse:
        """POST /api/ee/mfa/recovery-codes

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfarecovery-codes
        """
        _result: PostEeMfaRecoveryCodesResponse = self._call(
            _POST_RECOVERY_CODES,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeMfaResource(AsyncResource):
    """Routes of the 'ee-mfa' namespace, awaited (AsyncClient's)."""

    async def get_admin_overview(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMfaAdminOverviewResponse:
        """GET /api/ee/mfa/admin/overview

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemfaadminoverview
        """
        _result: GetEeMfaAdminOverviewResponse = await self._call(
            _GET_ADMIN_OVERVIEW,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMfaStatusResponse:
        """GET /api/ee/mfa/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemfastatus
        """
        _result: GetEeMfaStatusResponse = await self._call(
            _GET_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_admin_remove(
        self,
        *,
        user_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/mfa/admin/remove

        Args:
            user_id: JSON body; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaadminremove
        """
        return await self._call(
            _POST_ADMIN_REMOVE,
            (user_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_disable(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/mfa/disable

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfadisable
        """
        return await self._call(
            _POST_DISABLE,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_enroll(
        self,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaEnrollResponse:
        """POST /api/ee/mfa/enroll

        Args:
            password: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaenroll
        """
        _result: PostEeMfaEnrollResponse = await self._call(
            _POST_ENROLL,
            (password,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_enroll_confirm(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaEnrollConfirmResponse:
        """POST /api/ee/mfa/enroll/confirm

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfaenrollconfirm
        """
        _result: PostEeMfaEnrollConfirmResponse = await self._call(
            _POST_ENROLL_CONFIRM,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_recovery_codes(
        self,
        *,
        code: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeMfaRecoveryCodesResponse:
        """POST /api/ee/mfa/recovery-codes

        Args:
            code: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieemfarecovery-codes
        """
        _result: PostEeMfaRecoveryCodesResponse = await self._call(
            _POST_RECOVERY_CODES,
            (code,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeMfaResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_admin_overview(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMfaAdminOverviewResponse]: ...

        def get_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMfaStatusResponse]: ...

        def post_admin_remove(
            self,
            *,
            user_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_disable(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_enroll(
            self,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaEnrollResponse]: ...

        def post_enroll_confirm(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaEnrollConfirmResponse]: ...

        def post_recovery_codes(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaRecoveryCodesResponse]: ...

    class AsyncRawEeMfaResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_admin_overview(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMfaAdminOverviewResponse]: ...

        async def get_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMfaStatusResponse]: ...

        async def post_admin_remove(
            self,
            *,
            user_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_disable(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_enroll(
            self,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaEnrollResponse]: ...

        async def post_enroll_confirm(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaEnrollConfirmResponse]: ...

        async def post_recovery_codes(
            self,
            *,
            code: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeMfaRecoveryCodesResponse]: ...
