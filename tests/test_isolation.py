"""Two learners never see each other's data, runs or models (issue 5, isolation)."""
import pathlib
import re

from conftest import open_page
from test_page_train import train_and_wait
from engine.config import TrainConfig

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_two_sessions_keep_their_own_dataset_config_and_runs(study_hours, xor, monkeypatch):
    monkeypatch.setenv("STUDYLAB_SHARED", "1")  # a classroom server: one workspace per browser
    alice = open_page("pages/train.py", state={"dataset": study_hours, "config": TrainConfig(lr=0.05, epochs=5)})
    bob = open_page("pages/train.py", state={"dataset": xor, "config": TrainConfig(hidden=[4], epochs=3)})
    train_and_wait(alice)
    assert not alice.exception and len(alice.session_state["runs"]) == 1
    bob.run()
    assert "runs" not in bob.session_state or bob.session_state["runs"] == []
    assert bob.session_state["dataset"].name == xor.name
    assert bob.session_state["config"].hidden == [4] and alice.session_state["config"].hidden == []
    bob.switch_page("pages/runs.py").run()
    assert not bob.exception
    assert study_hours.name not in " ".join(m.value for m in bob.markdown)


def test_no_learner_state_in_shared_caches():
    """st.cache_resource is shared by every session, so no page may use it."""
    sources = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]
    offenders = [p.name for p in sources
                 if re.search(r"@st\.cache_resource|st\.cache_resource\(", p.read_text(encoding="utf-8"))]
    assert offenders == []
