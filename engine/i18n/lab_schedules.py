"""Translation strings: the Learning-rate schedules lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_schedules.intro": (
        "A learning-rate schedule changes the step size while training runs. Big steps early cover ground fast; "
        "small steps late let the model settle into a minimum instead of bouncing around it. Pick one or more "
        "schedulers and their settings: the chart shows the learning rate each epoch, read from real PyTorch "
        "schedulers. Then train the same small network with a constant rate and with your schedule and compare.",
        "학습률 스케줄은 학습이 진행되는 동안 보폭(step size)을 바꿉니다. 초반의 큰 보폭은 빠르게 멀리 가고, 후반의 "
        "작은 보폭은 최솟값 주변에서 튕기지 않고 자리를 잡게 해 줍니다. 스케줄러를 하나 이상 고르고 설정을 바꿔 보세요. "
        "그래프는 실제 PyTorch 스케줄러에서 읽어 온 에포크별 학습률입니다. 그다음 같은 작은 신경망을 고정 학습률과 "
        "선택한 스케줄로 각각 학습해서 비교해 보세요."),
    "lab_schedules.pick": ("Schedulers", "스케줄러"),
    "lab_schedules.base_lr": ("Starting learning rate", "시작 학습률"),
    "lab_schedules.epochs": ("Epochs", "에포크 (epochs)"),
    "lab_schedules.none_picked": ("Pick at least one scheduler to see its curve.",
                                  "그래프를 보려면 스케줄러를 하나 이상 고르세요."),
    "lab_schedules.name_step": ("StepLR", "StepLR"),
    "lab_schedules.name_multistep": ("MultiStepLR", "MultiStepLR"),
    "lab_schedules.name_exponential": ("ExponentialLR", "ExponentialLR"),
    "lab_schedules.name_cosine": ("CosineAnnealingLR", "CosineAnnealingLR"),
    "lab_schedules.name_warmup": ("Warm-up (LambdaLR)", "워밍업 (LambdaLR)"),
    "lab_schedules.name_multiplicative": ("MultiplicativeLR", "MultiplicativeLR"),
    "lab_schedules.name_constant": ("constant lr", "고정 학습률"),
    "lab_schedules.rule_step": ("`lr × γ^⌊(epoch − 1) / step_size⌋` (epochs counted from 1, as on the chart): drop "
                                "by γ every step_size epochs, first at epoch step_size + 1.",
                                "`lr × γ^⌊(epoch − 1) / step_size⌋` (에포크는 그래프처럼 1부터 셉니다): step_size "
                                "에포크마다 γ배로 줄어들며, 처음 줄어드는 때는 step_size + 1 에포크입니다."),
    "lab_schedules.rule_multistep": ("Multiply by γ once each milestone epoch is over: from epoch milestone + 1 on "
                                     "the chart.",
                                     "마일스톤(milestone) 에포크가 끝날 때마다 γ를 곱합니다. 그래프에서는 마일스톤 + 1 "
                                     "에포크부터 줄어듭니다."),
    "lab_schedules.rule_exponential": ("`lr × γ^(epoch − 1)` (epochs from 1): a little smaller every epoch.",
                                       "`lr × γ^(epoch − 1)` (에포크는 1부터): 매 에포크 조금씩 작아집니다."),
    "lab_schedules.rule_cosine": ("`η_min + (lr − η_min)(1 + cos(π·(epoch − 1) / T_max)) / 2` (epochs from 1): a "
                                  "smooth half cosine down to η_min at epoch T_max + 1.",
                                  "`η_min + (lr − η_min)(1 + cos(π·(epoch − 1) / T_max)) / 2` (에포크는 1부터): "
                                  "T_max + 1 에포크에 η_min까지 부드러운 코사인 곡선으로 내려갑니다."),
    "lab_schedules.rule_warmup": ("`lr × min(1, epoch / warm-up epochs)` (epochs from 1): start small, ramp up "
                                  "linearly, then stay.",
                                  "`lr × min(1, epoch / 워밍업 에포크)` (에포크는 1부터): 작게 시작해 직선으로 올라간 "
                                  "뒤 유지합니다."),
    "lab_schedules.rule_multiplicative": ("Multiply by a factor every epoch: `lr × factor^(epoch − 1)` (epochs from 1).",
                                          "매 에포크 factor를 곱합니다: `lr × factor^(epoch − 1)` (에포크는 1부터)."),
    "lab_schedules.step_size": ("step_size (epochs)", "step_size (에포크)"),
    "lab_schedules.gamma": ("γ (gamma)", "γ (gamma)"),
    "lab_schedules.milestones": ("milestones (epochs, comma-separated)", "마일스톤 (에포크, 쉼표로 구분)"),
    "lab_schedules.bad_milestones": ("Milestones must be whole numbers separated by commas, like 30, 80. Using {used}.",
                                     "마일스톤은 30, 80처럼 쉼표로 구분한 정수여야 합니다. {used}{을} 사용합니다."),
    "lab_schedules.t_max": ("T_max (epochs to reach η_min)", "T_max (η_min까지 걸리는 에포크)"),
    "lab_schedules.eta_min": ("η_min (lowest rate)", "η_min (가장 낮은 학습률)"),
    "lab_schedules.warmup_epochs": ("warm-up epochs", "워밍업 에포크"),
    "lab_schedules.factor": ("factor", "factor (곱하는 값)"),
    "lab_schedules.lr_axis": ("learning rate", "학습률"),
    "lab_schedules.epoch_axis": ("epoch", "에포크"),
    "lab_schedules.curve_title": ("Learning rate per epoch", "에포크별 학습률"),
    "lab_schedules.log_lr": ("Log scale", "로그 눈금"),
    "lab_schedules.training_both": ("Training both side by side: {constant} and {name}…",
                                    "두 가지를 나란히 학습 중: {constant}, {name}…"),
    "lab_schedules.effect_title": ("Effect on training", "학습에 주는 효과"),
    "lab_schedules.effect_help": (
        "A 13-50-30-1 network on the house-price data (Adam, batch 16, half the rows held out) trains twice with "
        "the same seed: once with the constant starting rate, once with the schedule you choose here.",
        "집값 데이터로 13-50-30-1 신경망(Adam, 배치 16, 절반은 테스트용으로 보관)을 같은 시드로 두 번 학습합니다. "
        "한 번은 시작 학습률을 고정해서, 한 번은 여기서 고른 스케줄로 학습합니다."),
    "lab_schedules.which": ("Schedule to compare", "비교할 스케줄"),
    "lab_schedules.train": ("Train both", "둘 다 학습하기"),
    "lab_schedules.press_train": ("Press 'Train both' to compare the loss curves.",
                                  "'둘 다 학습하기'를 누르면 손실 곡선을 비교할 수 있습니다."),
    "lab_schedules.stale": ("The last comparison used other settings; press 'Train both' to train with the ones shown above.",
                            "마지막 비교는 다른 설정으로 학습했습니다. '둘 다 학습하기'를 누르면 위에 보이는 설정으로 학습합니다."),
    "lab_schedules.cosine_periodic": (
        "T_max is shorter than the run: torch's cosine schedule is periodic, so after its lowest point "
        "(epoch {low}) it climbs back to the starting rate (at epoch {back}) and falls again.",
        "T_max가 학습 길이보다 짧습니다. torch의 코사인 스케줄은 주기적이라 가장 낮아지는 {low} 에포크 뒤에 다시 올라가 "
        "{back} 에포크에 시작 학습률로 돌아온 다음 또 내려갑니다."),
    "lab_schedules.trained_with": ("Both runs: learning rate {lr}, {epochs} epochs; the scheduled one: `{schedule}`",
                                   "두 학습 모두 학습률 {lr}, {epochs} 에포크입니다. 스케줄을 쓴 쪽: `{schedule}`"),
    "lab_schedules.loss_axis": ("test loss (MSE, scaled target)", "테스트 손실 (MSE, 스케일된 타깃)"),
    "lab_schedules.final_test": ("Final test loss · {name}", "최종 테스트 손실 · {name}"),
    "lab_schedules.wiggle": ("Wobble over the last 10 epochs · {name}", "마지막 10 에포크의 흔들림 · {name}"),
    "lab_schedules.wiggle_help": ("Standard deviation of the test loss over the last 10 epochs, to 3 significant "
                                  "digits (1.2e-06 means 0.0000012): smaller means it settled.",
                                  "마지막 10 에포크 동안 테스트 손실의 표준편차를 유효숫자 3자리로 보여 줍니다"
                                  "(1.2e-06은 0.0000012). 작을수록 안정적으로 자리를 잡았다는 뜻입니다."),
    "lab_schedules.verdict_lower": (
        "{lower} ended with the lower final test loss: {low} against {higher}'s {high}, {gap} ({share}) lower.",
        "최종 테스트 손실은 {lower}{이} {low}{으로}, {higher}의 {high}보다 {gap}({share}) 낮았습니다."),
    "lab_schedules.verdict_same_final": ("Both ended with the same final test loss, {loss}.",
                                         "두 학습의 최종 테스트 손실은 {loss}{으로} 같았습니다."),
    "lab_schedules.verdict_steadier": (
        "{steadier} was steadier at the end: its test loss moved by {low} over the last 10 epochs (the standard "
        "deviation of those 10 values, the wobble cards) against {high} for {shakier}.",
        "끝부분은 {steadier}{이} 더 안정적이었습니다: 마지막 10 에포크 동안 테스트 손실의 흔들림(그 10개 값의 "
        "표준편차, 흔들림 카드의 값)이 {low}{으로}, {shakier}의 {high}보다 작습니다."),
    "lab_schedules.verdict_same_wobble": (
        "Both wobbled equally at the end: a standard deviation of {wobble} over the last 10 epochs.",
        "끝부분의 흔들림은 둘이 같았습니다: 마지막 10 에포크의 표준편차가 {wobble}입니다."),
    "lab_schedules.code": ("The same in PyTorch", "PyTorch로 쓰면"),
}
