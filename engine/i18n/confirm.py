"""Translation strings: the confirmation step before deleting something (ui.confirm). Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
    "confirm.cancel": ("Cancel, keep it", "취소 (그대로 두기)"),
}
