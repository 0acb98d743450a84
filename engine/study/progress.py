"""Saved progress: which steps are done, when, and with which run. A step once done stays done; the run it
credits follows the check (a step that asks for the best run names the best one so far, not the first)."""
from __future__ import annotations

from engine.study.checks import Verdict
from engine.study.facts import StudyState
from engine.study.path import CHAPTERS, STEPS, Chapter, Step, evaluate


def check_all(progress: dict, state: StudyState, now: str) -> tuple[dict, dict[str, Verdict]]:
    """Check every step; newly done ones are added to a copy of `progress` as {"at": now, "run": name}.

    A step done before keeps its date; when its check now names another run (a better one came), that run is
    credited. When the check is not done now (its runs were deleted), the saved record stays as it was.
    """
    verdicts = {step_id: evaluate(step, state) for step_id, step in STEPS.items()}
    updated = dict(progress)
    for step_id, verdict in verdicts.items():
        if not verdict.done:
            continue
        if step_id not in updated:
            updated[step_id] = {"at": now, "run": verdict.run}
        elif verdict.run is not None and updated[step_id].get("run") != verdict.run:
            updated[step_id] = {**updated[step_id], "run": verdict.run}
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
