"""Translation strings: the Hypothesis and cost lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_cost.intro": (
        "A linear model guesses a score from study hours with the **hypothesis** H(x) = Wx + b. "
        "Move W (the slope) and b (the intercept) and watch each point's error: the prediction minus the "
        "true score. Squaring the errors makes them all positive and punishes big misses most; their average is "
        "the **mean squared error (MSE)**, the number training tries to make small. The map on the right shows "
        "the MSE for every (W, b) at once: training is a walk downhill on that map.",
        "선형 모델은 **가설(hypothesis)** H(x) = Wx + b 로 공부 시간에서 점수를 예측합니다. "
        "W(가중치, 직선의 기울기)와 b(절편)를 움직이면서 점마다 생기는 오차(예측값 − 실제 점수)를 살펴보세요. "
        "오차를 제곱하면 모두 양수가 되고 크게 틀린 점일수록 더 크게 벌을 받습니다. 이 제곱들의 평균이 "
        "**평균 제곱 오차(MSE)** 이고, 학습은 이 값을 작게 만드는 일입니다. 오른쪽 지도는 모든 (W, b)의 MSE를 "
        "한눈에 보여 줍니다. 학습이란 이 지도 위에서 내리막을 따라 걷는 것입니다."),
    "lab_cost.data": ("Data points", "데이터"),
    "lab_cost.data_study_hours_4": ("4 students: 2, 3, 4, 5 h → 25, 50, 42, 61", "학생 4명: 2, 3, 4, 5시간 → 25, 50, 42, 61점"),
    "lab_cost.data_study_hours": ("3 students: 1, 2, 3 h → 2, 4, 6", "학생 3명: 1, 2, 3시간 → 2, 4, 6점"),
    "lab_cost.W": ("W (slope)", "W (가중치)"),
    "lab_cost.b": ("b (intercept)", "b (절편)"),
    "lab_cost.lr": ("Learning rate for one step ({lo} to {hi})", "한 걸음의 학습률 ({lo}~{hi})"),
    "lab_cost.lr_too_big": (
        "A learning rate of {lr} is above this lab's largest, {hi}: a step that big leaves the map at once. The "
        "step button uses {hi}; type a value up to {hi}.",
        "학습률 {lr}{은} 이 실험실의 최댓값 {hi}보다 큽니다. 그렇게 큰 걸음은 곧바로 지도 밖으로 나갑니다. "
        "'경사 하강 한 걸음' 버튼은 {hi}{을} 씁니다. {hi} 이하의 값을 넣어 주세요."),
    "lab_cost.lr_help": (
        "One step moves W and b against the gradient of the MSE, by the gradient times this number. On these "
        "points a learning rate above {limit} overshoots the bottom of the bowl, and the cost grows with each step.",
        "한 걸음은 W와 b를 MSE 기울기(gradient)의 반대 방향으로 옮깁니다. 옮기는 거리는 기울기에 이 값을 곱한 만큼입니다. "
        "이 점들에서는 학습률이 {limit}보다 크면 골짜기 바닥을 넘어가 버려서 걸음마다 비용이 커집니다."),
    "lab_cost.overshoot": (
        "That step raised the cost from {before} to {after}: the learning rate is too large for these points "
        "(above {limit}), so the step jumps past the bottom of the bowl. Try a smaller one.",
        "방금 걸음으로 비용이 {before}에서 {after}{으로} 커졌습니다. 이 점들에 비해 학습률이 너무 커서({limit}보다 "
        "큼) 골짜기 바닥을 지나쳐 버립니다. 더 작은 값으로 해 보세요."),
    "lab_cost.step": ("One gradient step", "경사 하강 한 걸음"),
    "lab_cost.reset": ("Back to W={W:g}, b={b:g}", "되돌리기: W={W:g}, b={b:g}"),
    "lab_cost.hypothesis": ("Hypothesis", "가설"),
    "lab_cost.mse": ("MSE (cost)", "MSE (비용)"),
    "lab_cost.best": ("Smallest possible MSE", "가능한 가장 작은 MSE"),
    "lab_cost.best_help": ("Reached at W = {W}, b = {b} (least squares).",
                           "W = {W}, b = {b} 일 때입니다 (최소제곱법)."),
    "lab_cost.tutorial_slip": (
        "This is the tutorial's example y = 13x + 1. The errors are 27 − 25 = 2, 40 − 50 = −10, 53 − 42 = 11 and "
        "66 − 61 = 5, so the squares are 4 + 100 + 121 + 25 = 250 and the MSE is 250 / 4 = **62.5**. The tutorial "
        "(tutorial 004) prints 52.5 because it took the third error as 9 instead of 11. An honest slip, and a good reminder: "
        "check hand arithmetic with a few lines of code.",
        "튜토리얼에 나오는 예 y = 13x + 1 입니다. 오차는 27 − 25 = 2, 40 − 50 = −10, 53 − 42 = 11, 66 − 61 = 5 "
        "이므로 제곱의 합은 4 + 100 + 121 + 25 = 250, MSE는 250 / 4 = **62.5** 입니다. 튜토리얼 004에는 52.5로 "
        "나오는데, 세 번째 오차를 11이 아니라 9로 계산했기 때문입니다. 누구나 할 수 있는 실수이니, 손으로 한 "
        "계산은 코드 몇 줄로 꼭 확인해 보세요."),
    "lab_cost.col_x": ("hours x", "공부 시간 x"),
    "lab_cost.col_y": ("score y", "점수 y"),
    "lab_cost.col_prediction": ("prediction H(x)", "예측값 H(x)"),
    "lab_cost.col_error": ("error H(x) − y", "오차 H(x) − y"),
    "lab_cost.col_squared_error": ("squared error", "오차 제곱"),
    "lab_cost.sum": ("Sum of squared errors {total}, divided by {n:@point}: MSE = {mse}.",
                     "오차 제곱의 합 {total} ÷ 점 {n}개 = MSE {mse}."),
    "lab_cost.x_axis": ("hours studied", "공부 시간"),
    "lab_cost.y_axis": ("score", "점수"),
    "lab_cost.fit_title": ("The line and each point's error", "직선과 점마다의 오차"),
    "lab_cost.surface_title": ("MSE for every (W, b)", "모든 (W, b)의 MSE"),
    "lab_cost.you": ("your (W, b)", "지금의 (W, b)"),
    "lab_cost.optimum": ("least-squares optimum", "최소제곱 최적점"),
    "lab_cost.surface_caption": (
        "Darker is lower cost (the same in every lab's map). The white mark is the best line, W = {W}, b = {b}, found by numpy's "
        "least-squares solver; gradient steps crawl toward it. The valley is long and thin, so steps along it are slow.",
        "색이 어두울수록 비용이 낮습니다(모든 실험실의 지도에서 같습니다). 흰 표시는 numpy 최소제곱법으로 구한 가장 좋은 직선 W = {W}, b = {b} 입니다. "
        "경사 하강 걸음은 이 점을 향해 조금씩 다가갑니다. 골짜기가 길고 좁아서 골짜기를 따라가는 걸음은 느립니다."),
    "lab_cost.code_title": ("The same in PyTorch", "PyTorch 코드로 보면"),
}
