"""Translation strings: workflow. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
}
