"""Strings of the learner's workspace: data-dependent resets, read-only settings and their owner pages."""

STRINGS: dict[str, tuple[str, str]] = {
    "state.reset_note": ("New data ({dataset}), so these settings went back to their starting values for it: {items}.",
                         "데이터가 바뀌어({dataset}) 다음 설정을 이 데이터에 맞는 처음 값으로 되돌렸습니다: {items}."),
    "state.field_loss": ("loss", "손실 함수"),
    "state.field_test_size": ("test share", "테스트 비율"),
    "state.field_scaling": ("scaling", "스케일링"),
    "state.field_scale_target": ("scale the target", "타깃 스케일링"),
    "state.field_batch_size": ("batch size", "배치 크기"),
    "state.full_batch": ("full batch", "전체 배치"),
    "state.split_line": ("Test share **{test_size}**, scaling **{scaling}**, seed **{seed}**: set on the Data page.",
                         "테스트 비율 **{test_size}**, 스케일링 **{scaling}**, 시드 **{seed}**: 데이터 페이지에서 정합니다."),
    "state.change_split": ("Change the split, scaling and seed on the Data page",
                           "분할, 스케일링, 시드는 데이터 페이지에서 바꾸기"),
    "state.loss_fitted": ("The loss is now {loss}: the one set before does not fit {dataset}.",
                          "손실 함수를 {loss}(으)로 바꿨습니다. 앞서 정한 손실 함수는 {dataset}에 맞지 않습니다."),
    "state.training_elsewhere": ("A run is training (started on the Train page); it keeps going while you look around.",
                                 "학습 페이지에서 시작한 실행이 학습 중입니다. 다른 페이지를 보는 동안에도 계속됩니다."),
}
