"""Helpers every page shares: the learner's language, messages, and what the session holds.

Per-learner state (dataset, config, runs) lives only in st.session_state; nothing here caches
learner data in st.cache_resource, which all sessions share.
"""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from engine.config import TrainConfig
from engine.errors import LearnerError
from engine.i18n import t

# Because a folder named pages/ sits beside app.py, Streamlit runs the first script of a fresh server in
# its old folder-discovery mode: a first visit to e.g. /lab_xor would run that page without app.py (no
# language switch, a raw file list in the sidebar) until someone opened /. Every page imports this
# module, so leave that mode on the first import and rerun: from then on app.py's st.navigation rules.
if PagesManager.uses_pages_directory:
    PagesManager.uses_pages_directory = False
    st.rerun()


def lang() -> str:
    """The learner's language code ("en" or "ko")."""
    return st.session_state.get("lang") or "en"


def tr(key: str, **params) -> str:
    """The text for `key` in the learner's language."""
    return t(key, lang(), **params)


def show_error(error: LearnerError) -> None:
    """A friendly message in the learner's language instead of a traceback."""
    st.error(error.message(lang()), icon=":material/error:")


def labels(prefix: str, options) -> dict:
    """Option → label in the learner's language, fixed when the page runs (AppTest formats options outside it)."""
    return {option: tr(f"{prefix}{option}") for option in options}


def choice_labels(table: dict) -> dict:
    """Name → label in the learner's language for an engine.choices table (each entry has a `label` key)."""
    return {name: tr(choice.label) for name, choice in table.items()}


def show_stopped(run) -> None:
    """Why a run ended early, if it did: an error when it diverged, a note when it was stopped."""
    if run.stopped is not None:
        key, params = run.stopped
        if key == "train.diverged":
            st.error(tr(key, **params), icon=":material/error:")
        else:
            st.info(tr(key, **params), icon=":material/pan_tool:")


def notes(pairs) -> None:
    """Show (translation key, params) notes, e.g. what cleaning the data dropped or converted."""
    for key, params in pairs:
        st.info(tr(key, **params), icon=":material/info:")


def resend_choices() -> None:
    """After a language switch, send every text-valued widget's value to the browser again (a callback).

    A choice widget (select box, radio, segmented control, multiselect) hands back the option *label* the
    browser showed. After a switch that label is in the old language: the choice would come back as a
    stray string or be reset. Re-assigning a value makes Streamlit send it with the new labels.
    Only str and list-of-str values are touched; buttons and file uploaders, which must not be assigned,
    never hold those.
    """
    state = st.session_state
    for key in list(state):
        value = state[key]
        if key != "lang" and (isinstance(value, str)
                              or isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
            state[key] = value


def arrive(page: str) -> None:
    """Note which page this run shows, and whether the learner has just come to it from another one."""
    state = st.session_state
    state.page_arrived = state.get("page_here") != page
    state.page_here = page


def remember(prefix: str) -> None:
    """Keep this page's widgets (keys starting with `prefix`) as the learner left them when they come back.

    Streamlit forgets a widget's value as soon as a run does not draw it, i.e. on any visit to another page.
    On the first run after arriving, the values saved on the page's last run are put back; every run saves
    them anew. Call before the widgets are drawn. No button or file uploader may have a key with this prefix.
    """
    state = st.session_state
    saved = state.setdefault("remembered", {})
    if state.get("page_arrived"):
        for key, value in saved.get(prefix, {}).items():
            state.setdefault(key, value)
    saved[prefix] = {key: state[key] for key in state if key.startswith(prefix)}


def dataset():
    """The Dataset chosen on the Data page, or None."""
    return st.session_state.get("dataset")


def require_dataset():
    """The chosen Dataset; without one, point the learner to the Data page and stop this page."""
    ds = dataset()
    if ds is None:
        st.info(tr("ui.need_dataset"), icon=":material/table_chart:")
        st.page_link("pages/data.py", label=tr("nav.data"), icon=":material/table_chart:")
        st.stop()
    return ds


# Where a learner starts: standardised features, SGD with momentum 0.9 at lr 0.01, 300 full-batch epochs. Pressing
# Train with nothing changed then gives a sensible model on every built-in and a typical upload, linear or MLP.
# Measured on 17 real-world files (bench/starting_config.py, issue 11): plain SGD at lr 0.01 matched scikit-learn on
# every regression file but stopped short on classification (iris 0.77 vs 0.97 accuracy, a wine-quality file 0.43
# vs 0.61) with the loss still falling; momentum reaches 0.90 and 0.59 there and keeps regression at least squares.
# Plain SGD at lr 0.1 learns as well on linear models but makes a 32-unit MLP diverge on rent and house_prices; raw
# values with lr 0.01 diverge on them too. The tutorial presets set their own values.
# Applied to a fresh TrainConfig per learner:
STARTING_CONFIG = {"scaling": "standard", "optimizer": "momentum", "lr": 0.01, "epochs": 300}


def config() -> TrainConfig:
    """The learner's TrainConfig (set on the Data, Model, Train and Cross-validate pages)."""
    if "config" not in st.session_state:
        st.session_state.config = TrainConfig(**STARTING_CONFIG)
    return st.session_state.config


def set_config(**changes) -> TrainConfig | None:
    """Replace config fields; a bad value shows its message and keeps the previous config."""
    try:
        st.session_state.config = TrainConfig(**{**config().__dict__, **changes})
    except LearnerError as error:
        show_error(error)
        return None
    return st.session_state.config


def no_runs_hint(key: str, icon: str) -> None:
    """Say that nothing has been trained yet (message `key`) and link to the Train page."""
    st.info(tr(key), icon=icon)
    st.page_link("pages/train.py", label=tr("nav.train"), icon=":material/model_training:")


def runs() -> list:
    """Finished runs of this session, oldest first: dicts with name, run (engine Run), dataset name, seconds, live."""
    return st.session_state.setdefault("runs", [])
