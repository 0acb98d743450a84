"""A run to take away: a .zip with the script, the notebook, the data, pinned requirements and a README."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from engine.codegen import script_source, to_script
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.filenames import data_file
from engine.i18n import t
from engine.notebook import notebook, title

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements.txt"
SCRIPT_NEEDS = ("torch", "numpy", "pandas", "scikit-learn")  # what train.py and train.ipynb import
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same run always gives the same bytes


def requirements() -> str:
    """requirements.txt for the bundle: the app's own pins of the libraries the script imports."""
    pins = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        name, pinned, version = line.split("#")[0].strip().partition("==")
        if pinned:
            pins[name.lower()] = version
    return "".join(f"{name}=={pins[name]}\n" for name in SCRIPT_NEEDS)


def bundle(config: TrainConfig, dataset: Dataset, lang: str = "en") -> bytes:
    """The .zip: train.py, train.ipynb, the data file, requirements.txt and README.md in the learner's language.

    Unzipped anywhere, `python train.py` there reproduces the app's run: the script finds the data next to itself.
    """
    file, contents = data_file(dataset)
    files = {
        "train.py": to_script(config, script_source(dataset), dataset),
        "train.ipynb": notebook(config, dataset, lang),
        file: contents,
        "requirements.txt": requirements(),
        "README.md": t("codegen.readme", lang, title=title(dataset, lang), data=file),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16  # rw-r--r-- once unzipped
            archive.writestr(info, content)
    return buffer.getvalue()
