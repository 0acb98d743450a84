"""One real browser (Debian's Chromium via Playwright) against `streamlit run app.py` on 127.0.0.1.

Walks Data → Model → Train → Evaluate on `rent` as a learner would; stops a long run; switches language and
pages without losing choices; takes a Korean Excel CSV through the workflow; and checks that two browser
contexts (two learners) never see each other's choices. Screenshots go to tests/artifacts/.
"""
import re
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import AppServer
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
SLOW = 60_000  # ms: the first page of a fresh server imports torch; CI machines are busy
expect.set_options(timeout=SLOW)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    app = AppServer(tmp_path_factory.mktemp("workspace") / "studylab.sqlite", shared=True).start()
    yield app.url
    app.stop()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "install Debian's chromium (see README): the browser test needs it"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def open_learner(browser, url: str, path: str = ""):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.set_default_timeout(SLOW)
    page.goto(f"{url}/{path}")
    # app.py's shell ran, not a bare page; a fresh server's first page imports torch, so it may take a while
    page.get_by_text("Language / 언어").wait_for(timeout=2 * SLOW)
    return page


def upload_in_korean(browser, url: str, path, rows: int):
    """A new learner on the Data page in Korean uploads the file at `path` and sees its `rows` rows."""
    page = open_learner(browser, url, "data")
    page.get_by_text("한국어", exact=True).click()
    expect(page.get_by_role("heading", name="데이터", exact=True)).to_be_visible()
    settle(page)
    page.get_by_text("내 파일 (CSV, 엑셀)").click()
    expect(page.get_by_text("표 파일 올리기 (CSV 또는 엑셀)")).to_be_visible()
    settle(page)
    # Streamlit's English "50MB per file • CSV, …" is hidden; our Korean line says the same below the box
    expect(page.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_hidden()
    expect(page.get_by_text("파일 하나에 최대 50MB")).to_be_visible()
    page.locator("input[type=file]").set_input_files(path)
    expect(rows_shown(page)).to_have_text(str(rows))
    settle(page)
    return page


def go(page, link: str):
    page.locator("[data-testid='stSidebarNav']").get_by_role("link", name=link, exact=True).click()
    expect(page.get_by_role("heading", name=link, exact=True)).to_be_visible()
    settle(page)


def settle(page):
    """Wait until Streamlit has finished the current script run and removed the previous run's elements.

    The "Running…" status widget only appears after a delay, so its absence proves nothing; the app's
    root carries the script's run state, and elements left from the previous run are marked stale until
    the new run replaces them (a rerun can briefly show both an old and a new copy of a widget).
    """
    page.wait_for_timeout(300)  # let the click's rerun request reach the server
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.locator("[data-stale='true']")).to_have_count(0)


def rows_shown(page):
    """The Data page's first metric: the number of rows of the chosen dataset."""
    return page.get_by_test_id("stMetricValue").first


def choose(page, label: str, option: str):
    settle(page)
    page.get_by_label(label, exact=True).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def test_learner_walks_data_model_train_evaluate_on_rent(server, browser):
    SHOTS.mkdir(exist_ok=True)
    page = open_learner(browser, server, "data")  # a fresh server's first visit straight to a page
    expect(page.get_by_role("heading", name="Data")).to_be_visible()
    choose(page, "Dataset", "Rent vs. flat area (tutorial 000)")
    expect(rows_shown(page)).to_have_text("80")
    page.screenshot(path=SHOTS / "1_data.png")

    go(page, "Model")
    expect(page.get_by_text("Trainable parameters")).to_be_visible()
    expect(page.get_by_text("1×1 + 1 = 2")).to_be_visible()  # the linear model: one weight, one bias

    go(page, "Train")
    page.get_by_text("Tutorial presets").click()
    page.get_by_role("button", name="Tutorial 000: rent vs. area (linear regression)").click()  # data and settings
    settle(page)
    expect(page.get_by_label("Learning rate", exact=True)).to_have_value("0.0005")
    epochs = page.get_by_label("Epochs", exact=True)
    expect(epochs).to_have_value("50000")  # the preset's 100,000 steps at two steps per epoch
    epochs.fill("2000")  # 4,000 steps instead of 100,000: the same picture, sooner
    epochs.press("Enter")
    settle(page)
    page.get_by_role("button", name="Train", exact=True).click()
    result = page.get_by_text("2,000 epochs completed in")
    expect(result).to_be_visible()
    page.mouse.move(800, 500)
    page.mouse.wheel(0, 700)  # down to the fitted line and the loss curve
    page.wait_for_timeout(500)
    page.screenshot(path=SHOTS / "2_train.png")

    go(page, "Evaluate")
    expect(page.get_by_text("MAE").first).to_be_visible()
    settle(page)
    page.screenshot(path=SHOTS / "3_evaluate.png")
    page.context.close()


