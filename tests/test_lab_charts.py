"""The labs' picture heat map (ui.charts.image_heatmap): orientation, colour scale and extent by hand."""
import base64
import io

import numpy as np
import pytest
from PIL import Image

from ui.charts import colour_legend, image_heatmap, on_canvas


def _pixels(chart) -> np.ndarray:
    url = chart.data["url"][0]
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))))


def test_picture_rows_run_upwards_and_colours_follow_a_log_scale():
    values = np.array([[1.0, 10.0, 100.0], [1000.0, 1.0, 1.0]])  # row 0 is the bottom row of the plot
    chart = image_heatmap(values, "w", "b", (0, 3), (-1, 1), "w", "b", scale="log")
    grey = _pixels(chart)[..., 0].astype(int)
    assert grey.shape == (2, 3)
    # log10 spans 0…3: 1 → white, 1000 → black; 10 is a third of the way, between the greys stops
    # #d9d9d9 (2/8) and #bdbdbd (3/8): 8/3 stops in, so 217 · 1/3 + 189 · 2/3
    third = round(217 / 3 + 189 * 2 / 3)
    hundred = round(0x73 * 2 / 3 + 0x52 / 3)  # 2/3 of the way: 16/3 stops, between #737373 (5/8) and #525252
    assert grey.tolist() == [[0, 255, 255], [255, third, hundred]]  # the picture's top row is values[1]
    reversed_grey = _pixels(image_heatmap(values, "w", "b", (0, 3), (-1, 1), "w", "b", scale="log",
                                          reverse=True))[..., 0].astype(int)
    assert reversed_grey.tolist() == [[255, 0, 0], [0, hundred, third]]  # share s gets the colour of 1 − s


def test_picture_covers_exactly_the_domains_and_names_the_axes():
    spec = image_heatmap(np.ones((4, 4)), "x0", "x1", (-2.0, 2.0), (-1.0, 3.0), "x0", "x1").to_dict()
    encoding = spec["encoding"]
    assert encoding["x"]["scale"]["domain"] == [-2.0, 2.0] and encoding["y"]["scale"]["domain"] == [-1.0, 3.0]
    assert encoding["x"]["scale"]["nice"] is False and encoding["x2"]["field"] == "x0_end"
    assert spec["mark"] == {"type": "image", "aspect": False, "opacity": 1.0}


def test_legend_layer_spans_the_values_on_the_same_scale_and_canvas_is_asked_for():
    legend = colour_legend(np.array([[2.0, 50.0], [7.0, 400.0]]), "loss", scale="log").to_dict()
    scale = legend["encoding"]["color"]["scale"]
    assert scale["type"] == "log" and scale["domain"] == pytest.approx([2.0, 400.0])
    assert legend["mark"]["opacity"] == 0
    assert on_canvas(image_heatmap(np.ones((2, 2)), "a", "b", (0, 1), (0, 1), "a", "b")).to_dict()[
        "usermeta"] == {"embedOptions": {"renderer": "canvas"}}


def test_a_fixed_domain_keeps_the_colours_of_probabilities_whatever_their_range():
    # p = 0.5 is the middle stop of redblue (#f7f7f7) and p = 0.9 is 9/10 of the way along the reversed scheme,
    # however narrow the values' own range is
    values = np.array([[0.5, 0.9]])
    rgb = _pixels(image_heatmap(values, "x1", "x2", (0, 2), (0, 1), "x1", "x2", scheme="redblue", reverse=True,
                                domain=(0.0, 1.0))).astype(int)
    assert rgb[0, 0].tolist() == [0xf7, 0xf7, 0xf7]
    # reversed, 0.9 sits at 9 of 10 stop gaps: one gap short of #67001f, 0 of the way past #b2182b
    assert rgb[0, 1].tolist() == [0xb2, 0x18, 0x2b]
    stretched = _pixels(image_heatmap(values, "x1", "x2", (0, 2), (0, 1), "x1", "x2", scheme="redblue",
                                      reverse=True)).astype(int)
    assert stretched[0, 1].tolist() == [0x67, 0x00, 0x1f]  # without the domain the largest value takes the end
