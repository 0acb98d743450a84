"""Deep Learning Study Lab: navigation, language switch and the shared sidebar. Pages live in pages/."""
import streamlit as st

from engine.i18n import LANG_NAMES
from pages.ui import tr

st.set_page_config(page_title="Deep Learning Study Lab", page_icon="🧪", layout="wide")
st.session_state.setdefault("lang", "en")

WORKFLOW = [
    ("pages/home.py", "nav.home", "🏠", True),
    ("pages/data.py", "nav.data", "📊", False),
    ("pages/model.py", "nav.model", "🧱", False),
    ("pages/train.py", "nav.train", "🏋️", False),
    ("pages/evaluate.py", "nav.evaluate", "🎯", False),
    ("pages/cross_validate.py", "nav.cv", "🔁", False),
    ("pages/runs.py", "nav.runs", "🗂️", False),
]
LABS = [
    ("pages/lab_cost.py", "nav.lab_cost", "📐"),
    ("pages/lab_descent.py", "nav.lab_descent", "⛷️"),
    ("pages/lab_optimizers.py", "nav.lab_optimizers", "🏁"),
    ("pages/lab_gradients.py", "nav.lab_gradients", "🧮"),
    ("pages/lab_zero_grad.py", "nav.lab_zero_grad", "🧹"),
    ("pages/lab_losses.py", "nav.lab_losses", "📉"),
    ("pages/lab_activations.py", "nav.lab_activations", "〰️"),
    ("pages/lab_batches.py", "nav.lab_batches", "📦"),
    ("pages/lab_xor.py", "nav.lab_xor", "✖️"),
    ("pages/lab_schedules.py", "nav.lab_schedules", "📅"),
    ("pages/lab_overfitting.py", "nav.lab_overfitting", "🎭"),
    ("pages/lab_anatomy.py", "nav.lab_anatomy", "🔬"),
]


def page(path, key, icon, default=False):
    return st.Page(path, title=tr(key), icon=icon, default=default)


with st.sidebar:
    st.segmented_control("Language / 언어", list(LANG_NAMES), format_func=LANG_NAMES.get, key="lang",
                         selection_mode="single")
    if st.session_state.lang is None:  # clicking the selected option clears it; keep a language
        st.session_state.lang = "en"

navigation = st.navigation({
    tr("nav.group_workflow"): [page(*entry) for entry in WORKFLOW],
    tr("nav.group_labs"): [page(*entry) for entry in LABS],
})
navigation.run()
