"""Follow-up drafts saved in Gmail: threaded under the rejection, replaced, never duplicated."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator

import pytest
from gmail_server import GmailServer, StoredMessage, connect, make_mail

from connectors.gmail_message import draft_message
from tracker.connector import DraftReply, UnavailableError


@pytest.fixture
def server() -> Iterator[GmailServer]:
    running = GmailServer().start()
    yield running
    running.stop()


@pytest.fixture
def rejection(server: GmailServer) -> StoredMessage:
    server.add_message(
        make_mail(subject="Your application to Acme", message_id="<apply-1@acme.example>")
    )
    return server.add_message(
        make_mail(
            subject="Re: Your application to Acme",
            sender="Dana Lee <dana@acme.example>",
            text="We have decided not to move forward.",
            message_id="<reject-1@acme.example>",
            in_reply_to="<apply-1@acme.example>",
            references="<apply-1@acme.example>",
        )
    )


def _reply(rejection: StoredMessage, **changes: object) -> DraftReply:
    fields: dict[str, object] = {
        "subject": "Re: Your application to Acme",
        "body": "Dear Dana,\n\nThank you for letting me know.\n\nSam",
        "to": "Dana Lee <dana@acme.example>",
        "in_reply_to": "<reject-1@acme.example>",
        "references": ("<apply-1@acme.example>", "<reject-1@acme.example>"),
        "thread_key": rejection.thread_id,
        "from_address": "Sam Doe <sam.doe@example.com>",
    }
    fields.update(changes)
    return DraftReply(**fields)  # type: ignore[arg-type]


def _headers(stored: StoredMessage) -> email.message.EmailMessage:
    message = email.message_from_bytes(stored.raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_a_draft_threads_under_the_rejection(server: GmailServer, rejection: StoredMessage) -> None:
    assert rejection.thread_id == server.messages[server.order[0]].thread_id  # same thread

    draft_id = connect(server).save_draft(_reply(rejection))

    stored = server.draft_message(draft_id)
    parsed = _headers(stored)
    assert stored.thread_id == rejection.thread_id  # Gmail kept it in the thread
    assert stored.label_ids == ["DRAFT"]
    assert parsed["Subject"] == "Re: Your application to Acme"
    assert parsed["In-Reply-To"] == "<reject-1@acme.example>"
    assert parsed["References"].split() == ["<apply-1@acme.example>", "<reject-1@acme.example>"]
    assert parsed["To"].addresses[0].addr_spec == "dana@acme.example"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "Thank you for letting me know." in body.get_content()
    assert server.stats.calls["drafts.create"] == 1


def test_without_the_headers_gmail_would_not_thread_it(
    server: GmailServer, rejection: StoredMessage
) -> None:
    # The server decides threading like Gmail: this guards the test above from passing vacuously.
    draft_id = connect(server).save_draft(_reply(rejection, in_reply_to=None, references=()))
    assert server.draft_message(draft_id).thread_id != rejection.thread_id


def test_an_existing_draft_is_updated_instead_of_duplicated(
    server: GmailServer, rejection: StoredMessage
) -> None:
    connector = connect(server)
    first = connector.save_draft(_reply(rejection))

    second = connector.save_draft(_reply(rejection, body="Edited", replaces_draft_id=first))

    assert second == first
    assert len(server.drafts) == 1
    assert "Edited" in server.draft_message(first).raw.decode()
    assert server.stats.calls["drafts.update"] == 1


def test_a_deleted_draft_is_replaced_by_a_new_one(
    server: GmailServer, rejection: StoredMessage
) -> None:
    draft_id = connect(server).save_draft(_reply(rejection, replaces_draft_id="r-deleted"))
    assert draft_id in server.drafts and draft_id != "r-deleted"
    assert server.stats.calls["drafts.update"] == 1
    assert server.stats.calls["drafts.create"] == 1


def test_a_vanished_thread_still_gets_a_draft(
    server: GmailServer, rejection: StoredMessage
) -> None:
    draft_id = connect(server).save_draft(_reply(rejection, thread_key="no-such-thread"))
    stored = server.draft_message(draft_id)
    assert _headers(stored)["In-Reply-To"] == "<reject-1@acme.example>"
    assert server.stats.calls["drafts.create"] == 2


def test_line_breaks_in_header_values_cannot_inject_headers() -> None:
    raw = draft_message(
        DraftReply(
            subject="Re: Hello\r\nBcc: victim@example.com",
            body="Hi",
            to="a@example.com\nCc: other@example.com",
            in_reply_to="<x@y>\r\n",
            extra_headers={"X-Note": "one\r\nX-Evil: two"},
        )
    )
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Bcc"] is None and parsed["Cc"] is None and parsed["X-Evil"] is None
    assert parsed["Subject"] == "Re: Hello Bcc: victim@example.com"
    assert parsed["In-Reply-To"] == "<x@y>"
    assert parsed["References"] == "<x@y>"  # the parent always ends References


def test_non_ascii_names_and_subjects_survive(
    server: GmailServer, rejection: StoredMessage
) -> None:
    draft_id = connect(server).save_draft(
        _reply(rejection, to="Zoë Ärger <zoe@acme.example>", body="Merci beaucoup, Zoë !")
    )
    parsed = _headers(server.draft_message(draft_id))
    assert parsed["To"].addresses[0].display_name == "Zoë Ärger"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "Merci beaucoup, Zoë !" in body.get_content()


def test_a_server_error_on_save_is_retried(server: GmailServer, rejection: StoredMessage) -> None:
    server.inject("drafts.create", 503)
    draft_id = connect(server).save_draft(_reply(rejection))
    assert draft_id in server.drafts

    server.inject("drafts.create", 500, times=10)
    with pytest.raises(UnavailableError, match="save the draft"):
        connect(server).save_draft(_reply(rejection))


def test_a_closed_connector_refuses_work(server: GmailServer, rejection: StoredMessage) -> None:
    connector = connect(server)
    connector.close()
    with pytest.raises(RuntimeError):
        connector.save_draft(_reply(rejection))
