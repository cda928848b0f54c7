"""The `nextround` command.

Expected failures (a bad config, an unreachable server, a wrong id) print one
line and exit 2; a traceback means a bug.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from tracker import report
from tracker.config import (
    ConfigError,
    ConfigWarning,
    LoadedConfig,
    Settings,
    config_dir,
    data_dir,
    database_url,
    default_config_path,
    load_config,
)
from tracker.connector import ConnectorError
from tracker.drafting import FollowUpError, prepare_draft, save_draft, skip_followup
from tracker.followup import TemplateError
from tracker.locks import ScanBusy, scan_lock
from tracker.models import FollowUpState, Status, utcnow
from tracker.plugins import authorizer, dashboard, open_connector
from tracker.secrets import SecretError
from tracker.store import StoreError, describe_database_error, open_store, session_scope
from tracker.sync import ScanReport, record_failure, scan_account

P = ParamSpec("P")
R = TypeVar("R")

EXIT_FAILURE = 2

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class UserError(Exception):
    """A failure the user can fix; shown as one line."""


@dataclass
class AppContext:
    """What every command shares: the config, and the database once it is needed."""

    config_option: str | None
    _loaded: LoadedConfig | None = None
    _engine: Engine | None = None
    _data_dir: Path | None = None
    console: Console = field(default_factory=lambda: Console(highlight=False, soft_wrap=True))

    @property
    def loaded(self) -> LoadedConfig:
        if self._loaded is None:
            self._loaded = load_config(self.config_option)
        return self._loaded

    @property
    def settings(self) -> Settings:
        return self.loaded.settings

    @property
    def config_dir(self) -> Path:
        return self.loaded.path.parent if self.loaded.path else config_dir()

    @property
    def data_dir(self) -> Path:
        """Tokens, locks and logs live here (the demo keeps its own)."""
        return self._data_dir or data_dir()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = open_store(database_url(self.settings))
        return self._engine

    def use(self, loaded: LoadedConfig, *, data_dir: Path) -> None:
        """Replace the config and data dir (the demo runs on its own)."""
        self._loaded = loaded
        self._engine = None
        self._data_dir = data_dir


def friendly_errors(function: Callable[P, R]) -> Callable[P, R]:
    """Turn expected failures into one line on stderr and exit code 2."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except (
            UserError,
            ConfigError,
            ConnectorError,
            SecretError,
            ScanBusy,
            StoreError,
            FollowUpError,
            TemplateError,
        ) as error:
            _fail(str(error))
        except SQLAlchemyError as error:
            _fail(describe_database_error(error))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            _fail(f"{error.strerror or error}{where}")

    return wrapper


def _fail(message: str) -> NoReturn:
    err_console.print(f"nextround: {message}", markup=False, soft_wrap=True)
    raise SystemExit(EXIT_FAILURE)


pass_app = click.make_pass_decorator(AppContext)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_option",
    type=click.Path(dir_okay=False),
    help="Config file (default: $NEXTROUND_CONFIG, then the platform config dir).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="nextround")
@click.pass_context
def main(ctx: click.Context, config_option: str | None, verbose: int) -> None:
    """Track a job search from your mail, and answer rejections graciously.

    Without a command, opens the dashboard.
    """
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # imaplib's protocol trace holds every message it reads: mail must not reach a log,
    # not even at -vv (the watch loop logs to a file).
    logging.getLogger("imapclient.imaplib").setLevel(logging.INFO)
    warnings.simplefilter("default", ConfigWarning)
    warnings.showwarning = _show_warning
    ctx.obj = AppContext(config_option=config_option)
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_dashboard)


def _show_warning(
    message: Warning | str, category: type[Warning], *_args: object, **_kwargs: object
) -> None:
    err_console.print(f"nextround: warning: {message}", markup=False, soft_wrap=True)


@main.command("dashboard", hidden=True)
@pass_app
@friendly_errors
def open_dashboard(app: AppContext) -> None:
    """Open the dashboard (the default command)."""
    run_dashboard(app)


