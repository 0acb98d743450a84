"""The Streamlit layer between pages/ and engine/: session state, charts, live drawing, page helpers."""
