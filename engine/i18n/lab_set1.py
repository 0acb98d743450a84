"""Strings of the labs on cost, gradient descent, optimizers and numerical gradients. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    # Lab: hypothesis and cost
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
    "lab_cost.lr": ("Learning rate for one step", "한 걸음의 학습률"),
    "lab_cost.lr_help": ("The step moves W and b against the gradient of the MSE, scaled by this number.",
                         "한 걸음은 W와 b를 MSE 기울기(gradient)의 반대 방향으로, 이 값만큼 곱해서 옮깁니다."),
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
        "prints 52.5 because it took the third error as 9 instead of 11. An honest slip, and a good reminder: "
        "check hand arithmetic with a few lines of code.",
        "튜토리얼에 나오는 예 y = 13x + 1 입니다. 오차는 27 − 25 = 2, 40 − 50 = −10, 53 − 42 = 11, 66 − 61 = 5 "
        "이므로 제곱의 합은 4 + 100 + 121 + 25 = 250, MSE는 250 / 4 = **62.5** 입니다. 튜토리얼에는 52.5로 "
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
        "Brighter means a larger cost. The white mark is the best line, W = {W}, b = {b}, found by numpy's "
        "least-squares solver; gradient steps crawl towards it. The valley is long and thin, so steps along it are slow.",
        "밝을수록 비용이 큽니다. 흰 표시는 numpy 최소제곱법으로 구한 가장 좋은 직선 W = {W}, b = {b} 입니다. "
        "경사 하강 걸음은 이 점을 향해 조금씩 다가갑니다. 골짜기가 길고 좁아서 골짜기를 따라가는 걸음은 느립니다."),
    "lab_cost.code_title": ("The same in PyTorch", "PyTorch 코드로 보면"),
}
STRINGS.update({
    # Lab: gradient descent on one weight
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
})
STRINGS.update({
    # Lab: optimizers on surfaces
    "lab_optimizers.intro": (
        "Every optimizer starts at the same point of a 2-D landscape and walks downhill using the gradient. "
        "The grey arrows point along the negative gradient, the direction plain gradient descent (SGD) follows. "
        "Momentum and Nesterov remember their previous steps and build up speed; Adagrad, RMSprop and Adam "
        "scale each coordinate's step by how large its gradients have been. Try the saddle, the plateau and "
        "the narrow Rosenbrock valley to see where each idea helps. These are the real torch.optim optimizers.",
        "모든 옵티마이저가 2차원 지형의 같은 점에서 출발해 기울기(gradient)를 따라 내리막을 걷습니다. "
        "회색 화살표는 기울기의 반대 방향, 즉 기본 경사 하강법(SGD)이 따라가는 방향입니다. "
        "모멘텀과 네스테로프 모멘텀은 앞선 걸음을 기억해 속도를 붙이고, Adagrad, RMSprop, Adam은 좌표마다 지금까지의 "
        "기울기 크기에 맞춰 걸음 크기를 조절합니다. 안장점, 평지(plateau), 좁은 Rosenbrock 골짜기에서 각 방법이 "
        "어디에서 도움이 되는지 확인해 보세요. 모두 실제 torch.optim 옵티마이저입니다."),
    "lab_optimizers.surface": ("Surface", "지형"),
    "lab_optimizers.s_paraboloid": ("Paraboloid x0² + x1²", "포물면 x0² + x1²"),
    "lab_optimizers.s_saddle": ("Saddle", "안장점"),
    "lab_optimizers.s_local_minima": ("Bowl with local minima", "지역 최솟값이 많은 그릇"),
    "lab_optimizers.s_plateau": ("Plateau", "평지 (plateau)"),
    "lab_optimizers.s_rosenbrock": ("Rosenbrock valley", "Rosenbrock 골짜기"),
    "lab_optimizers.about_paraboloid": (
        "A round bowl with its minimum at (0, 0): the easy case. The gradient is (2·x0, 2·x1), so SGD with "
        "learning rate 0.1 multiplies the point by 0.8 each step.",
        "최솟값이 (0, 0)인 둥근 그릇으로, 가장 쉬운 경우입니다. 기울기는 (2·x0, 2·x1)이므로 학습률 0.1의 SGD는 "
        "걸음마다 점에 0.8을 곱합니다."),
    "lab_optimizers.about_saddle": (
        "Flat in the middle but no minimum: downhill along x1 forever. The start lies almost on the ridge, where "
        "the push along x1 is tiny at first: watch who leaves the middle first.",
        "가운데는 평평하지만 최솟값이 없어서 x1 방향으로 끝없이 내려갑니다. 출발점이 능선 바로 옆이라 처음에는 x1 "
        "방향으로 미는 힘이 아주 작습니다. 누가 먼저 가운데를 벗어나는지 지켜보세요."),
    "lab_optimizers.about_local_minima": (
        "Ripples on a bowl: a small dip near every point with even coordinates. A small step gets stuck in the "
        "nearest dip; only the one at (0, 0) is the global minimum.",
        "그릇 위에 물결이 있어서 좌표가 짝수인 점마다 작은 웅덩이가 있습니다. 걸음이 작으면 가장 가까운 "
        "웅덩이에 갇힙니다. 전역 최솟값은 (0, 0) 하나뿐입니다."),
    "lab_optimizers.about_plateau": (
        "Almost flat far from the centre: the gradient there is tiny, so a step of lr × gradient is tiny too. "
        "Adagrad, RMSprop and Adam divide by the gradient's recent size; whether that wins here depends on "
        "their learning rates: compare the table.",
        "중심에서 멀어지면 거의 평평해서 기울기가 아주 작고, 그래서 학습률 × 기울기만큼인 걸음도 아주 작습니다. "
        "Adagrad, RMSprop, Adam은 최근 기울기 크기로 나누어 줍니다. 그 덕을 여기서 보는지는 각자의 학습률에 "
        "달려 있으니 표에서 비교해 보세요."),
    "lab_optimizers.about_rosenbrock": (
        "A curved, narrow valley with its minimum at (1, 1). Steep walls force a small learning rate, and then "
        "progress along the flat valley floor is slow.",
        "최솟값이 (1, 1)에 있는 휘어진 좁은 골짜기입니다. 벽이 가팔라서 학습률을 작게 해야 하는데, 그러면 "
        "평평한 골짜기 바닥을 따라가는 속도가 느려집니다."),
    "lab_optimizers.optimizers": ("Optimizers in the race", "경주할 옵티마이저"),
    "lab_optimizers.optimizer": ("optimizer", "옵티마이저"),
    "lab_optimizers.seed003": ("Seed 003 run", "튜토리얼 003 설정"),
    "lab_optimizers.seed003_help": ("Paraboloid from (−3, 4), learning rate 0.1, 20 steps, as in the tutorial.",
                                    "튜토리얼처럼 포물면에서 (−3, 4)부터, 학습률 0.1로 20걸음 갑니다."),
    "lab_optimizers.x0": ("start x0", "출발점 x0"),
    "lab_optimizers.x1": ("start x1", "출발점 x1"),
    "lab_optimizers.lr": ("Learning rate", "학습률"),
    "lab_optimizers.beta_momentum": ("momentum β", "모멘텀 β"),
    "lab_optimizers.beta_alpha": ("α (memory of squared gradients)", "α (기울기 제곱의 기억)"),
    "lab_optimizers.beta_betas": ("β1 (momentum of the mean gradient)", "β1 (평균 기울기의 모멘텀)"),
    "lab_optimizers.o_sgd": ("SGD", "SGD"),
    "lab_optimizers.o_momentum": ("SGD + momentum", "SGD + 모멘텀"),
    "lab_optimizers.o_nesterov": ("Nesterov", "Nesterov"),
    "lab_optimizers.o_adagrad": ("Adagrad", "Adagrad"),
    "lab_optimizers.o_rmsprop": ("RMSprop", "RMSprop"),
    "lab_optimizers.o_adam": ("Adam", "Adam"),
    "lab_optimizers.scrub": ("Show the race up to step", "이 걸음까지 경주 보기"),
    "lab_optimizers.scrub_help": ("Slide to replay the race: the big dots are where each optimizer is at that step.",
                                  "움직이면 경주를 다시 볼 수 있습니다. 큰 점은 그 걸음에서 각 옵티마이저의 위치입니다."),
    "lab_optimizers.gap": ("loss − lowest loss (log scale)", "손실 − 최저 손실 (로그 눈금)"),
    "lab_optimizers.standing": (
        "After {steps} steps {best} ends lowest (loss {best_loss}) and {worst} highest (loss {worst_loss}), "
        "each with the settings above.",
        "위의 설정으로 {steps}걸음을 간 뒤, 가장 낮은 곳에서 끝난 것은 {best}(손실 {best_loss}), 가장 높은 곳에서 "
        "끝난 것은 {worst}(손실 {worst_loss})입니다."),
    "lab_optimizers.standing_one": ("After {steps} steps {name} ends at loss {loss}.",
                                    "{steps}걸음 뒤 {name}의 손실은 {loss}입니다."),
    "lab_optimizers.standing_diverged": ("{names}: diverged with this learning rate; try a smaller one.",
                                         "{names}: 이 학습률에서는 발산했습니다. 더 작은 학습률을 써 보세요."),
    "lab_optimizers.steps": ("Steps", "걸음 수"),
    "lab_optimizers.pick": ("Pick at least one optimizer to start the race.",
                            "경주를 시작하려면 옵티마이저를 하나 이상 고르세요."),
    "lab_optimizers.map_title": ("Paths over the surface (darker = lower, log scale)",
                                 "지형 위의 경로 (어두울수록 낮음, 로그 눈금)"),
    "lab_optimizers.step": ("step", "걸음"),
    "lab_optimizers.loss": ("loss f(x0, x1)", "손실 f(x0, x1)"),
    "lab_optimizers.loss_title": ("Loss per step", "걸음마다의 손실"),
    "lab_optimizers.final_point": ("final point", "마지막 점"),
    "lab_optimizers.final_loss": ("final loss", "마지막 손실"),
    "lab_optimizers.distance": ("distance to minimum", "최솟값까지 거리"),
    "lab_optimizers.reached": ("steps to loss < min + {close}", "손실 < 최솟값 + {close} 까지 걸음"),
    "lab_optimizers.never": ("never", "도달 못 함"),
    "lab_optimizers.diverged": ("diverged", "발산"),
    "lab_optimizers.no_minimum": ("no minimum", "최솟값 없음"),
    "lab_optimizers.table_help": (
        "The last column counts the steps until the loss is within {close} of the lowest value; 'diverged' "
        "means the point flew off, and the path is drawn up to there.",
        "마지막 열은 손실이 최솟값과 {close} 이내로 가까워질 때까지의 걸음 수입니다. '발산'은 점이 멀리 "
        "튕겨 나갔다는 뜻이고, 경로는 그 직전까지 그려집니다."),
    "lab_optimizers.seed003_result": (
        "SGD after {steps:@step}: each step multiplies the point by 1 − 0.1·2 = 0.8, so it ends at "
        "0.8^{steps}·(−3, 4) = {factor}·(−3, 4) = ({x0}, {x1}), {distance} from the minimum.",
        "SGD {steps}걸음 뒤: 걸음마다 점에 1 − 0.1·2 = 0.8이 곱해지므로 0.8^{steps}·(−3, 4) = "
        "{factor}·(−3, 4) = ({x0}, {x1})에서 끝나고, 최솟값까지 거리는 {distance}입니다."),
    "lab_optimizers.code_title": ("This race in PyTorch", "PyTorch로 본 이 경주"),
})
STRINGS.update({
    # Lab: numerical vs. automatic gradients
    "lab_gradients.intro": (
        "A derivative can be estimated without any calculus: nudge the input a little, by h, to both sides and "
        "divide the change in the output by 2h (a **central difference**). PyTorch's autograd instead applies the "
        "chain rule backwards through the computation and gets the exact gradient. Slide h and compare: the "
        "estimate is good only for a middle range of h, and which range depends on the number format.",
        "미분은 공식 없이도 어림할 수 있습니다. 입력을 양쪽으로 h만큼 살짝 움직이고, 출력이 변한 양을 2h로 "
        "나누면 됩니다 (**중앙 차분**). PyTorch의 autograd는 대신 계산 과정을 거꾸로 따라가며 연쇄 법칙을 "
        "적용해 정확한 기울기를 구합니다. h를 움직이며 비교해 보세요. 어림값은 적당한 크기의 h에서만 "
        "정확하고, 그 범위는 숫자 형식(float32/float64)에 따라 달라집니다."),
    "lab_gradients.function": ("Function and point", "함수와 위치"),
    "lab_gradients.f_sin": ("sin(x) at x = 1", "x = 1 에서 sin(x)"),
    "lab_gradients.f_cube": ("x³ at x = 2", "x = 2 에서 x³"),
    "lab_gradients.f_paraboloid": ("x0² + x1² at (3, 4)", "(3, 4) 에서 x0² + x1²"),
    "lab_gradients.dtype": ("Number format", "숫자 형식"),
    "lab_gradients.h": ("Step h (log scale)", "간격 h (로그 눈금)"),
    "lab_gradients.numeric": ("central difference, h = {h}", "중앙 차분, h = {h}"),
    "lab_gradients.autograd": ("autograd (exact)", "autograd (정확한 값)"),
    "lab_gradients.error": ("largest error", "가장 큰 오차"),
    "lab_gradients.h_axis": ("step h", "간격 h"),
    "lab_gradients.error_axis": ("|central difference − autograd|", "|중앙 차분 − autograd|"),
    "lab_gradients.chart_title": ("Error of the estimate as h changes ({dtype}); red line: your h",
                                  "h에 따른 어림값의 오차 ({dtype}), 빨간 선: 지금의 h"),
    "lab_gradients.exact_rows": (
        "{n:@value} of h gave the exact answer (error 0), which a log axis cannot draw. For a quadratic like "
        "x0² + x1² the central difference has no truncation error at all, so only rounding is left.",
        "h 값 {n}개에서 오차가 0(정확한 값)이라 로그 축에 그릴 수 없었습니다. x0² + x1² 같은 2차 함수에서는 "
        "중앙 차분에 절단 오차가 전혀 없어서 반올림 오차만 남습니다."),
    "lab_gradients.no_truncation": (
        "Here a large h costs nothing: for a quadratic the central difference is exact for every h, because "
        "((x + h)² − (x − h)²) / 2h = 2x. There is no truncation error, so the error does not grow towards h = 1; "
        "only rounding is left, which grows as h shrinks. Choose sin(x) or x³ to see both errors: a V-shaped curve.",
        "여기서는 h가 커도 손해가 없습니다. 2차 함수에서는 ((x + h)² − (x − h)²) / 2h = 2x이므로 중앙 차분이 어떤 "
        "h에서도 정확합니다. 절단 오차가 없어서 h = 1 쪽으로 가도 오차가 커지지 않고, h가 작아질수록 커지는 반올림 "
        "오차만 남습니다. 두 가지 오차를 모두 보려면 sin(x)나 x³을 고르세요. 오차 곡선이 V자가 됩니다."),
    "lab_gradients.two_errors": (
        "Two errors pull in opposite directions. With a **large h** the curve is not straight over [x − h, x + h], "
        "so the estimate is off (truncation error, shrinking like h²: the right side of the chart). With a **tiny h**, "
        "f(x + h) and f(x − h) agree in almost every digit and their difference is mostly rounding noise, which "
        "dividing by 2h then blows up (the left side). In {dtype} the best h here is about {best_h} "
        "(error {best_err}); float32 keeps only about 7 digits, so its wall comes much sooner.",
        "두 가지 오차가 서로 반대 방향으로 작용합니다. **h가 크면** [x − h, x + h] 구간에서 곡선이 직선이 아니라서 "
        "어림값이 어긋납니다 (절단 오차, h²에 비례해 줄어듦: 그래프 오른쪽). **h가 아주 작으면** f(x + h)와 "
        "f(x − h)가 거의 모든 자릿수에서 같아져서 그 차이는 대부분 반올림 잡음이 되고, 2h로 나누면서 그 잡음이 "
        "커집니다 (그래프 왼쪽). {dtype}에서 가장 좋은 h는 약 {best_h} (오차 {best_err}) 입니다. float32는 약 7자리만 "
        "저장하므로 이 벽이 훨씬 빨리 나타납니다."),
    "lab_gradients.cost_title": ("What it costs on a real network", "실제 신경망에서 드는 비용"),
    "lab_gradients.cost_intro": (
        "A central difference needs two forward passes **per parameter**. The button times both methods on a "
        "784-50-10 network (39,760 parameters, like the tutorial's MNIST net) with a batch of 100. To keep the "
        "wait short it differentiates a random slice of 200 parameters numerically and extrapolates that time to "
        "all of them; autograd gets the whole gradient in one backward pass. It takes a few seconds.",
        "중앙 차분은 **파라미터 하나마다** 순전파를 두 번 해야 합니다. 버튼을 누르면 784-50-10 신경망(파라미터 "
        "39,760개, 튜토리얼의 MNIST 신경망과 같은 구조)과 배치 100개로 두 방법의 시간을 잽니다. 기다림을 줄이려고 "
        "무작위로 고른 파라미터 200개만 수치 미분하고, 그 시간을 전체 파라미터로 늘려서 추정합니다. autograd는 "
        "역전파 한 번으로 전체 기울기를 구합니다. 몇 초 걸립니다."),
    "lab_gradients.time_it": ("Time both on this machine", "이 컴퓨터에서 시간 재기"),
    "lab_gradients.timing": ("Timing autograd and central differences...", "autograd와 중앙 차분의 시간을 재는 중..."),
    "lab_gradients.t_autograd": ("autograd, whole gradient", "autograd, 전체 기울기"),
    "lab_gradients.t_slice": ("numerical, {k:@parameter} (measured)", "수치 미분, 파라미터 {k}개 (측정)"),
    "lab_gradients.t_full": ("numerical, all {n} (extrapolated)", "수치 미분, 전체 {n}개 (추정)"),
    "lab_gradients.t_ratio": ("numerical ÷ autograd", "수치 미분 ÷ autograd"),
    "lab_gradients.t_note": (
        "The full numerical time is the measured time for {k:@parameter} scaled up to all {n} (each one costs "
        "the same two forward passes). On the slice the two methods agree to {diff}.",
        "전체 수치 미분 시간은 파라미터 {k}개의 측정 시간을 전체 {n}개로 비례해 늘린 추정값입니다 (파라미터마다 "
        "똑같이 순전파 두 번). 측정한 파라미터에서 두 방법의 차이는 {diff} 이하입니다."),
    "lab_gradients.lesson": (
        "One training step would take about {minutes} minutes with central differences: {ratio} times slower than "
        "autograd. The tutorial's numerically differentiated net needed about a minute per step too. Backpropagation "
        "(autograd) is what makes training deep networks feasible; central differences remain a great way to "
        "check a gradient on a few numbers.",
        "중앙 차분으로는 학습 한 걸음에 약 {minutes}분이 걸립니다. autograd보다 {ratio}배 느립니다. 튜토리얼에서 "
        "수치 미분으로 학습한 신경망도 한 걸음에 1분 정도 걸렸습니다. 역전파(autograd) 덕분에 깊은 신경망을 "
        "학습할 수 있는 것이고, 중앙 차분은 몇 개의 숫자로 기울기를 검산할 때 여전히 아주 좋은 도구입니다."),
})
