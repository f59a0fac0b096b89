"""mindspore.ops functions, each composed from primitives with `bind`; no derivative rules here."""
import builtins
import math
import numbers

import numpy as np

from .._core.primitive import bind
from ..common import dtype as mstype
from ..common.tensor import Tensor, _wrap
from . import primitives as P


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


def dtype(input):
    """The dtype of `input`."""
    return input.dtype


def linspace(start, end, steps):
    """`steps` evenly spaced values from `start` to `end` inclusive (Float32)."""
    return _wrap(np.linspace(_raw(start), _raw(end), int(_raw(steps))).astype(np.float32))


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


true_divide = divide = div


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
    """log(1 + exp(beta * x)) / beta, linear above `threshold` (computed stably)."""
    if beta == 1:
        return bind(P.softplus_p, input)
    return bind(P.softplus_p, input * beta) / beta


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
def sum(input, dim=None, keepdim=False, *, dtype=None):
    """Sum over `dim` (all axes when None); int inputs sum to Int64.

    Example:
        >>> ops.sum(Tensor([[1., 2.], [3., 4.]]), 1)
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  7.00000000e+00])
    """
    if dtype is not None:
        input = cast(input, dtype)
    return bind(P.reduce_sum_p, input, axis=_axes(dim, input.ndim), keepdims=bool(keepdim))


def prod(input, axis=None, keep_dims=False, dtype=None):
    """Product over `axis` (all axes when None)."""
    if dtype is not None:
        input = cast(input, dtype)
    return bind(P.reduce_prod_p, input, axis=_axes(axis, input.ndim), keepdims=bool(keep_dims))


def mean(x, axis=None, keep_dims=False):
    """Mean over `axis` (all axes when None); int inputs give a truncated int mean."""
    axes = None if axis is None else _axes(axis, x.ndim)
    data = x._data
    count = data.size if axes is None else math.prod(data.shape[a] for a in axes)
    total = bind(P.reduce_sum_p, x, axis=axes, keepdims=bool(keep_dims))
    if data.dtype.kind in 'iu':
        return cast(total / count, x.dtype)
    return total / count


def amax(input, axis=None, keepdims=False, *, initial=None, where=None):
    """Maximum over `axis` (values only)."""
    out = bind(P.reduce_max_p, input, axis=_axes(axis, input.ndim), keepdims=bool(keepdims))
    return out if initial is None else maximum(out, initial)


def amin(input, axis=None, keepdims=False, *, initial=None, where=None):
    """Minimum over `axis` (values only)."""
    out = bind(P.reduce_min_p, input, axis=_axes(axis, input.ndim), keepdims=bool(keepdims))
    return out if initial is None else minimum(out, initial)


def max(input, axis=None, keepdims=False, *, initial=None, where=None):
    """`(values, indices)` of the maximum over `axis` (over all elements when None).

    Example:
        >>> ops.max(Tensor([[1., 5.], [7., 2.]]), 1)[1]
        Tensor(shape=[2], dtype=Int64, value= [1, 0])
    """
    return (amax(input, axis, keepdims, initial=initial),
            argmax(input, axis, keepdims))


def min(input, axis=None, keepdims=False, *, initial=None, where=None):
    """`(values, indices)` of the minimum over `axis` (over all elements when None)."""
    return (amin(input, axis, keepdims, initial=initial),
            argmin(input, axis, keepdims).astype(mstype.int64))


def argmax(input, dim=None, keepdim=False):
    """Index of the maximum along `dim` (of the flattened tensor when None), Int64."""
    if dim is None:
        return bind(P.argmax_p, reshape(input, (-1,)), axis=0, keepdims=False)
    return bind(P.argmax_p, input, axis=_axes(dim, input.ndim)[0], keepdims=bool(keepdim))


def argmin(input, axis=None, keepdims=False):
    """Index of the minimum along `axis` (of the flattened tensor when None), Int32."""
    if axis is None:
        out = bind(P.argmin_p, reshape(input, (-1,)), axis=0, keepdims=False)
    else:
        out = bind(P.argmin_p, input, axis=_axes(axis, input.ndim)[0], keepdims=bool(keepdims))
    return cast(out, mstype.int32)


def all(input, axis=None, keep_dims=False):
    """Whether all elements along `axis` are true (Bool)."""
    return bind(P.reduce_all_p, input, axis=_axes(axis, input.ndim), keepdims=bool(keep_dims))


def any(input, axis=None, keep_dims=False):
    """Whether any element along `axis` is true (Bool)."""
    return bind(P.reduce_any_p, input, axis=_axes(axis, input.ndim), keepdims=bool(keep_dims))


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    """Vector or matrix norm: 2-norm (Frobenius) by default, `ord` in {inf, -inf, 0, p, 'fro'}.

    Example:
        >>> ops.norm(Tensor([3., 4.]))
        Tensor(shape=[], dtype=Float32, value= 5)
    """
    if dtype is not None:
        A = cast(A, dtype)
    if ord is None or ord == 'fro' or ord == 2 and (dim is None or isinstance(dim, int)):
        return sqrt(sum(A * A, dim, keepdim))
    a = abs(A)
    if ord == float('inf'):
        return amax(a, dim, keepdim)
    if ord == -float('inf'):
        return amin(a, dim, keepdim)
    if ord == 0:
        return sum(cast(not_equal(A, 0), A.dtype), dim, keepdim)
    if isinstance(ord, numbers.Number):
        return pow(sum(pow(a, ord), dim, keepdim), 1.0 / ord)
    raise ValueError(f"For 'norm', ord={ord!r} is not supported; use None, 'fro', inf, -inf, "
                     f"0 or a number.")


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
    perm = tuple(int(d) % builtins.max(input.ndim, 1) for d in _shape_arg(dims, 'dims'))
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
    shape.insert(axis % (len(shape) + 1), 1)
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
    start, end = start_dim % input.ndim, end_dim % input.ndim
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
    return bind(P.concat_p, *tensors, axis=axis % builtins.max(tensors[0].ndim, 1))


cat = concat


def stack(tensors, axis=0):
    """Join `tensors` along a new `axis`."""
    tensors = tuple(tensors)
    axis = axis % (tensors[0].ndim + 1)
    return concat([expand_dims(t, axis) for t in tensors], axis)


_INDEX_TYPES = (numbers.Integral, slice, type(None), type(Ellipsis), Tensor, list, tuple,
                np.ndarray)


def _index_arg(index):
    """A NumPy-ready index tuple and whether it is basic (ints, slices, None, Ellipsis only)."""
    if not isinstance(index, tuple):
        index = (index,)
    out, basic = [], True
    for i in index:
        if not isinstance(i, _INDEX_TYPES):
            raise IndexError(f"Only support integers, slices(`:`), ellipsis(`...`), None, bool, "
                             f"tensor, int, list and tuple as index, but got {i} with type "
                             f"{type(i)}")
        if isinstance(i, Tensor):
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
    index, basic = _index_arg(index)
    return bind(P.getitem_p, x, index=index, basic=basic)


def setitem(x, index, value):
    """`x[index] = value`, in place (not recorded for differentiation)."""
    index, _ = _index_arg(index)
    data = np.array(x._data)
    data[index] = _raw(value)
    x._data = data


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
    variable.set_data(value)
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
