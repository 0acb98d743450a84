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


def _wait_until(condition) -> None:
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def _busy_worker():
    """A job that keeps the background worker busy until the returned event is set."""
    started, release = threading.Event(), threading.Event()
    lab_cache.ahead([(f"test.busy{id(release)}", lambda: started.set() or release.wait(5))])
    started.wait(5)
    return release


def test_ahead_computes_in_order_in_the_background_and_skips_what_is_known():
    order = []
    lab_cache.shared("test.known", lambda: "kept")

    def job(name):
        return lambda: order.append(name) or name

    release = _busy_worker()
    lab_cache.ahead([("test.a", job("a")), ("test.known", job("known")), ("test.b", job("b"))])
    assert lab_cache.known("test.a") and lab_cache.known("test.b")
    release.set()
    _wait_until(lambda: len(order) == 2)
    assert order == ["a", "b"]
    assert lab_cache.shared("test.b", job("again")) == "b" and lab_cache.shared("test.known", job("x")) == "kept"


def test_a_page_takes_over_a_job_still_waiting_for_the_worker():
    ran = []
    release = _busy_worker()
    lab_cache.ahead([("test.queued", lambda: ran.append("worker") or "worker")])
    # the worker is busy: the page computes it now instead of waiting behind the busy job
    assert lab_cache.shared("test.queued", lambda: ran.append("page") or "page") == "page"
    release.set()
    time.sleep(0.1)
    assert ran == ["page"]


def test_a_newer_guess_drops_the_waiting_ones_of_its_kind():
    ran = []

    def job(name):
        return lambda: ran.append(name) or name

    release = _busy_worker()
    lab_cache.ahead([("test.guess1", job("guess1"))], replaces="guess")
    lab_cache.ahead([("test.guess2", job("guess2"))], replaces="guess")
    assert not lab_cache.known("test.guess1") and lab_cache.known("test.guess2")
    release.set()
    _wait_until(lambda: ran)
    assert ran == ["guess2"] and lab_cache.shared("test.guess2", job("page")) == "guess2"


def _draws(seed: int, started: threading.Event | None = None) -> list[float]:
    """40 draws from torch's one generator after seeding it, pausing between them so another thread could run."""
    import torch
    torch.manual_seed(seed)
    if started is not None:
        started.set()
    out = []
    for _ in range(40):
        out.append(torch.rand(1).item())
        time.sleep(0.001)  # a chance for the other thread to run in between
    return out


def _expected(seed: int) -> list[float]:
    """The same 40 draws from a fresh generator of its own: what _draws gives when nothing else draws meanwhile."""
    import torch
    generator = torch.Generator().manual_seed(seed)
    return [torch.rand(1, generator=generator).item() for _ in range(40)]


def test_a_page_and_the_background_never_draw_from_torchs_random_generator_at_once():
    """torch has one random generator per process: a seeded computation in the page and one in the background
    thread each get their own seed's numbers (the sequence a fresh generator with that seed gives)."""
    started = threading.Event()
    lab_cache.ahead([("test.rng.background", lambda: _draws(1, started))])
    started.wait(10)
    page = lab_cache.shared("test.rng.page", lambda: _draws(2))
    background = lab_cache.shared("test.rng.background", lambda: pytest.fail("computed twice"))
    assert page == _expected(2) and background == _expected(1)


def test_a_pages_own_seeded_work_in_torch_alone_and_the_background_keep_their_own_numbers():
    """What a page seeds outside shared() (the Cross-validate page's k folds, say) holds the same lock."""
    started = threading.Event()
    lab_cache.ahead([("test.rng.background2", lambda: _draws(3, started))])
    started.wait(10)
    with lab_cache.torch_alone():  # waits for the background job under way, which then waits for it in turn
        page = _draws(4)
    background = lab_cache.shared("test.rng.background2", lambda: pytest.fail("computed twice"))
    assert page == _expected(4) and background == _expected(3)


def test_the_study_paths_model_count_draws_nothing_from_torchs_generator(monkeypatch):
    """ui.study counts the current model's parameters on every page; it must not move torch's one generator (a
    background lab's seeded work would draw different numbers), and the count is the layers' by hand."""
    import torch

    from engine import datasets
    from engine.config import TrainConfig
    from ui import study

    house = datasets.load("house_prices")
    monkeypatch.setattr(study, "dataset", lambda: house)
    monkeypatch.setattr(study, "config", lambda: TrainConfig(hidden=[50, 30], dropout=0.5))
    torch.manual_seed(3)
    before = torch.get_rng_state()
    facts = study._model_facts()
    assert torch.equal(torch.get_rng_state(), before)
    n = house.X.shape[1]
    assert facts.n_params == (n * 50 + 50) + (50 * 30 + 30) + (30 * 1 + 1)
