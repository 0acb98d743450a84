"""The coach's sentences after a run, on the Train and Evaluate pages."""
import streamlit as st

from engine.coach import advise
from ui.state import tr


def coach_panel(run) -> None:
    """One or two plain sentences about what happened in this run and what to try next."""
    advice = advise(run) or [("coach.nothing", {})]
    text = "  \n".join(tr(key, **params) for key, params in advice)
    st.info(f"**{tr('coach.title')}:** {text}", icon=":material/school:")
