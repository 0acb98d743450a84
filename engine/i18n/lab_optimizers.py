"""Translation strings: the Optimizers on surfaces lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_optimizers.intro": (
        "Every optimizer starts at the same point of a 2-D landscape and walks downhill using the gradient. "
        "The gray arrows point along the negative gradient, the direction plain gradient descent (SGD) follows. "
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
        "learning rate {lr} multiplies the point by 1 − 2·{lr} = {factor} each step.",
        "최솟값이 (0, 0)인 둥근 그릇으로, 가장 쉬운 경우입니다. 기울기는 (2·x0, 2·x1)이므로 학습률 {lr}의 SGD는 "
        "걸음마다 점에 1 − 2·{lr} = {factor}를 곱합니다."),
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
        "Almost flat far from the center: the gradient there is tiny, so a step of lr × gradient is tiny too. "
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
    "lab_optimizers.seed003": ("Tutorial 003 settings", "튜토리얼 003 설정"),
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
    "lab_optimizers.standing_all_arrived": (
        "After {steps} steps all {n} reached the minimum (loss within {close} of it): their final losses are all "
        "≈ 0, and which tiny number is smallest is rounding noise. What differs is the arrival: first {best}, at "
        "step {best_steps}; last {worst}, at step {worst_steps}.",
        "{steps}걸음 뒤 {n}개 모두 최솟값에 도착했습니다(손실이 최솟값과 {close} 이내). 최종 손실은 모두 ≈ 0이고, 그중 "
        "어느 아주 작은 수가 더 작은지는 반올림 오차일 뿐입니다. 다른 것은 도착 시점입니다. 가장 먼저 도착한 것은 "
        "{best}({best_steps}걸음째), 가장 늦게 도착한 것은 {worst}({worst_steps}걸음째)입니다."),
    "lab_optimizers.standing_arrived": (
        "After {steps} steps {n:@optimizer} reached the minimum (loss within {close} of it); first there: {best}, "
        "at step {best_steps}. Not there yet: {others}.",
        "{steps}걸음 뒤 최솟값에 도착한(손실이 최솟값과 {close} 이내) 옵티마이저는 {n}개이고, 가장 먼저 도착한 것은 "
        "{best}({best_steps}걸음째)입니다. 아직 도착하지 못한 것: {others}."),
    "lab_optimizers.standing_one": ("After {steps} steps {name} ends at loss {loss}.",
                                    "{steps}걸음 뒤 {name}의 손실은 {loss}입니다."),
    "lab_optimizers.standing_diverged": ("{names}: diverged with this learning rate; try a smaller one.",
                                         "{names}: 이 학습률에서는 발산했습니다. 더 작은 학습률을 써 보세요."),
    "lab_optimizers.steps": ("Steps", "걸음 수"),
    "lab_optimizers.pick": ("Pick at least one optimizer to start the race.",
                            "경주를 시작하려면 옵티마이저를 하나 이상 고르세요."),
    "lab_optimizers.map_title": ("Paths over the surface (darker is lower loss, log scale)",
                                 "지형 위의 경로 (어두울수록 손실이 낮음, 로그 눈금)"),
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
}
