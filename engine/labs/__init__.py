"""The computations behind the concept labs: one module per idea, each tested against hand numbers."""
