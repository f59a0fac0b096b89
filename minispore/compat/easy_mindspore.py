"""`easy_mindspore`: the torch-style helpers that "Dive into Deep Learning" (MindSpore) imports."""
import numpy as np

from ..common import dtype as mstype
from ..common.tensor import Tensor
from ..ops import functional as F
from ..ops.random import rand  # noqa: F401

arange, ones, zeros, ones_like, zeros_like = F.arange, F.ones, F.zeros, F.ones_like, F.zeros_like
exp, log, sum, matmul, reshape, norm = F.exp, F.log, F.sum, F.matmul, F.reshape, F.norm
float32, int64 = mstype.float32, mstype.int64


def tensor(data, dtype=None):
    """A Tensor from data."""
    return Tensor(data, dtype)


def dot(input, other):
    """Dot product of two 1-D tensors (a 0-d result)."""
    return F.sum(input * other)


def randn(*size, shape=None, dtype=mstype.float32):
    """Standard normal samples from NumPy's global generator, as the book's helper draws them
    (so `np.random.seed` makes them reproducible); `shape=()` gives a 0-d tensor."""
    if shape is None:
        shape = size[0] if len(size) == 1 and isinstance(size[0], (tuple, list)) else size
    return Tensor(np.asarray(np.random.randn(*tuple(shape)), np.float32), dtype)


def normal(mean, std, size):
    """Normal samples of shape `size`."""
    return Tensor(np.random.normal(mean, std, size).astype(np.float32))
