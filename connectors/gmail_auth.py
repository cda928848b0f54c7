"""Gmail authorization: the installed-app OAuth flow and where its token is kept.

`authorize` runs Google's installed-app flow with a redirect to a one-shot
server on 127.0.0.1 (a free port), prints the consent URL through `echo`, and
stores the result. The token holds a refresh token and the client secret, so it
lives in a 0600 file inside a 0700 directory (written atomically), or in the
system keyring; a token file others can read is refused.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
import time
import urllib.parse
import webbrowser
import wsgiref.simple_server
import wsgiref.util
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from tracker.config import GmailAccount
from tracker.connector import AuthError, ConfigurationError, UnavailableError

from .gmail_errors import (
    SCOPE_CONSENT_TEXT,
    SCOPE_CONSEQUENCE,
    SCOPE_DRAFTS,
    SCOPE_READ,
    SCOPE_WORDS,
    SETUP_DOC,
    describe_http_error,
    reauthorize_hint,
    translate_api_failure,
    translate_refresh_error,
    translate_transport_error,
)

log = logging.getLogger(__name__)

SCOPES = (SCOPE_READ, SCOPE_DRAFTS)
KEYRING_SERVICE = "nextround-gmail"
_BROADER = {
    SCOPE_READ: {"https://www.googleapis.com/auth/gmail.modify", "https://mail.google.com/"},
    SCOPE_DRAFTS: {"https://www.googleapis.com/auth/gmail.modify", "https://mail.google.com/"},
}


def token_path(account: GmailAccount, data_dir: Path) -> Path:
    """Give the token file of an account: DATA_DIR/tokens/NAME.json."""
    return data_dir / "tokens" / f"{account.name}.json"


def has_scope(granted: Iterable[str] | None, scope: str) -> bool:
    """Give whether `granted` covers `scope` (None: unknown, assumed yes)."""
    if granted is None:
        return True
    granted = set(granted)
    return scope in granted or bool(granted & _BROADER.get(scope, set()))


class TokenStore(Protocol):
    """Somewhere to keep one account's authorized-user info (a JSON object)."""

    def load(self) -> dict[str, Any] | None:
        """Give the stored info, or None when nothing is stored."""
        ...

    def save(self, info: dict[str, Any]) -> None: ...


