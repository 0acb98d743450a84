"""The optimizers lab page (pages/lab_optimizers.py) in AppTest: the race matches torch and hand math."""
import re

import numpy as np
import pytest
from conftest import charts, open_page

from engine import surfaces
from engine.i18n import t

OPT = "pages/lab_optimizers.py"
LANGS = ["en", "ko"]


@pytest.mark.parametrize("lang", LANGS)
def test_optimizer_seed_003_preset_reports_0_8_to_the_20(lang):
    at = open_page(OPT, lang)
    at.selectbox(key="lab_opt_surface").set_value("rosenbrock").run()
    # each optimizer gets the surface's own default: SGD the small one its steep walls need, Adam its usual 0.1
    assert not at.exception and at.select_slider(key="lab_opt_lr_sgd").value == 0.005
    assert at.select_slider(key="lab_opt_lr_adam").value == 0.1
    at.button[0].click().run()  # the seed-003 preset
    assert not at.exception
    assert at.selectbox(key="lab_opt_surface").value == "paraboloid"
    hand = 0.8**20 * np.array([-3.0, 4.0])  # x ← x − 0.1·2x = 0.8x, twenty times
    numbers = [float(v) for v in re.findall(r"\((-?[\d.]+), (-?[\d.]+)\)", at.success[0].value)[-1]]
    assert numbers == pytest.approx(hand, abs=1e-6)
    table = at.dataframe[0].value
    sgd = table[table.iloc[:, 0] == t("lab_optimizers.o_sgd", lang)].iloc[0]
    assert [float(v) for v in sgd.iloc[1].strip("()").split(", ")] == pytest.approx(hand, abs=1e-4)
    assert float(sgd.iloc[3]) == pytest.approx(5 * 0.8**20, abs=1e-4)


def test_optimizer_caption_states_what_the_paths_show(capsys):
    lang = "ko"  # English labels are checked by the race test below
    at = open_page(OPT, lang)
    at.selectbox(key="lab_opt_surface").set_value("plateau").run()
    at.multiselect(key="lab_opt_optimizers").set_value(["sgd", "rmsprop", "adam"]).run()
    at.select_slider(key="lab_opt_lr_rmsprop").set_value(0.01)
    at.select_slider(key="lab_opt_beta_adam").set_value(0.8)
    at.slider(key="lab_opt_steps").set_value(40).run()
    assert not at.exception
    # independently: each optimizer's own settings through torch, the final losses sorted by numpy
    start, finals = (2.5, 2.0), {}
    for name, lr, extra in [("sgd", 0.5, {}), ("rmsprop", 0.01, {"alpha": 0.99}),
                            ("adam", 0.1, {"betas": (0.8, 0.999)})]:
        path = surfaces.descend("plateau", name, lr, 40, start, **extra)
        finals[name] = float(surfaces.value("plateau", *path[-1]))
    order = sorted(finals, key=finals.get)
    caption = at.info[-1].value
    assert t("lab_optimizers.o_" + order[0], lang) in caption and f"{finals[order[0]]:.4g}" in caption
    assert f"{finals[order[-1]]:.4g}" in caption
    table = at.dataframe[0].value
    assert table.iloc[:, 2].tolist() == [f"{finals[n]:.4g}" for n in ["sgd", "rmsprop", "adam"]]
    # the legend and the map name only the chosen optimizers, the map keeps x and y on one scale
    spec = charts(at)[0][0]
    assert spec["width"] == spec["height"]
    # the code block is this race: run it, it prints the same final losses
    exec(at.code[0].value, {})
    printed = {line.split()[0]: float(line.split()[-1]) for line in capsys.readouterr().out.splitlines()}
    assert printed == pytest.approx(finals, rel=1e-9)
    # the step scrubber follows the step count and is cut back when the race gets shorter
    at.slider(key="lab_opt_steps").set_value(12).run()
    assert at.slider(key="lab_opt_at").value == 12 and at.slider(key="lab_opt_at").max == 12
    at.slider(key="lab_opt_at").set_value(3).run()
    assert not at.exception and at.slider(key="lab_opt_at").value == 3