def run_dashboard(app: AppContext) -> None:
    launch = dashboard()
    if launch is None or not sys.stdout.isatty():
        reason = "the dashboard is not installed" if launch is None else "not a terminal"
        app.console.print(f"[dim]({reason}: showing the summary)[/dim]")
        show_summary(app)
        return
    code = launch(
        settings=app.settings, engine=app.engine, config_dir=app.config_dir, data_dir=app.data_dir
    )
    if code:
        raise SystemExit(code)


def show_summary(app: AppContext) -> None:
    with Session(app.engine) as session:
        report.print_summary(app.console, session, now=utcnow())


# init ------------------------------------------------------------------------


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@pass_app
@friendly_errors
def init(app: AppContext, force: bool) -> None:
    """Write a commented config file to the config dir."""
    from importlib import resources

    target = Path(app.config_option).expanduser() if app.config_option else default_config_path()
    if target.exists() and not force:
        raise UserError(f"{target} exists already; use --force to overwrite it")
    text = resources.files("tracker").joinpath("data/config.example.toml").read_text("utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    # 0600 from the start: the file may come to hold account settings.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    app.console.print(f"Wrote {target}. Add your accounts there, then run `nextround scan`.")


# demo ------------------------------------------------------------------------


@main.command()
@click.option("--no-tui", is_flag=True, help="Print the summary instead of opening the dashboard.")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False),
    help="Keep the demo here instead of a throwaway temp dir.",
)
@pass_app
@friendly_errors
def demo(app: AppContext, no_tui: bool, directory: str | None) -> None:
    """Scan a bundled sample mailbox into a throwaway database and show the result."""
    from tracker.demo import prepare_demo

    with prepare_demo(Path(directory) if directory else None) as (loaded, root):
        app.use(loaded, data_dir=root)
        app.console.print(f"Demo data in {loaded.settings.database.url}")
        for account in loaded.settings.accounts:
            run_scan(app, account.name, dry_run=False)
        if no_tui:
            show_summary(app)
        else:
            run_dashboard(app)


# scan ------------------------------------------------------------------------


@main.command()
@click.option("--account", "account_name", help="Scan only this account (default: all).")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@pass_app
@friendly_errors
def scan(app: AppContext, account_name: str | None, dry_run: bool) -> None:
    """Scan your mail accounts for job mail."""
    settings = app.settings
    names = [account_name] if account_name else [a.name for a in settings.accounts]
    if not names:
        raise UserError(
            f"no accounts configured; run `nextround init` and add one to {default_config_path()}"
        )
    for name in names:
        settings.account(name)  # unknown names fail before any scan starts
    failures = 0
    for name in names:
        try:
            run_scan(app, name, dry_run=dry_run)
        except (ConnectorError, SecretError, ScanBusy) as error:
            failures += 1
            if not dry_run:
                record_failure(app.engine, account=name, error=str(error))
            err_console.print(f"nextround: {error}", markup=False, soft_wrap=True)
    if failures:
        raise SystemExit(EXIT_FAILURE)


def run_scan(app: AppContext, name: str, *, dry_run: bool) -> ScanReport:
    account = app.settings.account(name)
    with scan_lock(name, directory=app.data_dir):
        connector = open_connector(account, data_dir=app.data_dir)
        try:
            with _progress(app.console, f"{name}") as advance:
                result = scan_account(
                    app.engine,
                    connector,
                    settings=app.settings,
                    dry_run=dry_run,
                    progress=advance,
                    workers=True,
                )
        finally:
            connector.close()
    report.print_scan(app.console, result)
    return result


