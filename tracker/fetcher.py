"""A big scan's fetching, in a process of its own.

In a first scan of a big IMAP mailbox the scan's process did two CPU-bound jobs
under one GIL: its fetching thread parsed the server's responses while its main
thread stored the batch before, so each waited for the other (worker processes
already read the mail). Once the first batch shows that much mail is left, the rest
is fetched by a spawned process that opens the account again and goes on from the
cursor the first batch ends at: the scan's process then only stores.

A connector opts in by giving an opener (`tracker.connector.OpensElsewhere`); any
other connector, or a scan without helper processes, fetches on its thread as
before. The fetcher's log records are handed to the scan's own logging, and a
ConnectorError it meets is raised in the scan as if fetching had stayed at home.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
from collections.abc import Callable, Iterator
from dataclasses import replace
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from tracker.connector import Connector, Cursor, OpensElsewhere, ScanBatch, UnavailableError
from tracker.spawning import become_quiet_helper, starting_processes

log = logging.getLogger(__name__)

HAND_OVER_FROM = 2_000
"""Messages still to fetch after the first batch for the rest to go to a fetcher:
starting one (a process, its imports, a new login) costs about what fetching a few
hundred messages here does."""
_GOODBYE_SECONDS = 5.0
"""How long a fetcher that was told to stop may take to log out before it is killed."""


def scan_batches(
    connector: Connector, cursor: Cursor | None, *, elsewhere: bool
) -> Iterator[ScanBatch]:
    """Give the batches of a scan from `cursor`; with `elsewhere`, a big scan's rest is
    fetched by a process of its own (see the module's docstring)."""
    batches = connector.scan(cursor)
    for batch in batches:
        yield batch
        left = (batch.total or 0) - batch.done
        if not elsewhere or left < HAND_OVER_FROM or not isinstance(connector, OpensElsewhere):
            continue
        opener = connector.opener()
        if opener is None:
            continue
        # The connector's generator is paused after this batch and has fetched no
        # more: closing it wastes nothing, and the fetcher goes on from this cursor.
        close = getattr(batches, "close", None)
        if close is not None:
            close()
        try:
            fetcher, ours = _start_fetcher(opener, batch.cursor)
        except (OSError, ValueError, RuntimeError) as error:
            log.warning("%s: no process to fetch in (%s): fetching here", connector.account, error)
            yield from _counted_after(batch, connector.scan(batch.cursor))
            return
        log.info(
            "%s: fetching the other %d messages in a process of its own", connector.account, left
        )
        yield from _counted_after(batch, _fetched_by(fetcher, ours))
        return


def _counted_after(last: ScanBatch, batches: Iterator[ScanBatch]) -> Iterator[ScanBatch]:
    """Give `batches`, a scan that goes on from `last`, with `done` and `total` counted
    from the start of the whole scan, as the connector's own batches are."""
    for batch in batches:
        yield replace(
            batch,
            done=last.done + batch.done,
            total=last.done + batch.total if batch.total is not None else last.total,
        )


def _start_fetcher(
    opener: Callable[[], Connector], cursor: Cursor
) -> tuple[BaseProcess, Connection]:
    """Start a process that fetches a scan from `cursor`; give it and the end of the pipe
    its batches come through."""
    context = get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    process = context.Process(
        target=_fetch,
        args=(opener, cursor, theirs, _logging_levels()),
        name="nextround-fetcher",
        daemon=True,
    )
    try:
        with starting_processes():
            process.start()
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    return process, ours


def _fetched_by(process: BaseProcess, ours: Connection) -> Iterator[ScanBatch]:
    """Give the batches the fetcher sends, raising the error that stopped it."""
    try:
        while True:
            try:
                kind, value = ours.recv()
            except EOFError:
                raise UnavailableError(
                    "the process fetching this scan's mail stopped before the end; "
                    "what was stored is kept: scan again to go on"
                ) from None
            if kind == "batch":
                yield value
            elif kind == "log":
                logging.getLogger(value.name).handle(value)
            elif kind == "error":
                raise value
            else:
                return
    finally:
        ours.close()  # a fetcher still sending learns of it and logs out
        process.join(_GOODBYE_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _logging_levels() -> dict[str, int]:
    """Give the levels this process's loggers have (the root's as ""): the fetcher logs as
    this process would (the CLI keeps imaplib's trace, which holds mail, off even at -vv)."""
    levels = {"": logging.getLogger().getEffectiveLevel()}
    for name, logger in logging.root.manager.loggerDict.items():
        if isinstance(logger, logging.Logger) and logger.level != logging.NOTSET:
            levels[name] = logger.level
    return levels


def _fetch(
    opener: Callable[[], Connector],
    cursor: Cursor,
    connection: Connection,
    levels: dict[str, int],
) -> None:
    """Fetch a scan from `cursor` and send each batch to the scan (in the fetcher)."""
    become_quiet_helper()
    for name, level in levels.items():
        logging.getLogger(name or None).setLevel(level)
    logging.getLogger().addHandler(_ToTheScan(connection))
    connector: Connector | None = None
    try:
        connector = opener()
        for batch in connector.scan(cursor):
            connection.send(("batch", batch))
        connection.send(("end", None))
    except (BrokenPipeError, EOFError):
        pass  # the scan stopped listening: it ended early
    except Exception as error:  # noqa: BLE001 - raised in the scan, where it belongs
        _send_error(connection, error)
    finally:
        if connector is not None:
            connector.close()


def _send_error(connection: Connection, error: Exception) -> None:
    """Tell the scan the error that ended fetching, as itself when it survives pickling."""
    try:
        pickle.loads(pickle.dumps(error))
        sent: Exception = error
    except Exception:  # noqa: BLE001 - any exception object may fail to pickle
        sent = RuntimeError(f"fetching failed: {type(error).__name__}: {error}")
    with contextlib.suppress(OSError):  # the scan is gone
        connection.send(("error", sent))


class _ToTheScan(logging.Handler):
    """Hands the fetcher's log records to the scan, which logs them as its own."""

    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self._connection = connection

    def emit(self, record: logging.LogRecord) -> None:
        try:
            # The arguments may not pickle: send the message made.
            record.msg = record.getMessage()
            record.args = None
            record.exc_info = None
            self._connection.send(("log", record))
        except Exception:  # noqa: BLE001 - logging must never stop the fetch
            self.handleError(record)
