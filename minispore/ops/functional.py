"""mindspore.ops functions, each composed from primitives with `bind`; no derivative rules here."""
import builtins
import math
import numbers
import sys

import numpy as np

from .._core.batched import BatchedValueError
from .._core.batched import is_batched as _is_batched
from .._core.primitive import bind, current
from ..common import dtype as mstype
from ..common.tensor import Tensor, _wrap
from . import primitives as P
from .._backend import numpy_array as _array


def _raw(x):
    return x._data if isinstance(x, Tensor) else x


def _shape_arg(size, name='shape'):
    """Normalise a shape argument: an int, a tuple/list of ints, or a 1-D Tensor."""
    if size.__class__ is tuple and builtins.all(i.__class__ is int for i in size):
        return size
    if isinstance(size, Tensor):
        size = size.asnumpy().tolist()
    if isinstance(size, numbers.Integral):
        return (int(size),)
    if isinstance(size, (tuple, list)) and builtins.all(isinstance(s, numbers.Integral)
                                                        for s in size):
        return tuple(int(s) for s in size)
    raise TypeError(f"The '{name}' must be an int or a tuple of ints, but got {size!r}.")


def _size_args(size):
    """`randn(2, 3)`, `randn((2, 3))` and `randn([2, 3])` all mean shape (2, 3)."""
    if len(size) == 1 and not isinstance(size[0], numbers.Integral):
        return _shape_arg(size[0], 'size')
    return _shape_arg(size, 'size')


def _axes(axis, ndim):
    """Normalise a reduction axis to a tuple of non-negative ints (None and () mean all)."""
    if axis is None or axis == ():
        return None
    if isinstance(axis, Tensor):
        axis = axis.asnumpy().tolist()
    if isinstance(axis, numbers.Integral):
        axis = (axis,)
    out = []
    for a in axis:
        if not -builtins.max(ndim, 1) <= a < builtins.max(ndim, 1):
            raise ValueError(f"The 'axis' value {a} is out of range [{-ndim}, {ndim}) for a "
                             f"tensor of rank {ndim}.")
        out.append(a % builtins.max(ndim, 1))
    return tuple(out)


# ---- creation ----
def ones(shape, dtype=None):
    """A tensor of ones (Float32 unless `dtype` is given).

    Example:
        >>> ops.ones((2, 3)).shape
        (2, 3)
    """
    return _wrap(np.ones(_shape_arg(shape), mstype.to_numpy(dtype or mstype.float32)))


def zeros(size, dtype=None):
    """A tensor of zeros (Float32 unless `dtype` is given).

    Example:
        >>> ops.zeros(3)
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  0.00000000e+00,  0.00000000e+00])
    """
    return _wrap(np.zeros(_shape_arg(size, 'size'), mstype.to_numpy(dtype or mstype.float32)))


def ones_like(input, *, dtype=None):
    """Ones with the shape (and, unless `dtype` is given, the dtype) of `input`."""
    return full_like(input, 1, dtype=dtype)


def zeros_like(input, *, dtype=None):
    """Zeros with the shape (and, unless `dtype` is given, the dtype) of `input`."""
    return full_like(input, 0, dtype=dtype)


def full(size, fill_value, *, dtype=None):
    """A tensor of `fill_value`. Without `dtype` the result is Int64 whatever the value (a
    float is truncated), as MindSpore 2.10 does; pass `dtype` for a float tensor.

    Example:
        >>> ops.full((2,), 3)
        Tensor(shape=[2], dtype=Int64, value= [3, 3])
        >>> ops.full((2,), 0.5, dtype=mindspore.float32)
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  5.00000000e-01])
    """
    value = np.asarray(_raw(fill_value))
    if value.size != 1:
        raise ValueError(f"For primitive[FillV2], the size of the input [fill_value] must be "
                         f"equal to 1, but got {value.size}.")
    np_dtype = mstype.to_numpy(dtype or mstype.int64)
    return _wrap(np.full(_shape_arg(size, 'size'), value.astype(np_dtype), np_dtype))


def fill(type, shape, value):
    """A tensor of `shape` filled with `value`, of dtype `type`."""
    return full(shape, value, dtype=type)


def full_like(input, fill_value, *, dtype=None):
    """A tensor of `fill_value` with the shape (and by default dtype) of `input`."""
    data = input._data if isinstance(input, Tensor) else np.asarray(input)
    out = np.empty(data.shape, data.dtype if dtype is None else mstype.to_numpy(dtype))
    out.fill(_raw(fill_value))
    return _wrap(out)


def arange(start=0, end=None, step=1, *, dtype=None):
    """Values from `start` to `end` (exclusive) by `step`: Int64 for ints, Float32 otherwise.

    Example:
        >>> ops.arange(3)
        Tensor(shape=[3], dtype=Int64, value= [0, 1, 2])
    """
    start, end, step = (_raw(v) for v in (start, end, step))
    if end is None:
        start, end = 0, start
    if step == 0:
        raise ValueError("For 'arange', the 'step' can not be 0.")
    if dtype is None:
        dtype = mstype.int64 if builtins.all(
            isinstance(v, numbers.Integral) or (isinstance(v, np.ndarray) and v.dtype.kind in 'iu')
            for v in (start, end, step)) else mstype.float32
    return _wrap(np.arange(start, end, step).astype(mstype.to_numpy(dtype)))


