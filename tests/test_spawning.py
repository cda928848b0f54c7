"""Starting helper processes from two threads at once (a scan's fetcher and readers)."""

from __future__ import annotations

import sys
import threading
import time

from tracker.spawning import starting_processes


def test_two_threads_starting_processes_both_see_the_main_module_hidden() -> None:
    main = sys.modules["__main__"]
    had_file = "__file__" in main.__dict__
    main.__dict__.setdefault("__file__", "/nowhere/script.py")
    inside = threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with starting_processes():
            inside.set()
            time.sleep(0.2)  # the other thread tries to start its processes meanwhile

    def second() -> None:
        inside.wait()
        with starting_processes():
            time.sleep(0.3)  # the first has left its block by now
            # A spawned process would run the main module again if it saw its file.
            seen.append("__file__" in main.__dict__)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert seen == [False]
        assert "__file__" in main.__dict__  # given back
    finally:
        if not had_file:
            main.__dict__.pop("__file__", None)
