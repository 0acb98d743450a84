"""The Data page's file uploader with our own words for its size limit and file types.

Streamlit draws "50MB per file • CSV, …" inside the drop zone in English and offers no option to translate or
hide it (st.file_uploader has label, help and max_upload_size only), so that line is hidden with CSS scoped to
this one uploader and the same facts are said below it in the learner's language. The limit is the server's own
setting (server.maxUploadSize in .streamlit/config.toml), not a copy of it.
"""
import streamlit as st

from ui.state import tr


def upload_limit_mb() -> int:
    """The largest file the server accepts, in MB (server.maxUploadSize)."""
    return int(st.get_option("server.maxUploadSize"))


def file_uploader(label: str, types: list[str], key: str, **kwargs):
    """st.file_uploader whose English limit line is replaced by a caption in the learner's language."""
    st.html(f"<style>.st-key-{key} [data-testid='stFileUploaderDropzoneInstructions'] {{display: none;}}</style>")
    value = st.file_uploader(label, type=types, key=key, **kwargs)
    st.caption(tr("data_page.upload_limit", mb=upload_limit_mb(), types=", ".join(t.upper() for t in types)))
    return value
