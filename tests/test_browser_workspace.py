"""The workspace survives a reload (F5) and a server restart, in a real browser (Chromium via Playwright).

A learner trains a run, uploads a CSV, sets Adam and switches to Korean; after F5, and again after the server
process is replaced by a new one on the same STUDYLAB_DB file, the run, the upload, the language and the
config are all back. A brand-new server's first request shows the app's own navigation, never a file list.
"""
import re

import numpy as np
import pytest
from conftest import AppServer
from playwright.sync_api import expect

from test_browser import ROOT, SHOTS, browser, go, open_learner, rows_shown, settle  # noqa: F401, F811 - browser: a fixture

PAGES = len(re.findall(r'\("pages/\w+\.py"', (ROOT / "app.py").read_text(encoding="utf-8")))  # app.py's navigation


@pytest.fixture
def server(tmp_path):
    server = AppServer(tmp_path / "studylab.sqlite").start()
    yield server
    server.stop()


def _nav(page):
    return page.locator("[data-testid='stSidebarNav'] a")


def _everything_is_back(page):
    expect(page.get_by_role("heading", name="데이터", exact=True)).to_be_visible()  # Korean, on the Data page
    expect(rows_shown(page)).to_have_text("150")  # the uploaded table
    expect(page.get_by_text("집값.csv").first).to_be_visible()
    go(page, "학습")
    expect(page.get_by_role("combobox", name="옵티마이저")).to_have_value("Adam")
    go(page, "실행 기록")
    expect(page.get_by_text("run 1: 집값.csv").first).to_be_visible()  # the run, trained before the reload / restart
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_reload_and_restart_lose_nothing(server, browser, tmp_path):  # noqa: F811 - the imported fixture
    SHOTS.mkdir(exist_ok=True)
    rng = np.random.default_rng(2)
    area = rng.uniform(20, 120, 150)
    csv = tmp_path / "집값.csv"
    csv.write_bytes(("면적,가격\n" + "\n".join(f"{a:.1f},{3 * a + rng.normal(0, 5):.1f}" for a in area)).encode())

    page = open_learner(browser, server.url, "data")  # a brand-new server: the first request
    expect(_nav(page)).to_have_count(PAGES)  # the app's navigation, not a list of files
    expect(_nav(page).filter(has_text="app")).to_have_count(0)
    page.get_by_text("My file (CSV, Excel)").click()
    settle(page)
    page.locator("input[type=file]").set_input_files(csv)
    expect(rows_shown(page)).to_have_text("150")
    settle(page)
    go(page, "Train")
    page.get_by_role("combobox", name="Optimizer").click()
    page.get_by_role("option", name="Adam", exact=True).click()
    settle(page)
    epochs = page.get_by_label("Epochs", exact=True)
    epochs.fill("20")
    epochs.press("Enter")
    settle(page)
    page.get_by_role("button", name="Train", exact=True).click()
    expect(page.get_by_text("20 epochs completed in")).to_be_visible()
    page.get_by_text("한국어").click()
    settle(page)
    go(page, "데이터")

    page.reload()  # F5
    page.get_by_text("Language / 언어").wait_for()
    settle(page)
    _everything_is_back(page)
    page.context.close()

    server.stop()
    server.start()  # a new server process on the same file
    page = open_learner(browser, server.url, "data")
    settle(page)
    _everything_is_back(page)
    page.screenshot(path=SHOTS / "6_after_restart.png")
    page.context.close()
