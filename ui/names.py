"""What a learner reads for the config's ids (relu, sgd, mse, …), its values, and the model summary's columns,
in their language: the one place that names them, for the pages and for ui.state's notes alike."""
import math

import pandas as pd
from pandas.io.formats.style import Styler

from engine import choices
from engine.i18n import TABLE
from ui.language import tr


def activation_name(activation: str) -> str:
    """The PyTorch class of an activation (relu → ReLU): a code name, the same in both languages."""
    return choices.ACTIVATIONS[activation].torch_class.__name__


def activation_label(activation: str) -> str:
    """An activation as the activations lab names it in the learner's language (sigmoid → 시그모이드 (Sigmoid),
    identity → 선형 (항등)), so the labs agree; the PyTorch class name where that lab has no entry."""
    key = f"lab_activations.name.{'linear' if activation == 'identity' else activation}"
    return tr(key) if key in TABLE else activation_name(activation)


def choice_name(table: dict, name: str) -> str:
    """An entry of an engine.choices table (a loss, an optimizer, a schedule …) as the Train page's choice shows it."""
    return tr(table[name].label)


def choice_labels(table: dict) -> dict:
    """Name → label in the learner's language for a whole engine.choices table (a choice widget's format_func)."""
    return {name: choice_name(table, name) for name in table}


def loss_name(loss: str) -> str:
    """The loss as the Train page's loss choice shows it."""
    return choice_name(choices.LOSSES, loss)


def optimizer_name(optimizer: str, short: bool = False) -> str:
    """The optimizer as the Train page's optimizer choice shows it; `short` drops the explanation in brackets
    ("SGD (확률적 경사 하강법)" → "SGD"), e.g. for run names."""
    name = choice_name(choices.OPTIMIZERS, optimizer)
    return name.split(" (")[0] if short else name


def scaling_name(scaling: str) -> str:
    """The feature scaling as the Train page's scaling choice shows it."""
    return tr(f"train_page.scaling_{scaling}")


def setting_label(field: str) -> str:
    """A TrainConfig field (or "dataset") as the learner reads it (batch_size → 배치 크기); the id if untranslated."""
    key = f"state.field_{field}"
    return tr(key) if key in TABLE else field


def setting_value(field: str, value) -> str:
    """A config value as its owner page shows it: names (cross-entropy, standardised), not ids (ce, standard)."""
    if value is None:
        return tr({"batch_size": "state.full_batch", "scheduler": "train_page.sched_none"}.get(field, "state.none"))
    if field == "loss" and value in choices.LOSSES:
        return loss_name(value)
    if field == "optimizer" and value in choices.OPTIMIZERS:
        return optimizer_name(value)
    if field == "scheduler" and value in choices.SCHEDULERS:
        return choice_name(choices.SCHEDULERS, value)
    if field == "activation" and value in choices.ACTIVATIONS:
        return activation_label(value)
    if field == "scaling":
        return scaling_name(value)
    if field == "init":
        return tr(f"state.init_{value}")
    if isinstance(value, bool):
        return tr("state.yes" if value else "state.no")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(setting_value("", v) for v in value) + "]"
    if isinstance(value, dict):
        return ", ".join(f"{k}={setting_value('', v)}" for k, v in value.items()) or "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def number_text(value, small: str = ".4g") -> str:
    """A score for people: from 10,000 up with thousands commas and no decimals (48,252,621, not 4.825e+07 or
    48252620.8740), below that in the `small` format the page used before (0.1234); empty for a missing score."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:,.0f}" if abs(value) >= 10_000 else format(value, small)


def mean_std_text(mean: float, std: float, small: str = ".4f") -> str:
    """'mean ± std' by number_text, the spread in the mean's style (13,830,702 ± 2,527,211 and 0.1234 ± 0.0056),
    so a spread under 10,000 of a mean in millions does not grow decimals the mean does not have."""
    return f"{number_text(mean, small)} ± {number_text(std, small if abs(mean) < 10_000 else ',.0f')}"


def number_table(frame: pd.DataFrame, formats: dict | None = None, small: str = ".4f") -> Styler:
    """A table whose float columns are written by number_text; `formats` (column → format) overrides columns."""
    floats = {column: (lambda v, small=small: number_text(v, small)) for column in frame.columns
              if pd.api.types.is_float_dtype(frame[column])}
    return frame.style.format({**floats, **(formats or {})}, na_rep="")


def summary_table(frame: pd.DataFrame) -> Styler:
    """engine.summary's torchinfo table with its column headers (layer, output shape, params) translated, and
    parameter counts written with thousands commas (1,530) as the pages' totals are."""
    params = tr("model_page.col_params")
    table = frame.rename(columns={"layer": tr("model_page.col_layer"), "output shape": tr("model_page.col_shape"),
                                  "params": params})
    return table.style.format({params: "{:,}"})
