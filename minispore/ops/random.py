"""Random ops, drawing from the generator that `minispore.set_seed` seeds."""
from ..common import dtype as mstype
from ..common.seed import generator
from ..common.tensor import _wrap
from .functional import _shape_arg, _size_args

__all__ = ["rand", "rand_like", "randint", "randn", "randn_like"]


def randn(*size, dtype=None, seed=None):
    """Standard normal samples of shape `size` (Float32 by default).

    Example:
        >>> ops.randn(2, 3).shape
        (2, 3)
    """
    return _wrap(generator(seed).standard_normal(_size_args(size))
                 .astype(mstype.to_numpy(dtype or mstype.float32)))


def rand(*size, dtype=None, seed=None):
    """Uniform samples in [0, 1) of shape `size` (Float32 by default)."""
    return _wrap(generator(seed).random(_size_args(size))
                 .astype(mstype.to_numpy(dtype or mstype.float32)))


def randint(low, high, size, seed=None, *, dtype=None):
    """Integers uniform in [low, high) of shape `size` (Int64 by default)."""
    return _wrap(generator(seed).integers(low, high, _shape_arg(size, 'size'))
                 .astype(mstype.to_numpy(dtype or mstype.int64)))


def randn_like(input, seed=None, *, dtype=None):
    """Standard normal samples shaped like `input`."""
    return randn(input.shape, dtype=dtype or input.dtype, seed=seed)


def rand_like(input, seed=None, *, dtype=None):
    """Uniform [0, 1) samples shaped like `input`."""
    return rand(input.shape, dtype=dtype or input.dtype, seed=seed)
