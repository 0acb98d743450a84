"""What a learner waits for in a real browser: first visit, page switches, and seed 000's preset run.

Usage: python bench/browser.py [--quick] [--gc]
Starts `streamlit run app.py` on a free port with a throw-away workspace, drives Debian's Chromium with
Playwright, prints a table and, as its last line, one JSON object. A page counts as shown when the app's
script has finished (`data-test-script-state="notRunning"`), no element of the previous run is left
(`data-stale`), and the page's own heading is visible.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.chdir(ROOT)

from conftest import AppServer
from playwright.sync_api import expect, sync_playwright

from engine.i18n import t

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
TIMEOUT = 120_000  # ms


def settled(page) -> None:
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=TIMEOUT)
    expect(page.locator("[data-stale='true']")).to_have_count(0, timeout=TIMEOUT)


def nav_titles() -> list[str]:
    """Every page title in the sidebar, in English, from app.py's navigation lists."""
    import ast
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    keys = [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("nav.")
            and not node.value.startswith("nav.group")]
    return [t(key) for key in dict.fromkeys(keys)]


def first_visit(browser, url: str) -> float:
    """Seconds from opening the app to the navigation and the Home page being usable."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    began = time.perf_counter()
    page.goto(url)
    nav = page.locator("[data-testid='stSidebarNav']")
    expect(nav.get_by_role("link", name=t("nav.data"), exact=True)).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_role("heading", name=t("home.title"))).to_be_visible(timeout=TIMEOUT)
    settled(page)
    seconds = time.perf_counter() - began
    page.context.close()
    return seconds


def switch(page, title: str) -> float:
    """Seconds from a click on a sidebar link to that page shown and settled."""
    link = page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=title, exact=True)
    target = link.get_attribute("href")
    began = time.perf_counter()
    link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"), timeout=TIMEOUT)
    settled(page)
    expect(page.get_by_test_id("stHeading").first).to_be_visible(timeout=TIMEOUT)
    return time.perf_counter() - began


def page_switches(browser, url: str, rounds: int) -> dict[str, dict[str, float]]:
    """Per page: the first visit and the median of later visits, in seconds."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    settled(page)
    titles = nav_titles()
    times: dict[str, list[float]] = {title: [] for title in titles}
    for _ in range(rounds):
        for title in titles:
            times[title].append(switch(page, title))
    page.context.close()
    return {title: {"first": values[0], "revisit": statistics.median(values[1:]) if len(values) > 1 else values[0]}
            for title, values in times.items()}


