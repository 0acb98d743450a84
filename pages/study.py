"""Study path: the tutorials as chapters of steps that tick themselves when the learner has done them."""
import streamlit as st

from engine.study.path import CHAPTERS, STEPS
from engine.study.progress import chapter_count, next_step
from ui.state import tr
from ui.study import check_progress, reset_progress, study_record

KIND_ICONS = {"do": ":material/construction:", "predict": ":material/psychology_alt:", "explain": ":material/quiz:"}


def answer_widget(step, record) -> None:
    """A number (predict) or a multiple choice (explain), checked when the learner asks."""
    given = record["answers"].get(step.id)
    if step.kind == "predict":
        value = st.number_input(tr("study.your_answer"), value=given, format="%g", key=f"study_answer_{step.id}")
    else:
        value = st.radio(tr("study.choose"), step.choices, format_func=lambda c: tr(f"study.{step.id}.choice_{c}"),
                         index=step.choices.index(given) if given in step.choices else None,
                         key=f"study_answer_{step.id}")
    if st.button(tr("study.check_answer"), key=f"study_check_{step.id}", disabled=value is None):
        record["answers"][step.id] = value
        st.rerun()


def hints(step, record) -> None:
    """Hints unfold one at a time; the last one is still not the answer."""
    shown = record["hints"].get(step.id, 0)
    for n in range(1, shown + 1):
        st.caption(tr("study.hint", n=n, text=tr(f"study.{step.id}.hint{n}")))
    if shown < step.hints and st.button(tr("study.show_hint", shown=shown, total=step.hints),
                                        key=f"study_hint_{step.id}", icon=":material/lightbulb:", type="tertiary"):
        record["hints"][step.id] = shown + 1
        st.rerun()


def step_view(step, verdict, done) -> None:
    with st.container(border=True):
        mark = ":material/check_circle:" if done else ":material/radio_button_unchecked:"
        st.markdown(f"{mark} **{tr('study.kind_' + step.kind)}** · {tr(f'study.{step.id}.task')}")
        if step.page:
            st.page_link(step.page, icon=KIND_ICONS[step.kind])
        record = study_record()
        if step.kind != "do":
            answer_widget(step, record)
        message = tr(verdict.key, **verdict.params)
        if verdict.done:
            st.success(message, icon=":material/check:")
        elif step.kind == "do" or step.id in record["answers"]:
            st.info(message, icon=":material/search:")
        if done:
            st.caption(tr("study.done_with", at=done["at"], run=done["run"]) if done.get("run")
                       else tr("study.done_at", at=done["at"]))
        else:
            hints(step, record)


st.title(tr("study.title"))
st.caption(tr("study.intro"))
verdicts = check_progress()
progress = study_record()["progress"]
st.progress(len(progress) / len(STEPS), text=tr("study.overall", done=len(progress), total=len(STEPS)))
upcoming = next_step(progress)
if upcoming is None:
    st.success(tr("study.all_done"), icon=":material/celebration:")

for chapter in CHAPTERS:
    n_done, n_steps = chapter_count(progress, chapter)
    icon = ":material/task_alt:" if n_done == n_steps else ":material/menu_book:"
    title = f"{tr(f'study.{chapter.id}.title')} — {tr('study.chapter_progress', done=n_done, total=n_steps)}"
    with st.expander(title, icon=icon, expanded=upcoming is not None and upcoming[0] is chapter):
        st.caption(tr(f"study.{chapter.id}.intro"))
        st.progress(n_done / n_steps)
        for step in chapter.steps:
            step_view(step, verdicts[step.id], progress.get(step.id))

with st.popover(tr("study.reset"), icon=":material/restart_alt:"):
    st.warning(tr("study.reset_warning"))
    if st.button(tr("study.reset_confirm"), type="primary", key="study_reset_confirm"):
        reset_progress()
        st.rerun()
