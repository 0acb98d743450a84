"""Helpers every page shares: the learner's language, messages, and what the session holds.

The state model (docs/architecture.md): every value has one owner. bind() draws a widget from one TrainConfig
field, remember()/put() keep a page's own widget values, use_dataset() changes the dataset and resets the
data-dependent config. st.session_state is the session's cache of the workspace (ui/workspace.py); nothing
here caches learner data in st.cache_resource, which all sessions share.
"""
from __future__ import annotations

import re
from typing import NoReturn

import streamlit as st

from engine import datasets
from engine.config import TrainConfig, suggested_loss
from engine.errors import LearnerError
from engine.train import DIVERGED, stop_reason
from ui.language import lang, tr
from ui.names import setting_value


def end_page() -> NoReturn:
    """End the page here like st.stop(), saving the workspace first: after st.stop() every st.session_state
    access raises StopException again, so app.py's save after the page could not keep what this run changed."""
    from ui.workspace import save  # here, not at the top: ui.workspace imports this module
    save()
    st.stop()


def show_error(error: LearnerError) -> None:
    """A friendly message in the learner's language instead of a traceback."""
    st.error(error.message(lang()), icon=":material/error:")


def labels(prefix: str, options) -> dict:
    """Option → label in the learner's language, fixed when the page runs (AppTest formats options outside it)."""
    return {option: tr(f"{prefix}{option}") for option in options}


def show_stopped(run) -> None:
    """Why a run ended early, if it did: an error when it diverged, a note when it was stopped."""
    if run.stopped is not None:
        key, params = stop_reason(run)
        if key == DIVERGED:
            st.error(tr(key, **params), icon=":material/error:")
        else:
            st.info(tr(key, **params), icon=":material/pan_tool:")


def notes(pairs) -> None:
    """Show (translation key, params) notes, e.g. what cleaning the data dropped or converted."""
    for key, params in pairs:
        st.info(tr(key, **params), icon=":material/info:")


_BOUND: set[str] = set()  # keys of widgets drawn with bind(): the config holds their values, remember() leaves them


def kept_values() -> dict:
    """The page's own widget values: widget key → value, kept for the whole session (and saved with it)."""
    return st.session_state.setdefault("kept", {})


def remember(prefix: str) -> None:
    """Keep this page's own (non-config) widgets, keys starting with `prefix`, as the learner left them.

    Call once at the top of the page, before its widgets are drawn. Every run it first takes the values the
    widgets hold now into the kept store (read before the widgets are redrawn, so a choice widget still maps
    the label the browser sent back to its option, even right after a language switch), then writes the kept
    values back into the widget keys: after a visit to another page (Streamlit forgot them) or a language
    switch (the browser holds labels in the old language) the widgets show exactly the kept values, relabelled.
    Code that must change such a value does it with `put()`. No button or file uploader may use the prefix.
    """
    state, kept = st.session_state, kept_values()
    for key in list(state):
        if isinstance(key, str) and key.startswith(prefix) and key not in _BOUND:
            kept[key] = state[key]
    for key, value in kept.items():
        if key.startswith(prefix):
            state[key] = value


def put(key: str, value) -> None:
    """Set a kept page value (e.g. a lab's "load example" button, or the Data page's choices for a new table).

    Only from a callback or before the widget is drawn in this run, as for any widget value.
    """
    kept_values()[key] = value
    st.session_state[key] = value


def kept(key: str, default=None):
    """A kept page value (a widget drawn on another page, or not drawn yet)."""
    return kept_values().get(key, st.session_state.get(key, default))


def bind(widget, label: str, key: str, field: str, *, shown=None, changes=None, **kwargs):
    """Draw `widget` (st.selectbox, st.slider, st.number_input, st.radio, st.checkbox …) showing one TrainConfig field.

    The widget shows exactly the config's value: `shown(cfg)` (default: the field itself) is written into its key
    before it is drawn, every run, so a reset, a preset, a page visit or a language switch can never leave an old
    value on screen. A change by the learner goes through set_config with `changes(value)` (default
    {field: value}); a value the config refuses shows its message and the widget falls back to the config's value.
    Choice widgets take stable ids as options and a format_func for the labels.
    """
    value = shown(config()) if shown else getattr(config(), field)
    _BOUND.add(key)
    st.session_state[key] = value
    if "options" in kwargs:  # also the default, so a browser that has not drawn the widget yet sends this value
        kwargs["index"] = list(kwargs["options"]).index(value)
    else:
        kwargs["value"] = value
    return widget(label, key=key, on_change=_bound_changed, args=(key, field, changes), **kwargs)


