"""Tensor, Parameter, dtypes, initializers, seed and context."""
