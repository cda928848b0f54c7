"""Drafts for IMAP: the folder to put them in and their ids (the message itself: connectors.drafts).

Pure functions; the connector does the I/O.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from connectors.drafts import BuiltDraft, build_draft, one_line

log = logging.getLogger(__name__)

# Looked for, in order, when the server marks no folder \Drafts (RFC 6154).
DRAFTS_NAMES = ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts", "INBOX/Drafts")
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")

__all__ = [
    "DRAFTS_NAMES",
    "DRAFT_FLAGS",
    "BuiltDraft",
    "DraftId",
    "build_draft",
    "one_line",
    "parse_appenduid",
    "pick_drafts_folder",
]

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def parse_appenduid(response: bytes | str | None) -> tuple[int, int] | None:
    """Give (uidvalidity, uid) from an APPEND response's [APPENDUID v u] code, if present."""
    if response is None:
        return None
    data = response.encode() if isinstance(response, str) else response
    match = _APPENDUID.search(data)
    return (int(match.group(1)), int(match.group(2))) if match else None


@dataclass(frozen=True)
class DraftId:
    """A draft's provider id, f"{folder}:{uidvalidity}:{uid}"."""

    folder: str
    uidvalidity: int
    uid: int

    def __str__(self) -> str:
        return f"{self.folder}:{self.uidvalidity}:{self.uid}"

    @classmethod
    def parse(cls, value: str) -> DraftId | None:
        """Give the parts of a draft id, None when it is not one of ours (folder may hold ':')."""
        folder, _, rest = value.rpartition(":")
        folder, _, validity = folder.rpartition(":")
        if not folder or not validity.isdigit() or not rest.isdigit():
            return None
        return cls(folder=folder, uidvalidity=int(validity), uid=int(rest))


FolderListing = Sequence[tuple[Sequence[bytes], object, str]]
"""imapclient's list_folders(): (flags, delimiter, name) per folder."""


def folders_with_flag(listing: FolderListing, flag: bytes) -> list[str]:
    """Give the names of folders that carry a SPECIAL-USE flag such as \\Drafts."""
    wanted = flag.lower()
    return [name for flags, _, name in listing if any(f.lower() == wanted for f in flags)]


def pick_drafts_folder(listing: FolderListing, configured: str | None) -> str | None:
    """Give the drafts folder: the configured one, the \\Drafts folder, then a common name."""
    if configured:
        return configured
    marked = folders_with_flag(listing, b"\\Drafts")
    if marked:
        return marked[0]
    names = [name for _, _, name in listing]
    for candidate in DRAFTS_NAMES:
        if candidate in names:
            return candidate
    by_lower = {name.lower(): name for name in names}
    for candidate in DRAFTS_NAMES:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def some_folders(names: Iterable[str], limit: int = 8) -> str:
    """Give a short list of folder names for an error message."""
    shown = sorted(names, key=lambda name: (name != "INBOX", name.lower()))
    text = ", ".join(shown[:limit])
    return text + (", ..." if len(shown) > limit else "") if text else "none"
