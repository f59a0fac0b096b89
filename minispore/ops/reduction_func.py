"""Statistics, scans, sorting and selection functions of mindspore.ops."""
import builtins
import math
import numbers

import numpy as np

from .._core.primitive import bind
from ..common import dtype as mstype
from ..common.tensor import Tensor, _wrap
from . import primitives as P
from .functional import (_one_axis, _reduce_axes, _take_along, abs, any, argmax, cast, exp,
                         log, not_equal, reshape, sqrt, stop_gradient, where)

__all__ = ['std', 'var', 'std_mean', 'var_mean', 'logsumexp', 'cumsum', 'cumprod', 'cummax',
           'cummin', 'count_nonzero', 'median', 'topk', 'sort', 'argsort', 'unique']

_INT_TYPES = ('mindspore.int8, mindspore.int16, mindspore.int32, mindspore.int64, '
              'mindspore.uint8, mindspore.uint16, mindspore.uint32, mindspore.uint64, '
              'mindspore.float16, mindspore.float32, mindspore.float64, mindspore.bfloat16, '
              'mindspore.complex64, mindspore.complex128')


def _no_bool(input, op, arg='x'):
    if input._data.dtype == np.bool_:
        raise TypeError(f"For primitive[{op}], the input argument[{arg}] must be a number "
                        f"tensor, but got Tensor[Bool].")


def _canonical_axes(axis, ndim):
    """`axis` (an int or a tuple of ints) as a tuple of non-negative ints."""
    if axis.__class__ is int and -ndim <= axis < ndim:
        return (axis % ndim,)
    axes = (axis,) if isinstance(axis, numbers.Integral) else tuple(axis)
    for a in axes:
        if not -ndim <= a < ndim:
            raise ValueError(f"The 'axis' must be in the range of [{-ndim}, {ndim}), but got "
                             f"{a}.")
    return tuple(int(a) % ndim for a in axes)


def _int_axis(axis, name):
    if isinstance(axis, Tensor) and axis.ndim == 0:
        axis = int(axis)
    if not isinstance(axis, numbers.Integral):
        raise TypeError(f"For '{name}', the 'axis' must be an int, but got {type(axis)}.")
    return int(axis)


def _not_scalar(input, op):
    if input.ndim == 0:
        raise ValueError(f"For primitive[{op}], the rank of 'x' must be greater than 0, but "
                         f"got 0.")


def _along(x, axis, start, stop):
    """`x[start:stop]` along `axis` (not differentiated: used on indices)."""
    index = (slice(None),) * axis + (slice(start, stop),)
    return bind(P.getitem_p, x, index=index, basic=True)


# ---- variance and standard deviation ----
def _check_var_std(input, axis, ddof, keepdims, name):
    if not isinstance(input, Tensor):
        raise TypeError(f"For '{name}', the 'input' must be a Tensor, but got {type(input)}.")
    if ddof.__class__ not in (int, bool):
        raise TypeError(f"For '{name}', the type of 'ddof' should be one of '['int', 'bool']', "
                        f"but got type '{type(ddof).__name__}'.")
    if keepdims.__class__ is not bool:
        raise TypeError(f"For '{name}', the type of 'keepdims' should be 'bool', but got type "
                        f"'{type(keepdims).__name__}'.")
    if input._data.dtype.kind != 'f':
        raise TypeError(f"For '{name}', the input must be a float tensor, but got "
                        f"{input.dtype}.")
    if axis is None or axis == ():
        return None
    axes = _canonical_axes(axis, builtins.max(input.ndim, 1))
    return axes if input.ndim else None


def _var_mean(input, axes, ddof, keepdims):
    """The variance and the mean (with the reduced axes kept)."""
    count = input.size if axes is None else math.prod(input.shape[a] for a in axes)
    m = bind(P.reduce_sum_p, input, axis=axes, keepdims=True) / count
    d = input - m
    return bind(P.reduce_sum_p, d * d, axis=axes, keepdims=keepdims) / (count - int(ddof)), m


