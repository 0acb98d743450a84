"""Translation strings: data. Key -> (English, Korean)."""

STRINGS: dict[str, tuple[str, str]] = {
}