def test_stop_keeps_what_was_learned(server, browser):
    page = open_learner(browser, server, "train")
    page.get_by_text("Tutorial presets").click()
    page.get_by_role("button", name="Tutorial 000: rent vs. area (linear regression)").click()
    settle(page)
    # one row per step: 3,000,000 steps, which no machine ends before the Stop below (the preset's own 100,000 took
    # 7 s here, about the time a busy browser needed to show the progress bar)
    page.get_by_text("1 (SGD)", exact=True).click()
    settle(page)
    page.get_by_role("button", name="Train", exact=True).click()
    expect(page.get_by_test_id("stProgress")).to_be_visible()
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Stop", exact=True).click()
    expect(page.get_by_text("Stopped by you. What the model learned so far is kept.")).to_be_visible()
    done = page.get_by_text(re.compile(r"^[\d,]+ epochs? completed in"))
    expect(done).to_be_visible()
    epochs = int(done.inner_text().split()[0].replace(",", ""))
    assert 0 < epochs < 50_000
    settle(page)
    expect(page.get_by_role("button", name="Stop", exact=True)).to_have_count(0)  # nothing trains any more
    page.screenshot(path=SHOTS / "5_stopped.png")
    go(page, "Evaluate")
    expect(page.get_by_text("MAE").first).to_be_visible()
    page.context.close()


def test_two_learners_never_see_each_others_choices(server, browser):
    alice = open_learner(browser, server, "data")
    bob = open_learner(browser, server, "data")
    choose(alice, "Dataset", "Boston house prices (tutorial 001)")
    expect(rows_shown(alice)).to_have_text("506")
    bob.reload()
    bob.get_by_text("Language / 언어").wait_for()
    expect(rows_shown(bob)).to_have_text("80")  # still the default, rent
    bob.get_by_text("한국어").click()
    expect(bob.get_by_role("heading", name="데이터", exact=True)).to_be_visible()
    alice.reload()
    alice.get_by_text("Language / 언어").wait_for()
    expect(alice.get_by_role("heading", name="Data")).to_be_visible()  # Bob's language is Bob's alone
    alice.context.close()
    bob.context.close()