def var_mean(input, axis=None, ddof=0, keepdims=False):
    """`(variance, mean)` over `axis` (every axis when None), the variance divided by
    N - `ddof` (`ddof` True means 1).

    Example:
        >>> v, m = ops.var_mean(Tensor([[1., 2.], [3., 5.]]), 1)
        >>> v, m
        (Tensor(shape=[2], dtype=Float32, value= [ 2.50000000e-01,  1.00000000e+00]),
         Tensor(shape=[2], dtype=Float32, value= [ 1.50000000e+00,  4.00000000e+00]))
    """
    v, m = _var_mean(input, _check_var_std(input, axis, ddof, keepdims, 'var_mean'), ddof,
                     keepdims)
    return v, (m if keepdims else reshape(m, v.shape))


def var(input, axis=None, ddof=0, keepdims=False):
    """Variance over `axis` (every axis when None), divided by N - `ddof`.

    Example:
        >>> ops.var(Tensor([[1., 2.], [3., 5.]]), 1, ddof=1)
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  2.00000000e+00])
    """
    return _var_mean(input, _check_var_std(input, axis, ddof, keepdims, 'var'), ddof,
                     keepdims)[0]


def std_mean(input, axis=None, ddof=0, keepdims=False):
    """`(standard deviation, mean)` over `axis` (every axis when None); see `var_mean`.

    Example:
        >>> ops.std_mean(Tensor([[1., 2.], [3., 5.]]), 1)[0]
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  1.00000000e+00])
    """
    v, m = _var_mean(input, _check_var_std(input, axis, ddof, keepdims, 'std_mean'), ddof,
                     keepdims)
    return sqrt(v), (m if keepdims else reshape(m, v.shape))


def std(input, axis=None, ddof=0, keepdims=False):
    """Standard deviation over `axis` (every axis when None): the square root of `var`.

    Example:
        >>> ops.std(Tensor([[1., 2.], [3., 5.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e-01,  1.00000000e+00])
    """
    return sqrt(_var_mean(input, _check_var_std(input, axis, ddof, keepdims, 'std'), ddof,
                          keepdims)[0])


def logsumexp(input, dim, keepdim=False):
    """`log(sum(exp(input)))` over `dim` (every axis when ()), computed stably: the maximum
    is taken out first. Infinite inputs give the mathematical result (MindSpore 2.10 gives
    NaN when the maximum is infinite).

    Example:
        >>> ops.logsumexp(Tensor([[0., 0.], [1000., 1000.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 6.93147182e-01,  1.00069318e+03])
    """
    axes = _reduce_axes(dim, input.ndim, 'ReduceMax')
    top = bind(P.reduce_max_p, stop_gradient(input), axis=axes, keepdims=True)
    if not np.isfinite(top._data).all():        # an infinite maximum is not taken out
        top = where(abs(top) < float('inf'), top, 0)
    out = log(bind(P.reduce_sum_p, exp(input - top), axis=axes, keepdims=bool(keepdim)))
    return out + (top if keepdim else reshape(top, out.shape))


# ---- scans ----
def cumsum(x, axis, dtype=None):
    """Cumulative sum along `axis`; int types keep their type (and wrap as they do).

    Example:
        >>> ops.cumsum(Tensor([[1, 2, 3], [4, 5, 6]]), 1)
        Tensor(shape=[2, 3], dtype=Int64, value=
        [[ 1,  3,  6],
         [ 4,  9, 15]])
    """
    if dtype is not None:
        x = cast(x, dtype)
    _no_bool(x, 'CumSum')
    _not_scalar(x, 'CumSum')
    axis = _one_axis(_int_axis(axis, 'cumsum'), x.ndim, 'CumSum')
    return bind(P.cumsum_p, x, axis=axis, exclusive=False, reverse=False)


