"""Translation strings: the Batch, epoch, iteration lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_batches.title": ("Batch, epoch, iteration", "배치, 에포크, 이터레이션"),
    "lab_batches.intro": (
        "An epoch is one pass over all training samples. The batch size is how many samples the model looks "
        "at before each weight update, and an iteration (or step) is one such update. So one epoch takes "
        "N / B iterations, rounded up, because the last batch may be smaller. Batch size is a trade-off: the "
        "full batch gives smooth but few updates per epoch, batch size 1 (SGD) gives many noisy updates, "
        "and mini-batches sit in between.",
        "에포크(epoch)는 학습 데이터 전체를 한 번 다 보는 것입니다. 배치 크기(batch size)는 가중치를 한 번 고치기 전에 "
        "보는 샘플 수이고, 이터레이션(iteration, 또는 스텝)은 그런 업데이트 한 번입니다. 그래서 한 에포크는 N / B번의 "
        "이터레이션이며, 마지막 배치가 작을 수 있어 올림합니다. 배치 크기는 맞바꿈입니다: 전체 배치는 매끄럽지만 에포크당 "
        "업데이트가 적고, 배치 크기 1(SGD)은 업데이트가 많지만 들쭉날쭉하며, 미니배치는 그 사이에 있습니다."),
    "lab_batches.calc": ("Calculator", "계산기"),
    "lab_batches.n": ("Training samples N", "학습 샘플 수 N"),
    "lab_batches.b": ("Batch size B", "배치 크기 B"),
    "lab_batches.e": ("Epochs E", "에포크 E"),
    "lab_batches.drop_last": ("Drop the last, smaller batch (drop_last=True)", "마지막 작은 배치 버리기 (drop_last=True)"),
    "lab_batches.per_epoch": ("Iterations per epoch", "에포크당 이터레이션"),
    "lab_batches.total": ("Total updates", "전체 업데이트 수"),
    "lab_batches.last": ("Size of the last batch", "마지막 배치 크기"),
    "lab_batches.formula_ceil": ("⌈{n} / {b}⌉ = {it:@iteration} per epoch; × {e:@epoch} = {total:@update}.",
                                 "⌈{n} / {b}⌉ = 에포크당 {it}번; × {e} 에포크 = 업데이트 {total}번."),
    "lab_batches.formula_floor": ("⌊{n} / {b}⌋ = {it:@iteration} per epoch; × {e:@epoch} = {total:@update} "
                                  "({dropped:@sample} skipped each epoch).",
                                  "⌊{n} / {b}⌋ = 에포크당 {it}번; × {e} 에포크 = 업데이트 {total}번 "
                                  "(에포크마다 샘플 {dropped}개는 건너뜀)."),
    "lab_batches.no_batch": ("The batch is larger than the data and the last batch is dropped: nothing would be "
                             "trained. Turn off drop_last or use a smaller batch.",
                             "배치가 데이터보다 크고 마지막 배치를 버리므로 아무것도 학습하지 않습니다. drop_last를 끄거나 "
                             "배치를 줄이세요."),
    "lab_batches.compare": ("Batch GD vs SGD vs mini-batch", "배치 경사 하강법 vs SGD vs 미니배치"),
    "lab_batches.compare_help": (
        "The same linear model rent = w·area + b (area standardized), the same starting weights, learning "
        "rate and number of epochs on the {n} training rows of the rent data; only the batch size differs.",
        "같은 선형 모델 rent = w·area + b (면적은 표준화), 같은 시작 가중치·학습률·에포크로 월세 데이터의 학습용 {n}행을 "
        "학습합니다. 배치 크기만 다릅니다."),
    "lab_batches.mini": ("Mini-batch size", "미니배치 크기"),
    "lab_batches.epochs": ("Epochs", "에포크"),
    "lab_batches.lr": ("Learning rate", "학습률"),
    "lab_batches.running": ("Training three models…", "모델 세 개를 학습하는 중…"),
    "lab_batches.mode.batch": ("batch GD (B = {n})", "배치 GD (B = {n})"),
    "lab_batches.mode.sgd": ("SGD (B = 1)", "SGD (B = 1)"),
    "lab_batches.mode.mini": ("mini-batch (B = {b})", "미니배치 (B = {b})"),
    "lab_batches.verdict": (
        "After the same {epochs:@epoch}, {winner} ended lowest ({loss}). Updates (steps) made in those epochs: "
        "{steps}.",
        "같은 {epochs} 에포크 뒤에 손실이 가장 낮게 끝난 것은 {winner}{이고}, 그 손실은 {loss}입니다. 그동안 한 "
        "업데이트(스텝) 수: {steps}."),
    "lab_batches.verdict_most_steps": (
        "It made the most updates: every epoch is the same pass over the rows, but more steps per pass move w and b "
        "further toward the minimum.",
        "업데이트를 가장 많이 했기 때문입니다. 에포크마다 데이터를 한 번 훑는 것은 같지만, 한 번 훑을 때 스텝을 더 "
        "많이 밟을수록 w와 b가 최솟값 쪽으로 더 멀리 갑니다."),
    "lab_batches.verdict_noisy": (
        "More updates did not win here: {busiest} made the most but ended at {loss}, because each of its steps "
        "follows the gradient of only a few rows, so at this learning rate it keeps jumping around the minimum "
        "instead of settling.",
        "업데이트가 많다고 이기지는 않았습니다. {busiest}{은} 스텝을 가장 많이 했지만 {loss}에서 끝났습니다. 스텝마다 "
        "몇 개 행의 기울기만 따라가므로, 이 학습률에서는 최솟값에 자리 잡지 못하고 그 주변을 계속 오가기 "
        "때문입니다."),
    "lab_batches.col_mode": ("method", "방법"),
    "lab_batches.col_per_epoch": ("steps per epoch", "에포크당 스텝"),
    "lab_batches.col_steps": ("total steps", "전체 스텝"),
    "lab_batches.col_final": ("final loss on all rows", "전체 행에 대한 마지막 손실"),
    "lab_batches.epoch_chart": ("Training loss per epoch", "에포크별 학습 손실"),
    "lab_batches.step_chart": ("Loss of the batch at each step (log step axis)", "스텝별 배치 손실 (스텝 축은 로그)"),
    "lab_batches.path_chart": ("Paths of (w, b) over the loss surface", "손실 곡면 위의 (w, b) 경로"),
    "lab_batches.upto": ("Show the paths up to epoch (0 = the start)", "이 에포크까지 경로 보기 (0 = 출발점)"),
    "lab_batches.path_help": (
        "Darker is lower loss (the same in every lab's map). Batch GD walks straight downhill; SGD zig-zags because every step follows one "
        "sample; the mini-batch path is in between. The cross marks the best (w, b).",
        "색이 어두울수록 손실이 낮습니다(모든 실험실의 지도에서 같습니다). 배치 GD는 곧장 내려가고, SGD는 매 스텝 샘플 하나만 보고 움직여서 지그재그로 "
        "가며, 미니배치는 그 중간입니다. 십자 표시는 가장 좋은 (w, b)입니다."),
    "lab_batches.step": ("step", "스텝"),
    "lab_batches.epoch": ("epoch", "에포크"),
    "lab_batches.loss": ("loss", "손실"),
    "lab_batches.code": ("The same in PyTorch", "PyTorch 코드"),
}
