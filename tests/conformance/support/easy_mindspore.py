"""A minimal stand-in for ``easy_mindspore``, a small torch-like helper package for
MindSpore used by one of the seed notebooks (it is not on PyPI).

Only what the seed uses is provided, implemented on top of ``mindspore`` so that real
MindSpore can run the seed to produce its golden output.
"""
import numpy as np
import mindspore
from mindspore import ops, Tensor

__all__ = ["arange", "dot", "norm", "randn"]


def arange(start=0, end=None, step=1, *, dtype=None):
    """ops.arange: a float start gives Float32, ints give Int64."""
    return ops.arange(start, end, step, dtype=dtype)


def dot(x, y):
    """Dot product of two 1-D tensors (ops.dot requires >= 2-D inputs)."""
    return (x * y).sum()


def norm(x, *args, **kwargs):
    return ops.norm(x, *args, **kwargs)


def randn(*size, shape=None, dtype=mindspore.float32):
    """Standard-normal samples drawn from numpy's global RNG."""
    if shape is None:
        shape = size[0] if len(size) == 1 and isinstance(size[0], (tuple, list)) else size
    return Tensor(np.asarray(np.random.randn(*tuple(shape)), dtype=np.float32), dtype)
