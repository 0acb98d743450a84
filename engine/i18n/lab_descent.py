"""Translation strings: the Gradient descent lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_descent.intro": (
        "Here the model has a single weight: predicted rent = w × area, fitted to the {n} training flats. "
        "The blue curve is the loss L(w) for every w: a bowl. The red line touches it at the current w; its "
        "slope dL/dw tells which way is downhill and how steep it is. A gradient-descent step moves w by the "
        "learning rate times that slope, against the slope. Take steps one by one and see how the learning rate "
        "decides between crawling, a smooth slide, zig-zagging and flying off.",
        "여기서 모델의 가중치는 하나뿐입니다: 예측 월세 = w × 면적, 학습용 집 {n}채에 맞춥니다. "
        "파란 곡선은 w마다의 손실 L(w)로, 그릇 모양입니다. 빨간 직선은 지금 w에서 곡선에 닿는 접선이고, 그 기울기 "
        "dL/dw가 어느 쪽이 내리막이고 얼마나 가파른지 알려 줍니다. 경사 하강 한 걸음은 w를 기울기의 반대 "
        "방향으로 (학습률 × 기울기)만큼 옮깁니다. 한 걸음씩 움직여 보며 학습률에 따라 기어가는지, 매끄럽게 "
        "내려가는지, 지그재그로 흔들리는지, 튕겨 나가는지 확인해 보세요."),
    "lab_descent.preset": ("Learning-rate preset", "학습률 예시"),
    "lab_descent.preset_too_small": ("Too small", "너무 작음"),
    "lab_descent.preset_about_right": ("About right", "적당함"),
    "lab_descent.preset_oscillating": ("Too large (zig-zag)", "너무 큼 (지그재그)"),
    "lab_descent.preset_diverging": ("Diverging", "발산"),
    "lab_descent.lr": ("Learning rate η", "학습률 η"),
    "lab_descent.lr_help": ("Above {crit} every step lands farther from the minimum than the one before.",
                            "{crit}보다 크면 걸음마다 최솟값에서 점점 더 멀어집니다."),
    "lab_descent.start": ("Starting weight w₀ (changing it starts over)", "시작 가중치 w₀ (바꾸면 처음부터 다시)"),
    "lab_descent.step": ("Step", "한 걸음"),
    "lab_descent.run20": ("20 steps", "20걸음"),
    "lab_descent.reset": ("Reset", "처음으로"),
    "lab_descent.critical": (
        "The loss is a parabola in w with the same curvature everywhere: L''(w) = 2·mean(x²) = {curv}. "
        "So a step multiplies the distance to the best w by (1 − η·L''). Below η = {half} the distance shrinks "
        "without overshooting; between {half} and {crit} w overshoots and zig-zags in; above **{crit}** "
        "(= 2 / L'') it grows each step and descent diverges. Your η = {lr} is {ratio} × that limit.",
        "손실은 w에 대한 포물선이고 곡률은 어디서나 같습니다: L''(w) = 2·mean(x²) = {curv}. "
        "그래서 한 걸음마다 최적 w까지의 거리에 (1 − η·L'')이 곱해집니다. η가 {half}보다 작으면 지나치지 않고 "
        "거리가 줄어들고, {half}에서 {crit} 사이면 최솟값을 넘나들며 지그재그로 다가가고, **{crit}** "
        "(= 2 / L'')보다 크면 걸음마다 거리가 커져 발산합니다. 지금 η = {lr}{은} 이 한계의 {ratio}배입니다."),
    "lab_descent.blown": (
        "After {steps:@step} w has flown off to astronomically large values: the learning rate is above the "
        "limit, so every step overshoots more. Press Reset or choose a smaller learning rate.",
        "{steps}걸음 만에 w가 엄청나게 큰 값으로 튕겨 나갔습니다. 학습률이 한계보다 커서 걸음마다 더 크게 "
        "지나치기 때문입니다. '처음으로'를 누르거나 더 작은 학습률을 고르세요."),
    "lab_descent.step_no": ("step", "걸음"),
    "lab_descent.w_star": ("The best weight is w* = {w_star} = sum(x·y) / sum(x²).",
                           "가장 좋은 가중치는 w* = {w_star} = sum(x·y) / sum(x²) 입니다."),
    "lab_descent.loss": ("loss L(w)", "손실 L(w)"),
    "lab_descent.slope_auto": ("slope dL/dw (autograd)", "기울기 dL/dw (autograd)"),
    "lab_descent.slope_num": ("slope (central difference)", "기울기 (중앙 차분)"),
    "lab_descent.slope_num_help": ("(L(w + h) − L(w − h)) / 2h with h = 0.0001: it agrees with autograd.",
                                   "h = 0.0001 일 때 (L(w + h) − L(w − h)) / 2h 입니다. autograd 값과 일치합니다."),
    "lab_descent.w_axis": ("weight w", "가중치 w"),
    "lab_descent.curve_title": ("Loss vs. weight, the tangent and your steps", "가중치에 따른 손실, 접선, 지나온 걸음"),
    "lab_descent.history_title": ("Loss after each step (log scale)", "걸음마다의 손실 (로그 눈금)"),
    "lab_descent.off_chart": ("w has left the chart: the steps are overshooting further and further.",
                              "w가 그래프 밖으로 나갔습니다. 걸음이 점점 더 크게 지나치고 있습니다."),
    "lab_descent.code_title": ("The same loop in PyTorch", "PyTorch로 쓴 같은 반복문"),
}
