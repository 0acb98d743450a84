"""Lab: gradients accumulate in .grad, so a training loop clears them with zero_grad() before backward()."""
import altair as alt
import pandas as pd
import streamlit as st

from engine.labs.zero_grad import fit_line, grads_after_backward
from ui.charts import loss_chart
from ui.state import remember, tr

remember("zg_")  # the widgets as the learner left them, after a visit to another page

X, Y = [1.0, 2.0, 3.0], [2.0, 4.0, 6.0]  # the study-hours points of seed 004

grads = st.cache_data(grads_after_backward, show_spinner=False)
fit = st.cache_data(fit_line, show_spinner=False)

st.title(tr("lab_zero_grad.title"))
st.write(tr("lab_zero_grad.intro"))

st.subheader(tr("lab_zero_grad.part1"))
st.caption(tr("lab_zero_grad.part1_help"))
left, right = st.columns(2)
w0 = left.slider(tr("lab_zero_grad.w0"), -5.0, 5.0, 2.0, 0.5, key="zg_w0")
calls = right.slider(tr("lab_zero_grad.calls"), 1, 20, 6, key="zg_calls")
reset = st.toggle(tr("lab_zero_grad.reset"), value=False, key="zg_reset")

values = grads(w0, calls, reset)
st.metric(tr("lab_zero_grad.last_grad", n=calls), f"{values[-1]:g}")
table = pd.DataFrame({tr("lab_zero_grad.col_call"): range(1, calls + 1), tr("lab_zero_grad.col_grad"): values,
                      tr("lab_zero_grad.col_true"): 2.0})
left, right = st.columns([1, 2])
left.dataframe(table, hide_index=True, width="stretch", height=min(38 + 35 * calls, 420))
right.altair_chart(alt.Chart(pd.DataFrame({"call": range(1, calls + 1), "grad": values})).mark_bar().encode(
    x=alt.X("call:O", title=tr("lab_zero_grad.col_call")),
    y=alt.Y("grad:Q", title=tr("lab_zero_grad.col_grad"), scale=alt.Scale(domain=[0, 40])),
    tooltip=["call", "grad"]).properties(height=260), width="stretch")
st.info(tr("lab_zero_grad.fixed" if reset else "lab_zero_grad.piled"), icon=":material/info:")
reset_line = "    if w.grad is not None:\n        w.grad.zero_()    # clear what the last call left\n" if reset else ""
st.code(f"import torch\n\nw = torch.tensor({float(w0)!r}, requires_grad=True)\nfor k in range({calls}):\n{reset_line}"
        "    z = 2 * w\n    z.backward()          # adds dz/dw = 2 to w.grad\n    print(k + 1, w.grad)", "python")

st.subheader(tr("lab_zero_grad.part2"))
st.caption(tr("lab_zero_grad.part2_help"))
left, right = st.columns(2)
lr = left.select_slider(tr("lab_zero_grad.lr"), [0.001, 0.002, 0.005, 0.01, 0.02, 0.05], value=0.01,
                          key="zg_lr")
steps = right.slider(tr("lab_zero_grad.steps"), 10, 200, 60, 10, key="zg_steps")
runs = {"with": fit(X, Y, lr, steps, True), "without": fit(X, Y, lr, steps, False)}
names = {key: tr(f"lab_zero_grad.{key}") for key in runs}

cols = st.columns(4)
for col, key in zip(cols[::2], runs):
    col.metric(tr("lab_zero_grad.final_loss", which=names[key]), f"{runs[key]['loss_after'].iloc[-1]:.4g}",
               help=tr("lab_zero_grad.final_loss_help"))
for col, key in zip(cols[1::2], runs):
    col.metric(tr("lab_zero_grad.final_W", which=names[key]), f"{runs[key]['W'].iloc[-1]:.4g}")

curves = pd.concat([frame.assign(series=names[key]) for key, frame in runs.items()], ignore_index=True)
left, right = st.columns(2)
left.markdown(f"**{tr('lab_zero_grad.loss_chart')}**")
left.altair_chart(loss_chart(curves[["step", "loss", "series"]].rename(columns={"step": "epoch"}),
                             x_title=tr("lab_zero_grad.col_step"), y_title=tr("train_page.loss_axis"), log_y=True),
                  width="stretch")
right.markdown(f"**{tr('lab_zero_grad.W_chart')}**")
right.altair_chart(loss_chart(curves[["step", "W", "series"]].set_axis(["epoch", "loss", "series"], axis=1),
                              x_title=tr("lab_zero_grad.col_step"), y_title="W", log_y=False),  # W starts at 0
                  width="stretch")
st.write(tr("lab_zero_grad.explain"))

st.markdown(f"**{tr('lab_zero_grad.table_title')}**")
without = runs["without"].head(8)
st.dataframe(pd.DataFrame({tr("lab_zero_grad.col_step"): without["step"],
                           tr("lab_zero_grad.col_new"): without["dW_new"],
                           tr("lab_zero_grad.col_used"): without["dW_used"],
                           tr("lab_zero_grad.col_W"): without["W"]}), hide_index=True, width="stretch")

st.markdown(f"**{tr('lab_zero_grad.code')}**")
st.code(f"""import torch

x = torch.tensor([1., 2., 3.])
y = torch.tensor([2., 4., 6.])
W = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([W, b], lr={lr:g})

for step in range({steps}):
    optimizer.zero_grad()                 # remove this line to see the gradients pile up
    loss = torch.mean((W * x + b - y) ** 2)
    loss.backward()                       # W.grad += d(loss)/dW
    optimizer.step()                      # W -= lr * W.grad

final_loss = torch.mean((W * x + b - y) ** 2)   # measured at the final W and b
print(final_loss.item(), W.item())""", "python")
