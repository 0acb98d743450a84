"""Chapter 000 of the study path, completed in a real browser from a fresh workspace (issue 15).

The learner trains the rent line for about 1,000 and for 50,000 iterations, finds a learning rate that diverges
at twice one that trains, answers the chapter's two questions, sees every step ticked, reloads the page (a new
session) and finds the ticks still there. Labels come from the translation table, so wording changes do not
break the walk.
"""
import re

from playwright.sync_api import expect

from engine.i18n import t
from engine.study.path import CHAPTERS
from test_browser import SHOTS, browser, go, open_learner, server, settle  # noqa: F401 - browser, server: fixtures

CHAPTER = CHAPTERS[0]


def train(page, n: int, epochs: int, lr: str):
    """Train run `n`: the preset's rent line with these epochs and learning rate; wait until it is shown."""
    for label, value in ((t("train_page.epochs"), str(epochs)), (t("train_page.lr"), lr)):
        box = page.get_by_label(label, exact=True)
        box.fill(value)
        box.press("Enter")
        settle(page)
    page.get_by_role("button", name=t("train_page.train"), exact=True).click()
    expect(page.get_by_role("heading", name=f"run {n}:")).to_be_visible(timeout=240_000)  # finished and kept
    settle(page)


def answer(page, step: str, choice: str):
    """Pick a choice of an explain step on the study page and check it (widgets are found by their keys)."""
    page.locator(f".st-key-study_answer_{step}").get_by_text(t(f"study.{step}.choice_{choice}"), exact=True).click()
    settle(page)
    page.locator(f".st-key-study_check_{step} button").click()
    settle(page)


def test_chapter_000_from_a_fresh_workspace_and_still_ticked_after_a_reload(server, browser):  # noqa: F811 - the fixtures imported above
    page = open_learner(browser, server, "data")
    settle(page)
    go(page, t("nav.train"))
    page.get_by_text(t("train_page.presets")).click()
    page.get_by_role("button", name=t("train_page.preset_seed000")).click()  # rent, raw area, SGD, half batches
    settle(page)
    train(page, 1, 500, "0.0005")     # 1,000 iterations
    train(page, 2, 25_000, "0.0005")  # 50,000 iterations: the error keeps falling
    train(page, 3, 500, "0.001")      # twice the rate: it blows up
    expect(page.get_by_text(t("train.diverged", epochs=3, loss="")[:25]).first).to_be_visible()

    go(page, t("study.title"))
    answer(page, "c000_curve", "bowl")
    answer(page, "c000_why", "small_steps")
    progress = t("study.chapter_progress", done=len(CHAPTER.steps), total=len(CHAPTER.steps))
    expect(page.get_by_text(progress).first).to_be_visible()
    page.screenshot(path=SHOTS / "study_chapter_000.png", full_page=True)

    expect(page).to_have_url(re.compile(r"/study\?ws=\w+"))  # shared mode: the workspace's token is in the URL
    page.reload()  # a new browser session on that URL: the workspace brings the ticks back
    page.get_by_text("Language / 언어").wait_for()
    settle(page)
    expect(page.get_by_text(progress).first).to_be_visible()
    page.context.close()
