"""What a learner waits for in a real browser: first visit, page switches, and seed 000's preset run.

Usage: python bench/browser.py [--quick] [--gc] [--labs]
Starts `streamlit run app.py` on a free port with a throw-away workspace, drives Debian's Chromium with
Playwright, prints a table and, as its last line, one JSON object. A page counts as shown when the app's
script has finished (`data-test-script-state="notRunning"`), no element of the previous run is left
(`data-stale`), and the page's own heading is visible. `--labs` adds each lab's main interactions, timed
until the rerun's charts are drawn (see `lab_interaction`).
"""
from __future__ import annotations

import argparse
import itertools
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
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect, sync_playwright

from engine.i18n import t

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
TIMEOUT = 120_000  # ms
RETRY_AFTER_MS = 20_000  # an input that showed no run by then is looked at again (see lab_interaction)


def settled(page) -> None:
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=TIMEOUT)
    expect(page.locator("[data-stale='true']")).to_have_count(0, timeout=TIMEOUT)


_DB_NUMBERS = itertools.count(1)


def fresh_db(workdir: str) -> Path:
    """A new, empty workspace file for each server: a kept run of an earlier round would already show its heading
    (the Train page shows the latest kept run), and a first visit is a learner's first visit."""
    return Path(workdir) / f"workspace{next(_DB_NUMBERS)}.db"


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


# Streamlit's post-run garbage collection and ui/gc_freeze.py, four ways (the app runs the last).
GC_MODES = {"Streamlit's default (gc.collect(2) after each run)": (("--runner.postScriptGC", "true"),
                                                                   {"STUDYLAB_GC_FREEZE": "0"}),
            "gc.collect(2) after each run, gc.freeze()": (("--runner.postScriptGC", "true"), {}),
            "runner.postScriptGC = false": ((), {"STUDYLAB_GC_FREEZE": "0"}),
            "postScriptGC = false and gc.freeze() (the app's)": ((), {})}
GC_PAGES = ("nav.data", "nav.train", "nav.home")


def gc_comparison(browser, workdir: str, rounds: int, cycles: int = 2) -> dict[str, list[float]]:
    """Per GC mode: page switch times over Data → Train → Home, `rounds` times, on a fresh server per cycle
    (modes take turns, so a change in the machine's load hits each of them); also the server's RSS after."""
    times: dict[str, list[float]] = {mode: [] for mode in GC_MODES}
    rss: dict[str, list[float]] = {mode: [] for mode in GC_MODES}
    for _ in range(cycles):
        for mode, (args, env) in GC_MODES.items():
            server = AppServer(fresh_db(workdir), extra_args=args, env=env).start()
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


# The labs' interactions. A timed interaction lasts from the input until the page has stopped changing:
# the script ran (its state changed and came back to "notRunning"), nothing stale is left, every chart shows
# its svg or canvas, and the last change to the main area's DOM or the end of the last long task. Streamlit
# draws Vega-Lite as SVG unless a chart asks for a canvas, so drawing marks is DOM work or a long task, and a
# chart may be drawn a moment after the run has ended (once its width is known): the end is the last change
# before QUIET_MS without any, and that wait is not counted.
QUIET_MS = 500
WATCH_JS = """() => {
  if (window.__lab) return;
  const lab = window.__lab = {runs: 0, changed: performance.now(), ran: performance.now()};
  new MutationObserver(records => {  // any change of the state: a run went by
    lab.runs += records.length;
    if (records.some(r => r.target.getAttribute('data-test-script-state') === 'notRunning'))
      lab.ran = performance.now();
  }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state']});
  const inMain = node => (node.nodeType === 1 ? node : node.parentElement)?.closest('[data-testid=stMain]');
  new MutationObserver(records => { if (records.some(r => inMain(r.target))) lab.changed = performance.now(); })
    .observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  // a chart drawn on a canvas changes no DOM: the end of the page's last long task (> 50 ms) counts too
  new PerformanceObserver(list => { for (const task of list.getEntries())
      lab.changed = Math.max(lab.changed, task.startTime + task.duration); }).observe({type: 'longtask'});
}"""
QUIET_JS = """async () => {
  const lab = window.__lab, giveUp = performance.now() + 60000;
  while (performance.now() - lab.changed < %d && performance.now() < giveUp)
    await new Promise(done => setTimeout(done, 50));
  return lab.changed;
}""" % QUIET_MS


