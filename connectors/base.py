"""The connector protocol, for connector authors.

The definitions live in `tracker.connector` so the core can type what it is
handed without importing this package; they are re-exported here.
"""

from tracker.connector import (
    AuthError,
    ConfigurationError,
    Connector,
    ConnectorError,
    Cursor,
    DraftReply,
    FetchedMessage,
    ProtocolError,
    QuotaError,
    ScanBatch,
    UnavailableError,
)

__all__ = [
    "AuthError",
    "ConfigurationError",
    "Connector",
    "ConnectorError",
    "Cursor",
    "DraftReply",
    "FetchedMessage",
    "ProtocolError",
    "QuotaError",
    "ScanBatch",
    "UnavailableError",
]
