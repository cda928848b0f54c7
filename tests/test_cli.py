"""The `nextround` command as a user runs it: the demo, scans, apps, follow-ups, stats, classify, errors."""

from __future__ import annotations

import csv
import email
import io
import json
import mailbox
import select
import subprocess
import sys
from datetime import timedelta
from email import policy
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from mailfactory import deliver, job_mail, make_maildir

from tracker.cli import main
from tracker.models import utcnow


def run(*args: str, config: Path | None = None, input: str | None = None) -> Result:
    argv = (["--config", str(config)] if config else []) + list(args)
    return CliRunner().invoke(main, argv, input=input, catch_exceptions=False)


@pytest.fixture
def setup(tmp_path: Path) -> Path:
    """A config with one Maildir account holding a small job search; gives the config path."""
    box = make_maildir(tmp_path / "Mail")
    now = utcnow()
    deliver(box, job_mail("applied", "Acme", "Data Engineer", key="a1", days_ago=10, now=now))
    deliver(box, job_mail("rejection", "Acme", "Data Engineer", key="a2", days_ago=2, now=now,
                          reply_to="Dana Park <dana@acme.com>"))  # fmt: skip
    deliver(box, job_mail("applied", "Globex", "Platform Engineer", key="g1", days_ago=5, now=now))
    deliver(box, job_mail("other", key="o1", now=now))
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "db.sqlite"}"\n'
        '[followup]\nyour_name = "Sam Doe"\n'
        f'[[accounts]]\nname = "home"\nkind = "maildir"\npath = "{tmp_path / "Mail"}"\n'
    )
    return config


