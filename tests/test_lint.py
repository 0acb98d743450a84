"""The tree passes ruff with the repository's ruff.toml (rules E, F, W, B; lines up to 120 characters)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_noqa_says_why():
    """A suppression comment names its rule, then a dash and the reason the rule does not apply there."""
    marker = "# " + "noqa"  # spelled in two parts so this file does not match itself
    bare = []
    for path in ROOT.rglob("*.py"):
        if ".venv" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if marker in line and not re.search(marker + r": [A-Z0-9, ]+ +(-|--|—) +\S", line):
                bare.append(f"{path.relative_to(ROOT)}:{number}")
    assert not bare, bare
