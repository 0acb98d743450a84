"""Train in a child process; the app's server keeps a handle that draws, stops and keeps the run.

Python threads share one interpreter lock: a training thread beside Streamlit's server ran at a third of the
engine's speed (bench/browser.py, browser_vs_engine 3.7), and ten learners training in threads made every page
of a classroom server slow. A child process trains at the engine's own speed on its own core; on a shared server
it can run at a lower CPU priority (`nice`), so the server answers first.

The parent builds the Training first (so a bad config is refused at once, in the learner's words) and keeps its
Run as the shell that the child's results are poured into: the same split, scalers and model architecture, as
the child trains on exactly the parent's rows. Every `interval` seconds the child sends the new history records,
the weights (when the view is live) and the progress; at the end, everything a finished Run holds that training
changes. Messages are plain pickles over a one-way pipe (no shared tensors, so nothing leaks if a side dies).
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import multiprocessing
import os
import pickle
import threading
import time
from multiprocessing import spawn
from typing import Iterator

from engine.dataset import Dataset
from engine.errors import LearnerError
from engine.pacing import LiveTrainer, Progress
from engine.train import Event, Run, Training, fit_many

# forkserver: a clean process that imported the engine once forks each child in milliseconds (a plain fork of
# the multi-threaded server is unsafe; spawn would import torch again for every run). Windows has only spawn.
_CONTEXT = multiprocessing.get_context(
    "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
if _CONTEXT.get_start_method() == "forkserver":
    # Imported once in the fork server, not again in every child: the engine, and torch._dynamo, which torch.optim
    # imports on its first optimizer (a second per child otherwise).
    _CONTEXT.set_forkserver_preload(["torch._dynamo", __name__])
_STARTING = threading.Lock()


@contextlib.contextmanager
def _without_main():
    """Start a child without re-running the parent's main module in it.

    multiprocessing runs the parent's `__main__` again in each new child (for pickled functions defined there).
    Under Streamlit `__main__` is the page script being run: a child would execute the app. Training needs only
    engine modules, so the child is told nothing about the main module.
    """
    with _STARTING:
        real = spawn.get_preparation_data
        spawn.get_preparation_data = lambda name: {key: value for key, value in real(name).items()
                                                   if not key.startswith("init_main")}
        try:
            yield
        finally:
            spawn.get_preparation_data = real


def warm_up() -> None:
    """Start the fork server now, without waiting for it: it imports torch in its own process (seconds on a fresh
    server) while the learner reads the Train page, so the first Train click does not wait for it."""
    if _CONTEXT.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        forkserver.ensure_running()


def _until_stopped(training: Training, stop) -> Iterator[Event]:
    """The training's events until the stop flag is set, read after every step: a plain shared byte (0.02 µs a
    read) rather than a multiprocessing Event (0.3 µs)."""
    for event in training:
        yield event
        if stop.value:
            return


def _child(config, dataset, rows: tuple, stop, interval: float, live: bool, conn) -> None:
    """The training child's work: train, send a message every `interval` seconds, send the finished run."""
    sent = shared = 0  # history records and snapshots already sent
    training = Training(config, dataset, *rows)

    def send(run: Run, progress: Progress) -> None:
        nonlocal sent, shared
        new, sent = list(run.history[sent:]), len(run.history)
        snapshots, shared = run.snapshots[shared:], len(run.snapshots)
        if progress.final:
            training.stop()  # a no-op when it finished or diverged
            done = {"state": run.model.state_dict(), "snapshots": run.snapshots, "steps": run.steps,
                    "stopped": run.stopped, "metrics": run.metrics, "train_metrics": run.train_metrics}
            conn.send_bytes(pickle.dumps(("done", new, done, progress)))
        else:
            live_state = (run.model.state_dict(), snapshots) if live else None
            conn.send_bytes(pickle.dumps(("draw", new, live_state, progress)))

    LiveTrainer(training, send, interval=interval, events=_until_stopped(training, stop)).run()


def _sweep_child(configs: list, dataset, interval: float, conn) -> None:
    """The sweep child's work: engine.train.fit_many, the members' new history records every `interval` seconds,
    then the finished runs (without the table, which the parent has)."""
    sent = [0] * len(configs)
    next_send = time.perf_counter() + interval

    def new_records(histories) -> list:
        new = [history[start:] for history, start in zip(histories, sent)]
        sent[:] = [len(history) for history in histories]
        return new

    def on_epoch(epoch: int, histories) -> None:
        nonlocal next_send
        if time.perf_counter() >= next_send:
            conn.send_bytes(pickle.dumps(("draw", epoch, new_records(histories), None)))
            next_send = time.perf_counter() + interval

    runs = fit_many(configs, dataset, on_epoch)
    for run in runs:
        run.table = None
    conn.send_bytes(pickle.dumps(("done", max(len(run.history) for run in runs), [], runs)))


