"""Translation strings: the zero_grad lab. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "lab_zero_grad.title": ("Why zero_grad()?", "왜 zero_grad()를 할까?"),
    "lab_zero_grad.intro": (
        "When you call backward(), PyTorch does not overwrite a parameter's .grad: it adds the new gradient "
        "to whatever is already stored there. That is handy when you want to sum gradients over several "
        "small batches, but in an ordinary training loop it means each step would use the sum of every "
        "gradient so far. So a loop clears the stored gradients first with optimizer.zero_grad(), then "
        "computes fresh ones with backward(), then lets step() move the weights. Try it below: first with a "
        "single tensor, then in a small training loop.",
        "backward()를 호출하면 PyTorch는 파라미터의 .grad를 새 값으로 바꾸지 않고, 이미 들어 있던 값에 새 기울기를 "
        "더합니다. 여러 작은 배치의 기울기를 합치고 싶을 때는 편리하지만, 평범한 학습 루프에서는 매 스텝이 지금까지의 "
        "모든 기울기를 더한 값을 쓰게 된다는 뜻입니다. 그래서 학습 루프는 먼저 optimizer.zero_grad()로 저장된 기울기를 "
        "지우고, backward()로 새 기울기를 구한 다음, step()으로 가중치를 움직입니다. 아래에서 텐서 하나로 먼저 확인하고, "
        "이어서 작은 학습 루프에서도 살펴보세요."),
    "lab_zero_grad.part1": ("1. One tensor, many backward() calls", "1. 텐서 하나, backward() 여러 번"),
    "lab_zero_grad.part1_help": (
        "z = 2·w, so dz/dw = 2 no matter what w is. Each backward() adds 2 to w.grad unless you clear it.",
        "z = 2·w 이므로 w가 얼마든 dz/dw = 2입니다. 지우지 않으면 backward()를 할 때마다 w.grad에 2가 더해집니다."),
    "lab_zero_grad.w0": ("Start value of w", "w의 시작값"),
    "lab_zero_grad.calls": ("Number of backward() calls", "backward() 호출 횟수"),
    "lab_zero_grad.reset": ("Clear the gradient before each call (w.grad.zero_())",
                            "호출 전마다 기울기 지우기 (w.grad.zero_())"),
    "lab_zero_grad.last_grad": ("w.grad after {n:@call}", "{n}번 호출 후 w.grad"),
    "lab_zero_grad.col_call": ("call", "호출"),
    "lab_zero_grad.col_grad": ("w.grad", "w.grad"),
    "lab_zero_grad.col_true": ("true dz/dw", "실제 dz/dw"),
    "lab_zero_grad.piled": ("Without clearing, w.grad after call k is 2·k: the gradients of all calls added up.",
                            "지우지 않으면 k번째 호출 뒤 w.grad는 2·k입니다. 모든 호출의 기울기가 더해진 값입니다."),
    "lab_zero_grad.fixed": ("Cleared before each call, w.grad is the true derivative 2 every time.",
                            "호출 전마다 지우면 w.grad는 매번 진짜 미분값 2입니다."),
    "lab_zero_grad.part2": ("2. The same mistake in a training loop", "2. 학습 루프에서 같은 실수를 하면"),
    "lab_zero_grad.part2_help": (
        "Fit H(x) = Wx + b to the study-hours points x = 1, 2, 3 → y = 2, 4, 6 with optim.SGD, starting from "
        "W = b = 0. Both runs are identical except for the optimizer.zero_grad() line.",
        "공부 시간 데이터 x = 1, 2, 3 → y = 2, 4, 6에 H(x) = Wx + b를 optim.SGD로 맞춥니다 (W = b = 0에서 시작). "
        "두 실행은 optimizer.zero_grad() 한 줄만 다릅니다."),
    "lab_zero_grad.lr": ("Learning rate", "학습률"),
    "lab_zero_grad.steps": ("Steps", "스텝 수"),
    "lab_zero_grad.with": ("with zero_grad()", "zero_grad() 있음"),
    "lab_zero_grad.without": ("without zero_grad()", "zero_grad() 없음"),
    "lab_zero_grad.final_loss": ("Final loss, {which}", "마지막 손실, {which}"),
    "lab_zero_grad.final_loss_help": ("The loss at the final W and b, i.e. after the last step() (W beside it).",
                                      "마지막 step() 뒤의 W와 b(옆에 보이는 W)에서 잰 손실입니다."),
    "lab_zero_grad.final_W": ("Final W, {which}", "마지막 W, {which}"),
    "lab_zero_grad.loss_chart": ("Loss per step", "스텝별 손실"),
    "lab_zero_grad.W_chart": ("W per step (the best W is near 2)", "스텝별 W (가장 좋은 W는 2 근처)"),
    "lab_zero_grad.table_title": ("Without zero_grad(): the gradient step() uses is the running sum",
                                  "zero_grad() 없이: step()이 쓰는 기울기는 누적 합입니다"),
    "lab_zero_grad.col_step": ("step", "스텝"),
    "lab_zero_grad.col_new": ("new dW of this step", "이번 스텝의 새 dW"),
    "lab_zero_grad.col_used": ("W.grad used by step()", "step()이 쓴 W.grad"),
    "lab_zero_grad.col_W": ("W after the step", "스텝 후 W"),
    "lab_zero_grad.explain": (
        "Without the reset, the piled-up gradient keeps pushing W in the old direction long after it has "
        "passed the best value, so W swings back and forth around 2 and the loss never settles.",
        "초기화하지 않으면 쌓인 기울기가 W가 가장 좋은 값을 지나친 뒤에도 계속 예전 방향으로 밀어서, W는 2 주변을 "
        "오가며 흔들리고 손실은 자리를 잡지 못합니다."),
    "lab_zero_grad.code": ("The same in PyTorch", "PyTorch 코드"),
}
