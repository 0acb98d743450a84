"""Strings of the Train page's "several at once" panel (ui/sweep.py)."""

STRINGS = {
    "sweep.title": ("Try several at once", "여러 개를 한 번에 비교하기"),
    "sweep.intro": (
        "Train copies of your current model that differ in one thing only, side by side in one computation: "
        "several copies cost about as much as one or two runs, not one run each. Every copy gives the same numbers "
        "it would give trained alone.",
        "지금 모델의 복사본 여러 개를 한 가지만 바꿔서 하나의 계산으로 나란히 학습합니다. 복사본이 여러 개여도 "
        "드는 시간은 실행 한두 번 정도이고, 각 복사본의 결과는 따로 학습했을 때와 같습니다."),
    "sweep.vary": ("What differs", "무엇을 바꿀까요"),
    "sweep.vary_lr": ("Learning rates", "학습률"),
    "sweep.vary_optimizer": ("Optimizers", "옵티마이저"),
    "sweep.vary_seed": ("Seeds", "시드"),
    "sweep.lrs": ("Learning rates (2–8)", "학습률 (2–8개)"),
    "sweep.optimizers": ("Optimizers (2–6), each at learning rate {lr}", "옵티마이저 (2–6개), 모두 학습률 {lr}"),
    "sweep.seeds": ("How many seeds (from seed {seed} on)", "시드 개수 (시드 {seed}부터)"),
    "sweep.count": ("Pick {low} to {high}.", "{low}개에서 {high}개 사이로 고르세요."),
    "sweep.dropout_note": (
        "Your model uses dropout: trained together, the copies draw other random dropout masks than a run alone "
        "would, so their numbers are like a lone run's but not the same.",
        "모델에 드롭아웃이 있어서, 함께 학습하는 복사본은 따로 학습할 때와 다른 무작위 마스크를 씁니다. 결과는 "
        "비슷하지만 똑같지는 않습니다."),
    "sweep.go": ("Train them together", "함께 학습하기"),
    "sweep.progress": ("Epoch {epoch:,} of {epochs:,}", "에포크 {epoch:,} / {epochs:,}"),
    "sweep.done": ("{n} runs trained together in {seconds} s.", "실행 {n}개를 함께 학습하는 데 {seconds}초 걸렸습니다."),
    "sweep.curves": ("Training loss of each copy", "복사본별 학습 손실"),
    "sweep.member_lr": ("lr {lr}", "학습률 {lr}"),
    "sweep.member_seed": ("seed {seed}", "시드 {seed}"),
    "sweep.col_member": ("Run", "실행"),
    "sweep.col_train": ("Final training loss", "최종 학습 손실"),
    "sweep.col_val": ("Final test loss", "최종 테스트 손실"),
    "sweep.best_test": ("Lowest test loss: {member} ({loss}).", "테스트 손실이 가장 낮은 실행: {member} ({loss})."),
    "sweep.best_train": ("No test rows, so by training loss: lowest is {member} ({loss}).",
                         "테스트 데이터가 없어 학습 손실로 봅니다. 가장 낮은 실행: {member} ({loss})."),
    "sweep.tie_test": ("Tied for the lowest test loss ({loss}): {members}.",
                       "테스트 손실이 가장 낮은 값({loss})에서 비긴 실행: {members}."),
    "sweep.tie_train": ("No test rows, so by training loss: tied for the lowest ({loss}) are {members}.",
                        "테스트 데이터가 없어 학습 손실로 봅니다. 가장 낮은 값({loss})에서 비긴 실행: {members}."),
    "sweep.seed_same": ("All {n} seeds end at the same loss ({loss}): the seed changed nothing here.",
                        "시드 {n}개가 모두 같은 손실({loss})로 끝났습니다. 여기서는 시드가 아무것도 바꾸지 않았습니다."),
    "sweep.seed_same_why": ("With the full batch and the same test rows for every seed, a seed only picks the "
                            "starting weights, and this model reaches the same end from any of them.",
                            "전체 배치로 학습하고 테스트 행도 시드마다 같아서, 시드가 정하는 것은 시작 가중치뿐입니다. "
                            "이 모델은 어느 시작 가중치에서 출발해도 같은 곳에 도착합니다."),
    "sweep.col_test": ("Test {metric}", "테스트 {metric}"),
    "sweep.col_diverged": ("Diverged?", "발산?"),
    "sweep.yes": ("yes", "예"),
    "sweep.no": ("no", "아니요"),
    "sweep.keep": ("Keep {member}", "{member} 보관"),
    "sweep.kept": ("Kept: {member}", "보관함: {member}"),
    "sweep.keep_help": (
        "Adds this run to your runs, as if you had trained it with the Train button: evaluate, compare or "
        "export it like any other.",
        "이 실행을 학습 시작 버튼으로 학습한 것처럼 실행 목록에 추가합니다. 다른 실행처럼 평가하고 비교하고 "
        "내보낼 수 있습니다."),
    "sweep.accuracy": ("accuracy", "정확도"),
}
