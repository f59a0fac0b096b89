"""The Tensor methods: each calls the `mindspore.ops` function of its op (bound by `install`)."""
import numbers
import types

import numpy as np

from . import dtype as mstype

ops = None  # minispore.ops, set by `install` (the ops modules import the Tensor module first)

# Methods that are the ops function of the same name, with the tensor as first argument.
SAME = (
    'multinomial tril triu abs neg negative mul div floor_divide fmod pow exp expm1 log log2 '
    'log10 log1p sqrt rsqrt square reciprocal sin cos tan asin acos atan atan2 sinh cosh tanh '
    'asinh acosh atanh sigmoid erf erfc erfinv floor ceil trunc sign clamp clip maximum minimum '
    'lerp addcmul addcdiv logaddexp hypot xlogy isnan isinf isfinite nan_to_num logical_and '
    'logical_or logical_not logical_xor bitwise_and bitwise_or bitwise_xor equal not_equal '
    'greater greater_equal less less_equal eq ne gt ge lt le masked_fill amax amin logsumexp '
    'norm cumprod cummax cummin topk unsqueeze expand_dims swapaxes moveaxis movedim '
    'tensor_split unbind gather_elements masked_select flip roll t matmul mm bmm baddbmm addmm '
    'dot inner outer cross det inverse unfold fold').split()

# Methods that are another ops function (MindSpore's aliases), tensor first.
ALIASES = {'absolute': 'abs', 'multiply': 'mul', 'divide': 'div', 'arccos': 'acos',
           'arcsin': 'asin', 'arctan': 'atan', 'arctan2': 'atan2', 'arccosh': 'acosh',
           'arcsinh': 'asinh', 'arctanh': 'atanh', 'swapdims': 'swapaxes',
           'copy': 'identity', 'clone': 'identity'}

# Methods that are an ops function under other keyword names: {method keyword: function's}.
KEYWORDS = {
    'argmax': ('argmax', {'axis': 'dim', 'keepdims': 'keepdim'}),
    'argmin': ('argmin', {'dim': 'axis', 'keepdim': 'keepdims'}),
    'all': ('all', {'dim': 'axis', 'keepdim': 'keep_dims'}),
    'any': ('any', {'dim': 'axis', 'keepdim': 'keep_dims'}),
    'prod': ('prod', {'dim': 'axis', 'keepdim': 'keep_dims'}),
    'median': ('median', {'dim': 'axis', 'keepdim': 'keepdims'}),
    'sort': ('sort', {'dim': 'axis', 'stable': None}),
    'argsort': ('argsort', {'dim': 'axis', 'stable': None}),
    'index_select': ('index_select', {'dim': 'axis'}),
    'narrow': ('narrow', {'dim': 'axis'}),
    'scatter': ('scatter', {'dim': 'axis'}),
    'chunk': ('chunk', {'dim': 'axis'}),
    'split': ('split', {'dim': 'axis', 'split_size': 'split_size_or_sections'}),
    'diagonal': ('diagonal', {'axis1': 'dim1', 'axis2': 'dim2'}),
    'repeat_interleave': ('repeat_interleave', {'dim': 'axis', 'output_size': None}),
    'remainder': ('remainder', {'divisor': 'other'}),
    'isclose': ('isclose', {'x2': 'other'}),
}

# Methods written out below, because MindSpore's method takes other arguments than the function.
METHODS = {}


def _method(name):
    def register(fn):
        fn.__name__, fn.__qualname__ = name, 'Tensor.' + name
        METHODS[name] = fn
        return fn
    return register


