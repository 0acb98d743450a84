"""A second step before something is deleted: a first button asks, then a question that names what goes, with
Yes and Cancel. Deleting is the one action here that cannot be undone, so it never happens on one click."""
import streamlit as st

from ui.state import tr


def confirm_step(key: str, target, ask_label: str, question: str, yes_label: str, on_yes, args=()) -> None:
    """Draw the ask button for `target` (what would be deleted, e.g. a run's label); once pressed, `question`
    with a Yes button that calls on_yes(*args) and a Cancel. A question asked about another target (the
    learner changed the choice meanwhile) is dropped, so Yes always deletes what the question names."""
    if st.session_state.get(key) != target:
        st.session_state.pop(key, None)
        st.button(ask_label, key=f"{key}_ask", on_click=_ask, args=(key, target), icon=":material/delete:")
        return
    with st.container(border=True):
        st.warning(question, icon=":material/warning:")
        yes, no = st.columns(2)
        yes.button(yes_label, key=f"{key}_yes", type="primary", on_click=_yes, args=(key, on_yes, args),
                   icon=":material/delete_forever:", width="stretch")
        no.button(tr("confirm.cancel"), key=f"{key}_no", on_click=_cancel, args=(key,), width="stretch")


def _ask(key, target):
    st.session_state[key] = target


def _cancel(key):
    st.session_state.pop(key, None)


def _yes(key, on_yes, args):
    st.session_state.pop(key, None)
    on_yes(*args)