def test_demo_no_tui_prints_applications_followups_and_stats() -> None:
    result = run("demo", "--no-tui")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Applications (" in out
    assert "Follow-ups" in out
    assert "rejected" in out and "interviewing" in out
    assert "response rate" in out


def test_demo_is_installed_as_a_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "nextround"
    done = subprocess.run([str(script), "demo", "--no-tui", "--dir", str(tmp_path / "demo")],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Applications (" in done.stdout
    assert (tmp_path / "demo" / "nextround.db").exists()


def test_scan_then_list_show_and_json(setup: Path) -> None:
    dry = run("scan", "--dry-run", config=setup)
    assert dry.exit_code == 0 and "Dry run" in dry.output and "would new application" in dry.output
    listed = json.loads(run("apps", "list", "--json", config=setup).output)
    assert listed == []
    scanned = run("scan", config=setup)
    assert scanned.exit_code == 0, scanned.output
    assert "2 new applications" in scanned.output
    listed = json.loads(run("apps", "list", "--json", config=setup).output)
    assert {(a["company"], a["status"]) for a in listed} == {
        ("Acme", "rejected"),
        ("Globex", "applied"),
    }
    acme = next(a for a in listed if a["company"] == "Acme")
    shown = json.loads(run("apps", "show", str(acme["id"]), "--json", config=setup).output)
    assert [e["to"] for e in shown["timeline"]] == ["applied", "rejected"]
    assert len(shown["messages"]) == 2


def test_followup_draft_lands_in_the_maildir_threaded_under_the_rejection(
    setup: Path, tmp_path: Path
) -> None:
    run("scan", config=setup)
    followups = json.loads(run("followups", "list", "--json", config=setup).output)
    assert len(followups) == 1 and followups[0]["due"] is True and followups[0]["company"] == "Acme"
    fid = str(followups[0]["id"])
    saved = run("followups", "draft", fid, config=setup)
    assert saved.exit_code == 0, saved.output
    assert "Saved the draft to Drafts folder of home" in saved.output
    drafts = mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False)
    (key,) = drafts.keys()
    draft = email.message_from_bytes(drafts.get_bytes(key), policy=policy.default)
    assert draft["To"] == "Dana Park <dana@acme.com>"
    assert draft["Subject"] == "Re: Your application to Acme"
    assert draft["In-Reply-To"] == "<a2@test.nextround.invalid>"
    assert "<a2@test.nextround.invalid>" in draft["References"]
    assert "Hi Dana," in draft.get_content() and "Sam Doe" in draft.get_content()
    # saving again replaces the draft instead of adding a second one
    assert run("followups", "draft", fid, config=setup).exit_code == 0
    assert len(drafts.keys()) == 1
    listed = json.loads(run("followups", "list", "--all", "--json", config=setup).output)
    assert listed[0]["state"] == "drafted"


def test_followup_tone_check_stops_a_bitter_draft(setup: Path, tmp_path: Path) -> None:
    run("scan", config=setup)
    fid = str(json.loads(run("followups", "list", "--json", config=setup).output)[0]["id"])
    body = tmp_path / "body.txt"
    body.write_text("Can you tell me why I was not selected? This was a waste of my time.")
    stopped = run("followups", "draft", fid, "--body-file", str(body), config=setup)
    assert stopped.exit_code == 2
    assert "asks why" in stopped.output and "--force" in stopped.output
    assert list(mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False).keys()) == []
    assert (
        run("followups", "draft", fid, "--body-file", str(body), "--force", config=setup).exit_code
        == 0
    )
    skipped = run("followups", "skip", fid, config=setup)
    assert skipped.exit_code == 0
    assert json.loads(run("followups", "list", "--json", config=setup).output) == []


def test_apps_add_edit_and_manual_status(setup: Path) -> None:
    added = run(
        "apps", "add", "Initech", "--role", "Analyst", "--applied", "2026-10-01", config=setup
    )
    assert added.exit_code == 0, added.output
    (app,) = json.loads(run("apps", "list", "--json", "--all", config=setup).output)
    edited = run("apps", "edit", str(app["id"]), "--status", "interviewing", "--add-note", "call Tue",
                 "--contact-email", "hr@initech.example", config=setup)  # fmt: skip
    assert edited.exit_code == 0, edited.output
    shown = json.loads(run("apps", "show", str(app["id"]), "--json", config=setup).output)
    assert shown["status"] == "interviewing" and shown["notes"] == "call Tue"
    assert shown["timeline"][-1]["cause"] == "manual"
    run("apps", "edit", str(app["id"]), "--archive", config=setup)
    assert json.loads(run("apps", "list", "--json", config=setup).output) == []
    missing = run("apps", "edit", "999", "--role", "x", config=setup)
    assert missing.exit_code == 2 and "no application with id 999" in missing.output
    bad_date = run("apps", "add", "X", "--applied", "yesterday-ish", config=setup)
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output


def export_rows(text: str, fmt: str) -> list[tuple[str, ...]]:
    """Give the exported applications without ids and derived timestamps."""
    key = ("company", "role", "status", "applied_at", "notes", "archived")
    records = json.loads(text) if fmt == "json" else list(csv.DictReader(io.StringIO(text)))
    return sorted(tuple(str(record[k]) for k in key) for record in records)


def test_export_import_round_trip_csv_and_json(setup: Path, tmp_path: Path) -> None:
    run("scan", config=setup)
    run(
        "apps",
        "add",
        "Initech",
        "--role",
        "Analyst, Data",
        "--notes",
        'said "hi"\nsecond line',
        config=setup,
    )
    for fmt in ("csv", "json"):
        exported = run("apps", "export", "--format", fmt, config=setup).output
        target = tmp_path / f"fresh-{fmt}.toml"
        target.write_text(f'[database]\nurl = "sqlite:///{tmp_path / f"fresh-{fmt}.db"}"\n')
        source = tmp_path / f"apps.{fmt}"
        source.write_text(exported)
        imported = run("apps", "import", str(source), config=target)
        assert imported.exit_code == 0, imported.output
        assert "Imported 3 applications" in imported.output
        again = run("apps", "export", "--format", fmt, config=target).output
        assert export_rows(again, fmt) == export_rows(exported, fmt)
        # importing the same file twice adds nothing
        assert "skipped 3 already there" in run("apps", "import", str(source), config=target).output


def test_import_reports_each_bad_row_and_imports_the_rest(setup: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "company,role,status,applied_at\n"
        "Acme,Engineer,applied,2026-09-01\n"
        ",Nobody,applied,2026-09-01\n"
        "Globex,Analyst,hired,2026-09-02\n"
        "Initech,Dev,rejected,not-a-date\n"
        "Umbrella,QA,rejected,2026-09-03\n"
    )
    result = run("apps", "import", str(source), config=setup)
    assert result.exit_code == 1
    assert "row 2: company is empty" in result.output
    assert "row 3: status 'hired' is not one of" in result.output
    assert "row 4: applied_at 'not-a-date' is not a date" in result.output
    assert "Imported 2 applications" in result.output
    listed = json.loads(run("apps", "list", "--json", config=setup).output)
    # applied in September and silent since: ghosted by now
    assert {(a["company"], a["status"]) for a in listed} == {
        ("Acme", "ghosted"),
        ("Umbrella", "rejected"),
    }


def test_stats_json(setup: Path) -> None:
    run("scan", config=setup)
    figures = json.loads(run("stats", "--json", config=setup).output)
    assert figures["applications"] == 2
    assert figures["responded"] == 1
    assert figures["response_rate"] == 0.5
    assert figures["median_days_to_rejection"] == pytest.approx(8.0, abs=0.1)


def test_classify_jsonl_interface(tmp_path: Path) -> None:
    lines = [
        {"subject": "Your application to Acme", "from": "Acme <no-reply@acme.com>",
         "body": "Thank you for applying. Unfortunately, we have decided not to move forward with your application."},
        {"subject": None, "from": None, "body": None},
        {"subject": "Interview invitation", "from": "jane@globex.com", "body": "We would like to invite you to interview. Please pick a time here.",
         "date": "2026-11-01T10:00:00Z", "headers": {"X-Mailer": "x"}},
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = run("classify", "--jsonl", str(source))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == 3
    for record in out:
        assert set(record) == {"label", "confidence", "company", "role", "reasons"}
        assert record["label"] in {"rejection", "applied", "interview", "offer", "other"}
        assert 0 <= record["confidence"] <= 1
        assert isinstance(record["reasons"], list) and all(
            isinstance(r, str) for r in record["reasons"]
        )
    assert out[0]["label"] == "rejection" and out[0]["company"] == "Acme"
    assert out[1]["label"] == "other"
    assert out[2]["label"] == "interview"


def test_debug_output_never_holds_imaplib_protocol_lines(setup: Path) -> None:
    # imaplib's trace holds whole messages: -vv shows nextround's debug lines, not mail.
    # (A process of its own: logging is configured once per process.)
    script = (
        "import logging, sys\n"
        "from click.testing import CliRunner\n"
        "from tracker.cli import main\n"
        "result = CliRunner().invoke(main, ['--config', sys.argv[1], '-vv', 'apps', 'list'])\n"
        "print(result.exit_code, logging.getLogger('tracker').isEnabledFor(logging.DEBUG),\n"
        "      logging.getLogger('imapclient.imaplib').isEnabledFor(logging.DEBUG))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(setup)], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["0", "True", "False"], done.stderr


def test_classify_bad_lines_keep_order_and_exit_nonzero(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"subject": "hi", "from": "a@b.c", "body": "x"}\nnot json\n[1, 2]\n{"subject": 5}\n'
    )
    result = CliRunner().invoke(main, ["classify", "--jsonl", str(source)])
    assert result.exit_code == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert (
        "line 2" in out[1]["reasons"][0]
        and "line 3" in out[2]["reasons"][0]
        and "line 4" in out[3]["reasons"][0]
    )
    assert "Traceback" not in result.output


def test_classify_eml_files(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(job_mail("rejection", "Acme", key="e1"))
    result = run("classify", str(path))
    assert result.exit_code == 0
    assert json.loads(result.output)["label"] == "rejection"
    assert run("classify").exit_code == 2


def test_classify_reads_a_file_in_batches_as_it_reads_one_message(tmp_path: Path) -> None:
    # More messages than a batch, bad lines and a missing file among them: each output
    # is what classifying its message alone gives, in input order.
    from tracker.classify import classify, load_rules, parse_message
    from tracker.classify_io import FILE_BATCH, message_of, verdict_record

    kinds = ["applied", "interview", "rejection", "offer", "other", "hold"]
    emls = []
    for n in range(FILE_BATCH + 20):
        path = tmp_path / f"m{n}.eml"
        path.write_bytes(job_mail(kinds[n % len(kinds)], f"Company{n % 9}", key=f"b{n}"))
        emls.append(str(path))
    emls.insert(30, str(tmp_path / "missing.eml"))
    rules = load_rules()
    result = run("classify", *emls)
    assert result.exit_code == 2  # the missing file
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(emls)
    assert "missing.eml" in out[30]["reasons"][0]
    for name, record in zip(emls, out, strict=True):
        if name.endswith("missing.eml"):
            continue
        assert record == verdict_record(classify(parse_message(Path(name).read_bytes()), rules))
    assert {record["label"] for record in out} >= {"rejection", "interview", "offer"}

    records = [
        {"subject": f"Your application to Company{n}", "from": f"jobs@company{n}.com",
         "body": "After careful consideration, we have decided not to move forward."
         if n % 2 else "Thank you for applying! We have received your application."}
        for n in range(FILE_BATCH * 2 + 5)
    ]  # fmt: skip
    lines = [json.dumps(record) for record in records]
    lines[70] = "not json"
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    result = run("classify", "--jsonl", str(source))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines) and "line 71" in out[70]["reasons"][0]
    for n, record in enumerate(out):
        if n != 70:
            assert record == verdict_record(classify(message_of(records[n]), rules))


def test_classify_answers_each_line_of_stdin_before_reading_the_next() -> None:
    # A script may write one line and wait for its answer: nothing waits for a batch.
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "classify", "--jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        for subject in ("Your application to Acme", "Interview invitation"):
            line = {"subject": subject, "from": "jobs@acme.com", "body": "Thank you for applying."}
            process.stdin.write(json.dumps(line) + "\n")
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 60)
            assert ready, "no answer within a minute: the line waits for others"
            answer = process.stdout.readline()
            assert set(json.loads(answer)) == {"label", "confidence", "company", "role", "reasons"}
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan"], "no accounts configured"),
        (["scan", "--account", "nope"], "no account named 'nope'"),
        (["followups", "draft", "42"], "no follow-up with id 42"),
        (["apps", "show", "7"], "no application with id 7"),
        (["auth", "gmail"], "no gmail account in the config"),
    ],
)
def test_expected_failures_are_one_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path
) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "x.db"}"\n')
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_bad_config_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[scan]\nevery = "often"\n')
    result = CliRunner().invoke(main, ["--config", str(config), "apps", "list"])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == f'nextround: {config}: scan.every: a duration such as "90s", "15m", "2h", "1d" or "2w" (got \'often\')'
    )


