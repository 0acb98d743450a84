"""UI-free core of the Deep Learning Study Lab: data, models, training, evaluation, labs.

Nothing in this package imports streamlit; pages call it and draw what it returns.
"""
