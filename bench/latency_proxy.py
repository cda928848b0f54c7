"""A loopback TCP forwarder that adds a fixed round-trip time, for the IMAP bench.

Each accepted connection is forwarded to one target on loopback. Every chunk read in
either direction is stamped with the time it may leave (now + rtt/2) and put on that
direction's delay queue; a writer thread per direction sends it when it is due. The
readers never sleep, so bandwidth stays that of loopback and only latency is added:
a request and its answer together take `rtt` longer, as on a real network. Bytes are
forwarded untouched, so TLS passes through (the client verifies the server's own
certificate, which names 127.0.0.1 whatever the port).

Used by bench/imap_scan.py --rtt-ms, which runs it in a child process of its own
(`spawned_proxy`) so that the scan's CPU work cannot hold the GIL while a due chunk
waits. Standalone: `python bench/latency_proxy.py --target-port P --rtt-ms R` prints
the listening port, then forwards until its stdin closes. Stdlib only.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

HOST = "127.0.0.1"
CHUNK = 65536
_END = b""  # queued after the last chunk: the reader saw end of stream


def _require_loopback(host: str) -> None:
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"the latency proxy only forwards to loopback, not {host}")


def _quiet_shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _Link:
    """One forwarded connection: two directions, each a reader and a delaying writer."""

    def __init__(self, client: socket.socket, upstream: socket.socket, delay: float) -> None:
        self._sockets = (client, upstream)
        self._delay = delay
        self._lock = threading.Lock()
        self._open_directions = 2
        self._threads: list[threading.Thread] = []
        for source, target in ((client, upstream), (upstream, client)):
            pending: queue.SimpleQueue[tuple[float, bytes]] = queue.SimpleQueue()
            self._threads += [
                threading.Thread(target=self._read, args=(source, pending), daemon=True),
                threading.Thread(target=self._write, args=(target, pending), daemon=True),
            ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def _read(self, source: socket.socket, pending: queue.SimpleQueue[tuple[float, bytes]]) -> None:
        try:
            while chunk := source.recv(CHUNK):
                pending.put((time.monotonic() + self._delay, chunk))
        except OSError:
            pass  # reset or closed by close(): end this direction like an EOF
        # The end of stream is delayed too, so a close never overtakes the data before it.
        pending.put((time.monotonic() + self._delay, _END))

    def _write(
        self, target: socket.socket, pending: queue.SimpleQueue[tuple[float, bytes]]
    ) -> None:
        # The delay is the same for every chunk, so the queue is already in due order.
        while True:
            due, chunk = pending.get()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if chunk == _END:
                break
            try:
                target.sendall(chunk)
            except OSError:
                break
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
        with self._lock:
            self._open_directions -= 1
            last = self._open_directions == 0
        if last:
            self.close()

    def close(self) -> None:
        """Close both sockets; blocked readers wake up and end their direction."""
        for sock in self._sockets:
            _quiet_shutdown(sock)
            sock.close()

    def join(self, timeout: float) -> None:
        for thread in self._threads:
            thread.join(timeout)


class LatencyProxy:
    """Forwards 127.0.0.1:<port> to a loopback target, adding `rtt_ms` to every round trip."""

    def __init__(self, target_port: int, rtt_ms: float, target_host: str = HOST) -> None:
        _require_loopback(target_host)
        if rtt_ms < 0:
            raise ValueError("rtt_ms must be 0 or more")
        self._target = (target_host, target_port)
        self._delay = rtt_ms / 2000  # half the round trip each way, in seconds
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.2)  # lets the accept loop notice close()
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._links: list[_Link] = []
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # listener closed
            client.settimeout(None)
            try:
                upstream = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):
                # Forward each chunk as soon as it is due: no Nagle delay on top of ours.
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(client, upstream, self._delay)
            with self._lock:
                if self._stop.is_set():
                    link.close()
                    return
                self._links.append(link)
            link.start()

    def close(self) -> None:
        """Stop accepting, close every forwarded connection and wait for the threads."""
        self._stop.set()
        self._acceptor.join(2)
        self._listener.close()
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.close()
        for link in links:
            link.join(2)

    def __enter__(self) -> LatencyProxy:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


@contextlib.contextmanager
def spawned_proxy(target_port: int, rtt_ms: float) -> Iterator[int]:
    """Give the port of a LatencyProxy run in a child process, stopped when the block ends."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--target-port", str(target_port),
         "--rtt-ms", str(rtt_ms)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line.strip().isdigit():
            raise RuntimeError("the latency proxy did not start (no port printed)")
        yield int(line)
    finally:
        # The child forwards until its stdin closes; kill it (by its own pid) if it lingers.
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target-port", type=int, required=True)
    parser.add_argument("--target-host", default=HOST)
    parser.add_argument("--rtt-ms", type=float, required=True)
    options = parser.parse_args()
    with LatencyProxy(options.target_port, options.rtt_ms, options.target_host) as proxy:
        print(proxy.port, flush=True)
        sys.stdin.read()  # until the parent closes our stdin (or exits)


if __name__ == "__main__":
    main()
