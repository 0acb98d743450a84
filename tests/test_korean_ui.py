"""In Korean mode no English is left on any page except code identifiers: titles, text, tables and charts."""
import json
import pathlib
import re

import pandas as pd
import pyarrow as pa
import pytest

from conftest import open_page
from engine import datasets
from engine.config import TrainConfig
from engine.train import fit

PAGES = sorted(p.as_posix() for p in pathlib.Path("pages").glob("*.py"))
# English a learner would read as untranslated UI (whole words, case as written); raw ids count too.
ENGLISH = set("""loss losses epoch epochs layer layers output shape params parameters accuracy precision recall
regression multiclass binary classification train training test model page optimizer batch step steps value values
mean std count min max fold folds run runs weight weights bias gradient prediction predicted actual target feature
features error rows columns iteration iterations learning rate sgd adam adamw rmsprop adagrad momentum relu tanh
sigmoid gelu leaky_relu mse mae ce bce huber none constant linear mlp seconds stopped live Loss Epoch Model Train Test
Layer Accuracy Precision Recall Value Step Run""".split())
UNSHOWN_CHANNELS = ("tooltip", "detail", "order", "text", "xOffset", "yOffset")  # no axis or legend of their own
CODE = re.compile(r"`[^`]*`|\b[\w.]+\([^)]*\)|\b\w+(?:[._]\w+)+\b")  # `code`, calls like train(), names like w.grad
# 정확도 (accuracy), **은닉층** (hidden layer): an English gloss right after the Korean term
GLOSS = re.compile(r"(?<=[가-힣])(\**)\s?\((?:[A-Za-z ,'/-]|\([A-Za-z]+\))+\)")


def english_words(text: str) -> set[str]:
    """Known English words in `text` outside code identifiers and glosses after a Korean word."""
    plain = GLOSS.sub(r"\1", CODE.sub("", str(text)))
    return set(re.findall(r"[A-Za-z]+", plain)) & ENGLISH


def _titled(enc: dict) -> bool:
    """Whether a channel sets its own title or hides its axis/legend (so the field name is not shown)."""
    return any(key in enc and (enc[key] is None or key == "title" or "title" in enc[key])
               for key in ("title", "axis", "legend"))


def _chart_texts(element) -> list[str]:
    """Titles a learner reads on an Altair chart: chart and axis/legend titles (or the field name Vega-Lite shows
    when a channel has none in any layer) and the values of legend channels."""
    spec, texts = json.loads(element.proto.spec), []
    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in element.proto.datasets]

    def walk(node, titled_in_layer=frozenset()):
        if isinstance(node, list):
            for item in node:
                walk(item, titled_in_layer)
            return
        if not isinstance(node, dict):
            return
        if isinstance(node.get("title"), (str, list)):
            texts.append(str(node["title"]))
        if isinstance(node.get("title"), dict) and "text" in node["title"]:
            texts.append(str(node["title"]["text"]))
        if "layer" in node:  # layers share axes: one explicit title covers the channel for all of them
            titled_in_layer = titled_in_layer | {channel for layer in node["layer"]
                                                 for channel, enc in (layer.get("encoding") or {}).items()
                                                 if isinstance(enc, dict) and _titled(enc)}
        for channel, enc in (node.get("encoding") or {}).items():
            if not isinstance(enc, dict) or "field" not in enc or channel in UNSHOWN_CHANNELS:
                continue
            texts.extend(str(part["title"]) for part in (enc, enc.get("axis"), enc.get("legend"))
                         if isinstance(part, dict) and isinstance(part.get("title"), (str, list)))
            base = channel.removesuffix("2")  # x2/y2 share the x/y axis and its title
            if not _titled(enc) and base not in titled_in_layer and not _titled(node["encoding"].get(base, {})):
                texts.append(enc["field"])  # Vega-Lite shows the field name as the title
            if channel in ("color", "strokeDash", "shape") and enc.get("legend", 1) is not None:
                texts.extend(str(v) for f in frames if enc["field"] in f for v in f[enc["field"]].unique())
        for key, value in node.items():
            if key != "encoding":
                walk(value, titled_in_layer)

    walk(spec)
    return texts