class FileTokenStore:
    """A token file: 0600 inside a 0700 directory, replaced atomically."""

    def __init__(self, path: Path, *, account: str) -> None:
        self.path = path
        self.account = account

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    def load(self) -> dict[str, Any] | None:
        try:
            mode = stat.S_IMODE(self.path.stat().st_mode)
        except FileNotFoundError:
            return None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigurationError(
                f"the Gmail token {self.path} is open to other users (mode {mode:o}); "
                f"run `chmod 600 {self.path}`",
                account=self.account,
            )
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            info = None
        if not isinstance(info, dict):
            raise ConfigurationError(
                f"the Gmail token {self.path} cannot be read; delete it and "
                f"{reauthorize_hint(self.account)}",
                account=self.account,
            )
        return info

    def save(self, info: dict[str, Any]) -> None:
        folder = self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        # mkstemp creates the file 0600 before anything is written to it, and
        # os.replace swaps it in whole: no moment where a reader sees half a token.
        handle, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{self.path.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(info, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise


class KeyringTokenStore:
    """The token in the system keyring (service "nextround-gmail", user = account name)."""

    def __init__(self, *, account: str) -> None:
        self.account = account

    def __repr__(self) -> str:
        return f"KeyringTokenStore({self.account!r})"

    def load(self) -> dict[str, Any] | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(KEYRING_SERVICE, self.account)
        except KeyringError as error:
            raise self._unavailable(error) from None
        if not value:
            return None
        try:
            info = json.loads(value)
        except ValueError:
            info = None
        if not isinstance(info, dict):
            raise ConfigurationError(
                f"the Gmail token in the keyring ({KEYRING_SERVICE}/{self.account}) cannot be "
                f"read; {reauthorize_hint(self.account)}",
                account=self.account,
            )
        return info

    def save(self, info: dict[str, Any]) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, self.account, json.dumps(info))
        except KeyringError as error:
            raise self._unavailable(error) from None

    def _unavailable(self, error: Exception) -> ConfigurationError:
        return ConfigurationError(
            f"the system keyring is not available ({type(error).__name__}); "
            'set token_store = "file" for this account or install a keyring backend',
            account=self.account,
        )


def token_store_for(account: GmailAccount, *, data_dir: Path) -> TokenStore:
    """Give the token store the account's token_store setting names."""
    if account.token_store == "keyring":
        return KeyringTokenStore(account=account.name)
    return FileTokenStore(token_path(account, data_dir), account=account.name)


def load_credentials(
    account: GmailAccount, *, data_dir: Path, store: TokenStore | None = None
) -> Any:
    """Give google.oauth2 Credentials from the stored token. Raises ConnectorError."""
    from google.oauth2.credentials import Credentials

    store = store or token_store_for(account, data_dir=data_dir)
    info = store.load()
    if info is None:
        raise AuthError(
            f"Gmail is not authorized yet; run `nextround auth gmail --account {account.name}`",
            account=account.name,
        )
    try:
        return Credentials.from_authorized_user_info(info)  # type: ignore[no-untyped-call]
    except ValueError:
        raise ConfigurationError(
            f"the saved Gmail token lacks required fields; {reauthorize_hint(account.name)}",
            account=account.name,
        ) from None


def authorize(
    account: GmailAccount,
    *,
    data_dir: Path,
    echo: Callable[[str], None],
    open_browser: bool = False,
    flow: Any = None,
    http: Any = None,
    store: TokenStore | None = None,
    timeout: float = 300.0,
) -> str:
    """Give a one-line summary after running the OAuth flow and storing the token.

    `flow` (a google_auth_oauthlib Flow) and `http` (for the profile call) are
    injected by tests; by default the flow comes from the account's client_secrets.
    """
    if flow is None:
        flow = _flow_from_client_secrets(account)
    store = store or token_store_for(account, data_dir=data_dir)
    with _RedirectCatcher() as catcher:
        flow.redirect_uri = catcher.redirect_uri
        # prompt=consent: Google sends a refresh token only on a fresh consent.
        url, _state = flow.authorization_url(prompt="consent")
        echo(f"Open this URL in a browser to authorize nextround for Gmail account {account.name}:")
        echo(url)
        echo(
            f"Waiting for Google to redirect to {catcher.redirect_uri} (on a remote machine: "
            f"ssh -L {catcher.port}:127.0.0.1:{catcher.port} HOST, then open the URL locally)."
        )
        if open_browser:
            webbrowser.open(url, new=1)
        response = catcher.wait(timeout)
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(response).query)
    if "error" in params:
        raise AuthError(
            f"Google did not authorize nextround ({params['error'][0]}); run "
            f"`nextround auth gmail --account {account.name}` again and allow access",
            account=account.name,
        )
    credentials = _exchange_code(flow, response, account=account.name)
    granted = set(credentials.granted_scopes or credentials.scopes or SCOPES)
    usable = [scope for scope in SCOPES if has_scope(granted, scope)]
    if not usable:
        raise AuthError(
            "no Gmail access was granted, so nextround can neither scan nor save drafts; "
            f"{reauthorize_hint(account.name)} and tick every box",
            account=account.name,
        )
    address = _profile_address(account, credentials, http)
    info = json.loads(credentials.to_json())
    info["scopes"] = sorted(granted)
    store.save(info)
    summary = (
        f"Authorized gmail account {account.name} as {address} "
        f"(scopes: {', '.join(SCOPE_WORDS[s] for s in usable)})"
    )
    missing = [scope for scope in SCOPES if scope not in usable]
    for scope in missing:
        summary += (
            f"; {SCOPE_WORDS[scope]} access was not granted, so {SCOPE_CONSEQUENCE[scope]}: "
            f'{reauthorize_hint(account.name)} and tick "{SCOPE_CONSENT_TEXT[scope]}"'
        )
    return summary


def _flow_from_client_secrets(account: GmailAccount) -> Any:
    from google_auth_oauthlib.flow import InstalledAppFlow

    path = account.client_secrets
    if path is None or not path.is_file():
        where = "is not set" if path is None else f"names {path}, which does not exist"
        raise ConfigurationError(
            f"client_secrets {where}; create a Desktop OAuth client and download its JSON as "
            f"{SETUP_DOC} describes (README: Gmail setup)",
            account=account.name,
        )
    try:
        return InstalledAppFlow.from_client_secrets_file(str(path), scopes=list(SCOPES))
    except (ValueError, OSError, KeyError):
        raise ConfigurationError(
            f"{path} is not the client secrets JSON of a Desktop OAuth client; download it "
            f"again as {SETUP_DOC} describes",
            account=account.name,
        ) from None


