"""The coach's sentences after a run, on the Train and Evaluate pages."""
import streamlit as st

from engine.coach import advise
from ui.state import tr


def coach_panel(run, fit: bool = True) -> None:
    """One or two plain sentences about what happened in this run and what to try next.

    fit=False: a page that already shows the fit verdict (engine.fit) gets the other advice only, and no panel
    when there is none (saying "nothing stands out" under an underfitting verdict would contradict it).
    """
    advice = advise(run, fit=fit)
    if not advice and not fit:
        return
    text = "  \n".join(tr(key, **params) for key, params in advice or [("coach.nothing", {})])
    st.info(f"**{tr('coach.title')}:** {text}", icon=":material/school:")