def eye(n, m=None, dtype=None):
    """An n x m identity matrix (Float32 unless `dtype` is given)."""
    if n < 0 or m is not None and m < 0:
        raise ValueError(f"Eye error: {'n' if n < 0 else 'm'} value can not be negative.")
    return _wrap(np.eye(n, m, dtype=mstype.to_numpy(dtype or mstype.float32)))


def shape(input_x):
    """The shape of `input_x` as a tuple of ints."""
    return input_x.shape


def rank(input_x):
    """The number of axes of `input_x`."""
    return input_x.ndim


def size(input_x):
    """The number of elements of `input_x`."""
    return input_x.size


def dtype(x):
    """The dtype of `x`."""
    return x.dtype


def linspace(start, end, steps):
    """`steps` evenly spaced values from `start` to `end` inclusive (Float32)."""
    num = int(_raw(steps))
    if num <= 0:
        raise ValueError(f"For primitive[LinSpace], the num must be greater than 0, but got "
                         f"{num}.")
    start, end = _raw(start), _raw(end)
    if np.ndim(start) or np.ndim(end):
        raise ValueError(f"For 'LinSpace', 'start' and 'end' must be scalars or 0-D Tensors, but "
                         f"got shapes {np.shape(start)} and {np.shape(end)}.")
    return _wrap(np.linspace(start, end, num).astype(np.float32))


def identity(x):
    """A new tensor equal to `x` (differentiable)."""
    return bind(P.identity_p, x)


# ---- elementwise ----
def add(input, other):
    """`input + other`, broadcasting, with MindSpore's type promotion.

    Example:
        >>> ops.add(Tensor([1, 2]), 1)
        Tensor(shape=[2], dtype=Int64, value= [2, 3])
    """
    return bind(P.add_p, input, other)


def sub(input, other):
    """`input - other`, broadcasting."""
    return bind(P.sub_p, input, other)


def mul(input, other):
    """`input * other`, broadcasting."""
    return bind(P.mul_p, input, other)


def div(input, other, *, rounding_mode=None):
    """`input / other` (true division; `rounding_mode` 'floor' or 'trunc' rounds the result)."""
    if rounding_mode is None:
        return bind(P.div_p, input, other)
    if rounding_mode == 'floor':
        return floor_divide(input, other)
    if rounding_mode == 'trunc':
        q = bind(P.div_p, input, other)
        return cast(sign(q) * floor(abs(q)), _result_dtype(input, other))
    raise ValueError(f"For 'div', 'rounding_mode' must be None, 'floor' or 'trunc', "
                     f"but got {rounding_mode!r}.")


def _result_dtype(x, y):
    return np.result_type(_raw(x), _raw(y))


divide = div


def true_divide(dividend, divisor):
    """`dividend / divisor` (`div` without rounding)."""
    return div(dividend, divisor)


def floor_divide(input, other):
    """`input // other` (zero gradient, as in MindSpore)."""
    return bind(P.floor_divide_p, input, other)


def remainder(input, other):
    """`input % other` with the sign of `other`."""
    return bind(P.remainder_p, input, other)


def pow(input, exponent):
    """`input ** exponent`, broadcasting."""
    return bind(P.pow_p, input, exponent)


def maximum(input, other):
    """Elementwise maximum."""
    return bind(P.maximum_p, input, other)


def minimum(input, other):
    """Elementwise minimum."""
    return bind(P.minimum_p, input, other)


def neg(input):
    """`-input`."""
    return bind(P.neg_p, input)


negative = neg


def exp(input):
    """Elementwise e**x."""
    return bind(P.exp_p, input)


def log(input):
    """Elementwise natural logarithm."""
    return bind(P.log_p, input)


def sqrt(x):
    """Elementwise square root."""
    return bind(P.sqrt_p, x)


def square(input):
    """Elementwise x*x."""
    return bind(P.mul_p, input, input)


def abs(input):
    """Elementwise absolute value (its gradient at 0 is 0)."""
    return bind(P.abs_p, input)


absolute = abs


def sign(input):
    """Elementwise sign: -1, 0 or 1."""
    return bind(P.sign_p, input)


def floor(input):
    """Elementwise floor."""
    return bind(P.floor_p, input)


def sin(input):
    """Elementwise sine."""
    return bind(P.sin_p, input)


def cos(input):
    """Elementwise cosine."""
    return bind(P.cos_p, input)


def tanh(input):
    """Elementwise hyperbolic tangent."""
    return bind(P.tanh_p, input)


def sigmoid(input):
    """Elementwise logistic function 1 / (1 + exp(-x))."""
    return bind(P.sigmoid_p, input)


def softplus(input, beta=1, threshold=20):
    """log(1 + exp(beta * x)) / beta, computed stably; x itself where beta * x > `threshold`.

    Example:
        >>> ops.softplus(Tensor([0., 3.1]), threshold=3)
        Tensor(shape=[2], dtype=Float32, value= [ 6.93147182e-01,  3.09999990e+00])
    """
    scaled = input if beta == 1 else input * beta
    out = bind(P.softplus_p, scaled)
    if beta != 1:
        out = out / beta
    return where(scaled > threshold, input, out)


def relu(input, inplace=False):
    """max(x, 0); its gradient at 0 is 0."""
    return bind(P.relu_p, input)


def where(condition, input, other):
    """Elements of `input` where `condition` holds, else of `other` (all broadcast)."""
    return bind(P.select_p, condition, input, other)


def clamp(input, min=None, max=None):
    """Limit values to [min, max]; the gradient passes at the bounds."""
    out = input
    if min is not None:
        out = where(out < min, min, out)
    if max is not None:
        out = where(out > max, max, out)
    return out