def cumprod(input, dim, dtype=None):
    """Cumulative product along `dim`; bool and int inputs are multiplied in Int64.

    Example:
        >>> ops.cumprod(Tensor([1., 2., 3.]), 0)
        Tensor(shape=[3], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00,  6.00000000e+00])
    """
    if dtype is not None:
        input = cast(input, dtype)
    elif input._data.dtype.kind in 'iub':
        input = cast(input, mstype.int64)
    _not_scalar(input, 'CumProd')
    axis = _one_axis(_int_axis(dim, 'cumprod'), input.ndim, 'CumProd')
    return bind(P.cumprod_p, input, axis=axis, exclusive=False, reverse=False)


def _cumulative_extremum(input, axis, prim, op):
    _no_bool(input, op, 'input')
    if input.ndim == 0:
        raise ValueError(f"For primitive[{op}], the rank of 'input' must be greater than 0, "
                         f"but got 0.")
    axis = _one_axis(_int_axis(axis, op.lower()), input.ndim, op)
    index = bind(prim, input, axis=axis)
    return _take_along(input, index, axis), index


def cummax(input, axis):
    """`(values, indices)` of the running maximum along `axis`; at ties the index is the
    latest one. Indices are Int64; the gradient goes to the indexed elements.

    Example:
        >>> ops.cummax(Tensor([1., 3., 2., 3.]), 0)
        (Tensor(shape=[4], dtype=Float32, value= [ 1.00000000e+00,  3.00000000e+00,
                                                   3.00000000e+00,  3.00000000e+00]),
         Tensor(shape=[4], dtype=Int64, value= [0, 1, 1, 3]))
    """
    return _cumulative_extremum(input, axis, P.cumargmax_p, 'Cummax')


def cummin(input, axis):
    """`(values, indices)` of the running minimum along `axis` (the latest index at ties;
    indices are Int32).

    Example:
        >>> ops.cummin(Tensor([3., 1., 2., 1.]), 0)[1]
        Tensor(shape=[4], dtype=Int32, value= [0, 1, 1, 3])
    """
    values, index = _cumulative_extremum(input, axis, P.cumargmin_p, 'Cummin')
    return values, cast(index, mstype.int32)


def count_nonzero(x, axis=(), keep_dims=False, dtype=mstype.int32):
    """The number of nonzero elements along `axis` (every axis when ()), as `dtype`.

    Example:
        >>> ops.count_nonzero(Tensor([[0., 1., 2.], [0., 0., 3.]]), 1)
        Tensor(shape=[2], dtype=Int32, value= [2, 1])
    """
    if x._data.dtype == np.bool_:
        raise TypeError(f"The 'input x' doesn't support 'Bool' and expect to receive "
                        f"({_INT_TYPES}).")
    count = bind(P.reduce_sum_p, not_equal(x, 0), axis=_reduce_axes(axis, x.ndim, 'ReduceSum'),
                 keepdims=bool(keep_dims))
    return cast(count, dtype)


# ---- sorting and selection ----
def _argsort(input, axis, descending):
    return bind(P.argsort_p, input, axis=axis, descending=bool(descending))


def median(input, axis=-1, keepdims=False):
    """`(values, indices)` of the median along `axis`: for an even count the lower of the
    two middle elements. A NaN makes the median NaN (with the first NaN's index). Indices
    are Int64; at ties the index is that of the middle element in a stable sort.

    Example:
        >>> ops.median(Tensor([[4., 1., 3., 2.], [5., 9., 7., 8.]]))
        (Tensor(shape=[2], dtype=Float32, value= [ 2.00000000e+00,  7.00000000e+00]),
         Tensor(shape=[2], dtype=Int64, value= [3, 2]))
    """
    _no_bool(input, 'Median')
    if not isinstance(axis, int):
        raise TypeError(f"For 'Median', the type of 'axis' should be 'int', but got type "
                        f"'{type(axis).__name__}'.")
    axis = _one_axis(axis, input.ndim, 'Median')
    if input.ndim == 0:
        return input, _wrap(np.array(0, np.int64))
    k = (input.shape[axis] - 1) // 2
    index = _along(_argsort(input, axis, False), axis, k, k + 1)
    if input._data.dtype.kind == 'f':
        nan = not_equal(input, input)
        if any(nan):
            index = where(any(nan, axis, True), reshape(argmax(nan, axis, True), index.shape),
                          index)
    values = _take_along(input, index, axis)
    if not keepdims:
        shape = input.shape[:axis] + input.shape[axis + 1:]
        values, index = reshape(values, shape), reshape(index, shape)
    return values, index