def _in_child(work, args: tuple, nice: int, conn) -> None:
    """A child's whole life: work(*args, conn), any error sent to the parent in its stead, then exit.

    A parent that went away (a killed server) closes the pipe; the next send fails and the child ends."""
    if nice and hasattr(os, "nice"):  # Windows has none
        os.nice(nice)
    try:
        work(*args, conn)
    except (BrokenPipeError, EOFError):
        pass
    except BaseException as error:  # noqa: BLE001 - handed to the parent, which shows it to the learner
        try:
            conn.send_bytes(pickle.dumps(("error", error)))
        except Exception:  # noqa: BLE001 - an error that cannot be pickled is sent as its words
            conn.send_bytes(pickle.dumps(("error", RuntimeError(repr(error)))))
    finally:
        conn.close()


def _start(work, args: tuple, nice: int, name: str):
    """Start work(*args, conn) in a child; returns (process, the parent's reading end of conn)."""
    receive, send = _CONTEXT.Pipe(duplex=False)
    process = _CONTEXT.Process(target=_in_child, daemon=True, name=name, args=(work, args, nice, send))
    with _without_main():
        process.start()
    send.close()  # the child holds the only writing end: its exit closes the pipe
    return process, receive


def _messages(conn) -> Iterator[tuple]:
    """The child's messages until its "done"; an "error" is raised here, a lost child (killed: out of memory, or by
    the system) as train.process_lost."""
    while True:
        try:
            message = pickle.loads(conn.recv_bytes())
        except EOFError:
            raise LearnerError("train.process_lost") from None
        if message[0] == "error":
            raise message[1]
        yield message
        if message[0] == "done":
            return


class _Child:
    """A child process seen from the parent: a thread takes in its messages (`_take`), `done` is set when it has
    ended (finished, or failed: `error`)."""

    def __init__(self, work, args: tuple, nice: int, name: str):
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.process, receive = _start(work, args, nice, name)
        threading.Thread(target=self._receive, args=(receive,), daemon=True, name=f"{name} receiver").start()

    @property
    def running(self) -> bool:
        return not self.done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def _take(self, kind: str, *payload) -> None:
        raise NotImplementedError

    def _receive(self, conn) -> None:
        """In a parent thread that sleeps in recv (no lock held)."""
        try:
            for message in _messages(conn):
                self._take(*message)
        except BaseException as error:  # noqa: BLE001 - kept for the page to show; a thread cannot raise to it
            self.error = error
        finally:
            conn.close()
            self.process.join(timeout=5)
            self.done.set()


class BackgroundTraining(_Child):
    """A Training running in a child process, seen from the parent.

    `snapshot` is (Run with a copy of the model and the history so far, Progress) of the child's last message,
    `done` is set when the child has finished (or failed: `error`), and then `run` is the parent's Run with
    everything the child learned. `stop()` asks the child to end after its current step. `nice` lowers the
    child's CPU priority by that many Unix nice levels (0 normal, 19 lowest).
    """

    def __init__(self, training: Training, dataset: Dataset, live: bool, interval: float = 0.25, nice: int = 0):
        self.run = training.run
        self.snapshot: tuple[Run, Progress] | None = None
        self._history, self._snapshots = list(self.run.history), list(self.run.snapshots)
        self._stop = _CONTEXT.RawValue("b", 0)
        rows = (self.run.data.train_idx, self.run.data.test_idx)
        super().__init__(_child, (self.run.config, dataset, rows, self._stop, interval, live), nice,
                         f"train {self.run.dataset_name}")

    def stop(self) -> None:
        self._stop.value = 1

    def _take(self, kind: str, new: list, payload, progress: Progress) -> None:
        """Pour one message into the parent's Run (at the end) or into a snapshot to draw."""
        run = self.run
        self._history.extend(new)
        if kind == "done":
            self._finish(payload, self._history)
            self.snapshot = (run, progress)
            return
        shown = None
        if payload is not None:  # a live view: a copy of the model with the child's weights now
            state, new_snapshots = payload
            self._snapshots.extend(new_snapshots)
            model = copy.deepcopy(run.model)
            model.load_state_dict(state)
            shown = dataclasses.replace(run, model=model, history=list(self._history),
                                        snapshots=list(self._snapshots), steps=progress.step)
        self.snapshot = (shown, progress)

    def _finish(self, done: dict, history: list) -> None:
        run = self.run
        run.model.load_state_dict(done["state"])
        run.history[:] = history
        for name in ("snapshots", "steps", "stopped", "metrics", "train_metrics"):
            setattr(run, name, done[name])


class BackgroundSweep(_Child):
    """engine.train.fit_many in a child process, so no click on the page interrupts it.

    `histories` (one list per member) and `epoch` grow with every message; when `done` is set, `runs` holds the
    finished runs (as fit_many returns them), or `error` what went wrong."""

    def __init__(self, configs: list, dataset: Dataset, interval: float = 0.25, nice: int = 0):
        self.histories: list[list] = [[] for _ in configs]
        self.epoch = 0
        self.runs: list[Run] | None = None
        self._table = dataset.frame
        super().__init__(_sweep_child, (configs, dataset, interval), nice, f"sweep {dataset.name}")

    def _take(self, kind: str, epoch: int, new: list, runs) -> None:
        # New lists, not extended ones: the page may be reading the previous ones right now.
        self.histories = [history + more for history, more in zip(self.histories, new)]
        self.epoch = epoch
        if kind == "done":
            for run in runs:
                run.table = self._table
            self.histories, self.runs = [run.history for run in runs], runs
