"""Reading and cleaning the tables learners upload; engine.data puts these pieces together."""
