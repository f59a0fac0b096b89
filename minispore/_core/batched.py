"""The guard on a batched Tensor's values inside `vmap`: its shape is readable, its values not."""
import numpy as np


class BatchedValueError(Exception):
    """The values of a batched Tensor were read inside `vmap` (they differ between examples);
    `vmap` catches it and calls the function once per example instead."""


def _refuse(*args, **kwargs):
    raise BatchedValueError(
        "The values of a Tensor that differs between the examples of a vmap were read (turned "
        "into NumPy or Python values), which cannot be done for the whole batch at once: vmap "
        "calls the function once per example instead.")


# NumPy functions that read only the shape and dtype of an array
_SHAPE_ONLY = frozenset((np.zeros_like, np.ones_like, np.empty_like, np.full_like, np.shape,
                         np.ndim, np.size, np.result_type, np.can_cast))


class BatchedArray(np.ndarray):
    """The `_data` of a batched Tensor inside `vmap`: one example's shape, dtype and size,
    whose values are refused (ufuncs, NumPy functions, indexing, conversions, comparisons).

    `np.asarray(a)`, `np.array(a)` and the buffer protocol cannot be intercepted on an ndarray
    subclass: they return the first example's values.
    """
    __array_ufunc__ = _refuse
    __getitem__ = __setitem__ = __iter__ = _refuse
    __bool__ = __int__ = __float__ = __complex__ = __index__ = _refuse
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = _refuse
    __repr__ = __str__ = __format__ = _refuse
    item = tolist = astype = tobytes = min = max = any = all = sum = _refuse
    __hash__ = None

    def __array_function__(self, func, types, args, kwargs):
        if func not in _SHAPE_ONLY:
            _refuse()
        args = [a.view(np.ndarray) if isinstance(a, BatchedArray) else a for a in args]
        return func(*args, **kwargs)

    @property
    def flat(self):
        _refuse()


def batched_view(data, index):
    """`data[index]` (one example of batched values) as a BatchedArray."""
    return np.ndarray.__getitem__(data, index).view(BatchedArray)


def is_batched(x):
    """Whether the Tensor `x` differs between the examples of an active `vmap`."""
    return x._data.__class__ is BatchedArray