def _call_later(name, fname):
    """The method of an ops function that does not exist yet: looked up at each call."""
    def method(self, *args, **kwargs):
        return getattr(ops, fname)(self, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'Tensor.' + name
    method.__doc__ = f"`ops.{fname}` with this tensor as first argument."
    return method


def _renamed(name, fname, keywords):
    """The method calling `ops.<fname>` with its keywords renamed (None: dropped)."""
    def method(self, *args, **kwargs):
        if kwargs:
            kwargs = {keywords.get(k, k): v for k, v in kwargs.items()
                      if keywords.get(k, k) is not None}
        return getattr(ops, fname)(self, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'Tensor.' + name
    method.__doc__ = (f"`ops.{fname}` with this tensor as first argument; also takes the "
                      f"keywords " + ', '.join(f'`{k}`' for k in keywords) + '.')
    return method


def install(cls):
    """Bind every method of the tables to `cls` (the Tensor class)."""
    global ops
    from .. import ops as ops_module
    ops = ops_module
    for name, fname in [(n, n) for n in SAME] + list(ALIASES.items()):
        fn = getattr(ops, fname, None)
        setattr(cls, name, fn if isinstance(fn, types.FunctionType)
                else _call_later(name, fname))
    for name, (fname, keywords) in KEYWORDS.items():
        setattr(cls, name, _renamed(name, fname, keywords))
    for name, fn in METHODS.items():
        setattr(cls, name, fn)


def method_names():
    """Every method name the tables define."""
    return sorted(set(SAME) | set(ALIASES) | set(KEYWORDS) | set(METHODS))


def _sizes(args, kwargs, *names):
    """A shape given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])`, `f(Tensor)` or a keyword."""
    for name in names:
        if name in kwargs:
            return kwargs[name]
    if len(args) == 1 and not isinstance(args[0], numbers.Integral):
        return args[0]
    return args


def _perm(ndim, dim0, dim1):
    perm = list(range(ndim))
    dim0, dim1 = dim0 % max(ndim, 1), dim1 % max(ndim, 1)
    perm[dim0], perm[dim1] = dim1, dim0
    return tuple(perm)


# ---- arithmetic ----
@_method('add')
def _add(self, other, *, alpha=1):
    """`self + alpha * other`.

    Example:
        >>> Tensor([1.0, 2.0]).add(Tensor([1.0, 1.0]), alpha=2)
        Tensor(shape=[2], dtype=Float32, value= [ 3.00000000e+00,  4.00000000e+00])
    """
    return ops.add(self, other if alpha == 1 else other * alpha)


@_method('sub')
def _sub(self, other, *, alpha=1):
    """`self - alpha * other`."""
    return ops.sub(self, other if alpha == 1 else other * alpha)


METHODS['subtract'] = _sub


@_method('true_divide')
def _true_divide(self, other):
    """`self / other` (`ops.true_divide`)."""
    return ops.true_divide(self, other)


@_method('round')
def _round(self, decimals=0):
    """`ops.round(self, decimals=decimals)`."""
    return ops.round(self, decimals=decimals)


@_method('where')
def _where(self, condition, y):
    """Elements of `self` where `condition` holds, else of `y`: `ops.where(condition, self, y)`.

    Example:
        >>> Tensor([1.0, 2.0]).where(Tensor([True, False]), 0.0)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  0.00000000e+00])
    """
    return ops.where(condition, self, y)


@_method('select')
def _select(self, *args, **kwargs):
    """`select(dim, index)`: the slice at `index` along `dim`; `select(condition, y)`: as
    `where`.

    Example:
        >>> Tensor([[1, 2], [3, 4]]).select(1, 0)
        Tensor(shape=[2], dtype=Int64, value= [1, 3])
    """
    if 'condition' in kwargs or (args and isinstance(args[0], Tensor)):
        return _where(self, *args, **kwargs)
    return _select_index(self, *args, **kwargs)


def _select_index(self, dim, index):
    return self[(slice(None),) * (dim % max(self.ndim, 1)) + (index,)]


# ---- reductions ----
@_method('sum')
def _sum(self, *args, **kwargs):
    """Sum: `sum(dim=None, keepdim=False, *, dtype=None)` or `sum(axis=None, dtype=None,
    keepdims=False, initial=None)`.

    Example:
        >>> x = Tensor([[1.0, 2.0], [3.0, 4.0]])
        >>> print(x.sum(), x.sum(0, True), x.sum(axis=1, initial=10))
        10.0 [[4. 6.]] [13. 17.]
    """
    if 'dim' in kwargs or 'keepdim' in kwargs or (len(args) > 1 and args[1].__class__ is bool):
        return _sum_dim(self, *args, **kwargs)
    return _sum_axis(self, *args, **kwargs)


def _sum_dim(self, dim=None, keepdim=False, *, dtype=None):
    return ops.sum(self, dim, keepdim, dtype=dtype)


def _sum_axis(self, axis=None, dtype=None, keepdims=False, initial=None):
    out = ops.sum(self, axis, keepdims, dtype=dtype)
    return out if initial is None else out + initial


@_method('mean')
def _mean(self, *args, **kwargs):
    """Mean: `mean(dim=None, keepdim=False, *, dtype=None)` or `mean(axis=None,
    keep_dims=False)`.

    Example:
        >>> Tensor([[1.0, 2.0], [3.0, 4.0]]).mean(dim=0, keepdim=True)
        Tensor(shape=[1, 2], dtype=Float32, value=
        [[ 2.00000000e+00,  3.00000000e+00]])
    """
    if kwargs and ('dim' in kwargs or 'keepdim' in kwargs or 'dtype' in kwargs):
        return _mean_dim(self, *args, **kwargs)
    return ops.mean(self, *args, **kwargs)


def _mean_dim(self, dim=None, keepdim=False, *, dtype=None):
    return ops.mean(self if dtype is None else ops.cast(self, dtype), dim, keepdim)


@_method('max')
def _max(self, *args, **kwargs):
    """Maximum: `max()` the value; `max(dim, keepdim=False)` (values, indices); `max(axis=None,
    keepdims=False, *, initial=None, where=None, return_indices=False)` the values (and the
    indices with `return_indices`).

    Example:
        >>> x = Tensor([[1.0, 5.0], [7.0, 2.0]])
        >>> print(x.max(), x.max(axis=0), x.max(1))
        7.0 [7. 5.] (Tensor(shape=[2], dtype=Float32, value= [ 5.00000000e+00,  7.00000000e+00]),
        Tensor(shape=[2], dtype=Int64, value= [1, 0]))
    """
    if args or 'dim' in kwargs or 'keepdim' in kwargs:
        return _max_dim(self, *args, **kwargs)
    return _max_axis(self, **kwargs)


def _max_dim(self, dim, keepdim=False):
    return ops.max(self, dim, keepdim)


def _max_axis(self, axis=None, keepdims=False, *, initial=None, where=None,
              return_indices=False):
    if return_indices:
        return ops.max(self, axis, keepdims, initial=initial, where=where)
    if isinstance(axis, int):       # MindSpore's ArgMaxWithValue: the gradient goes to the first
        return ops.max(self, axis, keepdims, initial=initial, where=where)[0]
    return ops.amax(self, axis, keepdims, initial=initial, where=where)


@_method('min')
def _min(self, *args, **kwargs):
    """Minimum, with the forms of `max`.

    Example:
        >>> Tensor([[1.0, 5.0], [7.0, 2.0]]).min(axis=1)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00])
    """
    if args or 'dim' in kwargs or 'keepdim' in kwargs:
        return _min_dim(self, *args, **kwargs)
    return _min_axis(self, **kwargs)


def _min_dim(self, dim, keepdim=False):
    return ops.min(self, dim, keepdim)


def _min_axis(self, axis=None, keepdims=False, *, initial=None, where=None,
              return_indices=False):
    if return_indices:
        return ops.min(self, axis, keepdims, initial=initial, where=where)
    if isinstance(axis, int):
        return ops.min(self, axis, keepdims, initial=initial, where=where)[0]
    return ops.amin(self, axis, keepdims, initial=initial, where=where)


@_method('std')
def _std(self, *args, **kwargs):
    """Standard deviation: `std(axis=None, ddof=0, keepdims=False)` or `std(dim=None, *,
    correction=0, keepdim=False)` (MindSpore 2.10's default correction for this form is 0)."""
    if kwargs and ('dim' in kwargs or 'correction' in kwargs or 'keepdim' in kwargs):
        return _std_dim(self, *args, **kwargs)
    return ops.std(self, *args, **kwargs)


def _std_dim(self, dim=None, *, correction=0, keepdim=False):
    return ops.std(self, dim, correction, keepdim)


@_method('var')
def _var(self, *args, **kwargs):
    """Variance: `var(axis=None, ddof=0, keepdims=False)` or `var(dim=None, *, correction=1,
    keepdim=False)`."""
    if kwargs and ('dim' in kwargs or 'correction' in kwargs or 'keepdim' in kwargs):
        return _var_dim(self, *args, **kwargs)
    return ops.var(self, *args, **kwargs)


def _var_dim(self, dim=None, *, correction=1, keepdim=False):
    return ops.var(self, dim, correction, keepdim)


@_method('cumsum')
def _cumsum(self, axis=None, dtype=None, *, dim=None):
    """Cumulative sum along `axis` (`dim`); of the flattened tensor when neither is given."""
    if dim is not None:
        axis = dim
    if axis is None:
        return ops.cumsum(ops.reshape(self, (-1,)), 0, dtype)
    return ops.cumsum(self, axis, dtype)


@_method('count_nonzero')
def _count_nonzero(self, axis=(), keep_dims=False, dtype=mstype.int32, *, dim=None):
    """Number of non-zero elements along `axis` (`dim`; all when empty or None)."""
    if dim is not None:
        axis = dim
    return ops.count_nonzero(self, () if axis is None else axis, keep_dims, dtype)


@_method('unique')
def _unique(self, sorted=True, return_inverse=False, return_counts=False, dim=None):
    """The unique elements (sorted), or slices along `dim`; with `return_inverse` and
    `return_counts` also where each element went and how often each unique one occurs (Int64).

    Example:
        >>> values, counts = Tensor([3, 1, 3, 2]).unique(return_counts=True)
        >>> print(values, counts)
        [1 2 3] [1 1 2]
    """
    out, inverse, counts = np.unique(self._data, return_inverse=True, return_counts=True,
                                     axis=dim)
    if dim is None:
        inverse = inverse.reshape(self.shape)
    outs = (_wrap(out),)
    if return_inverse:
        outs += (_wrap(inverse.astype(np.int64)),)
    if return_counts:
        outs += (_wrap(counts.astype(np.int64)),)
    return outs if len(outs) > 1 else outs[0]


# ---- shape ----
@_method('reshape')
def _reshape(self, *shape, **kwargs):
    """`self` with a new shape: `reshape(2, 3)` or `reshape((2, 3))`.

    Example:
        >>> ops.arange(6).reshape(2, 3).shape
        (2, 3)
    """
    return ops.reshape(self, _sizes(shape, kwargs, 'shape'))


@_method('view')
def _view(self, *shape):
    """`view(*shape)`: as `reshape`; `view(dtype)`: the same bytes read as `dtype`.

    Example:
        >>> Tensor([1.0]).view(mindspore.int32)
        Tensor(shape=[1], dtype=Int32, value= [1065353216])
    """
    if len(shape) == 1 and isinstance(shape[0], (mstype.Type, np.dtype, type)):
        return _wrap(self._data.view(mstype.to_numpy(shape[0])))
    return ops.reshape(self, _sizes(shape, {}))


@_method('view_as')
def _view_as(self, other):
    """`self` with the shape of `other`."""
    return ops.reshape(self, other.shape)


METHODS['reshape_as'] = _view_as


@_method('ravel')
def _ravel(self):
    """`self` flattened to one dimension."""
    return ops.reshape(self, (-1,))


@_method('flatten')
def _flatten(self, *args, **kwargs):
    """Merge axes `start_dim`..`end_dim` (all by default): `flatten(start_dim=0, end_dim=-1)`
    or `flatten(order='C', *, start_dim=0, end_dim=-1)`.

    Example:
        >>> ops.ones((2, 3, 4)).flatten(1).shape
        (2, 12)
    """
    if args and isinstance(args[0], str):
        return _flatten_order(self, *args, **kwargs)
    return _flatten_dims(self, *args, **kwargs)


def _flatten_dims(self, start_dim=0, end_dim=-1):
    return ops.flatten(self, start_dim=start_dim, end_dim=end_dim)


def _flatten_order(self, order='C', *, start_dim=0, end_dim=-1):
    return ops.flatten(self, order, start_dim=start_dim, end_dim=end_dim)


@_method('squeeze')
def _squeeze(self, *axis, **kwargs):
    """`self` without its axes of length 1 (only those of `axis` when given)."""
    axis = _sizes(axis, kwargs, 'axis', 'dim')
    return ops.squeeze(self, axis if axis != () else None)


@_method('transpose')
def _transpose(self, *axes, **kwargs):
    """`transpose(dim0, dim1)` swaps two axes; `transpose(*axes)` permutes them (reverses them
    when none are given).

    Example:
        >>> x = ops.ones((2, 3, 4))
        >>> x.transpose(0, 1).shape, x.transpose(2, 0, 1).shape, x.transpose().shape
        ((3, 2, 4), (4, 2, 3), (4, 3, 2))
    """
    if 'dim0' in kwargs or 'dim1' in kwargs or (
            len(axes) == 2 and isinstance(axes[0], numbers.Integral)):
        return _swap(self, *axes, **kwargs)
    axes = _sizes(axes, kwargs, 'axes')
    if axes == () or axes is None or axes == (None,):
        axes = tuple(range(self.ndim))[::-1]
    return ops.transpose(self, axes)


def _swap(self, dim0, dim1):
    return ops.transpose(self, _perm(self.ndim, dim0, dim1))


@_method('permute')
def _permute(self, *dims, **kwargs):
    """`self` with its axes permuted: `permute(2, 0, 1)` or `permute((2, 0, 1))`."""
    return ops.permute(self, _sizes(dims, kwargs, 'dims', 'axis'))


def _T(self):
    """`self` with its axes reversed (Dense's `weight.T`: a permutation needing no checks)."""
    return ops.functional.bind(ops.primitives.transpose_p, self,
                               perm=tuple(range(self.ndim - 1, -1, -1)))


def _mT(self):
    """`self` with its last two axes swapped."""
    if self.ndim < 2:
        raise ValueError(f"For 'Tensor.mT', the tensor must have at least 2 dimensions, but "
                         f"got {self.ndim}.")
    return ops.transpose(self, _perm(self.ndim, -2, -1))


METHODS['T'], METHODS['mT'] = property(_T), property(_mT)


@_method('broadcast_to')
def _broadcast_to(self, *shape, **kwargs):
    """`self` broadcast to `shape` (-1 keeps a size): `broadcast_to(2, 3)` or
    `broadcast_to((2, 3))`."""
    return ops.broadcast_to(self, _sizes(shape, kwargs, 'shape'))


@_method('expand')
def _expand(self, *size):
    """`self` broadcast to `size` (-1 keeps a size), given as ints, a tuple or a Tensor.

    Example:
        >>> Tensor([1, 2]).expand(3, -1).shape
        (3, 2)
    """
    return ops.broadcast_to(self, _sizes(size, {}))


@_method('expand_as')
def _expand_as(self, other):
    """`self` broadcast to the shape of `other`."""
    return ops.broadcast_to(self, other.shape)


@_method('tile')
def _tile(self, *dims, **kwargs):
    """`self` repeated `dims[i]` times along axis i: `tile(2, 1)` or `tile((2, 1))`."""
    return ops.tile(self, _sizes(dims, kwargs, 'dims', 'reps'))


@_method('repeat')
def _repeat(self, *repeats):
    """`self` repeated `repeats[i]` times along axis i (`ops.tile`); extra leading repeats add
    axes: `Tensor([1, 2]).repeat(2, 2)` has shape (2, 4)."""
    repeats = _sizes(repeats, {})
    if len(repeats) < self.ndim:
        raise RuntimeError(f"For 'repeat', the number of elements of 'repeats' ({len(repeats)}) "
                           f"must be at least the number of dimensions of the tensor "
                           f"({self.ndim}).")
    return ops.tile(self, tuple(repeats))


@_method('gather')
def _gather(self, *args, **kwargs):
    """`gather(dim, index)`: elements at `index` along `dim` (`ops.gather_elements`);
    `gather(input_indices, axis, batch_dims=0)`: slices (`ops.gather`)."""
    if 'dim' in kwargs or 'index' in kwargs or (
            len(args) > 1 and isinstance(args[0], numbers.Integral)):
        return _gather_elements(self, *args, **kwargs)
    return _gather_slices(self, *args, **kwargs)


def _gather_elements(self, dim, index):
    return ops.gather_elements(self, dim, index)


def _gather_slices(self, input_indices, axis, batch_dims=0):
    return ops.gather(self, input_indices, axis, batch_dims)


@_method('scatter_add')
def _scatter_add(self, *args, **kwargs):
    """`scatter_add(dim, index, src)`: `src` added at `index` along `dim`
    (`ops.tensor_scatter_elements` with reduction 'add'); `scatter_add(indices, updates)`:
    `ops.scatter_add`."""
    if len(args) + len(kwargs) == 3:
        return _scatter_add_dim(self, *args, **kwargs)
    return _scatter_add_indices(self, *args, **kwargs)


def _scatter_add_dim(self, dim, index, src):
    return ops.tensor_scatter_elements(self, index, src, axis=dim, reduction='add')


def _scatter_add_indices(self, indices, updates):
    return ops.scatter_add(self, indices, updates)


@_method('softmax')
def _softmax(self, axis, dtype=None):
    """`ops.softmax(self, axis, dtype=dtype)`."""
    return ops.softmax(self, axis, dtype=dtype)


@_method('diag')
def _diag(self, diagonal=0):
    """`ops.diag(self)` (MindSpore's method takes only `diagonal=0`)."""
    if diagonal != 0:
        raise ValueError(f"For 'Tensor.diag', the argument 'diagonal' should be '0', but got "
                         f"{diagonal}.")
    return ops.diag(self)


# ---- types ----
@_method('astype')
def _astype(self, dtype, copy=True):
    """`self` cast to `dtype` (a mindspore dtype, NumPy dtype or its name).

    Example:
        >>> Tensor([1.7, -1.7]).astype(mindspore.int32)
        Tensor(shape=[2], dtype=Int32, value= [ 1, -1])
    """
    return ops.cast(self, dtype)


@_method('to')
def _to(self, *args, dtype=None, device=None, non_blocking=False, copy=False):
    """`self` cast to `dtype`, or to the dtype of a Tensor given instead (a device is ignored:
    every tensor is on the CPU)."""
    for arg in args:
        if isinstance(arg, Tensor):
            dtype = arg.dtype
        elif not isinstance(arg, str):
            dtype = arg
    out = self if dtype is None else ops.cast(self, dtype)
    return ops.identity(out) if copy and out is self else out


@_method('type_as')
def _type_as(self, other):
    """`self` cast to the dtype of the Tensor `other`."""
    if not isinstance(other, Tensor):
        raise TypeError(f"For 'Tensor.type_as', 'other' must be a Tensor, but got "
                        f"{type(other).__name__}.")
    return ops.cast(self, other.dtype)


def _cast_to(name, dtype):
    def method(self):
        return ops.cast(self, dtype)
    method.__doc__ = f"`self` cast to {dtype}."
    _method(name)(method)


for _name, _dtype in (('float', mstype.float32), ('half', mstype.float16),
                      ('double', mstype.float64), ('int', mstype.int32),
                      ('long', mstype.int64), ('bool', mstype.bool_)):
    _cast_to(_name, _dtype)


@_method('contiguous')
def _contiguous(self):
    """`self` (every tensor is contiguous)."""
    return self


@_method('is_contiguous')
def _is_contiguous(self):
    """True: every tensor is contiguous."""
    return True


# ---- new tensors ----
@_method('new_zeros')
def _new_zeros(self, size, *, dtype=None):
    """Zeros of shape `size` with the dtype of `self` (unless `dtype`)."""
    return ops.zeros(size, dtype or self.dtype)


@_method('new_ones')
def _new_ones(self, size, *, dtype=None):
    """Ones of shape `size` with the dtype of `self` (unless `dtype`)."""
    return ops.ones(size, dtype or self.dtype)


@_method('new_full')
def _new_full(self, size, fill_value, *, dtype=None):
    """`fill_value` in shape `size` with the dtype of `self` (unless `dtype`)."""
    return ops.full(size, fill_value, dtype=dtype or self.dtype)


@_method('uniform')
def _uniform(self, from_=0.0, to=1.0, generator=None):
    """Samples uniform in [from_, to) with the shape and dtype of `self` (`generator` is
    accepted for MindSpore's signature; samples come from the global generator)."""
    if from_ > to:
        raise TypeError(f"For 'Tensor.uniform', 'from_' must not be larger than 'to', but got "
                        f"{from_} and {to}.")
    return ops.rand_like(self) * (to - from_) + from_


@_method('bernoulli')
def _bernoulli(self, *, generator=None):
    """0/1 samples, each 1 with the probability given by the element of `self` (a float
    tensor with values in [0, 1]), of the dtype of `self`."""
    if self._data.dtype.kind != 'f':
        raise TypeError(f"For 'Tensor.bernoulli', the tensor supports types: Float16, Float32, "
                        f"Float64, BFloat16. But got {self.dtype}.")
    p = self if self._data.dtype != np.float16 else ops.cast(self, mstype.float32)
    return ops.cast(ops.bernoulli(p, p), self.dtype)


# ---- in place (not recorded for differentiation) ----
def _assign(self, out, name):
    data = out._data
    if data.shape != self._data.shape:
        raise RuntimeError(f"For '{name}', the shape of the result {list(data.shape)} does not "
                           f"match the shape of the tensor {list(self._data.shape)}.")
    self._data = data.astype(self._data.dtype, copy=False)
    return self


@_method('add_')
def _add_(self, other, *, alpha=1):
    """In place `self += alpha * other`; returns `self` (keeping its dtype).

    Example:
        >>> x = Tensor([1.0, 2.0]); y = x.add_(1)
        >>> x, y is x
        (Tensor(shape=[2], dtype=Float32, value= [ 2.00000000e+00,  3.00000000e+00]), True)
    """
    return _assign(self, _add(self, other, alpha=alpha), 'add_')


@_method('sub_')
def _sub_(self, other, *, alpha=1):
    """In place `self -= alpha * other`; returns `self`."""
    return _assign(self, _sub(self, other, alpha=alpha), 'sub_')


@_method('mul_')
def _mul_(self, other):
    """In place `self *= other`; returns `self`."""
    return _assign(self, ops.mul(self, other), 'mul_')


@_method('div_')
def _div_(self, other, *, rounding_mode=None):
    """In place `self /= other` (`rounding_mode` as in `ops.div`); returns `self`."""
    return _assign(self, ops.div(self, other, rounding_mode=rounding_mode), 'div_')


@_method('fill_')
def _fill_(self, value):
    """In place: every element set to `value` (a number or a one-element Tensor); returns
    `self`."""
    if isinstance(value, Tensor):
        if value.size != 1:
            raise RuntimeError(f"For 'fill_', when the 'value' is a Tensor, it should be 0-D or "
                               f"1-D with shape [1], but got shape {list(value.shape)}.")
        value = ops.reshape(value, ())
    return _assign(self, ops.full_like(self, value), 'fill_')


@_method('zero_')
def _zero_(self):
    """In place: every element set to 0; returns `self`."""
    return _fill_(self, 0)


from .tensor import Tensor, _wrap  # noqa: E402  (tensor.py imports this module at its end)
