"""Tensor: a NumPy array with a MindSpore dtype; its operators and methods delegate to `ops`."""
import numbers

import numpy as np

from . import dtype as mstype
from ._format import tensor_repr


_INPUT_TYPES = "['TensorPy', 'Tensor', 'ndarray', 'str_', 'list', 'tuple', 'float', 'int', " \
    "'bool', 'complex', 'bytes']"


def _infer_dtype(data):
    """MindSpore's defaults for Python data: float -> Float32, int -> Int64, bool -> Bool."""
    if not isinstance(data, (list, tuple, numbers.Number, np.generic)):
        raise TypeError(f"For 'Tensor', the type of 'input_data' should be one of "
                        f"'{_INPUT_TYPES}', but got type '{type(data).__name__}'.")
    try:
        arr = np.asarray(data)
    except ValueError:
        raise TypeError(f"For Tensor, the input_data is {data} that contain unsupported "
                        f"element.") from None
    kind = arr.dtype.kind
    if kind == 'f':
        return arr.astype(np.float32)
    if kind in 'iu':
        return arr.astype(np.int64)
    if kind == 'c':
        return arr.astype(np.complex64)
    if kind == 'b':
        return arr
    raise TypeError(f"For Tensor, the input_data is {data} that contain unsupported element.")


class Tensor:
    """A multi-dimensional array with a MindSpore dtype.

    Args:
        input_data: a number, bool, (nested) list/tuple, `numpy.ndarray` or Tensor.
        dtype: a `mindspore` dtype (e.g. `mindspore.float32`); inferred when None
            (float -> Float32, int -> Int64, bool -> Bool, NumPy arrays keep theirs).
        shape: with `init`, the shape of the tensor to create.
        init: an initializer (`minispore.common.initializer`) used together with `shape`.

    Example:
        >>> Tensor([1.0, 2.5])
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.50000000e+00])
    """
    __slots__ = ('_data',)
    __array_priority__ = 1000

    def __init__(self, input_data=None, dtype=None, shape=None, init=None, const_arg=False,
                 device=None):
        if input_data is None:
            if shape is None:
                raise ValueError("For 'Tensor', 'input_data' and 'shape' can not both be None.")
            if init is None:
                data = np.zeros(shape, mstype.to_numpy(dtype or mstype.float32))
            else:
                from .initializer import initializer
                data = initializer(init, shape, dtype or mstype.float32)._data
        elif isinstance(input_data, Tensor):
            data = input_data._data.copy()
        elif isinstance(input_data, (np.ndarray, np.generic)):
            data = np.array(input_data)
        else:
            if isinstance(input_data, (list, tuple)) and any(
                    isinstance(v, Tensor) for v in input_data):
                input_data = [np.asarray(v) for v in input_data]
            data = _infer_dtype(input_data)
        if dtype is not None:
            data = data.astype(mstype.to_numpy(dtype), copy=False)
        self._data = data

    # ---- basic properties ----
    @property
    def shape(self):
        return self._data.shape

    @property
    def dtype(self):
        return mstype.from_numpy(self._data.dtype)

    @property
    def ndim(self):
        return self._data.ndim

    @property
    def size(self):
        return self._data.size

    @property
    def itemsize(self):
        return self._data.itemsize

    @property
    def nbytes(self):
        return self._data.nbytes

    @property
    def strides(self):
        return self._data.strides

    def dim(self):
        return self._data.ndim

    def numel(self):
        return self._data.size

    nelement = numel

    def asnumpy(self):
        """The value as a `numpy.ndarray` (shares memory with the tensor)."""
        return np.asarray(self._data)

    numpy = asnumpy

    @staticmethod
    def from_numpy(array):
        """A Tensor sharing memory with the NumPy `array` (copied only if not C-contiguous).

        Example:
            >>> a = np.zeros(2, np.float32)
            >>> t = Tensor.from_numpy(a)
            >>> a += 1
            >>> t
            Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+00])
        """
        return _wrap(np.ascontiguousarray(array))

    def item(self, index=None):
        """The value of a one-element tensor (or of element `index`) as a Python number."""
        data = np.asarray(self._data)
        if index is not None:
            return data[index].item()
        if data.size != 1:
            raise ValueError(f"The tensor should have only one element, but got {data.size}, "
                             f"more than one element is ambiguous.")
        return data.item()

    def tolist(self):
        return np.asarray(self._data).tolist()

    def set_dtype(self, dtype):
        self._data = self._data.astype(mstype.to_numpy(dtype))
        return self

    def is_floating_point(self):
        return self._data.dtype.kind == 'f'

    def has_init(self):
        return False

    def init_data(self):
        return self

    # ---- Python protocol ----
    def __array__(self, dtype=None, copy=None):
        data = np.asarray(self._data)
        if dtype is not None and data.dtype != dtype:
            return data.astype(dtype)
        return data.copy() if copy else data

    def __repr__(self):
        return tensor_repr(np.asarray(self._data), self.dtype)

    def __str__(self):
        data = np.asarray(self._data)
        if data.ndim == 0 and data.dtype.kind == 'f':
            return _scalar_str(data.item(), data.dtype)
        return str(data)

    def __format__(self, spec):
        if self._data.ndim == 0:
            return format(np.asarray(self._data).item(), spec)
        return format(str(self), spec)

    def __bool__(self):
        return bool(self._data)

    def __float__(self):
        return float(self._scalar('float'))

    def __int__(self):
        return int(self._scalar('int'))

    def _scalar(self, what):
        if self._data.size != 1:
            raise TypeError(f"Only a Tensor with one element can be converted to {what}, but "
                            f"this one has shape {list(self._data.shape)}.")
        return self._data.reshape(()).item() if self._data.ndim else self._data.item()

    def __index__(self):
        if self._data.dtype.kind not in 'iub':
            raise TypeError(f"Only integer tensors can be used as an index, got {self.dtype}.")
        return int(self._data)

    def __len__(self):
        if self._data.ndim == 0:
            raise TypeError("len() of unsized object: the Tensor is 0-dimensional.")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self._data.shape[0]))

    def __hash__(self):
        return id(self)

    def __getitem__(self, index):
        return F.getitem(self, index)

    def __setitem__(self, index, value):
        F.setitem(self, index, value)

    # ---- operators (most are the ops functions themselves: see the end of this module) ----
    def __rsub__(self, other):
        return F.sub(other, self)

    def __rtruediv__(self, other):
        return F.div(other, self)

    def __rfloordiv__(self, other):
        return F.floor_divide(other, self)

    def __rmod__(self, other):
        return F.remainder(other, self)

    def __rpow__(self, other):
        return F.pow(other, self)

    def __rmatmul__(self, other):
        return F.matmul(other, self)

    def __pos__(self):
        return self

    def __rand__(self, other):
        return F.logical_and(other, self)

    def __ror__(self, other):
        return F.logical_or(other, self)

    def __rxor__(self, other):
        return F.logical_xor(other, self)

    def __eq__(self, other):
        if other is None:
            return False
        return F.equal(self, other)

    def __ne__(self, other):
        if other is None:
            return True
        return F.not_equal(self, other)

    # The methods that are ops functions (`x.sum()`, `x.reshape(...)` ...) are bound at the end
    # of this module from the tables of `_methods`.

    def assign_value(self, value):
        self._data = np.asarray(value._data if isinstance(value, Tensor) else value,
                                self._data.dtype).copy()
        return self