def test_optimizer_race_lists_each_choice_and_explains_an_empty_race():
    at = open_page(OPT)
    at.multiselect(key="lab_opt_optimizers").set_value(["sgd", "rmsprop", "adam"])
    at.select_slider(key="lab_opt_lr_sgd").set_value(1.0).run()
    table = at.dataframe[0].value
    assert table.iloc[:, 0].tolist() == ["SGD", "RMSprop", "Adam"]
    assert table.iloc[0, 4] == "never" and not at.success  # SGD at lr 1: x ← x − 2x = −x, flips sign forever
    at.multiselect(key="lab_opt_optimizers").set_value([]).run()
    assert not at.exception and at.info and not at.dataframe


def _layer_data(at, chart: int, layer: int):
    """The data of one layer of one chart of the run, found by the dataset name the layer refers to."""
    import json

    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    proto = at.get("vega_lite_chart")[chart].proto
    name = json.loads(proto.spec)["layer"][layer]["data"]["name"]
    return convert_arrow_bytes_to_pandas_df(next(d for d in proto.datasets if d.name == name).data.data)


def test_optimizer_map_is_one_log_scaled_picture_on_a_square_plot():
    import base64
    import io

    from PIL import Image
    at = open_page(OPT)
    at.selectbox(key="lab_opt_surface").set_value("rosenbrock").run()
    spec, _ = charts(at)[0]
    assert spec["width"] == spec["height"] and spec["autosize"] == "pad"  # the plot itself is square
    assert spec["usermeta"]["embedOptions"]["renderer"] == "canvas"
    image = next(i for i, layer in enumerate(spec["layer"]) if layer["mark"]["type"] == "image")
    frame = _layer_data(at, 0, image)
    s = surfaces.get("rosenbrock")
    assert (frame.x0[0], frame.x0_end[0], frame.x1[0], frame.x1_end[0]) == (*s.xlim, *s.ylim)
    pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(frame.url[0].split(",", 1)[1]))).convert("L"),
                        dtype=float)[::-1]  # row 0 at the lowest x1
    # independently: the surface at the pixel centres, on the log scale the lab promises (dark = low)
    n = pixels.shape[0]
    x0 = s.xlim[0] + (np.arange(n) + 0.5) * (s.xlim[1] - s.xlim[0]) / n
    x1 = s.ylim[0] + (np.arange(n) + 0.5) * (s.ylim[1] - s.ylim[0]) / n
    z = (1 - x0[None, :]) ** 2 * 0.1 + 10 * (x1[:, None] - x0[None, :] ** 2) ** 2
    level = np.log10(z - z.min() + 1e-3 * (z.max() - z.min()))
    share = (level - level.min()) / (level.max() - level.min())
    assert np.corrcoef(pixels.ravel(), share.ravel())[0, 1] > 0.99  # brighter where the loss is higher
    assert pixels[np.unravel_index(np.argmin(z), z.shape)] == pixels.min() == 0  # black at the minimum
    assert pixels[np.unravel_index(np.argmax(z), z.shape)] == pixels.max() == 255  # white at the top


def test_optimizer_all_six_on_the_paraboloid_say_all_arrived_and_follow_the_widgets():
    at = open_page(OPT, "ko")
    at.multiselect(key="lab_opt_optimizers").set_value(
        ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]).run()
    at.slider(key="lab_opt_steps").set_value(300).run()
    assert not at.exception
    info = at.info[-1].value
    # by hand: SGD at lr 0.1 reaches loss 25·0.64^k < 1e-3 first at k = 23, before every other default
    assert "6개 모두" in info and "SGD(23걸음째)" in info
    assert all("-0.0000" not in cell for cell in at.dataframe[0].value.iloc[:, 1])
    assert "(0.000000, 0.000000)" in at.success[0].value  # 0.8^300·(−3, 4) ≈ (−8e-30, 1e-29), no "-0.000000"
    # one legend for six names in rows of three, nothing cut
    legend = charts(at)[0][0]["layer"][2]["encoding"]["color"]["legend"]
    assert legend["columns"] == 3 and legend["labelLimit"] == 0
    # the caption follows SGD's lr: 1 − 2·0.2 = 0.6
    at.select_slider(key="lab_opt_lr_sgd").set_value(0.2).run()
    assert "1 − 2·0.2 = 0.6" in at.caption[0].value
    # the saddle's loss axis in plain numbers (no "-2e+1")
    at.selectbox(key="lab_opt_surface").set_value("saddle").run()
    loss_axis = charts(at)[1][0]["layer"][0]["encoding"]["y"]["axis"]
    assert loss_axis["format"] == ",~r"  # d3: -20 stays "-20", -5e10 reads "-50,000,000,000"
