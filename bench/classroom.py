"""A classroom on one server: ten learners train at once in shared mode while another keeps loading Home.

Usage: python bench/classroom.py [--learners 10]
Starts `streamlit run app.py` with STUDYLAB_SHARED=1 and a throw-away workspace file, opens one Chromium
context per learner (each gets its own workspace token in its URL), has every learner open the Train page on the
starting dataset and press Train at the same time, and meanwhile times fresh loads of Home from another context.
Then it checks the file: one run in each learner's workspace, nobody's run in anybody else's.
Prints a table and, as its last line, one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.chdir(ROOT)

from conftest import AppServer
from playwright.sync_api import expect, sync_playwright

from bench.browser import ARGS, CHROMIUM, TIMEOUT, settled
from engine.i18n import t
from engine.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10)
    args = parser.parse_args()
    out: dict = {"learners": args.learners}
    with tempfile.TemporaryDirectory() as workdir, sync_playwright() as p:
        db = Path(workdir) / "classroom.sqlite"
        server = AppServer(db, shared=True).start()
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            pages = []
            for _ in range(args.learners):
                page = browser.new_context(viewport={"width": 1200, "height": 900}).new_page()
                page.goto(f"{server.url}/data")  # the Data page starts a learner on its first dataset
                settled(page)
                page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=t("nav.train"),
                                                                          exact=True).click()
                settled(page)
                expect(page.get_by_role("button", name=t("train_page.train"), exact=True)).to_be_enabled(
                    timeout=TIMEOUT)
                pages.append(page)
            tokens = [parse_qs(urlparse(page.url).query)["ws"][0] for page in pages]

            home_times, stop = [], threading.Event()
            watcher_url = server.url

            def watch_home():  # another browser (its own Playwright) loads Home again and again meanwhile
                with sync_playwright() as q:
                    other = q.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                    while not stop.is_set():
                        page = other.new_context().new_page()
                        began = time.perf_counter()
                        page.goto(watcher_url)
                        expect(page.get_by_role("heading", name=t("home.title"))).to_be_visible(timeout=TIMEOUT)
                        home_times.append(time.perf_counter() - began)
                        page.context.close()
                    other.close()

            watcher = threading.Thread(target=watch_home)
            began = time.perf_counter()
            watcher.start()
            for page in pages:
                page.get_by_role("button", name=t("train_page.train"), exact=True).click()
            for page in pages:  # each learner's finished run, kept under its name
                expect(page.get_by_role("heading", name="run 1:")).to_be_visible(timeout=TIMEOUT)
            out["all_trained_s"] = time.perf_counter() - began
            stop.set()
            watcher.join()

            store = open_store(db)
            counts = [len(store.list_runs(token)) for token in tokens]
            names = {token: {info.name for info in store.list_runs(token)} for token in tokens}
            out["runs_per_workspace"] = counts
            out["workspaces_distinct"] = len(set(tokens)) == len(tokens)
            out["home_loads"] = len(home_times)
            out["home_load_s_median"] = statistics.median(home_times) if home_times else None
            out["home_load_s_max"] = max(home_times) if home_times else None
            print(f"{args.learners} learners trained at once in {out['all_trained_s']:.1f} s; runs per workspace "
                  f"{counts}; workspaces distinct: {out['workspaces_distinct']}; "
                  f"names per workspace {[sorted(n) for n in names.values()][:2]} …")
            if home_times:
                print(f"Home loaded {len(home_times)} times meanwhile: median {out['home_load_s_median']:.2f} s, "
                      f"max {out['home_load_s_max']:.2f} s (goal < 2 s)")
        finally:
            browser.close()
            server.stop()
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
