"""Saved progress: which steps are done, when, and with which run. A step once done stays done."""
from __future__ import annotations

from engine.study.checks import Verdict
from engine.study.facts import StudyState
from engine.study.path import CHAPTERS, STEPS, Chapter, Step, evaluate


def check_all(progress: dict, state: StudyState, now: str) -> tuple[dict, dict[str, Verdict]]:
    """Check every step; newly done ones are added to a copy of `progress` as {"at": now, "run": name}."""
    verdicts = {step_id: evaluate(step, state) for step_id, step in STEPS.items()}
    updated = dict(progress)
    for step_id, verdict in verdicts.items():
        if verdict.done and step_id not in updated:
            updated[step_id] = {"at": now, "run": verdict.run}
    return updated, verdicts


def chapter_count(progress: dict, chapter: Chapter) -> tuple[int, int]:
    """(steps done, steps in all) for one chapter."""
    return sum(step.id in progress for step in chapter.steps), len(chapter.steps)


def next_step(progress: dict) -> tuple[Chapter, Step] | None:
    """Where to continue: the first step not done yet, in path order; None when everything is done."""
    for chapter in CHAPTERS:
        for step in chapter.steps:
            if step.id not in progress:
                return chapter, step
    return None
