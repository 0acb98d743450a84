"""Background work (ui/preload.py, ui/lab_cache.py) waits for the learner's script runs to end before each piece."""
import threading
import time


def wait_until_quiet(limit_s: float) -> None:
    """Wait (at most limit_s seconds) until no script run is under way: an import or a lab's training holds the GIL
    most of its time, so next to a run (the learner's next page, opened right after Home) it would make that run up
    to twice as slow. A page that needs the work meanwhile does it itself."""
    give_up = time.monotonic() + limit_s
    while time.monotonic() < give_up and any(thread.name == "ScriptRunner.scriptThread"
                                             for thread in threading.enumerate()):
        time.sleep(0.02)
