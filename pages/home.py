"""Home: what the app is and the learning path through it."""
import streamlit as st

from engine.study.progress import next_step
from ui.state import tr
from ui.study import check_progress, study_record

st.title(tr("home.title"))
st.write(tr("home.intro"))
check_progress()  # ticks what the learner did since the study page was last open
upcoming = next_step(study_record()["progress"])
if upcoming is None:
    st.success(tr("study.all_done"), icon=":material/celebration:")
else:
    chapter, step = upcoming
    st.info(tr("study.continue", chapter=tr(f"study.{chapter.id}.title"), step=tr(f"study.{step.id}.task")),
            icon=":material/school:")
    st.page_link("pages/study.py", label=tr("study.open_path"), icon=":material/arrow_forward:")
st.subheader(tr("home.path_title"))
steps = [("pages/data.py", "nav.data", ":material/table_chart:", "home.step_data"),
         ("pages/model.py", "nav.model", ":material/account_tree:", "home.step_model"),
         ("pages/train.py", "nav.train", ":material/model_training:", "home.step_train"),
         ("pages/evaluate.py", "nav.evaluate", ":material/target:", "home.step_evaluate"),
         ("pages/cross_validate.py", "nav.cv", ":material/repeat:", "home.step_cv"),
         ("pages/runs.py", "nav.runs", ":material/compare:", "home.step_runs")]
for number, (path, title, icon, text) in enumerate(steps, start=1):
    left, right = st.columns([1, 3])
    left.page_link(path, label=f"{number}. {tr(title)}", icon=icon)
    right.write(tr(text))
st.info(tr("home.presets"), icon=":material/menu_book:")
st.subheader(tr("home.labs_title"))
st.write(tr("home.labs_intro"))