@contextmanager
def _progress(console: Console, label: str) -> Iterator[Callable[[int, int | None], None]]:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as bar:
        task = bar.add_task(f"Scanning {label}", total=None)

        def advance(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


# watch and schedule ------------------------------------------------------------


def _scan_quietly(app: AppContext, name: str) -> str:
    """One scan without a progress bar (for watch); gives the summary line."""
    account = app.settings.account(name)
    try:
        with scan_lock(name, directory=app.data_dir):
            connector = open_connector(account, data_dir=app.data_dir)
            try:
                result = scan_account(app.engine, connector, settings=app.settings, workers=True)
            finally:
                connector.close()
    except ScanBusy as error:
        return str(error)
    except (ConnectorError, SecretError) as error:
        record_failure(app.engine, account=name, error=str(error))
        raise
    return result.summary()


def _idle_waiter(app: AppContext, name: str) -> Any:
    connector = open_connector(app.settings.account(name), data_dir=app.data_dir)
    if hasattr(connector, "wait_for_change"):
        return connector
    connector.close()
    return None


def _watch_logging(app: AppContext) -> Path:
    from logging.handlers import RotatingFileHandler

    log_dir = app.data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "watch.log"
    file_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    stream_handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    for handler in (file_handler, stream_handler):
        handler.setFormatter(formatter)
        handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(file_handler)
    root.addHandler(stream_handler)
    root.setLevel(min(root.level, logging.INFO))
    return path


@main.command()
@click.option("--every", help="Time between scans, e.g. 15m (default: scan.every).")
@click.option("--account", "names", multiple=True, help="Watch only this account (repeatable).")
@pass_app
@friendly_errors
def watch(app: AppContext, every: str | None, names: tuple[str, ...]) -> None:
    """Scan every account on an interval (IMAP IDLE picks up new mail at once) until stopped."""
    import signal
    import threading

    from tracker.schedule import AccountWatch
    from tracker.schedule import watch as watch_accounts

    interval = _interval(every, app)
    accounts = list(names) or [a.name for a in app.settings.accounts]
    if not accounts:
        raise UserError(f"no accounts configured; add one to {default_config_path()}")
    for name in accounts:
        app.settings.account(name)
    app.engine  # noqa: B018 - open and migrate the database before the threads start
    log_path = _watch_logging(app)
    stop = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        logging.getLogger(__name__).info("stopping (signal %d)", signum)
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    logging.getLogger(__name__).info(
        "watching %s every %s; log in %s",
        ", ".join(accounts),
        every or app.settings.scan.every,
        log_path,
    )
    watch_accounts(
        [
            AccountWatch(
                name,
                scan=functools.partial(_scan_quietly, app, name),
                waiter=functools.partial(_idle_waiter, app, name),
            )
            for name in accounts
        ],
        every=interval,
        stop=stop,
    )


def _interval(every: str | None, app: AppContext) -> timedelta:
    from tracker.config import parse_duration

    if every is None:
        return app.settings.scan.every
    try:
        value = parse_duration(every)
    except ValueError as error:
        raise UserError(f"--every: {error}") from None
    if value < timedelta(minutes=1):
        raise UserError("--every: at least 1m")
    return value


@main.group()
def schedule() -> None:
    """Run scans on a schedule: a systemd user timer, a launchd agent, or a crontab line."""


KIND_OPTION = click.option(
    "--kind",
    type=click.Choice(["systemd", "launchd", "cron"]),
    help="The scheduler (default: what this machine has).",
)


def _scan_command(app: AppContext) -> list[str]:
    # The interpreter's absolute path works from systemd, launchd and cron, whose PATH
    # does not include the virtualenv nextround was installed in.
    command = [sys.executable, "-m", "tracker.cli"]
    if app.loaded.path is not None:
        command += ["--config", str(app.loaded.path.resolve())]
    return [*command, "scan"]


@schedule.command("install")
@click.option("--every", help="Time between scans (default: scan.every).")
@click.option("--dry-run", is_flag=True, help="Print what would be written; change nothing.")
@KIND_OPTION
@pass_app
@friendly_errors
def schedule_install(app: AppContext, every: str | None, dry_run: bool, kind: str | None) -> None:
    """Install the scheduled scan."""
    from tracker.schedule import ScheduleError, apply_install, detect_kind, plan_install

    plan = plan_install(
        kind or detect_kind(),
        command=_scan_command(app),
        every=_interval(every, app),
        home=Path.home(),
        log_path=app.data_dir / "logs" / "scheduled-scan.log",
    )
    if dry_run:
        for path, text in plan.files.items():
            click.echo(f"# would write {path}\n{text}")
        if plan.cron is not None:
            click.echo(f"# would add to your crontab\n{plan.cron}")
        for argv in plan.commands:
            click.echo(f"# would run: {' '.join(argv)}")
        return
    try:
        apply_install(plan)
    except ScheduleError as error:
        raise UserError(str(error)) from None
    app.console.print(
        f"Installed the {plan.kind} schedule: scans every {every or app.settings.scan.every}."
    )


@schedule.command("remove")
@click.option("--dry-run", is_flag=True)
@KIND_OPTION
@pass_app
@friendly_errors
def schedule_remove(app: AppContext, dry_run: bool, kind: str | None) -> None:
    """Remove the scheduled scan."""
    from tracker.schedule import ScheduleError, apply_remove, detect_kind, plan_remove

    plan = plan_remove(kind or detect_kind(), home=Path.home())
    if dry_run:
        for path in plan.files:
            click.echo(f"# would remove {path}")
        if plan.cron is not None:
            click.echo("# would remove the nextround line from your crontab")
        for argv in plan.commands:
            click.echo(f"# would run: {' '.join(argv)}")
        return
    try:
        apply_remove(plan)
    except ScheduleError as error:
        raise UserError(str(error)) from None
    app.console.print(f"Removed the {plan.kind} schedule.")


@schedule.command("status")
@KIND_OPTION
@pass_app
@friendly_errors
def schedule_status(app: AppContext, kind: str | None) -> None:
    """Show the installed schedule, its next run and each account's last scan."""
    from sqlmodel import select

    from tracker.models import AccountState
    from tracker.schedule import ScheduleError, detect_kind, installed_entry

    try:
        entry = installed_entry(kind or detect_kind(), home=Path.home())
    except ScheduleError as error:
        entry = f"unknown ({error})"
    app.console.print(f"Schedule: {entry or 'not installed'}", markup=False)
    with Session(app.engine) as session:
        for state in session.exec(select(AccountState)).all():
            when = f"{state.last_scan_at:%Y-%m-%d %H:%M} UTC" if state.last_scan_at else "never"
            result = state.last_error or state.last_result or "-"
            app.console.print(f"  {state.account}: last scan {when}: {result}", markup=False)


# apps ------------------------------------------------------------------------


@main.group()
def apps() -> None:
    """List, add, edit, show, export and import applications."""


STATUS_CHOICE = click.Choice([s.value for s in Status], case_sensitive=False)


@apps.command("list")
@click.option(
    "--status", "statuses", type=STATUS_CHOICE, multiple=True, help="Only these statuses."
)
@click.option("--all", "include_archived", is_flag=True, help="Include archived applications.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_app
@friendly_errors
def apps_list(
    app: AppContext, statuses: tuple[str, ...], include_archived: bool, as_json: bool
) -> None:
    """List applications, most recent activity first."""
    from tracker.store import list_applications
    from tracker.transfer import application_record

    with Session(app.engine) as session:
        rows = list_applications(
            session, statuses=statuses or None, include_archived=include_archived
        )
        if as_json:
            click.echo(
                json.dumps(
                    [application_record(a, c) for a, c in rows], indent=2, ensure_ascii=False
                )
            )
            return
        report.print_applications(app.console, rows, now=utcnow())


def _date_option(name: str, help_text: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    return click.option(name, help=help_text + " (YYYY-MM-DD).")


def _parse_date(value: str | None, name: str) -> datetime | None:
    from tracker.transfer import parse_when

    try:
        return parse_when(value, name)
    except ValueError as error:
        raise UserError(str(error)) from None


@apps.command("add")
@click.argument("company")
@click.option("--role", default="", help="The role applied for.")
@_date_option("--applied", "When you applied (default: today)")
@click.option("--status", type=STATUS_CHOICE, help="Status if not 'applied'.")
@click.option("--job-id", help="The ATS job or requisition id.")
@click.option("--url", default="", help="Link to the posting.")
@click.option("--source", default="", help="Where you found it.")
@click.option("--location", default="")
@click.option("--contact-name", default="")
@click.option("--contact-email", default="")
@click.option("--notes", default="")
@pass_app
@friendly_errors
def apps_add(
    app: AppContext,
    company: str,
    role: str,
    applied: str | None,
    status: str | None,
    job_id: str | None,
    url: str,
    source: str,
    location: str,
    contact_name: str,
    contact_email: str,
    notes: str,
) -> None:
    """Add an application by hand."""
    from tracker.applications import change_status, create_application

    if not company.strip():
        raise UserError("company must not be empty")
    now = utcnow()
    with session_scope(app.engine) as session:
        application = create_application(
            session,
            company=company.strip(),
            role=role.strip(),
            applied_at=_parse_date(applied, "--applied") or now,
            job_id=job_id or None,
            url=url,
            source=source,
            location=location,
            contact_name=contact_name,
            contact_email=contact_email,
            notes=notes,
        )
        if status and status != Status.APPLIED.value:
            change_status(
                session,
                application=application,
                to_status=Status(status),
                now=now,
                ghosted_after=app.settings.scan.ghosted_after,
            )
        app.console.print(f"Added application {application.id}: {company} {role}".rstrip())


@apps.command("edit")
@click.argument("application_id", type=int)
@click.option("--company")
@click.option("--role")
@click.option(
    "--status", type=STATUS_CHOICE, help="Change the status (a manual change outranks mail)."
)
@click.option("--job-id")
@click.option("--url")
@click.option("--source")
@click.option("--location")
@click.option("--contact-name")
@click.option("--contact-email")
@click.option("--notes", help="Replace the notes.")
@click.option("--add-note", help="Append a line to the notes.")
@_date_option("--next-action", "When to act next")
@click.option(
    "--archive/--unarchive", default=None, help="Hide it from the lists (nothing is deleted)."
)
@pass_app
@friendly_errors
def apps_edit(
    app: AppContext,
    application_id: int,
    company: str | None,
    status: str | None,
    add_note: str | None,
    next_action: str | None,
    archive: bool | None,
    role: str | None,
    job_id: str | None,
    url: str | None,
    source: str | None,
    location: str | None,
    contact_name: str | None,
    contact_email: str | None,
    notes: str | None,
) -> None:
    """Edit an application."""
    fields = {
        "role": role,
        "job_id": job_id,
        "url": url,
        "source": source,
        "location": location,
        "contact_name": contact_name,
        "contact_email": contact_email,
        "notes": notes,
    }
    from tracker.applications import change_status
    from tracker.models import Application
    from tracker.store import get_or_create_company

    now = utcnow()
    with session_scope(app.engine) as session:
        application = session.get(Application, application_id)
        if application is None:
            raise UserError(f"no application with id {application_id} (see `nextround apps list`)")
        if company is not None:
            if not company.strip():
                raise UserError("--company must not be empty")
            company_row = get_or_create_company(session, name=company)
            assert company_row.id is not None
            application.company_id = company_row.id
        for name, value in fields.items():
            if value is not None:
                setattr(application, name, value if name != "job_id" else (value or None))
        if add_note:
            application.notes = f"{application.notes}\n{add_note}".strip()
        if next_action is not None:
            application.next_action_at = _parse_date(next_action, "--next-action")
        if archive is not None:
            application.archived = archive
        application.updated_at = now
        session.add(application)
        if status:
            change_status(
                session,
                application=application,
                to_status=Status(status),
                now=now,
                ghosted_after=app.settings.scan.ghosted_after,
            )
        app.console.print(f"Updated application {application_id}.")


@apps.command("show")
@click.argument("application_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@pass_app
@friendly_errors
def apps_show(app: AppContext, application_id: int, as_json: bool) -> None:
    """Show an application with its timeline and the mail behind it."""
    from tracker.applications import events_of
    from tracker.store import application_with_company, messages_for
    from tracker.transfer import application_record

    with Session(app.engine) as session:
        found = application_with_company(session, application_id=application_id)
        if found is None:
            raise UserError(f"no application with id {application_id} (see `nextround apps list`)")
        application, company = found
        events = events_of(session, application_id=application_id)
        messages = messages_for(session, application_id=application_id)
        if as_json:
            record = application_record(application, company)
            record["timeline"] = [
                {
                    "at": e.at.isoformat(),
                    "from": e.from_status,
                    "to": e.to_status,
                    "cause": e.cause,
                    "note": e.note,
                }
                for e in events
            ]
            record["messages"] = [
                {"date": m.date.isoformat() if m.date else None, "from": m.from_address, "subject": m.subject,
                 "label": m.label, "confidence": m.confidence}
                for m in messages
            ]  # fmt: skip
            click.echo(json.dumps(record, indent=2, ensure_ascii=False, default=str))
            return
        report.print_application(app.console, application, company, events, messages)


@apps.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="File to write (default: stdout)."
)
@pass_app
@friendly_errors
def apps_export(app: AppContext, fmt: str, output: str | None) -> None:
    """Export every application as CSV or JSON."""
    from tracker.transfer import export_applications

    with Session(app.engine) as session:
        text = export_applications(session, fmt=fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        err_console.print(f"Wrote {output}")
    else:
        click.echo(text, nl=False)


@apps.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), help="Default: from the file name."
)
@pass_app
@friendly_errors
def apps_import(app: AppContext, path: str, fmt: str | None) -> None:
    """Import applications from CSV or JSON; bad rows are reported and the rest imported."""
    from tracker.transfer import import_applications, read_records

    source = Path(path)
    fmt = fmt or ("json" if source.suffix.lower() == ".json" else "csv")
    try:
        records = read_records(source.read_text(encoding="utf-8-sig"), fmt=fmt)
    except (ValueError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: {error}") from None
    with session_scope(app.engine) as session:
        result = import_applications(
            session, records, now=utcnow(), ghosted_after=app.settings.scan.ghosted_after
        )
    for problem in result.problems:
        err_console.print(f"nextround: {path}: {problem}", markup=False)
    app.console.print(
        f"Imported {result.imported} applications"
        + (f", skipped {result.duplicates} already there" if result.duplicates else "")
        + (f", {len(result.problems)} rows with problems" if result.problems else "")
        + "."
    )
    if result.problems:
        raise SystemExit(EXIT_FAILURE if not result.imported else 1)


# follow-ups ------------------------------------------------------------------


@main.group()
def followups() -> None:
    """The replies to rejections: list, draft, skip."""


@followups.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include drafted and skipped follow-ups.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
@friendly_errors
def followups_list(app: AppContext, show_all: bool, as_json: bool) -> None:
    """List follow-ups; due ones first."""
    from tracker.store import followups as query

    states = None if show_all else [FollowUpState.PENDING]
    now = utcnow()
    with Session(app.engine) as session:
        rows = query(session, states=states, still_rejected=not show_all)
        if as_json:
            click.echo(
                json.dumps([report.followup_record(f, a, c, now=now) for f, a, c in rows], indent=2)
            )
            return
        report.print_followups(app.console, rows, now=now)


@followups.command("draft")
@click.argument("followup_id", type=int)
@click.option(
    "--body-file", type=click.Path(dir_okay=False), help="Use this text instead of the template."
)
@click.option("--force", is_flag=True, help="Save even when the tone check warns.")
@pass_app
@friendly_errors
def followups_draft(app: AppContext, followup_id: int, body_file: str | None, force: bool) -> None:
    """Save the follow-up as a draft in the account that received the rejection."""
    body = Path(body_file).read_text(encoding="utf-8") if body_file else None
    with Session(app.engine) as session:
        prepared = prepare_draft(
            session,
            followup_id=followup_id,
            settings=app.settings,
            config_dir=app.config_dir,
            body=body,
        )
    tone = [w for w in prepared.warnings if not w.startswith("the rejection came")]
    for warning in prepared.warnings:
        err_console.print(f"nextround: warning: {warning}", markup=False)
    if tone and not force:
        raise UserError(
            "the draft goes against the advice above; edit it, or save anyway with --force"
        )
    account = app.settings.account(prepared.account)
    connector = open_connector(account, data_dir=app.data_dir)
    try:
        save_draft(app.engine, connector, prepared)
        where = connector.describe_draft_location()
    finally:
        connector.close()
    app.console.print(f"Saved the draft to {where}: {prepared.reply.subject}", markup=False)


@followups.command("skip")
@click.argument("followup_id", type=int)
@pass_app
@friendly_errors
def followups_skip(app: AppContext, followup_id: int) -> None:
    """Skip a follow-up (it stays in `followups list --all`)."""
    with session_scope(app.engine) as session:
        skip_followup(session, followup_id=followup_id)
    app.console.print(f"Skipped follow-up {followup_id}.")


# database ----------------------------------------------------------------------


@main.group()
def db() -> None:
    """The database: copy it to another (e.g. from SQLite to PostgreSQL)."""


@db.command("copy")
@click.option("--to", "target", required=True, help="SQLAlchemy URL of an empty database.")
@click.option("--from", "source", help="Default: the configured database.")
@pass_app
@friendly_errors
def db_copy(app: AppContext, target: str, source: str | None) -> None:
    """Copy everything into another database, then point database.url at it."""
    from sqlalchemy.engine import make_url

    from tracker.copydb import copy_database

    copied = copy_database(source or database_url(app.settings), target)
    total = sum(copied.values())
    # copy_database opened the target, so the URL is valid here
    shown = make_url(target).render_as_string(hide_password=True)
    app.console.print(
        f"Copied {total} rows into {shown}. Set database.url to it in your config.", markup=False
    )


# review ----------------------------------------------------------------------


@main.group()
def review() -> None:
    """Uncertain detections and ambiguous matches: accept, relabel, move or dismiss them."""


LABEL_CHOICE = click.Choice(["rejection", "applied", "interview", "offer", "other"])


@review.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_app
@friendly_errors
def review_list(app: AppContext, as_json: bool) -> None:
    """List the messages waiting for you."""
    from tracker.corrections import review_queue

    with Session(app.engine) as session:
        rows = review_queue(session)
        records = [report.review_record(m, a, c) for m, a, c in rows]
    if as_json:
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    report.print_review(app.console, records)


def _correct(app: AppContext, action: Callable[[Session], object], done: str) -> None:
    from tracker.corrections import CorrectionError

    try:
        with session_scope(app.engine) as session:
            action(session)
    except CorrectionError as error:
        raise UserError(str(error)) from None
    app.console.print(done, markup=False)


@review.command("accept")
@click.argument("message_id", type=int)
@pass_app
@friendly_errors
def review_accept(app: AppContext, message_id: int) -> None:
    """Apply a detection as it is."""
    from tracker.corrections import accept

    settings, now = app.settings, utcnow()
    _correct(
        app,
        lambda s: accept(s, message_id=message_id, settings=settings, now=now),
        f"Accepted message {message_id}.",
    )


@review.command("relabel")
@click.argument("message_id", type=int)
@click.argument("label", type=LABEL_CHOICE)
@click.option("--paused", is_flag=True, help="A hiring freeze or role on hold (with 'rejection').")
@click.option("--sender-rule", is_flag=True, help="Also label all future mail from this sender so.")
@pass_app
@friendly_errors
def review_relabel(
    app: AppContext, message_id: int, label: str, paused: bool, sender_rule: bool
) -> None:
    """Give a message another label; its application's status follows."""
    from tracker.corrections import relabel, save_sender_rule
    from tracker.models import Message

    settings, now = app.settings, utcnow()

    def change(session: Session) -> None:
        relabel(
            session, message_id=message_id, label=label, paused=paused, settings=settings, now=now
        )
        if sender_rule:
            message = session.get(Message, message_id)
            assert message is not None
            save_sender_rule(session, sender=message.from_address, label=label)

    _correct(app, change, f"Message {message_id} is now {label}.")


@review.command("move")
@click.argument("message_id", type=int)
@click.argument("application", metavar="APPLICATION_ID|new")
@pass_app
@friendly_errors
def review_move(app: AppContext, message_id: int, application: str) -> None:
    """Move a message to another application, or to a new one."""
    from tracker.corrections import move

    if application != "new" and not application.isdigit():
        raise UserError("give an application id (see `nextround apps list`) or 'new'")
    target = None if application == "new" else int(application)
    settings, now = app.settings, utcnow()
    _correct(
        app,
        lambda s: move(s, message_id=message_id, application_id=target, settings=settings, now=now),
        f"Moved message {message_id}.",
    )


@review.command("dismiss")
@click.argument("message_id", type=int)
@pass_app
@friendly_errors
def review_dismiss(app: AppContext, message_id: int) -> None:
    """Take a message out of the review list without changing anything."""
    from tracker.corrections import dismiss

    _correct(app, lambda s: dismiss(s, message_id=message_id), f"Dismissed message {message_id}.")


# stats -----------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True)
@pass_app
@friendly_errors
def stats(app: AppContext, as_json: bool) -> None:
    """The funnel, response rate and pace of your search."""
    from tracker.stats import compute_stats

    with Session(app.engine) as session:
        figures = compute_stats(session, now=utcnow())
    if as_json:
        click.echo(json.dumps(figures.as_dict(), indent=2))
        return
    report.print_stats(app.console, figures)


# classify --------------------------------------------------------------------


@main.command()
@click.option(
    "--jsonl",
    "jsonl",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="One JSON object per line.",
)
@click.option(
    "--explain", is_flag=True, help="Also print each message's reasons in plain words (to stderr)."
)
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@pass_app
@friendly_errors
def classify(app: AppContext, jsonl: str | None, explain: bool, files: tuple[str, ...]) -> None:
    """Classify messages: JSON lines (subject, from, body, date, headers) or .eml files.

    Writes one JSON object per input, in order: label, confidence, company, role, reasons.
    """
    from tracker.classify_io import classify_eml_files, classify_jsonl

    if bool(jsonl) == bool(files):
        raise UserError("give either --jsonl FILE or one or more .eml files")
    from tracker.classify import load_rules

    rules = load_rules(app.settings.classifier)
    problems: list[str] = []
    results = (
        classify_jsonl(jsonl, rules, problems)
        if jsonl
        else classify_eml_files(files, rules, problems)
    )
    for result in results:
        click.echo(json.dumps(result, ensure_ascii=False))
        if explain:
            reasons = "; ".join(result["reasons"]) or "no rule fired"
            err_console.print(
                f"{result['label']} ({result['confidence']:.2f}): {reasons}", markup=False
            )
    if problems:
        for problem in problems[:5]:
            err_console.print(f"nextround: {problem}", markup=False)
        raise SystemExit(EXIT_FAILURE)


# auth ------------------------------------------------------------------------


@main.group()
def auth() -> None:
    """Authorize nextround to read a mail account and save drafts in it."""


@auth.command("gmail")
@click.option(
    "--account", "account_name", help="The gmail account in the config (default: the only one)."
)
@click.option("--browser", is_flag=True, help="Open the browser instead of only printing the URL.")
@pass_app
@friendly_errors
def auth_gmail(app: AppContext, account_name: str | None, browser: bool) -> None:
    """Run Google's sign-in in your browser and keep the token (mode 0600)."""
    accounts = [a for a in app.settings.accounts if a.kind == "gmail"]
    if account_name:
        account = app.settings.account(account_name)
        if account.kind != "gmail":
            raise UserError(f"account {account_name!r} is kind {account.kind!r}, not gmail")
    elif len(accounts) == 1:
        account = accounts[0]
    else:
        raise UserError(
            "no gmail account in the config"
            if not accounts
            else "several gmail accounts: choose one with --account"
        )
    authorize = authorizer("gmail")
    if authorize is None:
        raise UserError("the Gmail connector is not installed (reinstall nextround: pip install .)")
    summary = authorize(
        account, data_dir=app.data_dir, echo=app.console.print, open_browser=browser
    )
    app.console.print(summary, markup=False)


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    app = ctx.find_object(AppContext)
    if value and app is not None:
        app.config_option = value


def _give_every_command_a_config_option(group: click.Group) -> None:
    """Let --config come after the command too (`nextround scan --config FILE`)."""
    for command in group.commands.values():
        if isinstance(command, click.Group):
            _give_every_command_a_config_option(command)
        elif not any("--config" in getattr(p, "opts", ()) for p in command.params):
            command.params.append(
                click.Option(
                    ["--config"],
                    type=click.Path(dir_okay=False),
                    expose_value=False,
                    is_eager=True,
                    callback=_set_config,
                    help="Config file (default: $NEXTROUND_CONFIG, then the platform config dir).",
                )
            )


_give_every_command_a_config_option(main)

if __name__ == "__main__":  # pragma: no cover
    main()
