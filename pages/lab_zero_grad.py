"""Placeholder until this page is built: says so plainly."""
import streamlit as st

from pages.ui import tr

st.info(tr("ui.coming_next"), icon=":material/construction:")