def rss_mb(pid: int) -> float:
    """Resident memory of a process (VmRSS), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024


# Streamlit's post-run garbage collection, three ways (ui/gc_freeze.py keeps the second).
GC_MODES = {"default (gc.collect(2) after each run)": ((), {"STUDYLAB_GC_FREEZE": "0"}),
            "gc.freeze() once after the first run": ((), {}),
            "runner.postScriptGC = false": (("--runner.postScriptGC", "false"), {"STUDYLAB_GC_FREEZE": "0"})}
GC_PAGES = ("nav.data", "nav.train", "nav.home")


def gc_comparison(browser, workdir: str, rounds: int, cycles: int = 2) -> dict[str, list[float]]:
    """Per GC mode: page switch times over Data → Train → Home, `rounds` times, on a fresh server per cycle
    (modes take turns, so a change in the machine's load hits each of them); also the server's RSS after."""
    times: dict[str, list[float]] = {mode: [] for mode in GC_MODES}
    rss: dict[str, list[float]] = {mode: [] for mode in GC_MODES}
    for _ in range(cycles):
        for mode, (args, env) in GC_MODES.items():
            server = AppServer(Path(workdir) / "workspace.db", extra_args=args, env=env).start()
            url = server.url
            try:
                page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
                page.goto(url)
                settled(page)
                for title in [t(key) for key in GC_PAGES]:  # first visits: imports, not what is measured
                    switch(page, title)
                for _ in range(rounds):
                    for key in GC_PAGES:
                        times[mode].append(switch(page, t(key)))
                rss[mode].append(rss_mb(server.proc.pid))
                page.context.close()
            finally:
                server.stop()
    return {mode: {"switch_s": values, "rss_mb": rss[mode]} for mode, values in times.items()}


def preset_000_in_browser(browser, url: str) -> float:
    """Seconds from the Train click to the finished run for tutorial 000's preset (100,000 iterations, live on)."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{url}/train")
    settled(page)
    page.get_by_text(t("train_page.presets")).click()
    page.get_by_role("button", name=t("train_page.preset_seed000")).click()  # its data and its settings
    settled(page)
    began = time.perf_counter()
    page.get_by_role("button", name=t("train_page.train"), exact=True).click()
    expect(page.get_by_role("heading", name="run 1:")).to_be_visible(timeout=20 * TIMEOUT)  # kept and shown
    seconds = time.perf_counter() - began
    page.context.close()
    return seconds


def preset_000_in_engine() -> float:
    """The same run by engine.train.fit alone, in this process."""
    from engine import datasets
    from engine.config import TrainConfig
    from engine.train import fit
    from ui.train_presets import PRESETS, preset_values
    config, ds = TrainConfig(**preset_values("seed000")), datasets.load(PRESETS["seed000"][0])
    began = time.perf_counter()
    fit(config, ds)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two rounds of page switches instead of four")
    parser.add_argument("--gc", action="store_true", help="only compare the post-run garbage collection settings")
    args = parser.parse_args()
    out: dict = {"quick": args.quick}
    with tempfile.TemporaryDirectory() as workdir, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        if args.gc:
            load = os.getloadavg()[0]
            for mode, result in gc_comparison(browser, workdir, 3 if args.quick else 6).items():
                values = result["switch_s"]
                print(f"{mode:<44} switch median {statistics.median(values) * 1e3:.0f} ms "
                      f"[{min(values) * 1e3:.0f}–{max(values) * 1e3:.0f}], RSS {max(result['rss_mb']):.0f} MB")
                out[mode] = {"median_s": statistics.median(values), "min_s": min(values), "max_s": max(values),
                             "rss_mb": max(result["rss_mb"])}
            out["load_before"] = load
            browser.close()
            print(json.dumps(out, ensure_ascii=False))
            return
        firsts = []
        for _ in range(1 if args.quick else 3):
            server = AppServer(Path(workdir) / "workspace.db").start()
            boot = server.boot_s
            try:
                firsts.append(first_visit(browser, server.url))
            finally:
                server.stop()
        out["first_visit_s"], out["first_visit_s_min"], out["first_visit_s_max"] = (
            statistics.median(firsts), min(firsts), max(firsts))
        print(f"{'fresh server: first visit until nav + Home usable (s)':<58} "
              f"{out['first_visit_s']:.2f} [{min(firsts):.2f}–{max(firsts):.2f}]  goal ≤ 3 (server boot {boot:.1f} s)")

        server = AppServer(Path(workdir) / "workspace.db").start()
        try:
            switches = page_switches(browser, server.url, 2 if args.quick else 4)
        finally:
            server.stop()
        for title, times in switches.items():
            print(f"  switch to {title:<44} first {times['first']:.2f} s, revisit {times['revisit']:.2f} s")
        slowest = max(switches, key=lambda k: max(switches[k].values()))
        out["page_switch_s"] = {k: {kind: round(v, 3) for kind, v in times.items()} for k, times in switches.items()}
        out["slowest_page_switch_s"] = max(switches[slowest].values())
        out["slowest_page"] = slowest
        print(f"{'slowest page switch (s)':<58} {out['slowest_page_switch_s']:.2f} ({slowest})  goal < 1")

        ratios = []  # each browser run paired with an engine run right after it, on the same machine state
        for _ in range(1 if args.quick else 3):
            server = AppServer(Path(workdir) / "workspace.db").start()
            try:
                in_browser = preset_000_in_browser(browser, server.url)
            finally:
                server.stop()
            ratios.append(in_browser / preset_000_in_engine())
        out["browser_vs_engine"], out["browser_vs_engine_min"], out["browser_vs_engine_max"] = (
            statistics.median(ratios), min(ratios), max(ratios))
        print(f"{'seed 000 preset, browser (live) ÷ engine.train.fit (time)':<58} {out['browser_vs_engine']:.2f} "
              f"[{min(ratios):.2f}–{max(ratios):.2f}]  goal ≤ 1.15 (browser {in_browser:.1f} s)")
        browser.close()
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
