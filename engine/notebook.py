"""The exported run as a Jupyter notebook: the script's own pieces, each explained in the learner's language."""
from __future__ import annotations

import nbformat
from nbformat import v4

from engine import datasets
from engine.codegen import script_source, script_steps
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.filenames import data_file
from engine.i18n import t

EMBED_LIMIT = 1_000_000  # bytes of CSV written into the notebook itself; bigger data is read from the bundle's file

# Notebook only: a picture of the losses the loop collected (the script prints them instead).
PLOT_CODE = """try:
    import matplotlib.pyplot as plt
except ImportError:  # no matplotlib here: the same numbers as a table
    print(pd.DataFrame({"epoch": range(1, len(history) + 1), "train_loss": history}).to_string(index=False))
else:
    plt.plot(range(1, len(history) + 1), history, marker=".")
    plt.xlabel("epoch")
    plt.ylabel("train loss")
    plt.show()"""


def title(dataset: Dataset, lang: str) -> str:
    """The dataset as the learner knows it: a built-in's title, else the uploaded file's name."""
    return datasets.title(dataset.name, lang)


def notebook(config: TrainConfig, dataset: Dataset, lang: str = "en") -> str:
    """nbformat v4 JSON: a title, then per step an explanation and the script's code for it, plus a loss plot."""
    file, contents = data_file(dataset)
    csv_text = contents.decode("utf-8-sig") if file.endswith(".csv") and len(contents) < EMBED_LIMIT else None
    where = (t("codegen.md_data_embedded", lang) if csv_text is not None
             else t("codegen.md_data_file", lang, file=file))
    facts = {"data": {"rows": len(dataset), "features": len(dataset.feature_names), "target": dataset.target_name,
                      "where": where},
             "split": {"how": _split_sentence(config, dataset, lang)}}
    cells = [v4.new_markdown_cell(t("codegen.md_title", lang, title=title(dataset, lang)))]
    for step, code in script_steps(config, script_source(dataset), dataset, notebook=True, csv_text=csv_text):
        cells += [v4.new_markdown_cell(t(f"codegen.md_{step}", lang, **facts.get(step, {}))),
                  v4.new_code_cell(code.strip("\n"))]
        if step == "loop":
            cells += [v4.new_markdown_cell(t("codegen.md_plot", lang)), v4.new_code_cell(PLOT_CODE)]
    for number, cell in enumerate(cells):
        cell.id = f"cell-{number}"  # fixed ids (nbformat draws random ones): the same run gives the same file
    book = v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})
    return nbformat.writes(book)


def _split_sentence(config: TrainConfig, dataset: Dataset, lang: str) -> str:
    if config.test_size == 0:
        return t("codegen.md_split_none", lang)
    if dataset.test_mask is not None:
        return t("codegen.md_split_fixed", lang)
    return t("codegen.md_split_random", lang, share=f"{config.test_size:.0%}")
