"""The Streamlit layer between pages/ and engine/: session state, charts, live drawing, page helpers."""
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# Because a folder named pages/ sits beside app.py, Streamlit takes it for its old folder-discovery mode until a
# script calls st.navigation: a first visit to e.g. /data would run that page without app.py (a raw file list in
# the sidebar, no language switch). This package leaves that mode on its first import. Served through st.App,
# app.py (and so this package) is imported with the server, before any session has switched the mode on (None):
# switched off then, it never starts. Otherwise (AppTest) a session's first script is already running in that
# mode: it reruns, and from then on app.py's st.navigation rules. It sits here, not in a module, so it runs before
# any heavy import (torch, scikit-learn).
if PagesManager.uses_pages_directory is not False:
    started = PagesManager.uses_pages_directory
    PagesManager.uses_pages_directory = False
    if started:
        st.rerun()
