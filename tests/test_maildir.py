"""The Maildir and mbox connector on real files: incremental scans, read-only, drafts that thread."""

from __future__ import annotations

import email
import mailbox
import os
from email import policy
from pathlib import Path

import pytest
from mailfactory import deliver, job_mail, make_maildir

from connectors.maildir import MaildirConnector, MboxConnector, open_maildir
from tracker.config import MaildirAccount
from tracker.connector import ConfigurationError, DraftReply


def all_ids(
    connector: MaildirConnector | MboxConnector, cursor: dict[str, object] | None
) -> tuple[list[str], dict[str, object]]:
    ids: list[str] = []
    last: dict[str, object] = dict(cursor or {})
    for batch in connector.scan(cursor):
        ids += [m.provider_id for m in batch.messages]
        last = dict(batch.cursor)
    return ids, last


def file_state(path: Path) -> dict[str, float]:
    return {str(p.relative_to(path)): p.stat().st_mtime for p in path.rglob("*") if p.is_file()}


def test_scan_reads_everything_once_then_only_new_mail(tmp_path: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    for n in range(7):
        deliver(box, job_mail("applied", key=f"m{n}"))
    connector = MaildirConnector("local", tmp_path / "Mail", batch_size=3)
    batches = list(connector.scan(None))
    assert [len(b.messages) for b in batches] == [3, 3, 1]
    assert batches[-1].done == 7 and batches[-1].total == 7
    first, cursor = all_ids(connector, None)
    assert len(set(first)) == 7
    assert all_ids(connector, cursor)[0] == []
    key = deliver(box, job_mail("rejection", key="new1"))
    # mail whose Date and mtime are old but that was delivered now is still new
    path = next((tmp_path / "Mail" / "new").glob(key + "*"))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    newer, cursor = all_ids(connector, cursor)
    assert newer == [f"INBOX/{key}"]
    assert all_ids(connector, cursor)[0] == []


def test_scan_changes_nothing_in_the_maildir(tmp_path: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    for n in range(3):
        deliver(box, job_mail("applied", key=f"m{n}"))
    before = file_state(tmp_path / "Mail")
    all_ids(MaildirConnector("local", tmp_path / "Mail"), None)
    assert file_state(tmp_path / "Mail") == before  # nothing moved from new/ to cur/, no flags


def test_sent_folder_marks_mail_as_the_users_and_drafts_are_not_scanned(tmp_path: Path) -> None:
    box = make_maildir(tmp_path / "Mail")
    deliver(box, job_mail("applied", key="in"))
    box.add_folder("Sent").add(job_mail("applied", key="out"))
    box.get_folder("Drafts").add(job_mail("applied", key="draft"))
    messages = [
        m for b in MaildirConnector("local", tmp_path / "Mail").scan(None) for m in b.messages
    ]
    by_id = {email.message_from_bytes(m.raw)["Message-ID"]: m for m in messages}
    assert set(by_id) == {"<in@test.nextround.invalid>", "<out@test.nextround.invalid>"}
    assert by_id["<out@test.nextround.invalid>"].sent_by_user
    assert not by_id["<in@test.nextround.invalid>"].sent_by_user


def test_not_a_maildir_is_a_clear_error(tmp_path: Path) -> None:
    connector = open_maildir(
        MaildirAccount(name="x", kind="maildir", path=tmp_path), data_dir=tmp_path
    )
    with pytest.raises(ConfigurationError, match="is not a Maildir"):
        list(connector.scan(None))


def reply(**changes: object) -> DraftReply:
    values: dict[str, object] = {
        "subject": "Re: Your application to Acme",
        "body": "Thank you for the chance.",
        "to": "Dana Park <dana@acme.com>",
        "in_reply_to": "<r1@acme.com>",
        "references": ("<a1@acme.com>", "<r1@acme.com>"),
        "from_address": "sam.doe@example.net",
    }
    values.update(changes)
    return DraftReply(**values)  # type: ignore[arg-type]


def test_draft_is_written_to_drafts_with_the_draft_flag_and_thread_headers(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail")
    connector = MaildirConnector("local", tmp_path / "Mail")
    key = connector.save_draft(reply())
    drafts = mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False)
    assert list(drafts.keys()) == [key]
    saved = drafts[key]
    assert "D" in saved.get_flags() and "S" in saved.get_flags()
    parsed = email.message_from_bytes(drafts.get_bytes(key), policy=policy.default)
    assert parsed["Subject"] == "Re: Your application to Acme"
    assert parsed["In-Reply-To"] == "<r1@acme.com>"
    assert parsed["References"] == "<a1@acme.com> <r1@acme.com>"
    assert parsed["To"] == "Dana Park <dana@acme.com>"
    assert parsed["Message-ID"] and parsed["Date"]
    assert parsed.get_content().strip() == "Thank you for the chance."
    assert "Drafts folder of local" in connector.describe_draft_location()


def test_saving_again_replaces_the_draft(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail")
    connector = MaildirConnector("local", tmp_path / "Mail")
    first = connector.save_draft(reply())
    second = connector.save_draft(reply(body="Edited.", replaces_draft_id=first))
    drafts = mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False)
    assert list(drafts.keys()) == [second]
    # the old draft deleted by hand: saving still works
    third = connector.save_draft(reply(replaces_draft_id="gone"))
    assert set(drafts.keys()) == {second, third}


def test_header_injection_in_a_subject_stays_in_the_subject(tmp_path: Path) -> None:
    make_maildir(tmp_path / "Mail")
    connector = MaildirConnector("local", tmp_path / "Mail")
    key = connector.save_draft(
        reply(subject="Re: Hi\r\nBcc: evil@example.com", to="a@b.c\nCc: x@y.z")
    )
    raw = mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False).get_bytes(key)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["Cc"] is None
    assert "evil@example.com" in parsed["Subject"]


def test_mbox_scan_resumes_at_the_offset_and_survives_a_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(path)
    for n in range(5):
        box.add(job_mail("applied", key=f"b{n}"))
    box.flush()
    connector = MboxConnector("export", path, batch_size=2)
    first, cursor = all_ids(connector, None)
    assert len(set(first)) == 5
    assert all_ids(connector, cursor)[0] == []
    box.add(job_mail("rejection", key="b5"))
    box.flush()
    newer, cursor = all_ids(connector, cursor)
    assert len(newer) == 1 and newer[0] not in first
    messages = [m for b in connector.scan(None) for m in b.messages]
    assert email.message_from_bytes(messages[-1].raw)["Message-ID"] == "<b5@test.nextround.invalid>"
    # a rewritten (smaller) file is read again from the start with the same ids
    box.remove(0)
    box.flush()
    box.close()
    again, _ = all_ids(connector, {"offset": 10**9})
    assert set(again) == (set(first) | set(newer)) - {first[0]}
