"""A bounded set of loaded runs for one session: the rest stay in the store until asked for."""
from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from engine.train import Run

if TYPE_CHECKING:
    from engine.store import Store

DEFAULT_CACHE_SIZE = 4  # loaded runs a session keeps; a mnist_5k run with its own split holds 16.5 MB of rows


class ModelCache:
    """At most `size` loaded runs of one workspace in memory; any other is loaded from the store when asked for.

    The least recently used run leaves first. Models are small (seed 001's MLP: 0.27 MB loaded), but a
    loaded run also holds its scaled rows: 16.5 MB for mnist_5k when its split is its own (runs on the
    same split share them). bench/store.py, 50 such runs: 1,224 MB RSS holding all, 504 MB through a
    cache of 4, 397 MB holding only the list.
    """

    def __init__(self, store: Store, workspace: str, size: int = DEFAULT_CACHE_SIZE):
        self.store, self.workspace, self.size = store, workspace, max(1, size)
        self._runs: OrderedDict[int, Run] = OrderedDict()

    def get(self, run_id: int) -> Run:
        if run_id in self._runs:
            self._runs.move_to_end(run_id)
            return self._runs[run_id]
        run = self.store.load_run(self.workspace, run_id)
        self.put(run_id, run)
        return run

    def put(self, run_id: int, run: Run) -> None:
        """Hold a run the session already has (e.g. one it just trained and saved)."""
        self._runs[run_id] = run
        self._runs.move_to_end(run_id)
        while len(self._runs) > self.size:
            self._runs.popitem(last=False)

    def forget(self, run_id: int) -> None:
        self._runs.pop(run_id, None)

    def __contains__(self, run_id) -> bool:
        return run_id in self._runs

    def __len__(self) -> int:
        return len(self._runs)
