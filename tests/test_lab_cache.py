"""ui/lab_cache.py: once per server, shared by concurrent callers, worked out ahead in a background thread."""
import threading
import time

import pytest

from ui import lab_cache


def test_concurrent_callers_share_one_computation():
    calls, started = [], threading.Event()

    def slow():
        calls.append(1)
        started.set()
        time.sleep(0.2)
        return [len(calls)]

    results = []
    first = threading.Thread(target=lambda: results.append(lab_cache.shared("test.slow", slow)))
    first.start()
    started.wait()
    results.append(lab_cache.shared("test.slow", slow))  # while the first is still computing: waits for it
    first.join()
    assert calls == [1] and results == [[1], [1]] and results[0] is results[1]


def test_an_error_is_raised_to_the_caller_and_not_kept():
    attempts = []

    def flaky():
        attempts.append(1)
        if len(attempts) == 1:
            raise ValueError("first time")
        return "done"

    with pytest.raises(ValueError):
        lab_cache.shared("test.flaky", flaky)
    assert lab_cache.shared("test.flaky", flaky) == "done" and len(attempts) == 2


def test_ahead_computes_in_order_in_the_background_and_skips_what_is_known():
    order, release = [], threading.Event()
    lab_cache.shared("test.known", lambda: "kept")

    def job(name):
        def compute():
            release.wait(5)
            order.append(name)
            return name
        return compute

    lab_cache.ahead([("test.a", job("a")), ("test.known", job("known")), ("test.b", job("b"))])
    release.set()
    assert lab_cache.shared("test.b", job("again")) == "b"  # waits for the background's result
    assert order == ["a", "b"] and lab_cache.shared("test.known", job("x")) == "kept"


def test_a_newer_guess_drops_the_waiting_ones_of_its_kind():
    release, started, ran = threading.Event(), threading.Event(), []

    def busy():
        started.set()
        release.wait(5)
        return "busy"

    def job(name):
        return lambda: ran.append(name) or name

    lab_cache.ahead([("test.busy", busy)])  # keeps the worker busy while the guesses queue up
    started.wait(5)
    lab_cache.ahead([("test.guess1", job("guess1"))], replaces="guess")
    lab_cache.ahead([("test.guess2", job("guess2"))], replaces="guess")
    assert not lab_cache.known("test.guess1") and lab_cache.known("test.guess2")
    release.set()
    assert lab_cache.shared("test.guess2", job("page")) == "guess2"
    assert lab_cache.shared("test.guess1", job("page1")) == "page1"  # dropped: the page computes it itself
    assert ran == ["guess2", "page1"]


def test_a_page_waiting_for_a_dropped_guess_computes_it_itself():
    release, started, results = threading.Event(), threading.Event(), []
    lab_cache.ahead([("test.busy2", lambda: started.set() or release.wait(5))])
    started.wait(5)
    lab_cache.ahead([("test.wanted", lambda: "guessed")], replaces="guess2")
    waiter = threading.Thread(target=lambda: results.append(lab_cache.shared("test.wanted", lambda: "computed")))
    waiter.start()
    time.sleep(0.1)  # the page now waits for the queued guess
    lab_cache.ahead([("test.other", lambda: "other")], replaces="guess2")  # which a newer guess drops
    waiter.join(5)
    release.set()
    assert results == ["computed"]
