"""Translation strings: labs. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
}
