"""Routes of the 'setting' namespace (4 endpoints)."""

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
from .._schemas import (
    CustomGeoJSONMap,
    EnterpriseSettingValue,
    EnterpriseSettingValue2,
    EnterpriseSettingValue3,
    EnterpriseSettingValueValueValue,
    FontFile,
    FormattingSettings,
    OpenAiModel,
    PasswordComplexity,
    SettingDefinition,
    TimeoutValue,
    TokenFeatures,
    TokenStatus,
    UploadsSettings,
    Version,
    VersionInfo,
)

_GET = RequestSpec("GET", "/api/setting/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/setting/", ())
_UPDATE = RequestSpec(
    "PUT",
    "/api/setting/{}",
    (
        Place("path"),
        Place("body", ("value",)),
    ),
)
_UPDATE_ALL = RequestSpec("PUT", "/api/setting/", (Place("body", whole=True),))


class SettingResource(Resource):
    """Routes of the 'setting' namespace (4 endpoints)."""

    def get(
        self,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        str
        | int
        | float
        | bool
        | List[str]
        | dict[str, str]
        | TimeoutValue
        | dict[str, List[int | float]]
        | dict[str, EnterpriseSettingValueValueValue]
        | UploadsSettings
        | List[FontFile]
        | List[List[Any]]
        | FormattingSettings
        | dict[str, CustomGeoJSONMap]
        | EnterpriseSettingValue
        | PasswordComplexity
        | TokenFeatures
        | Version
        | EnterpriseSettingValue2
        | TokenStatus
        | VersionInfo
        | EnterpriseSettingValue3
        | List[OpenAiModel]
        | None
    ):
        """GET /api/setting/:key

        Args:
            key: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#get-apisettingkey
        """
        _result: (
            str
            | int
            | float
            | bool
            | List[str]
            | dict[str, str]
            | TimeoutValue
            | dict[str, List[int | float]]
            | dict[str, EnterpriseSettingValueValueValue]
            | UploadsSettings
            | List[FontFile]
            | List[List[Any]]
            | FormattingSettings
            | dict[str, CustomGeoJSONMap]
            | EnterpriseSettingValue
            | PasswordComplexity
            | TokenFeatures
            | Version
            | EnterpriseSettingValue2
            | TokenStatus
            | VersionInfo
            | EnterpriseSettingValue3
            | List[OpenAiModel]
            | None
        ) = self._call(
            _GET,
            (key,),
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
    ) -> List[SettingDefinition]:
        """GET /api/setting/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#get-apisetting
        """
        _result: List[SettingDefinition] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        key: str,
        *,
        value: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/setting/:key

        Args:
            key: path; required.
            value: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#put-apisettingkey
        """
        return self._call(
            _UPDATE,
            (key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_all(
        self,
        *,
        settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/setting/

        Args:
            settings: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#put-apisetting
        """
        return self._call(
            _UPDATE_ALL,
            (settings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSettingResource(AsyncResource):
    """Routes of the 'setting' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        str
        | int
        | float
        | bool
        | List[str]
        | dict[str, str]
        | TimeoutValue
        | dict[str, List[int | float]]
        | dict[str, EnterpriseSettingValueValueValue]
        | UploadsSettings
        | List[FontFile]
        | List[List[Any]]
        | FormattingSettings
        | dict[str, CustomGeoJSONMap]
        | EnterpriseSettingValue
        | PasswordComplexity
        | TokenFeatures
        | Version
        | EnterpriseSettingValue2
        | TokenStatus
        | VersionInfo
        | EnterpriseSettingValue3
        | List[OpenAiModel]
        | None
    ):
        """GET /api/setting/:key

        Args:
            key: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#get-apisettingkey
        """
        _result: (
            str
            | int
            | float
            | bool
            | List[str]
            | dict[str, str]
            | TimeoutValue
            | dict[str, List[int | float]]
            | dict[str, EnterpriseSettingValueValueValue]
            | UploadsSettings
            | List[FontFile]
            | List[List[Any]]
            | FormattingSettings
            | dict[str, CustomGeoJSONMap]
            | EnterpriseSettingValue
            | PasswordComplexity
            | TokenFeatures
            | Version
            | EnterpriseSettingValue2
            | TokenStatus
            | VersionInfo
            | EnterpriseSettingValue3
            | List[OpenAiModel]
            | None
        ) = await self._call(
            _GET,
            (key,),
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
    ) -> List[SettingDefinition]:
        """GET /api/setting/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#get-apisetting
        """
        _result: List[SettingDefinition] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        key: str,
        *,
        value: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/setting/:key

        Args:
            key: path; required.
            value: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#put-apisettingkey
        """
        return await self._call(
            _UPDATE,
            (key, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_all(
        self,
        *,
        settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/setting/

        Args:
            settings: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/setting#put-apisetting
        """
        return await self._call(
            _UPDATE_ALL,
            (settings,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSettingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            str
            | int
            | float
            | bool
            | List[str]
            | dict[str, str]
            | TimeoutValue
            | dict[str, List[int | float]]
            | dict[str, EnterpriseSettingValueValueValue]
            | UploadsSettings
            | List[FontFile]
            | List[List[Any]]
            | FormattingSettings
            | dict[str, CustomGeoJSONMap]
            | EnterpriseSettingValue
            | PasswordComplexity
            | TokenFeatures
            | Version
            | EnterpriseSettingValue2
            | TokenStatus
            | VersionInfo
            | EnterpriseSettingValue3
            | List[OpenAiModel]
            | None
        ]: ...

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[SettingDefinition]]: ...

        def update(
            self,
            key: str,
            *,
            value: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_all(
            self,
            *,
            settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSettingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            str
            | int
            | float
            | bool
            | List[str]
            | dict[str, str]
            | TimeoutValue
            | dict[str, List[int | float]]
            | dict[str, EnterpriseSettingValueValueValue]
            | UploadsSettings
            | List[FontFile]
            | List[List[Any]]
            | FormattingSettings
            | dict[str, CustomGeoJSONMap]
            | EnterpriseSettingValue
            | PasswordComplexity
            | TokenFeatures
            | Version
            | EnterpriseSettingValue2
            | TokenStatus
            | VersionInfo
            | EnterpriseSettingValue3
            | List[OpenAiModel]
            | None
        ]: ...

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[SettingDefinition]]: ...

        async def update(
            self,
            key: str,
            *,
            value: Any | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_all(
            self,
            *,
            settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
