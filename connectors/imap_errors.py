"""The one place where imapclient, imaplib, ssl and socket errors become ConnectorErrors.

Every message is one sentence a person can act on, names the account's host
and never contains a password (server text from a failed LOGIN is dropped).
"""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from imapclient.exceptions import LoginError

from tracker.connector import (
    AuthError,
    ConfigurationError,
    ConnectorError,
    ProtocolError,
    UnavailableError,
)

if TYPE_CHECKING:
    from tracker.config import ImapAccount

_SERVER_TEXT_LIMIT = 200


def _server_text(error: BaseException) -> str:
    text = str(error).strip()
    return text if len(text) <= _SERVER_TEXT_LIMIT else text[:_SERVER_TEXT_LIMIT] + "..."


def describe_certificate_error(account: ImapAccount, error: ssl.SSLCertVerificationError) -> str:
    """Give the sentence for a server certificate that did not verify."""
    reason = error.verify_message or _server_text(error)
    where = f"{account.host}:{account.effective_port}"
    if account.ca_file:
        return (
            f"the TLS certificate of {where} did not verify against ca_file {account.ca_file} "
            f"({reason}); point ca_file at the CA certificate that signed the server's"
        )
    return (
        f"the TLS certificate of {where} is not trusted by the system CAs ({reason}); "
        f"if the server uses a private or self-signed certificate, set ca_file to it"
    )


@contextmanager
def imap_boundary(account: ImapAccount, action: str) -> Iterator[None]:
    """Run the block, translating library errors raised by it into ConnectorErrors.

    `action` completes "... while <action>" in messages, e.g. "scanning INBOX".
    """
    name = account.name
    where = f"{account.host}:{account.effective_port}"
    try:
        yield
    except ConnectorError:
        raise
    except LoginError:
        raise AuthError(
            f"{account.host} refused the login of {account.username!r}; "
            f"check username and password_command",
            account=name,
        ) from None
    except ssl.SSLCertVerificationError as error:
        raise ConfigurationError(describe_certificate_error(account, error), account=name) from None
    except (ssl.SSLEOFError, ssl.SSLZeroReturnError):
        raise UnavailableError(
            f"the connection to {where} dropped while {action}; "
            f"everything stored so far is kept and the next scan resumes from there",
            account=name,
        ) from None
    except ssl.SSLError as error:
        raise UnavailableError(
            f"the TLS handshake with {where} failed while {action} ({error.reason or error}); "
            f"check port and security (tls on 993, starttls on 143)",
            account=name,
        ) from None
    except imaplib.IMAP4.abort as error:
        raise UnavailableError(
            f"the connection to {where} dropped while {action} ({_server_text(error)}); "
            f"everything stored so far is kept and the next scan resumes from there",
            account=name,
        ) from None
    except imaplib.IMAP4.error as error:
        raise ProtocolError(
            f"{account.host} refused a command while {action}: {_server_text(error)}",
            account=name,
        ) from None
    except socket.gaierror:
        raise UnavailableError(
            f"cannot find the IMAP server {account.host!r}; check host and your network",
            account=name,
        ) from None
    except ConnectionRefusedError:
        raise UnavailableError(
            f"{where} refused the connection; check host, port and that the server is running",
            account=name,
        ) from None
    except TimeoutError:
        raise UnavailableError(
            f"{where} did not answer within {account.timeout.total_seconds():.0f} s while "
            f"{action}; try again later or raise timeout",
            account=name,
        ) from None
    except (OSError, EOFError) as error:
        detail = getattr(error, "strerror", None) or type(error).__name__
        raise UnavailableError(
            f"the connection to {where} failed while {action} ({detail}); "
            f"everything stored so far is kept and the next scan resumes from there",
            account=name,
        ) from None
