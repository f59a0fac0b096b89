"""Array kernels (NumPy)."""