def test_init_writes_the_example_config_privately() -> None:
    from tracker.config import default_config_path

    result = run("init")
    assert result.exit_code == 0
    path = default_config_path()
    assert path.stat().st_mode & 0o777 == 0o600
    assert "[[accounts]]" in path.read_text()
    assert run("init").exit_code == 2
    assert run("init", "--force").exit_code == 0


def test_config_option_works_before_and_after_the_command(setup: Path) -> None:
    before = CliRunner().invoke(main, ["--config", str(setup), "scan", "--dry-run"])
    after = CliRunner().invoke(main, ["scan", "--dry-run", "--config", str(setup)])
    nested = CliRunner().invoke(main, ["apps", "list", "--json", "--config", str(setup)])
    assert before.exit_code == after.exit_code == nested.exit_code == 0, after.output
    assert "Dry run" in after.output and json.loads(nested.output) == []


def test_every_command_has_help() -> None:
    import click

    def walk(group: click.Group, prefix: list[str]) -> list[list[str]]:
        found = []
        for name, command in group.commands.items():
            found.append([*prefix, name])
            if isinstance(command, click.Group):
                found += walk(command, [*prefix, name])
        return found

    for path in walk(main, []):
        result = CliRunner().invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "--config" in result.output or isinstance(
            main.get_command(None, path[0]), click.Group
        )  # type: ignore[arg-type]