@contextlib.contextmanager
def _relaxed_token_scope() -> Iterator[None]:
    """Let oauthlib accept fewer scopes than asked, so we can say which one is missing."""
    previous = os.environ.get("OAUTHLIB_RELAX_TOKEN_SCOPE")
    os.environ["OAUTHLIB_RELAX_TOKEN_SCOPE"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("OAUTHLIB_RELAX_TOKEN_SCOPE", None)
        else:
            os.environ["OAUTHLIB_RELAX_TOKEN_SCOPE"] = previous


def _exchange_code(flow: Any, response: str, *, account: str) -> Any:
    """Give the Credentials for the code in the redirect Google sent back."""
    import requests
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    # oauthlib insists on https for the redirect; ours is http on loopback by design.
    secure = "https" + response[len("http") :] if response.startswith("http:") else response
    try:
        with _relaxed_token_scope():
            flow.fetch_token(authorization_response=secure)
    except OAuth2Error as error:
        raise AuthError(
            f"Google refused the authorization code ({error.error}); "
            f"run `nextround auth gmail --account {account}` again",
            account=account,
        ) from None
    except requests.RequestException as error:
        token_uri = flow.client_config.get("token_uri", "the token endpoint")
        raise translate_transport_error(error, account=account, endpoint=token_uri) from None
    return flow.credentials


def _profile_address(account: GmailAccount, credentials: Any, http: Any) -> str:
    """Give the mailbox address the new authorization opens (users.getProfile)."""
    import httplib2
    from google.auth.exceptions import RefreshError, TransportError
    from google_auth_httplib2 import AuthorizedHttp
    from googleapiclient.discovery import build
    from googleapiclient.errors import HttpError

    endpoint = (
        account.api_endpoint if account.api_endpoint.endswith("/") else account.api_endpoint + "/"
    )
    authed = AuthorizedHttp(
        credentials, http=http if http is not None else httplib2.Http(timeout=30)
    )
    try:
        service = build(
            "gmail",
            "v1",
            http=authed,
            client_options={"api_endpoint": endpoint},
            cache_discovery=False,
            static_discovery=True,
        )
        profile = service.users().getProfile(userId="me").execute()
    except HttpError as error:
        raise translate_api_failure(
            describe_http_error(error),
            account=account.name,
            action="read the mailbox profile",
            scope=SCOPE_READ,
        ) from None
    except RefreshError as error:
        raise translate_refresh_error(error, account=account.name) from None
    except (TransportError, httplib2.HttpLib2Error, OSError) as error:
        raise translate_transport_error(error, account=account.name, endpoint=endpoint) from None
    return str(profile.get("emailAddress") or "an unknown address")


class _RedirectCatcher:
    """A one-shot HTTP server on 127.0.0.1 that receives Google's redirect."""

    def __init__(self) -> None:
        self.response: str | None = None
        self._server = wsgiref.simple_server.make_server(
            "127.0.0.1", 0, self._app, handler_class=_QuietHandler
        )
        self.port = int(self._server.server_port)
        self.redirect_uri = f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> _RedirectCatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.server_close()

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        if "code" not in query and "error" not in query:
            # A browser also asks for /favicon.ico; that is not the redirect.
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"not the OAuth redirect"]
        self.response = wsgiref.util.request_uri(environ)
        start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
        return [b"nextround: done. You can close this tab and return to the terminal."]

    def wait(self, timeout: float) -> str:
        """Give the redirect URL once Google's redirect arrives (UnavailableError on timeout)."""
        deadline = time.monotonic() + timeout
        while self.response is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UnavailableError(
                    f"no answer from the browser within {timeout:.0f}s; run `nextround auth "
                    "gmail` again and open the URL it prints"
                )
            self._server.timeout = remaining
            self._server.handle_request()
        return self.response


class _QuietHandler(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        # The request line carries the authorization code: never log it.
        pass