clip = clamp


# ---- comparison and logic (not differentiable) ----
def equal(input, other):
    """Elementwise `input == other` (Bool)."""
    return bind(P.equal_p, input, other)


def not_equal(input, other):
    """Elementwise `input != other` (Bool)."""
    return bind(P.not_equal_p, input, other)


def less(input, other):
    """Elementwise `input < other` (Bool)."""
    return bind(P.less_p, input, other)


def less_equal(input, other):
    """Elementwise `input <= other` (Bool)."""
    return bind(P.less_equal_p, input, other)


def greater(input, other):
    """Elementwise `input > other` (Bool)."""
    return bind(P.greater_p, input, other)


def greater_equal(input, other):
    """Elementwise `input >= other` (Bool)."""
    return bind(P.greater_equal_p, input, other)


eq, ne, lt, le, gt, ge = equal, not_equal, less, less_equal, greater, greater_equal


def logical_and(input, other):
    """Elementwise logical and (Bool)."""
    return bind(P.logical_and_p, input, other)


def logical_or(input, other):
    """Elementwise logical or (Bool)."""
    return bind(P.logical_or_p, input, other)


def logical_xor(input, other):
    """Elementwise logical xor (Bool)."""
    return bind(P.logical_xor_p, input, other)


def logical_not(input):
    """Elementwise logical not (Bool)."""
    return bind(P.logical_not_p, input)


# ---- reductions ----
def _reduce_axes(axis, ndim, op):
    """A reduction's `axis` as None (every axis) or a tuple of distinct non-negative ints,
    checked as MindSpore's primitive `op` checks it; None and () mean every axis."""
    if axis is None:
        return None
    if axis.__class__ is int:
        if -ndim <= axis < ndim:                 # the common case, fast
            return (axis % ndim,)
        axis = (axis,)
    elif isinstance(axis, Tensor):
        axis = axis.asnumpy().tolist()
        axis = (axis,) if isinstance(axis, int) else axis
    elif isinstance(axis, numbers.Integral) and not isinstance(axis, bool):
        axis = (int(axis),)
    elif not isinstance(axis, (tuple, list)):
        raise TypeError(f"For '{op}', the 'axis' must be an int or a tuple of ints, but got "
                        f"{axis!r}.")
    if not axis:
        return None
    n = builtins.max(ndim, 1)
    out = []
    for a in axis:
        if not isinstance(a, numbers.Integral):
            raise TypeError(f"For '{op}', the 'axis' must be an int or a tuple of ints, but "
                            f"got {axis!r}.")
        if not -n <= a < n:
            raise ValueError(f"For primitive[{op}], the axis value must be in [{-n},{n}), "
                             f"but got {a}.")
        a = int(a) % n
        if a in out:
            raise RuntimeError(f"dim={a} appears multiple times in the list of dims")
        out.append(a)
    return tuple(out) if ndim else None


def _one_axis(axis, ndim, op):
    """An int `axis` made non-negative, with MindSpore's error when it is out of range."""
    n = builtins.max(ndim, 1)
    if not -n <= axis < n:
        raise ValueError(f"For primitive[{op}], the axis must be in [{-n},{n}), but got "
                         f"{axis}.")
    return axis % n


def _no_bool(input, op):
    if input._data.dtype == np.bool_:
        raise TypeError(f"For '{op}', the input must be a number tensor, but got Bool.")


def _nonempty(input, axes, op):
    """Refuse a max/min over an axis of length 0 (it has no identity)."""
    if input._data.size == 0 and (axes is None or builtins.any(input.shape[a] == 0
                                                               for a in axes)):
        raise ValueError(f"For '{op}', the input of shape {input.shape} has an axis of length "
                         f"0 to reduce, which has no maximum or minimum.")


def _take_along(x, index, axis):
    """`x`'s elements at the integer Tensor `index` along `axis` (its shape elsewhere is at
    most x's); differentiable in `x`, its cotangent scattered back to the indices. Under vmap,
    with `index` batched, the positions are computed by ops on `index` and gathered."""
    ndim = index.ndim
    if _is_batched(index):
        return bind(P.gather_p, reshape(x, (-1,)), _flat_positions(x.shape, index, axis), axis=0)
    grid = tuple(index._data if i == axis else np.arange(n).reshape((n,) + (1,) * (ndim - i - 1))
                 for i, n in enumerate(index.shape))
    return bind(P.getitem_p, x, index=grid, basic=False)


def _flat_positions(shape, index, axis):
    """The row-major positions, in an array of `shape`, of the integer Tensor `index` (in
    [0, shape[axis])) along `axis` and its own position along the other axes, as a Tensor."""
    strides = np.cumprod((1,) + tuple(shape[:0:-1]))[::-1]
    offsets = np.zeros((1,) * index.ndim, np.int64)
    for a, n in enumerate(index.shape):
        if a != axis:
            offsets = offsets + (np.arange(n) * strides[a]).reshape(
                (n,) + (1,) * (index.ndim - a - 1))
    return add(mul(cast(index, mstype.int64), int(strides[axis])), _wrap(offsets))


def _initial(input, initial, where, fn):
    """`input` with `initial` folded in (`fn` is maximum or minimum) and the elements outside
    the `where` mask replaced by `initial`, as MindSpore does before reducing."""
    if initial is not None:
        if input._data.dtype.kind in 'iub':
            initial = input._data.dtype.type(initial)
        input = fn(input, initial)
    if isinstance(where, Tensor):
        if initial is None:
            raise ValueError('initial value must be provided for where masks')
        input = bind(P.select_p, where, input, initial)
    return input


