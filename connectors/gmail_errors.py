"""Gmail failures in the user's words: the one place library errors become ConnectorErrors.

googleapiclient raises HttpError for API answers, google.auth raises RefreshError
and TransportError around tokens, httplib2 and the socket layer raise their own.
`connectors.gmail` and `connectors.gmail_auth` hand all of them here; nothing
above the connector sees a library exception.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tracker.connector import (
    AuthError,
    ConfigurationError,
    ConnectorError,
    ProtocolError,
    QuotaError,
    UnavailableError,
)

SCOPE_READ = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_DRAFTS = "https://www.googleapis.com/auth/gmail.compose"

SCOPE_WORDS = {SCOPE_READ: "read", SCOPE_DRAFTS: "drafts"}
"""Short names for the summary line of `nextround auth gmail`."""

SCOPE_CONSENT_TEXT = {
    SCOPE_READ: "View your email messages and settings",
    SCOPE_DRAFTS: "Manage drafts and send emails",
}
"""The box each scope shows on Google's consent screen, so users know which to tick."""

SCOPE_CONSEQUENCE = {
    SCOPE_READ: "scans cannot read your mail",
    SCOPE_DRAFTS: "follow-up drafts cannot be saved",
}

SETUP_DOC = "docs/gmail-setup.md"

_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
_SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
_DISABLED_REASONS = frozenset({"accessNotConfigured", "SERVICE_DISABLED"})
_DAILY_REASONS = frozenset({"dailyLimitExceeded", "quotaExceeded"})


@dataclass(frozen=True)
class ApiFailure:
    """What an error answer from the Gmail API said, reduced to what decides our reaction."""

    status: int
    reason: str | None
    message: str
    retry_after: float | None = None

    @property
    def retryable(self) -> bool:
        """Give whether waiting and asking again can succeed (rate limits, server trouble)."""
        if self.status == 429 or self.status >= 500:
            return True
        return self.status == 403 and self.reason in _RATE_REASONS


def describe_http_error(error: Any) -> ApiFailure:
    """Give the ApiFailure of a googleapiclient HttpError (status, Google's reason, message)."""
    status = int(getattr(error.resp, "status", 0) or 0)
    content = getattr(error, "content", b"") or b""
    reason: str | None = None
    message = ""
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        data = None
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        body = data["error"]
        message = str(body.get("message") or "")
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            reason = errors[0].get("reason")
        for detail in body.get("details") or []:
            found = detail.get("reason") if isinstance(detail, dict) else None
            # google.rpc.ErrorInfo names scope and API-disabled problems more exactly.
            if found in _SCOPE_REASONS | _DISABLED_REASONS or (reason is None and found):
                reason = str(found)
        if reason is None and body.get("status"):
            reason = str(body["status"])
    retry_after: float | None = None
    header = error.resp.get("retry-after") if hasattr(error.resp, "get") else None
    if header is not None:
        try:
            retry_after = max(0.0, float(header))
        except ValueError:
            retry_after = None
    # Google's messages are plain sentences; cut them so a stray HTML page cannot flood a log.
    return ApiFailure(status, reason, " ".join(message.split())[:200], retry_after)


def reauthorize_hint(account: str) -> str:
    return f"run `nextround auth gmail --account {account}` again"


def scope_missing(account: str, scope: str) -> AuthError:
    """Give the AuthError for a scope the user did not grant, naming what will not work."""
    word = SCOPE_WORDS.get(scope, scope)
    return AuthError(
        f"the Gmail authorization does not include {word} access ({scope}), so "
        f"{SCOPE_CONSEQUENCE.get(scope, 'this cannot work')}; {reauthorize_hint(account)} "
        f'and tick "{SCOPE_CONSENT_TEXT.get(scope, scope)}"',
        account=account,
    )


def translate_api_failure(
    failure: ApiFailure, *, account: str, action: str, scope: str, attempts: int = 1
) -> ConnectorError:
    """Give the ConnectorError for an API error answer to `action` (e.g. "list messages")."""
    tried = f" after {attempts} tries" if attempts > 1 else ""
    detail = f" ({failure.message})" if failure.message else ""
    if failure.status == 401:
        return AuthError(
            f"Gmail refused the saved authorization while trying to {action}; "
            f"{reauthorize_hint(account)}",
            account=account,
        )
    if failure.status == 403 and (
        failure.reason in _SCOPE_REASONS or "insufficient authentication scopes" in failure.message
    ):
        return scope_missing(account, scope)
    if failure.status == 403 and failure.reason in _DISABLED_REASONS:
        return ConfigurationError(
            "the Gmail API is not enabled in the Google Cloud project of your OAuth client; "
            f"enable it as {SETUP_DOC} describes, then scan again",
            account=account,
        )
    if failure.status == 403 and failure.reason in _DAILY_REASONS:
        return QuotaError(
            f"Gmail's daily quota for your OAuth client is used up{detail}; try again tomorrow",
            account=account,
        )
    if failure.status == 429 or (failure.status == 403 and failure.reason in _RATE_REASONS):
        return QuotaError(
            f"Gmail is rate limiting this account{tried} while trying to {action}; "
            "wait a few minutes and scan again",
            account=account,
        )
    if failure.status == 403:
        return AuthError(
            f"Gmail refused to {action}{detail}; {reauthorize_hint(account)} if this persists",
            account=account,
        )
    if failure.status >= 500:
        return UnavailableError(
            f"Gmail had a server error ({failure.status}){tried} while trying to {action}; "
            "try again later",
            account=account,
        )
    return ProtocolError(
        f"Gmail answered {failure.status} when asked to {action}{detail}", account=account
    )


def translate_refresh_error(error: Any, *, account: str) -> AuthError:
    """Give the AuthError for a google.auth RefreshError (expired, revoked, bad client)."""
    code = None
    for argument in getattr(error, "args", ())[1:]:
        if isinstance(argument, dict) and argument.get("error"):
            code = str(argument["error"])
    if code is None and str(error).startswith("invalid_grant"):
        code = "invalid_grant"
    if code == "invalid_grant":
        return AuthError(
            "the Gmail authorization has expired or was revoked; "
            f"{reauthorize_hint(account)}. If your OAuth client's consent screen is in "
            '"Testing" status, Google expires its authorizations after 7 days: set its '
            f'publishing status to "In production" ({SETUP_DOC})',
            account=account,
        )
    if code == "invalid_client":
        return AuthError(
            "Google no longer knows the OAuth client of the saved authorization (was it "
            f"deleted?); download its client_secrets again and {reauthorize_hint(account)}",
            account=account,
        )
    shown = f" ({code})" if code else ""
    return AuthError(
        f"Google refused to renew the Gmail authorization{shown}; {reauthorize_hint(account)}",
        account=account,
    )


def translate_transport_error(
    error: BaseException, *, account: str, endpoint: str
) -> UnavailableError:
    """Give the UnavailableError for a connection that failed, timed out or dropped."""
    return UnavailableError(
        f"cannot reach Gmail at {endpoint} ({type(error).__name__}); "
        "check the network connection (and api_endpoint) and scan again",
        account=account,
    )