def page_texts(at) -> list[tuple[str, str]]:
    """(where, text) for everything a learner reads on the page (widget help and code blocks aside)."""
    out = [(kind, e.value) for kind in ("title", "header", "subheader", "caption", "markdown", "info", "success",
                                        "warning", "error") for e in getattr(at, kind)]
    out += [("metric", e.label) for e in at.metric]
    for kind in ("selectbox", "radio", "slider", "number_input", "checkbox", "toggle", "text_input", "multiselect",
                 "button", "select_slider"):
        out += [(kind, e.label) for e in getattr(at, kind)]
    for kind in ("selectbox", "radio", "multiselect", "select_slider"):  # the options as the learner sees them
        out += [(f"{kind} option", option) for e in getattr(at, kind) for option in e.options]
    for frame in (e.value for e in [*at.dataframe, *at.table]):
        out += [("table header", str(c)) for c in frame.columns] + [("table index", str(i)) for i in frame.index]
        for column in frame.columns:  # label columns: text cells that are not data (short, few distinct)
            if not pd.api.types.is_numeric_dtype(frame[column]) and frame[column].nunique() <= 12:
                out += [("table cell", str(v)) for v in frame[column].unique()]
    for chart in at.get("vega_lite_chart"):
        out += [("chart", text) for text in _chart_texts(chart)]
    return out


def _leftovers(at, page, data_names):
    """English words on the page; the learner's own data (column names such as "target") is not UI text."""
    return [(page, where, sorted(english_words(text)), text[:80]) for where, text in page_texts(at)
            if english_words(text) and text not in data_names]


def test_the_scanner_finds_english_and_spares_code_and_glosses():
    assert english_words("손실 loss") == {"loss"}
    assert english_words("Model 페이지") == {"Model"}
    assert english_words("정확도 (accuracy)") == set()
    assert english_words("`optimizer.step()` 뒤 w.grad, train() 모드") == set()
    assert english_words("옵티마이저 sgd, Adam") == {"sgd"}
    assert english_words("**은닉층** (hidden layer) · `nn.Linear`") == set()


def test_the_chart_walk_reads_default_field_titles_and_legend_values():
    import types

    frame = pa.Table.from_pandas(pd.DataFrame({"optimizer": ["sgd", "adam"]}))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, frame.schema) as writer:
        writer.write_table(frame)
    spec = {"layer": [{"encoding": {"x": {"field": "step"}, "y": {"field": "loss", "title": "손실"}}},
                      {"encoding": {"y": {"field": "loss"}, "color": {"field": "optimizer", "title": "옵티마이저"}}}]}
    arrow = types.SimpleNamespace(data=types.SimpleNamespace(data=sink.getvalue().to_pybytes()))
    element = types.SimpleNamespace(proto=types.SimpleNamespace(spec=json.dumps(spec), datasets=[arrow]))
    assert sorted(_chart_texts(element)) == ["adam", "sgd", "step", "손실", "옵티마이저"]


def _kept_run_session(name):
    ds = datasets.load(name)
    config = TrainConfig(hidden=[4], epochs=2, batch_size=64)
    entry = {"name": f"실행 1: {name}", "run": fit(config, ds), "dataset": name, "seconds": 0.1, "live": False}
    return {"dataset": ds, "config": config, "runs": [entry], "train_last": entry}


def _data_names(frame) -> set[str]:
    """Column names and text values of the learner's data, which the app shows as they are."""
    texts = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    return set(map(str, frame.columns)) | {str(v) for c in texts for v in frame[c].unique()[:50]}


@pytest.mark.parametrize("name", ["rent", "digits"])
def test_no_english_left_on_any_page_in_korean(name):
    at = open_page(None, "ko", state=_kept_run_session(name))
    found = []
    for page in PAGES if name == "rent" else [p for p in PAGES if "/lab_" not in p]:
        at.switch_page(page)
        at.run()
        assert not at.exception, (page, at.exception)
        found += _leftovers(at, page, _data_names(at.session_state["dataset"].frame))
    assert not found, "\n".join(map(str, found))