def _scalar_str(value, np_dtype):
    """NumPy 1.x's str of a float scalar, which MindSpore (pinned to NumPy 1.x) prints:
    positional between 1e-4 and 1e16 (`10000000000.0`), scientific outside."""
    value = np_dtype.type(value)
    if value == 0 or (1e-4 <= abs(value) < 1e16) or not np.isfinite(value):
        return np.format_float_positional(value, unique=True, trim='0')
    return np.format_float_scientific(value, unique=True, trim='-')


def _wrap(data):
    """A Tensor around `data` without validation: the constructor of the hot path."""
    t = _new(Tensor)
    t._data = data
    return t


_new = object.__new__


def is_tensor(obj):
    """Whether `obj` is a Tensor (or Parameter)."""
    return isinstance(obj, Tensor)


from ..ops import functional as F  # noqa: E402  (ops build on Tensor)

# The arithmetic operators are `bind` on their primitive, with the eager fast path written out
# (y.__radd__(x) computes y + x, the same number as x + y); the rest are the ops functions.
from .._core.primitive import binary_method  # noqa: E402
from ..ops import primitives as _P  # noqa: E402

Tensor.__add__ = Tensor.__radd__ = binary_method(_P.add_p)
Tensor.__mul__ = Tensor.__rmul__ = binary_method(_P.mul_p)
Tensor.__sub__, Tensor.__truediv__ = binary_method(_P.sub_p), binary_method(_P.div_p)
Tensor.__pow__ = F.pow
Tensor.__floordiv__, Tensor.__mod__, Tensor.__matmul__ = F.floor_divide, F.remainder, F.matmul
Tensor.__neg__, Tensor.__abs__, Tensor.__invert__ = F.neg, F.abs, F.logical_not
Tensor.__and__, Tensor.__or__, Tensor.__xor__ = F.logical_and, F.logical_or, F.logical_xor
Tensor.__lt__, Tensor.__le__ = F.less, F.less_equal
Tensor.__gt__, Tensor.__ge__ = F.greater, F.greater_equal

# The other methods call the ops functions, from the tables of `_methods`.
from ._methods import install as _install_methods  # noqa: E402
_install_methods(Tensor)
