"""The Train page's tutorial presets: the reference tutorials' settings, applied to the one TrainConfig."""
import streamlit as st

from engine import datasets
from engine.config import TrainConfig
from engine.split import split_indices
from ui.state import apply_preset, dataset, labels, preset, remember, tr, use_dataset

PRESETS = {  # the settings of the reference tutorials, so a learner can reproduce their numbers
    "seed000": ("rent", dict(hidden=[], loss="mse", optimizer="sgd", lr=5e-4, weight_decay=0.0, epochs=50_000,
                             scaling="none", scale_target=False, dropout=0.0, scheduler=None, scheduler_params={},
                             test_size=0.2, seed=0)),
    "seed001": ("house_prices", dict(hidden=[50, 30], activation="relu", dropout=0.5, loss="mse", optimizer="adam",
                                     lr=1e-3, weight_decay=1e-7, betas=(0.9, 0.999), batch_size=32, epochs=400,
                                     scaling="minmax", scale_target=True, test_size=0.5, scheduler=None,
                                     scheduler_params={}, seed=0)),
    "seed003": ("mnist_5k", dict(hidden=[50], activation="sigmoid", dropout=0.0, loss="ce", optimizer="sgd", lr=0.1,
                                 weight_decay=0.0, batch_size=100, epochs=20, scaling="minmax", scale_target=False,
                                 test_size=0.2, scheduler=None, scheduler_params={}, seed=0)),
}


def _apply():
    name = st.session_state.train_page_preset
    if name == "none":
        return
    ds_name, values = PRESETS[name]
    values = dict(values)
    if "batch_size" not in values:  # seed 000: a random half of the training rows per step
        n_train = len(split_indices(TrainConfig(**values), datasets.load(ds_name))[0])
        values["batch_size"] = n_train // 2
    apply_preset(name, ds_name, values)


def _load_preset_data(name):
    use_dataset(datasets.load(name))  # the preset's own dataset: its values stay


def preset_panel() -> None:
    """The presets expander, and whether the dataset the applied preset needs is loaded (a button if not)."""
    remember("train_page_preset")
    with st.expander(tr("train_page.presets"), icon=":material/menu_book:"):
        st.selectbox(tr("train_page.preset_pick"), ["none", *PRESETS], key="train_page_preset",
                     format_func=labels("train_page.preset_", ["none", *PRESETS]).get)
        if st.session_state.train_page_preset != "none":
            st.caption(tr(f"train_page.preset_{st.session_state.train_page_preset}_help"))
        st.button(tr("train_page.preset_apply"), on_click=_apply, icon=":material/check:",
                  disabled=st.session_state.train_page_preset == "none")
    applied = preset()
    if applied:
        name, want = applied["name"], applied["dataset"]
        current = dataset()
        if current is None or current.name != want:
            st.warning(tr("train_page.preset_wrong_data", preset=tr(f"train_page.preset_{name}"), want=want,
                          have=current.name if current else "—"), icon=":material/swap_horiz:")
            st.button(tr("train_page.preset_load", name=want), on_click=_load_preset_data, args=(want,),
                      icon=":material/download:")
        else:
            st.success(tr("train_page.preset_ready", preset=tr(f"train_page.preset_{name}")),
                       icon=":material/check_circle:")
