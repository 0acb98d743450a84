"""The study path's link to the session: the learner's state as study facts, and their saved progress.

Progress, answers, revealed hints and CV results live in one plain dict (`study_record()`), so the workspace
can keep it like any other preference.
"""
from __future__ import annotations

from datetime import datetime

import streamlit as st
import torch

from engine.models import build_model, count_params
from engine.study.facts import CVFacts, ModelFacts, StudyState, run_facts
from engine.study.progress import check_all
from ui.state import config, dataset, runs

EMPTY = {"progress": {}, "answers": {}, "hints": {}, "cv": []}


def study_record() -> dict:
    """The learner's study record: {"progress", "answers", "hints", "cv"} (created empty on first use)."""
    record = st.session_state.setdefault("study", {})
    for key, empty in EMPTY.items():
        record.setdefault(key, type(empty)())
    return record


def record_cv(dataset_name: str, k: int, metric: str, mean: float, scale_target: bool) -> None:
    """Remember a cross-validation result for the checks (the CV page calls this after each k-fold run)."""
    study_record()["cv"].append({"dataset": dataset_name, "k": k, "metric": metric, "mean": float(mean),
                                 "scale_target": bool(scale_target)})


def _model_facts() -> ModelFacts | None:
    ds = dataset()
    if ds is None:
        return None
    cfg = config()
    with torch.device("meta"):  # only counted: no weights drawn from torch's generator, which a lab may have seeded
        n_params = count_params(build_model(cfg, ds.X.shape[1], ds.n_outputs))
    return ModelFacts(ds.name, ds.X.shape[1], tuple(cfg.hidden), n_params)


def snapshot() -> StudyState:
    """What the checks look at: this learner's runs, current model, CV results and answers."""
    record = study_record()
    facts = st.session_state.setdefault("study_facts", {})  # a run's facts never change: worked out once
    run_list = []
    for entry in runs():
        # A stored run is named by its id (reading entry["run"] would load its model); a fresh one by its object.
        key = (entry.get("id") or id(entry["run"]), entry["name"])
        if key not in facts:
            facts[key] = run_facts(entry["name"], entry["run"])
        run_list.append(facts[key])
    return StudyState(runs=run_list, model=_model_facts(), cv=[CVFacts(**c) for c in record["cv"]],
                      answers=dict(record["answers"]))


def check_progress() -> dict:
    """Check every step on the learner's state now; newly done steps are saved. Returns step id -> Verdict."""
    record = study_record()
    now = datetime.now().strftime("%Y-%m-%d %H:%M")
    record["progress"], verdicts = check_all(record["progress"], snapshot(), now)
    return verdicts


def reset_progress() -> None:
    """Forget every tick, answer, hint and CV result of the study path (runs stay)."""
    st.session_state.study = {key: type(empty)() for key, empty in EMPTY.items()}