def _bound_changed(key, field, changes):
    value = st.session_state[key]
    set_config(**(changes(value) if changes else {field: value}))


def dataset():
    """The Dataset chosen on the Data page, or None."""
    return st.session_state.get("dataset")


def require_dataset():
    """The chosen Dataset; without one, point the learner to the Data page and stop this page."""
    ds = dataset()
    if ds is None:
        st.info(tr("ui.need_dataset"), icon=":material/table_chart:")
        st.page_link("pages/data.py", label=tr("nav.data"), icon=":material/table_chart:")
        end_page()
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


# Config fields whose right value depends on the data: they go back to these starting values (loss: the task's
# suggested one; test share: the built-in's own) whenever the dataset, its target or its task changes.
DATA_FIELDS = ("loss", "test_size", "scaling", "scale_target", "scaled_scores", "batch_size")


def data_defaults(ds) -> dict:
    """The starting values of DATA_FIELDS for a dataset.

    An upload's regression target is scaled for training (prices in won would make the default learning rate blow
    up) and scored in its own units; a built-in keeps its raw target, as the tutorials train on it.
    """
    builtin = ds.name in datasets.names()
    suggested = datasets.info(ds.name)["test_size"] if builtin else None
    return {"loss": suggested_loss(ds.task), "test_size": 0.2 if suggested is None else suggested,
            "scaling": STARTING_CONFIG["scaling"], "scale_target": not builtin and ds.task == "regression",
            "scaled_scores": builtin, "batch_size": None}


def use_dataset(ds, source: str | None = None) -> None:
    """Make `ds` the learner's dataset (the one way to change it); `source` names its table (default: ds.name).

    When the data changed (another table, target or task), the DATA_FIELDS of the config are reset for it and a
    note says what changed, unless a tutorial preset was applied for exactly this dataset: then its values stay.
    A preset applied for another dataset is dropped (its banner belongs to that dataset).
    """
    state = st.session_state
    identity = (source or ds.name, ds.target_name, ds.task)
    previous = state.get("dataset_identity")
    state.dataset, state.dataset_identity = ds, identity
    if previous == identity:
        return
    preset = state.get("preset")
    if preset is not None and preset["dataset"] == ds.name:
        wanted = {k: v for k, v in preset["values"].items() if k in DATA_FIELDS}
    else:
        state.pop("preset", None)
        wanted = data_defaults(ds)
    cfg = config()
    changed = {k: (getattr(cfg, k), v) for k, v in wanted.items() if getattr(cfg, k) != v}
    if changed:
        set_config(**wanted)
        if previous is not None or preset is not None:  # the very first dataset just starts from these values
            state.reset_note = {"dataset": ds.name, "changed": changed, "shown": []}


def show_reset_note(page: str) -> None:
    """Once per page: which data-dependent settings went back to their starting values for the new dataset."""
    note = st.session_state.get("reset_note")
    ds = dataset()
    if note is None or ds is None or note["dataset"] != ds.name or page in note["shown"]:
        return
    note["shown"].append(page)
    items = ", ".join(f"{tr('state.field_' + k)}: {setting_value(k, old)} → {setting_value(k, new)}"
                      for k, (old, new) in note["changed"].items())
    st.info(tr("state.reset_note", dataset=datasets.title(ds.name, lang()), items=items), icon=":material/restart_alt:")


def apply_preset(name: str, ds_name: str, values: dict) -> bool:
    """Put a tutorial preset's values into the config; it stays tied to `ds_name` (see use_dataset)."""
    if set_config(**values) is None:
        return False
    st.session_state.preset = {"name": name, "dataset": ds_name, "values": dict(values)}
    return True


def preset() -> dict | None:
    """The applied tutorial preset (name, dataset, values), or None."""
    return st.session_state.get("preset")


def no_runs_hint(key: str, icon: str) -> None:
    """Say that nothing has been trained yet (message `key`) and link to the Train page."""
    st.info(tr(key), icon=icon)
    st.page_link("pages/train.py", label=tr("nav.train"), icon=":material/model_training:")


def runs() -> list:
    """Finished runs of this session, oldest first: dicts with name, run (engine Run), dataset name, seconds, live."""
    return st.session_state.setdefault("runs", [])


def next_run_number() -> int:
    """The number for a new run's name ("run 5: …"): one more than the runs kept, skipping a number a kept name
    already starts with (after a delete, "run 4" could otherwise be named twice)."""
    taken = {int(match.group(1)) for entry in runs() if (match := re.match(r"\D*(\d+)", entry["name"]))}
    number = len(runs()) + 1
    while number in taken:
        number += 1
    return number