# Of the last timed interaction: seconds until the script's run had ended, and the CPU seconds the server and
# the page's main thread spent on it (a shared machine's load stretches the times, much less the CPU seconds).
LAST = {"run_s": 0.0, "server_cpu_s": 0.0, "page_cpu_s": 0.0}


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def page_cpu_s(cdp) -> float:
    """Seconds the page's main thread has spent on tasks so far (Chromium's TaskDuration)."""
    return next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "TaskDuration")


def lab_interaction(page, act, server_pid: int, cdp) -> float:
    """Seconds from an input (act(page)) to its rerun finished and its charts drawn, by the page's clock."""
    page.evaluate(WATCH_JS)
    runs = page.evaluate("window.__lab.runs")
    cpu = cpu_s(server_pid), page_cpu_s(cdp)
    began = page.evaluate("performance.now()")
    act(page)
    try:
        page.wait_for_function(f"window.__lab.runs > {runs}", timeout=RETRY_AFTER_MS)
    except PlaywrightTimeout:
        # A quick run (a light page, ~0.1 s) can go by without the script-state attribute ever changing: React
        # renders "running" and "notRunning" in one go (5 of 30 quick page switches here, the page shown each
        # time). Its content changed, so it ran. Only an input that changed nothing is done again.
        if page.evaluate(f"window.__lab.changed > {began}"):
            print("    (a run too quick to show its state: timed by its content)", file=sys.stderr, flush=True)
        else:
            print("    (no run started by the input: done again)", file=sys.stderr, flush=True)
            began = page.evaluate("performance.now()")
            act(page)
            page.wait_for_function(f"window.__lab.runs > {runs}", timeout=TIMEOUT)
    settled(page)
    for chart in page.get_by_test_id("stMain").locator("[data-testid='stVegaLiteChart']:visible").all():
        expect(chart.locator("svg, canvas").first).to_be_visible(timeout=TIMEOUT)
    drawn = page.evaluate(QUIET_JS)
    LAST.update(run_s=(page.evaluate("window.__lab.ran") - began) / 1000, server_cpu_s=cpu_s(server_pid) - cpu[0],
                page_cpu_s=page_cpu_s(cdp) - cpu[1])
    return (drawn - began) / 1000


def slide(key: str, press: str, nth: int = 0):
    """Move a slider (or select slider) labelled t(key) with the keyboard: "End", "Home", "ArrowRight" …"""
    def act(page):
        page.locator(f"input[type='range'][aria-label={json.dumps(t(key), ensure_ascii=False)}]").nth(nth).press(press)
    return act


def pick(key: str, option: str):
    """Choose `option` in the selectbox or multiselect labelled t(key)."""
    def act(page):
        page.get_by_label(t(key), exact=True).click()
        page.get_by_role("option", name=option, exact=True).click()
    return act


def press(key: str):
    """Click the button labelled t(key)."""
    def act(page):
        page.get_by_role("button", name=t(key), exact=True).click()
    return act


def segment(option: str):
    """Click one option of a segmented control, a radio button or a toggle by its shown text."""
    def act(page):
        page.get_by_test_id("stMain").get_by_text(option, exact=True).first.click()
    return act


def tab(key: str):
    def act(page):
        page.get_by_role("tab", name=t(key)).click()
    return act


def both_ends(name: str, key: str, first: str = "End", then: str = "Home", nth: int = 0) -> list:
    """A slider moved to one end and back to the other: two timed interactions."""
    return [(f"{name} → {first.lower()}", slide(key, first, nth)), (f"{name} → {then.lower()}", slide(key, then, nth))]


def tabbed(key: str, act):
    """Open the tab labelled t(key) (no rerun: tabs switch in the browser), then act."""
    return lambda page: (tab(key)(page), act(page))