def sum(input, dim=None, keepdim=False, *, dtype=None):
    """Sum over `dim` (every axis when None or ()); bool and int inputs sum to Int64.

    Example:
        >>> ops.sum(Tensor([[1., 2.], [3., 4.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if dtype is not None:
        input = cast(input, dtype)
    out = bind(P.reduce_sum_p, input,
               axis=None if dim is None else _reduce_axes(dim, input.ndim, 'SumExt'),
               keepdims=keepdim is True or bool(keepdim))
    return out if dtype is None or out.dtype == dtype else cast(out, dtype)


def prod(input, axis=None, keep_dims=False, dtype=None):
    """Product over `axis` (every axis when None or ()); bool and int inputs give Int64.

    Its gradient is exact when the input has zeros.

    Example:
        >>> ops.prod(Tensor([[1., 2.], [3., 4.]]), 0)
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  8.00000000e+00])
    """
    if dtype is not None:
        input = cast(input, dtype)
    op = 'ProdExt' if isinstance(axis, int) else 'ReduceProd'
    return bind(P.reduce_prod_p, input, axis=_reduce_axes(axis, input.ndim, op),
                keepdims=bool(keep_dims))


def mean(x, axis=None, keep_dims=False):
    """Mean over `axis` (every axis when None or ()); an int input gives its own type, the
    mean truncated toward zero.

    Example:
        >>> ops.mean(Tensor([[1., 2.], [3., 5.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 1.50000000e+00,  4.00000000e+00])
    """
    axes = _reduce_axes(axis, x.ndim, 'ReduceMean')
    if x._data.dtype == np.bool_:
        raise RuntimeError("For 'ReduceMean', unsupported reduce operation for bool.")
    return bind(P.reduce_mean_p, x, axis=axes, keepdims=bool(keep_dims))


def amax(input, axis=None, keepdims=False, *, initial=None, where=None):
    """Maximum over `axis` (every axis when None or ()); the gradient is shared equally by
    tied maxima, as MindSpore's ReduceMax does.

    Args:
        initial: a scalar the result is at least; required with `where`.
        where: a bool mask (broadcast to `input`) of the elements taken.

    Example:
        >>> ops.amax(Tensor([[1., 5.], [7., 2.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e+00,  7.00000000e+00])
    """
    _no_bool(input, 'ReduceMax')
    if initial is not None or where is not None:
        input = _initial(input, initial, where, maximum)
    axes = _reduce_axes(axis, input.ndim, 'ReduceMax')
    if input._data.size == 0:
        _nonempty(input, axes, 'ReduceMax')
    return bind(P.reduce_max_p, input, axis=axes, keepdims=bool(keepdims))


def amin(input, axis=None, keepdims=False, *, initial=None, where=None):
    """Minimum over `axis` (every axis when None or ()); tied minima share the gradient.

    Example:
        >>> ops.amin(Tensor([[1., 5.], [7., 2.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00])
    """
    _no_bool(input, 'ReduceMin')
    if initial is not None or where is not None:
        input = _initial(input, initial, where, minimum)
    axes = _reduce_axes(axis, input.ndim, 'ReduceMin')
    if input._data.size == 0:
        _nonempty(input, axes, 'ReduceMin')
    return bind(P.reduce_min_p, input, axis=axes, keepdims=bool(keepdims))


from .._core import primitive as _dispatch  # noqa: E402  (whether a transformation is active)


def _extremum(input, axis, keepdims, initial, where, name, arg_prim, fn, prim):
    if not input.shape:
        return input, _wrap(np.array(0, np.int64))
    op = 'ArgMaxWithValue' if name == 'max' else 'ArgMinWithValue'
    if axis is None:        # MindSpore ignores initial and where here; the index is the true one
        _nonempty(input, None, op)
        return (bind(prim, input, axis=None, keepdims=False),
                bind(arg_prim, reshape(input, (-1,)), axis=0, keepdims=False))
    if initial is not None and not isinstance(initial, numbers.Number):
        raise TypeError(f"For '{name}', 'initial' must be a scalar, but got {type(initial)}")
    if not isinstance(axis, int):
        raise TypeError(f"For '{name}', 'axis' must be int, but got {type(axis)}")
    _no_bool(input, op)
    input = _initial(input, initial, where, fn)
    axis = _one_axis(axis, input.ndim, op)
    _nonempty(input, (axis,), op)
    if _dispatch.current() is None:    # plain evaluation: the same values without a gather
        return (bind(prim, input, axis=(axis,), keepdims=bool(keepdims)),
                bind(arg_prim, input, axis=axis, keepdims=bool(keepdims)))
    index = bind(arg_prim, input, axis=axis, keepdims=True)
    values = _take_along(input, index, axis)
    if not keepdims:
        shape = input.shape[:axis] + input.shape[axis + 1:]
        values, index = reshape(values, shape), reshape(index, shape)
    return values, index


def max(input, axis=None, keepdims=False, *, initial=None, where=None):
    """`(values, indices)` of the maximum over the int `axis`, or over all elements when None.

    At ties the index is the first one and the gradient goes to it alone (MindSpore's
    ArgMaxWithValue); over all elements the tied maxima share it. MindSpore returns index 0
    when `axis` is None; this returns the true index. Indices are Int64.

    Example:
        >>> ops.max(Tensor([[1., 5.], [7., 2.]]), 1)[1]
        Tensor(shape=[2], dtype=Int64, value= [1, 0])
    """
    return _extremum(input, axis, keepdims, initial, where, 'max', P.argmax_p, maximum,
                     P.reduce_max_p)


def min(input, axis=None, keepdims=False, *, initial=None, where=None):
    """`(values, indices)` of the minimum over the int `axis`, or over all elements when None
    (the first index at ties, as `max`). Indices are Int64.

    Example:
        >>> ops.min(Tensor([[1., 5.], [7., 2.]]), 1)[0]
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00])
    """
    return _extremum(input, axis, keepdims, initial, where, 'min', P.argmin_p, minimum,
                     P.reduce_min_p)


def argmax(input, dim=None, keepdim=False):
    """Index (Int64) of the first maximum along `dim`; of the flattened tensor when None
    (then `keepdim` is ignored).

    Example:
        >>> ops.argmax(Tensor([[1., 5., 5.], [7., 2., 7.]]), 1)
        Tensor(shape=[2], dtype=Int64, value= [1, 0])
    """
    if dim is None or input.ndim == 0:
        if dim is not None:
            _one_axis(dim, 0, 'Argmax')
        _nonempty(input, None, 'Argmax')
        return bind(P.argmax_p, reshape(input, (-1,)), axis=0, keepdims=False)
    if not isinstance(dim, int):
        raise TypeError(f"For 'argmax', 'dim' must be int, but got {type(dim)}")
    dim = _one_axis(dim, input.ndim, 'Argmax')
    _nonempty(input, (dim,), 'Argmax')
    return bind(P.argmax_p, input, axis=dim, keepdims=bool(keepdim))


def argmin(input, axis=None, keepdims=False):
    """Index (Int32) of the first minimum along `axis`; of the flattened tensor when None
    (then `keepdims` is ignored).

    Example:
        >>> ops.argmin(Tensor([[1., 5., 1.], [7., 2., 2.]]), 1)
        Tensor(shape=[2], dtype=Int32, value= [0, 1])
    """
    _no_bool(input, 'Argmin')
    if axis is None or input.ndim == 0:
        if axis is not None:
            _one_axis(axis, 0, 'Argmin')
        _nonempty(input, None, 'Argmin')
        out = bind(P.argmin_p, reshape(input, (-1,)), axis=0, keepdims=False)
    else:
        if not isinstance(axis, int):
            raise TypeError(f"For 'argmin', 'axis' must be int, but got {type(axis)}")
        axis = _one_axis(axis, input.ndim, 'Argmin')
        _nonempty(input, (axis,), 'Argmin')
        out = bind(P.argmin_p, input, axis=axis, keepdims=bool(keepdims))
    return cast(out, mstype.int32)


def all(input, axis=None, keep_dims=False):
    """Whether all elements along `axis` are nonzero (Bool; every axis when None or ()).

    Example:
        >>> ops.all(Tensor([[True, False], [True, True]]), 1)
        Tensor(shape=[2], dtype=Bool, value= [False,  True])
    """
    return bind(P.reduce_all_p, input, axis=_reduce_axes(axis, input.ndim, 'ReduceAll'),
                keepdims=bool(keep_dims))


def any(input, axis=None, keep_dims=False):
    """Whether any element along `axis` is nonzero (Bool; every axis when None or ()).

    MindSpore 2.10 computes all() for float inputs; this computes any().

    Example:
        >>> ops.any(Tensor([[True, False], [False, False]]), 1)
        Tensor(shape=[2], dtype=Bool, value= [ True, False])
    """
    return bind(P.reduce_any_p, input, axis=_reduce_axes(axis, input.ndim, 'ReduceAny'),
                keepdims=bool(keep_dims))


_INF = float('inf')
_MATRIX_ORDS = (2, -2, 1, -1, _INF, -_INF, 'fro', 'nuc', None)


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    """Vector or matrix norm, as MindSpore's `ops.norm`.

    Args:
        A: a float tensor (an int one is taken as Float32).
        ord: for vectors (an int `dim`, or a 1-D `A`): None or 2 (Euclidean), inf, -inf,
            0 (the count of nonzeros) or any number p, `sum(|x|**p)**(1/p)`; for matrices
            (a 2-tuple `dim`, or a 2-D `A`): None or 'fro' (Frobenius), 'nuc' (sum of the
            singular values), 1, -1 (max/min column sum of |A|), inf, -inf (max/min row
            sum), 2, -2 (largest/smallest singular value).
        dim: None (all of a 1-D or 2-D `A`; any `A` when `ord` is None), an int or a
            2-tuple.
        keepdim: keep the reduced axes with length 1.
        dtype: cast `A` to this type first.

    Example:
        >>> ops.norm(Tensor([3., 4.]))
        Tensor(shape=[], dtype=Float32, value= 5)
        >>> ops.norm(Tensor([[1., 2.], [3., 4.]]), 1)
        Tensor(shape=[], dtype=Float32, value= 6)
    """
    if dtype is not None:
        A = cast(A, dtype)
    kind = A._data.dtype.kind
    if kind == 'b':
        raise TypeError("For 'norm', the input must be a number tensor, but got Bool.")
    if kind in 'iu':
        A = cast(A, mstype.float32)
    ndim = A.ndim
    if dim is None:
        if ord is None or (ord == 'fro' and ndim == 2) or (ord == 2 and ndim == 1):
            out = sqrt(sum(A * A))
            return reshape(out, (1,) * ndim) if keepdim else out
        if ndim == 0:
            return reshape(_vector_norm(reshape(A, (1,)), ord, 0, keepdim), ())
        if ndim > 2:
            raise ValueError(f"For norm, 'dim' must be given for an input of {ndim} "
                             f"dimensions when 'ord' is {ord!r}.")
        dim = tuple(range(ndim))
    elif isinstance(dim, int):
        dim = (dim,)
    elif isinstance(dim, tuple):
        if len(dim) > 2:
            raise ValueError("For norm, the dimensions is out of range.")
    else:
        raise TypeError(f'For norm, the dim should be int or tuple of int, but got {type(dim)}')
    if len(dim) == 1:
        return _vector_norm(A, ord, dim[0], keepdim)
    if ord not in _MATRIX_ORDS:
        raise ValueError(f"For norm, the ord mode must be in [2, -2, 1, -1, float('inf'), "
                         f"-float('inf'), 'fro', 'nuc', None] for matrices, but got {ord}.")
    row, col = (_one_axis(d, ndim, 'ReduceSum') for d in dim)
    if row == col:
        raise ValueError('For norm, the elements of dim can not be duplicate.')
    if ord in (1, -1, _INF, -_INF):          # max/min over one axis of the sums over the other
        summed, other = (row, col) if ord in (1, -1) else (col, row)
        sums = sum(abs(A), summed)
        out = (max if ord > 0 else min)(sums, other - (other > summed))[0]
    elif ord in (2, -2, 'nuc'):
        perm = tuple(i for i in range(ndim) if i not in (row, col)) + (row, col)
        s = bind(P.svd_p, transpose(A, perm) if perm != tuple(range(ndim)) else A)[1]
        out = amax(s, -1) if ord == 2 else amin(s, -1) if ord == -2 else sum(s, -1)
    else:
        out = sqrt(sum(A * A, (row, col)))
    if keepdim:
        out = reshape(out, tuple(1 if i in (row, col) else n for i, n in enumerate(A.shape)))
    return out


def _vector_norm(A, ord, dim, keepdim):
    if isinstance(ord, str):
        raise TypeError(f"For norm, ord mode can not be str for vectors, but got {ord}.")
    if ord is None:
        return sqrt(sum(A * A, dim, keepdim))
    if ord == _INF:
        return max(abs(A), dim, keepdim)[0]
    if ord == -_INF:
        return min(abs(A), dim, keepdim)[0]
    if ord == 0:
        return sum(cast(not_equal(A, 0), A.dtype), dim, keepdim)
    if ord == 1:
        return sum(abs(A), dim, keepdim)
    if isinstance(ord, int) and ord > 0:     # MindSpore's LpNorm: zero gradient at zero
        total = sum(A * A if ord == 2 else pow(abs(A), ord), dim, keepdim)
        zero = equal(total, 0)
        total = where(zero, 1, total)
        return where(zero, 0, sqrt(total) if ord == 2 else pow(total, 1.0 / ord))
    return pow(sum(pow(abs(A), ord), dim, keepdim), 1.0 / ord)


# ---- shape ----
def reshape(input, shape):
    """`input` with a new shape (one dimension may be -1)."""
    if shape.__class__ is not tuple:
        shape = _shape_arg(shape)
    if shape == input.shape:
        return input
    if -1 in shape or math.prod(shape) != input.size:
        shape = _resolve_shape(shape, input.size)
    return bind(P.reshape_p, input, shape=shape)


def _resolve_shape(shape, size):
    known = math.prod(s for s in shape if s != -1)
    if -1 not in shape and known == size:
        return shape
    if shape.count(-1) != 1 or known == 0 or size % known:
        raise ValueError(f"proposed_shape '[const vector]{{{', '.join(map(str, shape))}}}' is "
                         f"invalid for input of size {size}")
    return tuple(size // known if s == -1 else s for s in shape)


def transpose(input, dims):
    """`input` with its axes permuted by `dims`."""
    n = builtins.max(input.ndim, 1)
    dims = _shape_arg(dims, 'dims')
    if len(dims) != input.ndim:
        raise ValueError(f"For 'Transpose', size of perm should equal to rank of x, but got "
                         f"{len(dims)} and {input.ndim}!")
    for d in dims:
        if not -n <= d < n:
            raise ValueError(f"Dimension out of range (expected to be in range of [{-n}, {n}), "
                             f"but got {d})")
    perm = tuple(int(d) % n for d in dims)
    for i, d in enumerate(perm):
        if d in perm[:i]:
            raise ValueError(f"For 'Transpose' perms should all be unique dim, but{d} is not "
                             f"unique!")
    if sorted(perm) != list(range(input.ndim)):
        raise ValueError(f"For 'Transpose', 'dims' {tuple(dims)} is not a permutation of the "
                         f"{input.ndim} axes of the input.")
    return bind(P.transpose_p, input, perm=perm)


def permute(input, axis):
    return transpose(input, axis)


def expand_dims(input_x, axis):
    """`input_x` with a new axis of length 1 at `axis`."""
    shape = list(input_x.shape)
    n = len(shape) + 1
    if not -n <= axis < n:
        raise ValueError(f"Dimension out of range (expected to be in range of [{-n}, {n}), but "
                         f"got {axis})")
    shape.insert(axis % n, 1)
    return bind(P.reshape_p, input_x, shape=tuple(shape))


def unsqueeze(input, dim):
    return expand_dims(input, dim)


def squeeze(input, axis=None):
    """`input` without its axes of length 1 (only those in `axis` when given; as in MindSpore,
    an axis in `axis` whose length is not 1 is left as it is)."""
    shape = input.shape
    axes = _axes(axis, input.ndim)
    if axes is None:
        axes = range(len(shape))
    drop = {a for a in axes if shape[a] == 1}
    return reshape(input, tuple(s for i, s in enumerate(shape) if i not in drop))


def flatten(input, order='C', *, start_dim=1, end_dim=-1):
    """Merge axes `start_dim`..`end_dim` into one (by default all but the first)."""
    if input.ndim == 0:
        return reshape(input, (1,))
    n = input.ndim
    if not (-n <= start_dim < n and -n <= end_dim < n):
        raise ValueError("'start_dim' or 'end_dim' out of range.")
    start, end = start_dim % n, end_dim % n
    shape = input.shape[:start] + (-1,) + input.shape[end + 1:]
    return reshape(input, shape)


def broadcast_to(input, shape):
    """`input` broadcast to `shape` (-1 keeps the input's size on that axis)."""
    if shape.__class__ is not tuple:
        shape = _shape_arg(shape)
    if -1 in shape:
        ndiff = len(shape) - input.ndim
        shape = tuple(input.shape[i - ndiff] if s == -1 else s for i, s in enumerate(shape))
    if shape == input.shape:
        return input
    return bind(P.broadcast_to_p, input, shape=shape)


def sum_to(x, shape):
    """Sum `x` down to `shape`, undoing broadcasting: one reduction and one reshape."""
    lead = x.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(i + lead for i, s in enumerate(shape)
                                      if s == 1 and x.shape[i + lead] != 1)
    if axes:
        x = bind(P.reduce_sum_p, x, axis=axes, keepdims=True)
    return reshape(x, shape) if x.shape != tuple(shape) else x


def concat(tensors, axis=0):
    """Join `tensors` along an existing `axis`."""
    tensors = tuple(tensors)
    if len({t.ndim for t in tensors}) > 1:
        shapes = ', '.join('[const vector]{' + ', '.join(map(str, t.shape)) + '}'
                           for t in tensors)
        raise ValueError(f"For primitive[Concat], element rank must be same(shapes are "
                         f"[const vector]{{{shapes}}})!")
    n = builtins.max(tensors[0].ndim, 1)
    if not -n <= axis < n:
        raise ValueError(f"For primitive[Concat], the axis value must be in [{-n},{n}), but got "
                         f"{axis}.")
    return bind(P.concat_p, *tensors, axis=axis % n)


cat = concat


def stack(tensors, axis=0):
    """Join `tensors` along a new `axis`."""
    tensors = tuple(tensors)
    n = tensors[0].ndim + 1
    if not -n <= axis < n:
        raise ValueError(f"For primitive[Stack], the Stack axis must be in [{-n},{n - 1}], but "
                         f"got {axis}.")
    axis = axis % n
    return concat([expand_dims(t, axis) for t in tensors], axis)


_INDEX_TYPES = (numbers.Integral, slice, type(None), type(Ellipsis), Tensor, list, tuple,
                np.ndarray)


_BASIC_INDEX_TYPES = frozenset((int, slice, type(None), type(Ellipsis)))


def _index_arg(index):
    """A NumPy-ready index tuple and whether it is basic (ints, slices, None, Ellipsis only)."""
    if index.__class__ is not tuple:
        index = (index,)
    out, basic = [], True
    for i in index:
        if i.__class__ in _BASIC_INDEX_TYPES:
            out.append(i)
            continue
        if not isinstance(i, _INDEX_TYPES):
            if isinstance(i, float):
                raise IndexError(f"Only support integers, slices(`:`), ellipsis(`...`), None, "
                                 f"bool, tensor, int, list and tuple as index, but got {i} with "
                                 f"type {type(i)}")
            raise IndexError(f"Unsupported Python object type received: {type(i)}. Supported "
                             f"types for tensor indexing are: list, int, float, tuple, slice, "
                             f"ellipsis, None, array, bool, or Tensor. Received value: {i!r}")
        if isinstance(i, Tensor):
            if _is_batched(i):
                raise BatchedValueError("A Tensor index that differs between the examples of "
                                        "a vmap can only be one integer Tensor after full "
                                        "slices.")
            i = np.asarray(i._data)
            if i.ndim == 0 and i.dtype.kind in 'iu':
                i = int(i)
        elif isinstance(i, list):
            i = np.asarray(i)
        if not isinstance(i, (numbers.Integral, slice, type(None), type(Ellipsis))):
            basic = False
        out.append(i)
    return tuple(out), basic


def getitem(x, index):
    """`x[index]` for ints, slices, None, Ellipsis, bool masks and int arrays (differentiable)."""
    axis = _batched_index_axis(x, index)
    if axis is not None:        # under vmap: x[:, ..., i] as a gather of the batched i
        i = index[-1] if index.__class__ is tuple else index
        return bind(P.gather_p, x, remainder(i, builtins.max(x.shape[axis], 1)), axis=axis)
    index, basic = _index_arg(index)
    return bind(P.getitem_p, x, index=index, basic=basic)


def _batched_index_axis(x, index):
    """The axis indexed when `index` is a batched integer Tensor after full slices (`x[i]`,
    `x[:, i]`), else None."""
    last = index[-1] if index.__class__ is tuple and index else index
    if last.__class__ is Tensor or not isinstance(last, Tensor) or not _is_batched(last):
        return None
    axis = len(index) - 1 if index.__class__ is tuple else 0
    if (axis >= x.ndim or last._data.dtype.kind not in 'iu'
            or not builtins.all(s.__class__ is slice and s == slice(None) for s in index[:axis])):
        return None
    return axis


def setitem(x, index, value):
    """`x[index] = value` for every index `getitem` takes; `value` is cast to x's dtype.

    Outside differentiation it writes into x's array (a copy of it first when another Tensor
    or a NumPy view shares it). Inside grad, vjp or jvp it is recorded as an op computing the
    new value, and the object `x` stands for that value from then on: the old value gets the
    gradient of the positions left unchanged, `value` that of the assigned ones.

    Indexing results are not views of x here (they are in MindSpore): `x[0][1] = v` writes
    into the temporary `x[0]`, not into x; write `x[0, 1] = v`.

    Example:
        >>> x = ops.zeros(3)
        >>> x[1:] = 2.
        >>> x
        Tensor(shape=[3], dtype=Float32, value= [ 0.00000000e+00,  2.00000000e+00,  2.00000000e+00])
    """
    index, basic = _index_arg(index)
    if value.__class__ in (list, tuple):
        value = np.asarray(value)
    if current() is None:
        data = x._data
        # In place unless shared: another Tensor, or a view of it, holds a reference to it.
        if data.base is not None or sys.getrefcount(data) > 3 or not data.flags.writeable:
            data = np.array(data)
        _array.assign(data, index, _raw(value))
        x._data = data
        return
    _rebind(x, bind(P.setitem_p, x, value, index=index, basic=basic))


def _rebind(x, new):
    """Make the object `x` stand for `new`'s value, and `new` for x's old one, at every level of
    the interpreter stack: each level exchanges the two in its records (`rebind`) and names
    the pair the level below sees; at the bottom the two exchange their arrays."""
    levels, interp, a, b = [], current(), x, new
    while interp is not None:
        rebind = getattr(interp, 'rebind', None)
        if rebind is not None:
            lower = rebind(a, b)
            if lower[0] is not a or lower[1] is not b:
                levels.append((a, b) + lower)
                a, b = lower
        interp = interp.parent
    a._data, b._data = b._data, a._data
    for a, b, a_lower, b_lower in reversed(levels):
        a._data, b._data = a_lower._data, b_lower._data


# ---- linear algebra ----
def matmul(input, other):
    """Matrix product with NumPy's broadcasting and 1-D rules.

    Example:
        >>> ops.matmul(ops.ones((2, 3)), ops.ones((3, 4))).shape
        (2, 4)
    """
    return bind(P.matmul_p, input, other)


def dot(input, other):
    """Dot product: of vectors for 1-D inputs, else over the last axis of `input` and the
    second-to-last of `other` (NumPy's `dot`)."""
    if other.ndim <= 2:
        return matmul(input, other)
    perm = tuple(range(other.ndim - 2)) + (other.ndim - 1,)
    b = transpose(other, (other.ndim - 2,) + perm)          # (k, ..., m)
    out = matmul(input, reshape(b, (b.shape[0], -1)))
    return reshape(out, input.shape[:-1] + b.shape[1:])


# ---- types and gradient control ----
def cast(input, dtype):
    """`input` converted to `dtype` (float to int truncates toward zero)."""
    np_dtype = mstype.to_numpy(dtype)
    if input._data.dtype == np_dtype:
        return input
    return bind(P.cast_p, input, dtype=np_dtype)


def assign(variable, value):
    """Write `value` into the Parameter `variable` in place; returns `variable`."""
    shape = getattr(value, 'shape', np.shape(value))
    if tuple(shape) != variable.shape:
        raise ValueError(f"For 'Assign','value' must have the same shape as 'variable'. But got "
                         f"'value' shape: {tuple(shape)}, 'variable' shape: {variable.shape}.")
    if hasattr(variable, 'set_data'):
        variable.set_data(value)
    else:
        variable._data = np.array(_raw(value), variable._data.dtype)
    return variable


def depend(value, expr):
    """`value` (MindSpore uses it to order side effects; eager execution is already ordered)."""
    return value


def stop_gradient(value):
    """`value`, through which no gradient flows (applied to each Tensor of a tuple/list)."""
    if isinstance(value, (tuple, list)):
        return type(value)(stop_gradient(v) for v in value)
    if isinstance(value, Tensor):
        return bind(P.stop_gradient_p, value)
    return value


# ---- losses ----
def _reduce(loss, reduction, op_name):
    if reduction == 'mean':
        return mean(loss)
    if reduction == 'sum':
        return sum(loss)
    if reduction == 'none':
        return loss
    raise ValueError(f"For '{op_name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                     f"but got {reduction}.")


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None,
                                     reduction='mean'):
    """Sigmoid plus binary cross entropy, computed stably from the logits `input`:
    `-weight * (pos_weight * y * log(sigmoid(x)) + (1 - y) * log(1 - sigmoid(x)))`.

    Example:
        >>> x = Tensor([[-0.8, 1.2, 0.7]]); y = Tensor([[0., 1., 0.]])
        >>> ops.binary_cross_entropy_with_logits(x, y)
        Tensor(shape=[], dtype=Float32, value= 0.57919)
    """
    loss = bind(P.bce_with_logits_p, input, target, 1.0 if weight is None else weight,
                1.0 if pos_weight is None else pos_weight)
    return _reduce(loss, reduction, 'binary_cross_entropy_with_logits')


def mse_loss(input, target, reduction='mean'):
    """Mean squared error: `(input - target) ** 2`, reduced by `reduction`."""
    diff = input - target
    return _reduce(diff * diff, reduction, 'mse_loss')
