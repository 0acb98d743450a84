"""Hover help for technical terms in widget labels: the glossary's one-line definition in the learner's language."""
from engine.glossary import definition
from ui.state import lang


def help_for(term: str) -> str:
    """The glossary definition of `term` (a key of engine.glossary, e.g. "learning_rate") for a widget's help=."""
    return definition(term, lang())
