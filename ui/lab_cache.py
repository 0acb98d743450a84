"""Lab results computed once per server and shared by every session, and worked out ahead in the background.

A lab's default view often needs a few seconds of training that depend on nothing the learner has moved yet
(the overfitting lab's capacity sweep at its default settings, say). `ahead([(key, compute), …])` starts that in a
background thread when the lab is opened, while the learner reads the page; `shared(key, compute)` is what
the page calls when the result is wanted: it returns the finished result, waits for the one being computed
(never computing it twice at once), or computes it now. Results must be pure functions of their key.
"""
from __future__ import annotations

import threading
from collections import OrderedDict, deque
from concurrent.futures import CancelledError, Future
from contextlib import contextmanager
from typing import Any, Callable

from ui.quiet import wait_until_quiet

QUIET_WAIT_S = 2.0  # at most this long before each background job for the learner's script runs to end
MAX_RESULTS = 256  # the oldest are dropped beyond this: 15 kB (a surface path) to 200 kB (a batches race) each
_LOCK = threading.Lock()
# One computation at a time, the page's or the background's: torch has one random generator per process (seeded
# starting weights, dropout masks), so two fits at once in two threads would draw from each other's sequence and
# a lab could show numbers its own settings do not give. A page wanting a result meanwhile waits for the job.
_COMPUTING = threading.RLock()
_RESULTS: OrderedDict[str, Future] = OrderedDict()
_WORK = threading.Lock()  # guards the background queue, its one worker and _stopping
_QUEUE: deque[tuple[str, Future, Callable[[], Any], str | None]] = deque()  # key, future, compute, kind
_worker: threading.Thread | None = None
_stopping = False


def shared(key: str, compute: Callable[[], Any]) -> Any:
    """compute()'s result for this key, computed at most once at a time per server (an error is not kept)."""
    while True:
        future, mine = _claim(key)
        if not mine:
            with _WORK:  # still waiting for the worker: take it over rather than wait behind other jobs
                job = next((job for job in _QUEUE if job[1] is future), None)
                if job is not None:
                    _QUEUE.remove(job)
                    mine = future.set_running_or_notify_cancel()
        if mine:
            _settle(key, future, compute)
        try:
            return future.result()
        except CancelledError:  # a background job dropped before it started (see ahead): compute it here
            continue


@contextmanager
def torch_alone():
    """Hold while a page seeds torch outside shared() (a learner's cross-validation, a lab's own training): it
    waits for the lab computation under way, and the background's next one waits for it (see _COMPUTING)."""
    with _COMPUTING:
        yield


def ahead(jobs: list[tuple[str, Callable[[], Any]]], replaces: str | None = None) -> None:
    """Compute each (key, compute) in order in the background, skipping the ones done or under way.

    One worker thread for every lab (the learner's reruns keep the other core) takes the newest jobs first:
    what the learner has just asked for comes before what an earlier setting wanted. The keys are claimed at
    once, so a page asking for one of them meanwhile waits for it instead of computing it a second time.
    `replaces` names the jobs' kind: jobs of that kind still waiting are dropped (a guess for settings the
    learner has since moved past); a page waiting for one of them computes it itself.
    """
    global _worker
    claimed = [(key, future, compute) for key, compute in jobs for future, mine in [_claim(key)] if mine]
    with _WORK:
        if replaces is not None:
            for job in [job for job in _QUEUE if job[3] == replaces]:
                _QUEUE.remove(job)
                _drop(job[0], job[1])
        if not claimed:
            return
        _QUEUE.extendleft(reversed([(key, future, compute, replaces) for key, future, compute in claimed]))
        if _worker is None and not _stopping:
            # not a daemon: at exit the interpreter waits for the job under way (a daemon thread still inside
            # torch when the interpreter ends aborts the process); the jobs still waiting are dropped (_stop)
            _worker = threading.Thread(target=_work, name="lab ahead", daemon=False)
            _worker.start()


def known(key: str) -> bool:
    """True when the key's result is done or under way (shared() then returns it without computing it)."""
    with _LOCK:
        return key in _RESULTS


def _work() -> None:
    """Run the queued jobs, newest first; end when none is left (ahead starts a new worker for the next)."""
    global _worker
    while True:
        wait_until_quiet(QUIET_WAIT_S)
        with _WORK:
            if not _QUEUE:
                _worker = None
                return
            key, future, compute, _ = _QUEUE.popleft()
            if not future.set_running_or_notify_cancel():
                continue
        _settle(key, future, compute)  # an error goes to whoever waits; a page asking later computes again


def _stop() -> None:
    """At interpreter exit, before it waits for the worker: drop the jobs still waiting."""
    global _stopping
    with _WORK:
        _stopping = True
        while _QUEUE:
            key, future, _, _ = _QUEUE.popleft()
            _drop(key, future)


threading._register_atexit(_stop)  # what concurrent.futures uses to stop its workers (runs before the joins)


def _claim(key: str) -> tuple[Future, bool]:
    """The key's future, and whether the caller has just created it (and must settle it)."""
    with _LOCK:
        future = _RESULTS.get(key)
        if future is not None:
            _RESULTS.move_to_end(key)
            return future, False
        future = _RESULTS[key] = Future()
        while len(_RESULTS) > MAX_RESULTS:
            _RESULTS.popitem(last=False)
        return future, True


def _drop(key: str, future: Future) -> None:
    """Forget a waiting background job: its key is free again, and whoever waits for it is told."""
    with _LOCK:
        if _RESULTS.get(key) is future:
            del _RESULTS[key]
    future.cancel()


def _settle(key: str, future: Future, compute: Callable[[], Any]) -> None:
    try:
        with _COMPUTING:
            result = compute()
        future.set_result(result)
    except BaseException as error:  # not kept: the next caller tries again
        with _LOCK:
            if _RESULTS.get(key) is future:
                del _RESULTS[key]
        future.set_exception(error)
