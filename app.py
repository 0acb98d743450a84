"""Deep Learning Study Lab: navigation, language switch and the shared sidebar. Pages live in pages/.

`streamlit run app.py` finds `app` (st.App, at the bottom) and serves this file through it: its lifespan starts
loading torch and the engine with the server (ui/preload.py); every page view runs `main()`.
"""
import streamlit as st

from engine.i18n import LANG_NAMES
from ui.gc_freeze import freeze_once
from ui.language import browser_lang, tr
from ui.preload import preload_once, wait_for_first, warm_up

WORKFLOW = [
    ("pages/home.py", "nav.home", ":material/home:", True),
    ("pages/study.py", "nav.study", ":material/school:", False),
    ("pages/data.py", "nav.data", ":material/table_chart:", False),
    ("pages/model.py", "nav.model", ":material/account_tree:", False),
    ("pages/train.py", "nav.train", ":material/model_training:", False),
    ("pages/evaluate.py", "nav.evaluate", ":material/target:", False),
    ("pages/cross_validate.py", "nav.cv", ":material/repeat:", False),
    ("pages/runs.py", "nav.runs", ":material/compare:", False),
]
LABS = [
    ("pages/lab_cost.py", "nav.lab_cost", ":material/functions:"),
    ("pages/lab_descent.py", "nav.lab_descent", ":material/trending_down:"),
    ("pages/lab_optimizers.py", "nav.lab_optimizers", ":material/sports_score:"),
    ("pages/lab_gradients.py", "nav.lab_gradients", ":material/calculate:"),
    ("pages/lab_zero_grad.py", "nav.lab_zero_grad", ":material/cleaning_services:"),
    ("pages/lab_losses.py", "nav.lab_losses", ":material/show_chart:"),
    ("pages/lab_activations.py", "nav.lab_activations", ":material/waves:"),
    ("pages/lab_batches.py", "nav.lab_batches", ":material/inventory_2:"),
    ("pages/lab_xor.py", "nav.lab_xor", ":material/close:"),
    ("pages/lab_schedules.py", "nav.lab_schedules", ":material/schedule:"),
    ("pages/lab_overfitting.py", "nav.lab_overfitting", ":material/theater_comedy:"),
    ("pages/lab_anatomy.py", "nav.lab_anatomy", ":material/biotech:"),
]
REFERENCE = [("pages/glossary.py", "nav.glossary", ":material/menu_book:")]


def page(path, key, icon, default=False):
    return st.Page(path, title=tr(key), icon=icon, default=default)


def on_language_change():
    """Keep a language chosen (clicking the selected one again would clear it).

    Nothing else is needed: every page writes its widgets' values from its own state before drawing them
    (ui.state.bind / remember), so they come back relabelled in the new language.
    """
    if st.session_state.lang is None:
        st.session_state.lang = st.session_state.get("lang_last", browser_lang())
    st.session_state.lang_last = st.session_state.lang


def main() -> None:
    """One script run: the shared sidebar and navigation, the learner's workspace, then the page."""
    st.set_page_config(page_title="Deep Learning Study Lab", page_icon=":material/science:", layout="wide")
    if "lang_restored" in st.session_state:  # the workspace's language, found after a new session's first draw
        st.session_state.lang = st.session_state.lang_last = st.session_state.pop("lang_restored")
    st.session_state.setdefault("lang", browser_lang())

    with st.sidebar:
        st.segmented_control("Language / 언어", list(LANG_NAMES), format_func=LANG_NAMES.get, key="lang",
                             selection_mode="single", on_change=on_language_change)

    navigation = st.navigation({
        tr("nav.group_workflow"): [page(*entry) for entry in WORKFLOW],
        tr("nav.group_labs"): [page(*entry) for entry in LABS],
        tr("nav.group_reference"): [page(*entry) for entry in REFERENCE],
    }, expanded=True)
    # Only now the heavy imports (torch, pandas: seconds on a fresh server, mostly done by then in the background:
    # ui/preload.py), so a first visit already shows the navigation and a spinner instead of a blank page.
    with st.spinner(tr("state.loading")):
        wait_for_first()
        from ui import workspace
        from ui.live import current_job, keep_training
    if workspace.restore():  # a new browser session starts where the learner left off (language, config, data, runs)
        st.rerun()  # its language differs from the one just drawn
    keep_training()  # a run that ended in its process (finished, stopped or diverged) joins the runs, whatever the page
    if current_job() is not None and navigation.url_path != "train":
        st.sidebar.info(tr("state.training_elsewhere"), icon=":material/model_training:")
    workspace.workspace()  # every run: in shared mode a page change drops the URL's ?ws= token, so put it back
    workspace.save()  # now too, not only after the page: a language switch is kept even if a reload cuts this run short
    workspace.show_problems()
    try:
        navigation.run()
    finally:  # also after st.stop() or a rerun, after which any st.* call raises again: first what needs none
        freeze_once()
        preload_once()  # started by warm_up with the server; in AppTest (no server) only now, after the first page
        workspace.save()  # what the learner changed in this run


if __name__ == "__main__":  # a script run: Streamlit runs this file as __main__ for every page view
    main()
else:  # `streamlit run app.py` imports this file to serve it: start loading the heavy modules with the server
    app = st.App(__file__, lifespan=warm_up)