# Per lab page: (what is done, how), in this order: the heaviest widgets of each lab, each a change. The first
# visit from the sidebar ("open") is timed the same way. Buttons that train a network are interactions too.
LAB_INTERACTIONS = {
    "lab_cost": [("data: 3 students", segment(t("lab_cost.data_study_hours"))), *both_ends("W slider", "lab_cost.W"),
                 ("one gradient step", press("lab_cost.step")),
                 ("data: 4 students", segment(t("lab_cost.data_study_hours_4")))],
    "lab_descent": [("one step", press("lab_descent.step")), ("20 steps", press("lab_descent.run20")),
                    *both_ends("start slider", "lab_descent.start"), ("reset", press("lab_descent.reset"))],
    "lab_optimizers": [*both_ends("steps slider", "lab_optimizers.steps"), ("steps slider → 300",
                                                                            slide("lab_optimizers.steps", "End")),
                       *both_ends("step scrubber", "lab_optimizers.scrub", "PageDown", "End"),
                       ("surface → Rosenbrock", pick("lab_optimizers.surface", t("lab_optimizers.s_rosenbrock"))),
                       ("add RMSprop", pick("lab_optimizers.optimizers", t("lab_optimizers.o_rmsprop"))),
                       *both_ends("SGD's lr", "lab_optimizers.lr", "ArrowLeft", "ArrowRight"),
                       *both_ends("step scrubber", "lab_optimizers.scrub", "Home", "End"),
                       ("surface → local minima", pick("lab_optimizers.surface", t("lab_optimizers.s_local_minima"))),
                       ("seed 003 button", press("lab_optimizers.seed003"))],
    "lab_gradients": [*both_ends("h slider", "lab_gradients.h"), ("dtype float32", segment("float32")),
                      ("time both", press("lab_gradients.time_it")), ("dtype float64", segment("float64"))],
    "lab_zero_grad": [*both_ends("calls slider", "lab_zero_grad.calls"), ("zero_grad toggle",
                                                                        segment(t("lab_zero_grad.reset"))),
                      *both_ends("steps slider", "lab_zero_grad.steps"), *both_ends("lr slider", "lab_zero_grad.lr")],
    "lab_losses": [*both_ends("outlier slider", "lab_losses.outlier"), *both_ends("delta slider", "lab_losses.delta"),
                   ("BCE tab: p slider → start", tabbed("lab_losses.tab_bce", slide("lab_losses.p", "Home"))),
                   ("p slider → end", slide("lab_losses.p", "End"))],
    "lab_activations": [("function → leaky ReLU", pick("lab_activations.function",
                                                       t("lab_activations.name.leaky_relu"))),
                        ("compare + sigmoid", pick("lab_activations.compare", t("lab_activations.name.sigmoid"))),
                        *both_ends("layers slider", "lab_activations.layers"),
                        *both_ends("slope slider", "lab_activations.slope"),
                        ("function → tanh", pick("lab_activations.function", t("lab_activations.name.tanh")))],
    "lab_batches": [*both_ends("epochs slider", "lab_batches.epochs"),
                    *both_ends("mini-batch slider", "lab_batches.mini"), *both_ends("lr slider", "lab_batches.lr"),
                    ("epochs slider → 30", slide("lab_batches.epochs", "End")),
                    *both_ends("path up to epoch", "lab_batches.upto", "Home", "End")],
    "lab_xor": [*both_ends("lr slider", "lab_xor.lr"), *both_ends("epochs slider", "lab_xor.epochs"),
                ("train the MLP", press("lab_xor.train"))],
    "lab_schedules": [*both_ends("epochs slider", "lab_schedules.epochs"),
                      ("base lr", slide("lab_schedules.base_lr", "End")),
                      ("train both (10 epochs)", press("lab_schedules.train")),
                      ("log lr axis", segment(t("lab_schedules.log_lr"))),
                      ("epochs slider → 200", slide("lab_schedules.epochs", "End")),
                      ("train both (200 epochs)", press("lab_schedules.train"))],
    "lab_overfitting": [("train", press("lab_overfitting.train")),
                        *both_ends("dropout p slider", "lab_overfitting.dropout_p"),
                        ("capacity sweep", press("lab_overfitting.sweep_run")),
                        ("5-fold cross-validation", press("lab_overfitting.cv_run"))],
    "lab_anatomy": [*both_ends("dropout slider", "lab_anatomy.dropout"),
                    ("my model toggle", segment(t("lab_anatomy.use_mine")))],
}


# Buttons that train networks (with a progress display): reported, and also left out of a second "slowest".
TRAINING = {"train the MLP", "train both (10 epochs)", "train both (200 epochs)", "train", "capacity sweep",
            "5-fold cross-validation"}


