"""Translation strings: the Numerical vs. autograd lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "lab_gradients.error_one": ("error |numerical − autograd|", "오차 |수치 미분 − 자동 미분|"),
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
        "((x + h)² − (x − h)²) / 2h = 2x. There is no truncation error, so the error does not grow toward h = 1; "
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
}
