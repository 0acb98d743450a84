"""The Train page's tutorial presets: one click loads a tutorial's dataset and settings into the one TrainConfig."""
import streamlit as st

from engine import datasets
from engine.config import TrainConfig
from engine.split import split_indices
from ui.state import apply_preset, config, dataset, preset, set_config, tr, use_dataset

_PLAIN = dict(dropout=0.0, weight_decay=0.0, scheduler=None, scheduler_params={}, scale_target=False,
              scaled_scores=True, init="default", seed=0)
PRESETS = {  # the settings of the reference tutorials, so a learner can reproduce their numbers
    "seed000": ("rent", {**_PLAIN, **dict(hidden=[], loss="mse", optimizer="sgd", lr=5e-4, epochs=50_000,
                                          scaling="none", test_size=0.2)}),
    "seed001": ("house_prices", {**_PLAIN, **dict(hidden=[50, 30], activation="relu", dropout=0.5, loss="mse",
                                                  optimizer="adam", lr=1e-3, weight_decay=1e-7, betas=(0.9, 0.999),
                                                  batch_size=32, epochs=400, scaling="minmax", scale_target=True,
                                                  test_size=0.5)}),
    "seed003": ("mnist_5k", {**_PLAIN, **dict(hidden=[50], activation="sigmoid", loss="ce", optimizer="sgd", lr=0.1,
                                              batch_size=100, epochs=20, scaling="minmax", test_size=0.2)}),
    "seed004": ("study_hours", {**_PLAIN, **dict(hidden=[], loss="mse", optimizer="sgd", lr=0.01, batch_size=None,
                                                 epochs=1_000, scaling="none", test_size=0.0, init="zeros")}),
}


def preset_values(name: str) -> dict:
    """The TrainConfig fields of a preset; seed 000's batch is half of the training rows, as in the tutorial."""
    ds_name, values = PRESETS[name]
    values = dict(values)
    if "batch_size" not in values:
        n_train = len(split_indices(TrainConfig(**values), datasets.load(ds_name))[0])
        values["batch_size"] = n_train // 2
    return values


def _apply(name):
    """Load the tutorial's dataset and its settings together: one click, nothing left to do but Train."""
    ds_name = PRESETS[name][0]
    if apply_preset(name, ds_name, preset_values(name)):
        use_dataset(datasets.load(ds_name))  # the preset's own dataset: its values stay (see use_dataset)


def preset_panel() -> None:
    """One button per tutorial, each with what it sets; after a click, what to look at and what the tutorial got."""
    with st.expander(tr("train_page.presets"), icon=":material/menu_book:"):
        for name in PRESETS:
            button, text = st.columns([2, 3], vertical_alignment="center")
            button.button(tr(f"train_page.preset_{name}"), on_click=_apply, args=(name,), width="stretch",
                          key=f"train_page_preset_{name}")
            text.caption(tr(f"train_page.preset_{name}_help"))
    applied, current = preset(), dataset()
    if applied and current is not None and current.name == applied["dataset"]:  # the banner belongs to its data
        name = applied["name"]
        st.success(tr("train_page.preset_ready", preset=tr(f"train_page.preset_{name}")) + "  \n" +
                   tr(f"lessons.look_{name}"), icon=":material/check_circle:")


def init_note() -> None:
    """Say when the run will start from all-zero weights (tutorial 004), with a way back to torch's default start.

    Zeros suit a straight line; in a hidden layer every unit would get the same gradient and stay alike.
    """
    cfg = config()
    if cfg.init != "zeros":
        return
    text, button = st.columns([4, 1], vertical_alignment="center")
    text.caption(tr("lessons.init_zeros_mlp" if cfg.hidden else "lessons.init_zeros"))
    button.button(tr("lessons.init_default"), on_click=set_config, kwargs={"init": "default"},
                  key="train_page_init_default")
