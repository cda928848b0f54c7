"""Follow-up drafts: template, recipient, subject, threading and the tone check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.followup import (
    DraftContext,
    Recipient,
    TemplateError,
    build_reply,
    choose_recipient,
    is_no_reply,
    load_template,
    render,
    reply_subject,
    tone_warnings,
)
from tracker.language import language_of


def default_draft(**context: str) -> str:
    fields = {"your_name": "Sam Doe", "company": "Acme", "role": "Data Engineer", **context}
    return render(load_template("default", config_dir=Path("/nonexistent")), DraftContext(**fields))


def test_default_template_follows_the_advice() -> None:
    text = default_draft(contact_name="Dana Park")
    assert text.startswith("Hi Dana,")
    assert "Thank you" in text
    assert "Data Engineer role at Acme" in text
    assert "kept me in mind" in text
    assert text.rstrip().endswith("Sam Doe")
    assert tone_warnings(text) == []
    assert "why" not in text.lower()


def test_default_template_without_contact_or_role() -> None:
    text = default_draft(contact_name="", role="")
    assert text.startswith("Hi there,")
    assert "for the role at Acme" in text


def test_a_team_or_company_sender_is_not_greeted_as_a_person() -> None:
    assert default_draft(contact_name="Acme Careers").startswith("Hi there,")
    assert default_draft(contact_name="Talent Team").startswith("Hi there,")
    assert default_draft(contact_name="Dana Park").startswith("Hi Dana,")
    assert default_draft(contact_name="Acme Labs").startswith("Hi there,")
    # Only the company's whole words count: "Acme" is no part of "Acmeson".
    assert default_draft(contact_name="Dana Acmeson").startswith("Hi Dana,")


@pytest.mark.parametrize(
    ("language", "greeting", "with_role", "without_role"),
    [
        ("de", "Hallo zusammen,", "für die Position als Data Engineer bei Acme", "für diese Position bei Acme"),
        ("fr", "Bonjour à toute l'équipe,", "pour le poste de Data Engineer chez Acme", "pour ce poste chez Acme"),
        ("es", "Hola a todo el equipo:", "para el puesto de Data Engineer en Acme", "para este puesto en Acme"),
        ("nl", "Hallo allemaal,", "naar de functie van Data Engineer bij Acme", "naar deze functie bij Acme"),
    ],
)  # fmt: skip
def test_default_template_in_other_languages(
    language: str, greeting: str, with_role: str, without_role: str
) -> None:
    template = load_template("default", config_dir=Path("/nonexistent"), language=language)
    named = render(
        template, DraftContext("Sam Doe", "Acme", "Data Engineer", "Dana Park", language)
    )
    hello = {"de": "Hallo Dana,", "fr": "Bonjour Dana,", "es": "Hola Dana:", "nl": "Hallo Dana,"}
    assert named.startswith(hello[language]) and with_role in named
    assert named.rstrip().endswith("Sam Doe")
    unnamed = render(template, DraftContext("Sam Doe", "Acme", "", "", language))
    assert unnamed.startswith(greeting) and without_role in unnamed
    assert "{" not in named + unnamed


def test_a_language_without_a_template_gets_the_english_one() -> None:
    english = load_template("default", config_dir=Path("/nonexistent"))
    assert load_template("default", config_dir=Path("/nonexistent"), language="it") == english


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ihre Bewerbung bei Acme. Sehr geehrte Frau Rivera, vielen Dank für Ihr Interesse.", "de"),
        ("Votre candidature. Bonjour, nous vous remercions de l'intérêt que vous portez à notre", "fr"),
        ("Tu candidatura. Hola Sam, gracias por el tiempo que has dedicado a nuestro proceso", "es"),
        ("Je sollicitatie. Beste Sam, bedankt voor je interesse in de functie bij ons.", "nl"),
        ("Your application. Thank you for your interest in the role; we have decided", "en"),
        # A German word or two in English mail (a company, a greeting) is still English.
        ("Your application to Müller und Söhne. Thank you for your interest; we will", "en"),
        ("", "en"),
    ],
)  # fmt: skip
def test_the_language_of_mail(text: str, language: str) -> None:
    assert language_of(text) == language


def test_user_template_from_config_dir(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "short.txt").write_text("Thanks {greeting_name}! Best, {your_name}")
    text = render(
        load_template("short", config_dir=tmp_path), DraftContext("Sam", "Acme", "", "Lee Chan")
    )
    assert text == "Thanks Lee! Best, Sam"
    with pytest.raises(TemplateError, match="no such template"):
        load_template("missing", config_dir=tmp_path)
    with pytest.raises(TemplateError, match=r"\{salary\}, which does not exist"):
        render("Hi {salary}", DraftContext("Sam", "Acme", ""))


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me why I was not selected?",
        "Why did you decide against me?",
        "I'd love to know the reasons for the decision.",
        "What did I do wrong in the interview?",
        "Honestly this process was a waste of my time.",
        "It's your loss.",
    ],
)
def test_tone_check_warns(text: str) -> None:
    assert tone_warnings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the opportunity; I wish the team well.",
        "I'd be glad to be kept in mind for future roles.",
        "That is why I enjoyed meeting the team so much.",
    ],
)
def test_tone_check_is_quiet_on_kind_text(text: str) -> None:
    assert tone_warnings(text) == []


def test_recipient_prefers_reply_to_then_from_and_skips_no_reply() -> None:
    pick = choose_recipient(
        reply_to="Dana Park <dana@acme.com>", from_header="Acme <no-reply@greenhouse-mail.io>",
        contact_name="", contact_email="",
    )  # fmt: skip
    assert pick == Recipient("dana@acme.com", "Dana Park")
    pick = choose_recipient(
        reply_to="", from_header="Lee <lee@acme.com>", contact_name="", contact_email=""
    )
    assert pick.address == "lee@acme.com"
    pick = choose_recipient(
        reply_to="",
        from_header="no-reply@hire.lever.co",
        contact_name="Kim",
        contact_email="kim@acme.com",
    )
    assert pick == Recipient("kim@acme.com", "Kim")
    pick = choose_recipient(
        reply_to="", from_header="donotreply@acme.com", contact_name="", contact_email=""
    )
    assert pick.address == "" and "no-reply" in pick.warning


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("no-reply@us.greenhouse-mail.io", True), ("noreply@acme.com", True), ("do-not-reply@x.com", True),
        ("notifications@x.com", True), ("jane.noreply@x.com", True), ("dana@acme.com", False),
        ("norman@acme.com", False),
    ],
)  # fmt: skip
def test_no_reply_addresses(address: str, expected: bool) -> None:
    assert is_no_reply(address) is expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Your application", "Re: Your application"),
        ("Re: Your application", "Re: Your application"),
        ("RE: re: Re: Update", "Re: Update"),
        ("AW: Bewerbung", "Re: Bewerbung"),
        ("Hello\r\nBcc: evil@x.com", "Re: Hello Bcc: evil@x.com"),
        ("", "Re: your message"),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_reply_threads_under_the_original() -> None:
    reply = build_reply(
        original_subject="Update on your application",
        original_message_id="<r1@acme.com>",
        original_references="<a0@acme.com> <a1@acme.com>",
        thread_key="t-1",
        to=Recipient("dana@acme.com", "Dana Park"),
        body="Thanks",
        from_address="Sam <sam@example.net>",
        replaces_draft_id=None,
    )
    assert reply.subject == "Re: Update on your application"
    assert reply.in_reply_to == "<r1@acme.com>"
    assert reply.references == ("<a0@acme.com>", "<a1@acme.com>", "<r1@acme.com>")
    assert reply.to == "Dana Park <dana@acme.com>"
    assert reply.from_address == "sam@example.net"
    assert reply.thread_key == "t-1"


def test_a_strange_reply_to_is_skipped_for_the_sender() -> None:
    # Found by hypothesis: control characters in an address broke the draft's To header.
    for strange in ("@\x1e0", "0@\x1f", "0@\x80(0", "jobs@acme.com\x1e"):
        recipient = choose_recipient(
            reply_to=strange,
            from_header="Jane Doe <jane@acme.com>",
            contact_name="",
            contact_email="",
        )
        assert (recipient.address, recipient.name) == ("jane@acme.com", "Jane Doe"), strange