def test_a_reopened_application_has_no_followup_due(setup: Path) -> None:
    run("scan", config=setup)
    (due,) = json.loads(run("followups", "list", "--json", config=setup).output)
    run("apps", "edit", str(due["application_id"]), "--status", "interviewing", config=setup)
    assert json.loads(run("followups", "list", "--json", config=setup).output) == []
    assert len(json.loads(run("followups", "list", "--all", "--json", config=setup).output)) == 1


@pytest.mark.parametrize(
    ("language", "opening"), [("auto", "Hallo zusammen,"), ("en", "Hi there,")]
)
def test_a_german_rejection_gets_a_german_follow_up(
    tmp_path: Path, language: str, opening: str
) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "eml"
    recent = format_datetime(utcnow() - timedelta(days=2)).encode()
    box = make_maildir(tmp_path / "Mail")
    rejection = (fixtures / "rejection_de.eml").read_bytes()
    deliver(box, rejection.replace(b"Tue, 04 Jun 2024 09:30:00 +0200", recent, 1))
    config = tmp_path / "config.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "db.sqlite"}"\n'
        f'[followup]\nyour_name = "Sam Rivera"\nlanguage = "{language}"\n'
        f'[[accounts]]\nname = "home"\nkind = "maildir"\npath = "{tmp_path / "Mail"}"\n'
    )
    assert run("scan", config=config).exit_code == 0
    (followup,) = json.loads(run("followups", "list", "--json", config=config).output)
    saved = run("followups", "draft", str(followup["id"]), config=config)
    assert saved.exit_code == 0, saved.output
    drafts = mailbox.Maildir(tmp_path / "Mail" / ".Drafts", create=False)
    (key,) = drafts.keys()
    draft = email.message_from_bytes(drafts.get_bytes(key), policy=policy.default)
    body = draft.get_content()
    # The sender is a team ("Hafenkran Logistik Karriere"): nobody is greeted by name.
    assert body.startswith(opening), body
    assert "Hafenkran Logistik" in body and "Data Analyst" in body
    assert draft["Subject"] == "Re: Ihre Bewerbung bei Hafenkran Logistik"