def test_a_language_switch_keeps_every_choice_and_relabels_it(server, browser):
    page = open_learner(browser, server, "lab_losses")
    page.get_by_role("tab", name="Softmax + cross-entropy").click()
    page.get_by_text("0.6 moved to index 7").click()  # a radio whose options are translated
    settle(page)
    expect(page.get_by_label("y[7]", exact=True)).to_have_value("0.60")
    page.get_by_text("한국어").click()
    settle(page)
    expect(page.get_by_role("heading", name="손실 함수", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    page.get_by_role("tab", name="소프트맥스 + 교차 엔트로피").click()
    expect(page.get_by_role("radio", name="0.6을 7번으로 옮김")).to_be_checked()
    expect(page.get_by_label("y[7]", exact=True)).to_have_value("0.60")

    go(page, "곡면 위의 옵티마이저")
    choose(page, "지형", "안장점")  # a select box whose options are translated
    page.get_by_text("English").click()
    settle(page)
    expect(page.get_by_role("combobox", name="Surface")).to_have_value("Saddle")

    go(page, "Batch, epoch, iteration")
    samples = page.get_by_label("Training samples N", exact=True)
    samples.fill("3000")
    samples.press("Enter")
    settle(page)
    page.get_by_text("한국어").click()
    settle(page)
    expect(page.get_by_label("학습 샘플 수 N", exact=True)).to_have_value("3000")  # a number kept, not reset
    page.screenshot(path=SHOTS / "4_language_switch.png")
    go(page, "모델 해부")
    go(page, "배치, 에포크, 이터레이션")
    expect(page.get_by_label("학습 샘플 수 N", exact=True)).to_have_value("3000")  # and after a visit elsewhere
    page.context.close()


def test_a_korean_excel_csv_goes_through_the_whole_workflow(server, browser, tmp_path):
    """CP949 bytes and Korean headers, as Korean Excel saves them: upload, train, cross-validate, download."""
    rng = np.random.default_rng(1)
    area, rooms = rng.uniform(20, 120, 150), rng.integers(1, 5, 150)
    price = 3.0 * area + 15 * rooms + rng.normal(0, 10, 150)
    rows = "\n".join(f"{a:.1f},{r},{p:.1f}" for a, r, p in zip(area, rooms, price))
    csv = tmp_path / "집값.csv"
    csv.write_bytes(f"면적,방 개수,가격\n{rows}\n".encode("cp949"))

    page = upload_in_korean(browser, server, csv, rows=150)
    expect(page.get_by_text("방 개수").first).to_be_visible()

    go(page, "학습")
    expect(page.get_by_text("학습 데이터 120행")).to_be_visible()  # the starting 20 % test share, 150 rows
    page.get_by_role("button", name="학습 시작", exact=True).click()
    expect(page.get_by_text("300 에포크 완료,")).to_be_visible()  # nothing changed, and it trained without diverging
    expect(page.get_by_test_id("stAlertContentError")).to_have_count(0)

    go(page, "교차 검증")
    page.get_by_role("button", name="k-겹 교차 검증 실행").click()
    expect(page.get_by_role("heading", name=re.compile(r"검증 RMSE: [\d.]+ ± [\d.]+"))).to_be_visible()

    go(page, "실행 기록")
    page.get_by_text("같은 실행을 순수 PyTorch 스크립트로").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="스크립트 내려받기 (.py)").click()
    assert download.value.suggested_filename.endswith(".py") and "집값" in download.value.suggested_filename
    assert "집값.csv" in Path(download.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as download:  # the bundle is made on the click: script, notebook, data, pins, README
        page.get_by_role("button", name="모두 내려받기 (.zip)").click()
    assert download.value.suggested_filename.endswith(".zip") and "집값" in download.value.suggested_filename
    with zipfile.ZipFile(download.value.path()) as bundle:
        assert sorted(bundle.namelist()) == ["README.md", "requirements.txt", "train.ipynb", "train.py", "집값.csv"]
        assert "실행하기" in bundle.read("README.md").decode("utf-8")
    page.screenshot(path=SHOTS / "5_runs_export.png", full_page=True)
    page.context.close()


def test_a_browser_set_to_korean_starts_in_korean(server, browser):
    """A new learner whose browser asks for Korean gets the app in Korean, switch included; English stays one
    click away (an English browser starts in English: every other test here)."""
    from engine.i18n import t

    page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ko-KR").new_page()
    page.set_default_timeout(SLOW)
    page.goto(server)
    expect(page.get_by_role("heading", name=t("home.title", "ko"))).to_be_visible(timeout=2 * SLOW)
    expect(page.get_by_role("radio", name="한국어")).to_be_checked()
    page.get_by_text("English", exact=True).click()
    expect(page.get_by_role("heading", name=t("home.title", "en"))).to_be_visible()
    page.context.close()
