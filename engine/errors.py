"""Errors caused by what a learner typed or uploaded, explained in their language."""
from engine.i18n import t


class LearnerError(ValueError):
    """A problem with the learner's input: carries a translation key so pages can show it in Korean too."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(t(key, "en", **params))

    def message(self, lang: str = "en") -> str:
        return t(self.key, lang, **self.params)

    def __reduce__(self):
        """Pickled as its key and words' parameters (a training process hands its errors to the app this way)."""
        return _rebuild, (type(self), self.key, self.params)


def _rebuild(cls: type, key: str, params: dict) -> LearnerError:
    return cls(key, **params)


class DataError(LearnerError):
    """Bad data: unreadable file, unusable column, too few rows, ..."""


class ConfigError(LearnerError):
    """Bad hyper-parameters: a learning rate of 0, a batch of size 0, ..."""


class StoreError(LearnerError):
    """The learner's saved workspace could not be read or written: a damaged file, a full disk, a bad import."""
