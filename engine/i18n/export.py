"""Translation strings: model files (engine/export.py). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "export.unreadable": ("This file is not a complete model file: it may be cut short, or not a PyTorch file "
                          "at all. Nothing in it was run.",
                          "완전한 모델 파일이 아닙니다. 중간에 잘렸거나 PyTorch 파일이 아닐 수 있습니다. 파일 안의 "
                          "내용은 아무것도 실행하지 않았습니다."),
    "export.unsafe": ("Refused: this file asks to run code while loading, not just to hold numbers ({what}). "
                      "A real model file never needs that, so nothing in it was run.",
                      "거부했습니다: 이 파일은 숫자만 담고 있지 않고, 불러오는 순간 코드를 실행하려 합니다 ({what}). "
                      "정상적인 모델 파일에는 그런 것이 필요 없으므로 아무것도 실행하지 않았습니다."),
    "export.not_ours": ("This is a PyTorch file, but not a model saved by this app (it lacks the config and "
                        "the layer sizes needed to rebuild the network).",
                        "PyTorch 파일이기는 하지만 이 앱에서 저장한 모델이 아닙니다 (신경망을 다시 만드는 데 필요한 "
                        "설정(config)과 층 크기가 없습니다)."),
    "export.bad_config": ("The settings stored in this model file are not valid, so the network cannot be rebuilt.",
                          "이 모델 파일에 저장된 설정이 올바르지 않아서 신경망을 다시 만들 수 없습니다."),
    "export.mismatch_keys": ("The weights do not belong to the network this file describes. Expected the "
                             "parameters {expected}; the file has {found}.",
                             "가중치가 이 파일이 설명하는 신경망의 것이 아닙니다. 필요한 파라미터: {expected}, "
                             "파일에 있는 파라미터: {found}."),
    "export.mismatch_shape": ("The weights do not fit the network this file describes: '{name}' should have "
                              "shape {expected} but has {found}.",
                              "가중치가 이 파일이 설명하는 신경망에 맞지 않습니다: '{name}'의 모양(shape)은 "
                              "{expected}{이어야} 하는데 {found}입니다."),
}
