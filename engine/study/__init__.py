"""A study path over the reference tutorials: chapters of steps checked on the learner's own work (no Streamlit)."""
