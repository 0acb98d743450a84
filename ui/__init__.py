"""The Streamlit layer between pages/ and engine/: session state, charts, live drawing, page helpers."""
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# Because a folder named pages/ sits beside app.py, a fresh server runs its first script in Streamlit's old
# folder-discovery mode: a first visit to e.g. /data would run that page without app.py (a raw file list in
# the sidebar, no language switch). Every page imports this package, so the first import leaves that mode
# and reruns; from then on app.py's st.navigation rules. It sits here, not in a module, so it runs before
# any heavy import (torch, scikit-learn) and the raw list is gone within the first second.
if PagesManager.uses_pages_directory:
    PagesManager.uses_pages_directory = False
    st.rerun()
