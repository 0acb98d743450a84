"""What a learner reads for the config's ids (relu, sgd, mse, …) and the model summary's columns, in their language."""
import pandas as pd

from engine import choices
from ui.state import tr


def activation_name(activation: str) -> str:
    """The PyTorch class of an activation (relu → ReLU): a code name, the same in both languages."""
    return choices.ACTIVATIONS[activation].torch_class.__name__


def loss_name(loss: str) -> str:
    """The loss as the Train page's loss choice shows it."""
    return tr(choices.LOSSES[loss].label)


def optimizer_name(optimizer: str, short: bool = False) -> str:
    """The optimizer as the Train page's optimizer choice shows it; `short` drops the explanation in brackets
    ("SGD (확률적 경사 하강법)" → "SGD"), e.g. for run names."""
    name = tr(choices.OPTIMIZERS[optimizer].label)
    return name.split(" (")[0] if short else name


def scaling_name(scaling: str) -> str:
    """The feature scaling as the Train page's scaling choice shows it."""
    return tr(f"train_page.scaling_{scaling}")


def summary_table(frame: pd.DataFrame) -> pd.DataFrame:
    """engine.summary's torchinfo table with its column headers (layer, output shape, params) translated."""
    return frame.rename(columns={"layer": tr("model_page.col_layer"), "output shape": tr("model_page.col_shape"),
                                 "params": tr("model_page.col_params")})