def lab_interactions(browser, server: AppServer) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, list]]]:
    """Per lab: seconds per interaction ("open" is the first visit; a name seen twice keeps the slower), and
    per interaction the CPU seconds [server, page] it took."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto(server.url)
    expect(page.get_by_role("heading", name=t("home.title"))).to_be_visible(timeout=TIMEOUT)
    settled(page)
    times: dict[str, dict[str, float]] = {}
    cpu: dict[str, dict[str, list]] = {}
    for lab, interactions in LAB_INTERACTIONS.items():
        times[lab], cpu[lab] = {}, {}
        link = page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=t(f"nav.{lab}"), exact=True)
        for name, act in [("open", lambda page: link.click()), *interactions]:
            try:
                seconds = lab_interaction(page, act, server.proc.pid, cdp)
            except Exception as error:
                raise RuntimeError(f"{lab}: {name} did not finish") from error
            if seconds >= times[lab].get(name, 0.0):
                times[lab][name] = seconds
                cpu[lab][name] = [round(LAST["server_cpu_s"], 2), round(LAST["page_cpu_s"], 2)]
            print(f"    {lab}: {name} {seconds:.2f} s (run ended at {LAST['run_s']:.2f} s; CPU s: server "
                  f"{LAST['server_cpu_s']:.2f}, page {LAST['page_cpu_s']:.2f})", file=sys.stderr, flush=True)
    page.context.close()
    return times, cpu


def labs_table(browser, workdir: str, out: dict) -> None:
    """Print each lab's interaction times and its slowest; put them into `out`."""
    load = os.getloadavg()[0]
    server = AppServer(Path(workdir) / "labs.db").start()
    try:
        times, cpu = lab_interactions(browser, server)
    finally:
        server.stop()
    for lab, per in times.items():
        worst = max(per, key=per.get)
        print(f"  {t(f'nav.{lab}'):<44} slowest {per[worst]:.2f} s ({worst}); "
              + ", ".join(f"{name} {seconds:.2f}" for name, seconds in per.items()))
    lab, name = max(((lab, name) for lab, per in times.items() for name in per), key=lambda k: times[k[0]][k[1]])
    out["lab_interaction_s"] = {lab: {name: round(v, 3) for name, v in per.items()} for lab, per in times.items()}
    out["lab_interaction_cpu_s"] = cpu  # [server, page]: less swayed by the machine's load than the times
    out["slowest_lab_interaction"] = round(times[lab][name], 3)
    out["slowest_lab_interaction_where"] = f"{lab}: {name}"
    out["labs_load_before"] = load
    print(f"{'slowest lab interaction (s)':<58} {out['slowest_lab_interaction']:.2f} ({lab}: {name})  goal < 1"
          f"  (load {load:.2f})")
    lab, name = max(((lab, name) for lab, per in times.items() for name in per if name not in TRAINING),
                    key=lambda k: times[k[0]][k[1]])
    out["slowest_lab_interaction_no_training"] = round(times[lab][name], 3)
    out["slowest_lab_interaction_no_training_where"] = f"{lab}: {name}"
    print(f"{'  … leaving out the buttons that train networks (s)':<58} "
          f"{out['slowest_lab_interaction_no_training']:.2f} ({lab}: {name})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two rounds of page switches instead of four")
    parser.add_argument("--gc", action="store_true", help="only compare the post-run garbage collection settings")
    parser.add_argument("--labs", action="store_true", help="also time each lab's main interactions")
    parser.add_argument("--only-labs", action="store_true", help="time the labs' interactions and nothing else")
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
        if args.labs or args.only_labs:
            labs_table(browser, workdir, out)
        if args.only_labs:
            browser.close()
            print(json.dumps(out, ensure_ascii=False))
            return
        firsts, boots = [], []
        for _ in range(3 if args.quick else 5):  # a fresh server each: a few seconds a sample
            server = AppServer(fresh_db(workdir)).start()
            boots.append(server.boot_s)
            try:
                firsts.append(first_visit(browser, server.url))
            finally:
                server.stop()
        out["first_visit_s"], out["first_visit_s_min"], out["first_visit_s_max"] = (
            statistics.median(firsts), min(firsts), max(firsts))
        out["server_boot_s"] = statistics.median(boots)
        print(f"{'fresh server: first visit until nav + Home usable (s)':<58} "
              f"{out['first_visit_s']:.2f} [{min(firsts):.2f}–{max(firsts):.2f}]  goal ≤ 3 "
              f"(server boot before it {out['server_boot_s']:.2f} s)")

        server = AppServer(fresh_db(workdir)).start()
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
            server = AppServer(fresh_db(workdir)).start()
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