def topk(input, k, dim=None, largest=True, sorted=True):
    """`(values, indices)` of the `k` largest (or with `largest=False` smallest) elements
    along `dim` (the last axis when None), in order. Equal elements come in index order
    (MindSpore's order of ties is its heap's); `sorted=False` also returns them sorted.
    Indices are Int32.

    Example:
        >>> ops.topk(Tensor([1., 5., 3., 4.]), 2)
        (Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e+00,  4.00000000e+00]),
         Tensor(shape=[2], dtype=Int32, value= [1, 3]))
    """
    if not isinstance(largest, bool):
        raise TypeError(f"For 'topk', the type of 'largest' should be 'bool', but got type "
                        f"'{type(largest).__name__}'.")
    _no_bool(input, 'TopK', 'input_x')
    if input.ndim == 0:
        raise RuntimeError("For 'TopK', the dimension of input must be greater than 0, but got "
                           "empty input.")
    axis = input.ndim - 1 if dim is None else _canonical_axes(dim, input.ndim)[0]
    k = int(k)
    n = input.shape[axis]
    if not 0 < k <= n:
        raise ValueError(f"For primitive[TopK], the k must be in (0,{n}], but got {k}.")
    index = _along(_argsort(input, axis, largest), axis, 0, k)
    return _take_along(input, index, axis), cast(index, mstype.int32)


def sort(input_x, axis=-1, descending=False):
    """`(values, indices)` of `input_x` sorted along `axis`; stable (equal elements keep
    their order, also when `descending`). Indices are Int32; NaNs sort last (first when
    descending).

    Example:
        >>> ops.sort(Tensor([2., 1., 2., 0.]), descending=True)
        (Tensor(shape=[4], dtype=Float32, value= [ 2.00000000e+00,  2.00000000e+00,
                                                   1.00000000e+00,  0.00000000e+00]),
         Tensor(shape=[4], dtype=Int32, value= [0, 2, 1, 3]))
    """
    _no_bool(input_x, 'Sort')
    axis = _sort_axis(input_x, axis)
    index = _argsort(input_x, axis, descending)
    return _take_along(input_x, index, axis), cast(index, mstype.int32)


def _sort_axis(input, axis):
    if input.ndim == 0:
        raise ValueError("For Sort, the check range left must be smaller than right number "
                         "but got left: 0 and right: -1.")
    n = input.ndim
    if not -n <= axis < n:
        raise ValueError(f"For primitive[Sort], the axis must be in [{-n},{n - 1}], but got "
                         f"{axis}.")
    return axis % n


def argsort(input, axis=-1, descending=False):
    """Indices (Int32) that sort `input` along `axis`, stably.

    Example:
        >>> ops.argsort(Tensor([2., 1., 2., 0.]))
        Tensor(shape=[4], dtype=Int32, value= [3, 1, 0, 2])
    """
    _no_bool(input, 'Sort')
    return cast(_argsort(input, _sort_axis(input, axis), descending), mstype.int32)


def unique(input):
    """`(output, inverse)`: the distinct elements of `input` in order of first appearance
    (1-D), and for each element of `input` the index of its value in `output` (Int64 for an
    Int64 input, else Int32). Not differentiable.

    Example:
        >>> ops.unique(Tensor([3, 1, 3, 2]))
        (Tensor(shape=[3], dtype=Int64, value= [3, 1, 2]),
         Tensor(shape=[4], dtype=Int64, value= [0, 1, 0, 2]))
    """
    _no_bool(input, 'Unique')
    return bind(P.unique_p, input)
