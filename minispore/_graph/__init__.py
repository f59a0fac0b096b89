"""Abstract values and shape rules: what staging (jit) and shape checks build on."""
