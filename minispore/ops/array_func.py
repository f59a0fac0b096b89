"""Array manipulation, indexing, scattering and creation functions of mindspore.ops."""
import builtins
import numbers

import numpy as np

from .._backend.numpy_array import ms_shape
from .._core.errors import _not_broadcast
from .._core.primitive import bind
from ..common import dtype as mstype
from ..common.tensor import Tensor, _wrap
from . import primitives as P
from .functional import broadcast_to, reshape, setitem
from .functional import _is_batched, _take_along, remainder

__all__ = ['tril', 'triu', 'diag', 'diagonal', 'meshgrid', 'one_hot', 'logspace', 'swapaxes',
           'moveaxis', 'movedim', 'tile', 'repeat_interleave', 'split', 'chunk', 'tensor_split',
           'unbind', 'gather', 'gather_elements', 'gather_d', 'index_select', 'masked_select',
           'scatter', 'scatter_add', 'tensor_scatter_elements', 'narrow', 'select', 'flip',
           'roll', 'pad', 't']


# ---- argument checks, in MindSpore's words ----
def _is_int(v):
    return v.__class__ is int or isinstance(v, numbers.Integral) and v.__class__ is not bool


def _axis(axis, ndim):
    """`axis` made non-negative; ValueError when it is not in [-ndim, ndim)."""
    n = builtins.max(ndim, 1)
    if not _is_int(axis) or not -n <= axis < n:
        raise ValueError(f"The 'axis' must be in the range of [{-n}, {n}), but got {axis}.")
    return int(axis) % n


def _dim(dim, ndim):
    n = builtins.max(ndim, 1)
    if not _is_int(dim) or not -n <= dim < n:
        raise ValueError(f"Dimension out of range (expected to be in range of [{-n}, {n}), but "
                         f"got {dim})")
    return int(dim) % n


def _int_tensor(x, op, name):
    if not isinstance(x, Tensor) or x._data.dtype.kind not in 'iu':
        got = f'Tensor[{x.dtype}]' if isinstance(x, Tensor) else type(x).__name__
        raise TypeError(f"For '{op}', the '{name}' must be a Tensor of int32 or int64, but got "
                        f"{got}.")
    return x._data


def _take(x, indices, axis):
    """`np.take(x, indices, axis)` of an index array: differentiable in x (scatter-add back)."""
    return bind(P.gather_p, x, _wrap(np.asarray(indices)), axis=axis)


def _zero(x):
    return _wrap(np.zeros((), x._data.dtype))


# ---- creation and triangles ----
def _triangle(input, diagonal, op, lower):
    if not _is_int(diagonal):
        raise TypeError(f"For '{op}', the type of 'diagonal' should be 'int', but got type "
                        f"'{type(diagonal).__name__}'.")
    if input.ndim < 2:
        what = "x's rank" if lower else 'rank of input'
        raise ValueError(f"For primitive[{op}], the {what} must be greater than or equal to 2, "
                         f"but got {input.ndim}.")
    n, m = input.shape[-2:]
    mask = np.tri(n, m, diagonal, bool) if lower else ~np.tri(n, m, diagonal - 1, bool)
    return bind(P.select_p, _wrap(mask), input, _zero(input))


def tril(input, diagonal=0):
    """The lower triangle of the last two axes (at and below diagonal `diagonal`); the rest 0.

    Example:
        >>> ops.tril(Tensor([[1, 2], [3, 4]]))
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[1, 0],
         [3, 4]])
    """
    return _triangle(input, diagonal, 'Tril', True)


def triu(input, diagonal=0):
    """The upper triangle of the last two axes (at and above diagonal `diagonal`); the rest 0.

    Example:
        >>> ops.triu(Tensor([[1, 2], [3, 4]]), 1)
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[0, 2],
         [0, 0]])
    """
    return _triangle(input, diagonal, 'Triu', False)


def diag(input):
    """A diagonal tensor with the elements of `input` on its diagonal: shape (D1..Dk, D1..Dk)
    for an input of shape (D1..Dk) (a matrix for a vector; a 2-D input gives a 4-D result, as
    MindSpore's Diag does).

    Example:
        >>> ops.diag(Tensor([1, 2]))
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[1, 0],
         [0, 2]])
    """
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'diag', the 'input' must be a Tensor, but got "
                        f"{type(input).__name__}.")
    if input.ndim < 1:
        raise ValueError(f"For primitive[Diag], the input rank must be greater than or equal to "
                         f"1, but got {input.ndim}.")
    n = input.size
    out = bind(P.select_p, _wrap(np.eye(n, dtype=bool)), reshape(input, (n, 1)), _zero(input))
    return reshape(out, input.shape * 2)


def diagonal(input, offset=0, dim1=0, dim2=1):
    """The diagonal of the planes given by `dim1` and `dim2` (above the main one for `offset`
    > 0), as a last axis.

    Example:
        >>> ops.diagonal(Tensor([[1, 2, 3], [4, 5, 6]]), 1)
        Tensor(shape=[2], dtype=Int64, value= [2, 6])
    """
    nd = input.ndim
    d1, d2 = _dim(dim1, nd), _dim(dim2, nd)
    if d1 == d2:
        raise ValueError(f"For 'Diagonal', dim1 and dim2 cannot be identical, but got : dim1 "
                         f"={dim1} and dim2 = {dim2}.")
    perm = tuple(i for i in range(nd) if i not in (d1, d2)) + (d1, d2)
    x = input if perm == tuple(range(nd)) else bind(P.transpose_p, input, perm=perm)
    n, m = x.shape[-2:]
    first = builtins.max(0, -offset)
    rows = np.arange(first, builtins.max(first, builtins.min(n, m - offset)))
    return bind(P.getitem_p, x, index=(Ellipsis, rows, rows + offset), basic=False)


def meshgrid(*inputs, indexing='xy'):
    """Coordinate grids from 1-D tensors of the same dtype: for sizes (N1, N2, ...) each
    output has shape (N2, N1, ...) with 'xy' indexing and (N1, N2, ...) with 'ij'.

    Returns:
        A tuple with one Tensor per input.

    Example:
        >>> x, y = ops.meshgrid(Tensor([1, 2, 3]), Tensor([4, 5]))
        >>> x
        Tensor(shape=[2, 3], dtype=Int64, value=
        [[1, 2, 3],
         [1, 2, 3]])
    """
    if len(inputs) == 1 and isinstance(inputs[0], (tuple, list)):
        inputs = tuple(inputs[0])
    if indexing not in ('xy', 'ij'):
        raise ValueError(f"For 'meshgrid', the 'indexing' must be 'xy' or 'ij', but got "
                         f"{indexing!r}.")
    if not inputs:
        raise ValueError("For 'meshgrid', at least one input tensor is required.")
    for t in inputs:
        if not isinstance(t, Tensor) or t.ndim != 1:
            shape = list(t.shape) if isinstance(t, Tensor) else type(t).__name__
            raise ValueError(f"For 'meshgrid', every input must be a 1-D Tensor, but got {shape}.")
    if len({t._data.dtype for t in inputs}) > 1:
        raise ValueError("For Primitive [Meshgrid], all tensors should have the same type.")
    order = list(range(len(inputs)))
    if indexing == 'xy' and len(inputs) > 1:
        order[0], order[1] = 1, 0
    shape = tuple(inputs[i].size for i in order)
    outs = []
    for i, t in enumerate(inputs):
        view = [1] * len(inputs)
        view[order.index(i)] = t.size
        outs.append(broadcast_to(reshape(t, tuple(view)), shape))
    return tuple(outs)


_ONE_HOT_TYPES = (np.float16, np.float32, np.int32, np.int64)


def _one_hot_value(v, name):
    if isinstance(v, Tensor):
        if v._data.dtype.type not in _ONE_HOT_TYPES:
            raise TypeError(f"For primitive[OneHot], the input argument[{name}] must be a type "
                            f"of {{Tensor[Float16], Tensor[Float32], Tensor[Int32], "
                            f"Tensor[Int64]}}, but got Tensor[{v.dtype}].")
        return bind(P.stop_gradient_p, v)
    if isinstance(v, bool) or not isinstance(v, numbers.Number):
        raise TypeError(f"For primitive[OneHot], the input argument[{name}] must be a type of "
                        f"{{Tensor[Float16], Tensor[Float32], Tensor[Int32], Tensor[Int64]}}, "
                        f"but got {type(v).__name__}.")
    return _wrap(np.asarray(v, np.int64 if _is_int(v) else np.float32))


def one_hot(indices, depth, on_value=1, off_value=0, axis=-1):
    """One-hot encoding: a new axis `axis` of length `depth` holding `on_value` at each index
    and `off_value` elsewhere (an index outside [0, depth) gives only `off_value`).

    The dtype is that of the values: Int64 for Python ints, Float32 for Python floats, the
    Tensors' own otherwise (both values must have the same). As in MindSpore, no gradient
    reaches the values.

    Example:
        >>> ops.one_hot(Tensor([0, 2]), 3)
        Tensor(shape=[2, 3], dtype=Int64, value=
        [[1, 0, 0],
         [0, 0, 1]])
    """
    if not isinstance(indices, Tensor) or indices._data.dtype.type not in (np.int32, np.int64):
        got = f'Tensor[{indices.dtype}]' if isinstance(indices, Tensor) else type(indices).__name__
        raise TypeError(f"For primitive[OneHot], the input argument[indices] must be a type of "
                        f"{{Tensor[Int32], Tensor[Int64]}}, but got {got}.")
    if isinstance(depth, Tensor):
        depth = int(depth)
    if not _is_int(depth) or depth < 0:
        raise ValueError(f"For primitive[OneHot], the depth value must be greater than or equal "
                         f"to 0, but got {depth}.")
    off, on = _one_hot_value(off_value, 'off_value'), _one_hot_value(on_value, 'on_value')
    if on._data.dtype != off._data.dtype:
        raise TypeError("For primitive[OneHot], the input type must be same.")
    nd = indices.ndim
    if not _is_int(axis) or not -1 <= axis <= nd:
        raise ValueError(f"For primitive[OneHot], the axis value must be in [-1,{nd}], but got "
                         f"{axis}.")
    column = bind(P.reshape_p, indices, shape=indices.shape + (1,))
    out = bind(P.select_p, bind(P.equal_p, column, _wrap(np.arange(depth))), on, off)
    if axis in (-1, nd):
        return out
    perm = tuple(range(axis)) + (nd,) + tuple(range(axis, nd))
    return bind(P.transpose_p, out, perm=perm)


def logspace(start, end, steps, base=10, *, dtype=mstype.float32):
    """`steps` values from base**start to base**end, their exponents evenly spaced.

    Args:
        start, end: the first and last exponent (numbers or float Tensors).
        steps: the number of values (an int >= 0).
        base: the base (an int >= 0).
        dtype: mindspore.float16, float32 (default) or float64.

    Example:
        >>> ops.logspace(0., 2., 3)
        Tensor(shape=[3], dtype=Float32, value= [ 1.00000000e+00,  1.00000000e+01,  1.00000000e+02])
    """
    for name, v in (('start', start), ('end', end)):
        if isinstance(v, Tensor) and v._data.dtype.kind != 'f':
            raise TypeError(f"For primitive[LogSpace], the input argument[{name}] must be a type "
                            f"of {{Tensor[Float16], Tensor[Float32], Tensor[Float64]}}, but got "
                            f"Tensor[{v.dtype}].")
    for name, v in (('steps', steps), ('base', base)):
        if not _is_int(v):
            raise TypeError(f"For 'LogSpace', the type of '{name}' should be 'int', but got type "
                            f"'{type(v).__name__}'.")
        if v < 0:
            raise ValueError(f"For 'LogSpace', the '{name}' must be int and must >= 0, but got "
                             f"'{v}' with type 'int'.")
    np_dtype = mstype.to_numpy(dtype)
    if np_dtype.kind != 'f':
        raise TypeError(f"For 'LogSpace', the 'dtype' should be one of [mindspore.float16, "
                        f"mindspore.float32, mindspore.float64], but got '{dtype!r}'.")
    exponents = np.linspace(float(start), float(end), steps)
    return _wrap(np.power(float(base), exponents).astype(np_dtype))


# ---- axes ----
def swapaxes(input, axis0, axis1):
    """`input` with axes `axis0` and `axis1` exchanged.

    Example:
        >>> ops.swapaxes(ops.ones((2, 3, 4)), 0, 2).shape
        (4, 3, 2)
    """
    nd = input.ndim
    a, b = _axis(axis0, nd), _axis(axis1, nd)
    if a == b:
        return input
    perm = list(range(nd))
    perm[a], perm[b] = b, a
    return bind(P.transpose_p, input, perm=tuple(perm))


def _axis_list(axes, nd, name):
    axes = [axes] if _is_int(axes) else list(axes)
    out = [_axis(a, nd) for a in axes]
    if len(set(out)) != len(out):
        raise ValueError(f"For 'moveaxis', the '{name}' must not repeat an axis, but got "
                         f"{axes}.")
    return out


def moveaxis(x, source, destination):
    """`x` with the axes `source` (an int or a tuple) moved to positions `destination`, the
    other axes keeping their order.

    Example:
        >>> ops.moveaxis(ops.ones((2, 3, 4)), 0, -1).shape
        (3, 4, 2)
    """
    nd = x.ndim
    src, dst = _axis_list(source, nd, 'source'), _axis_list(destination, nd, 'destination')
    if len(src) != len(dst):
        raise ValueError(f"For `source` and `destination` arguments, the number of elements must "
                         f"be the same, but got 'source': {len(src)} and 'destination': "
                         f"{len(dst)}.")
    perm = [i for i in range(nd) if i not in src]
    for d, s in sorted(zip(dst, src)):
        perm.insert(d, s)
    if perm == list(range(nd)):
        return x
    return bind(P.transpose_p, x, perm=tuple(perm))


def movedim(x, source, destination):
    """The same as `moveaxis`.

    Example:
        >>> ops.movedim(ops.ones((2, 3, 4)), 1, 0).shape
        (3, 2, 4)
    """
    return moveaxis(x, source, destination)


def t(input):
    """The transpose of a 2-D tensor; other tensors are returned as they are (as MindSpore).

    Example:
        >>> ops.t(Tensor([[1, 2, 3]])).shape
        (3, 1)
    """
    if input.ndim != 2:
        return input
    return bind(P.transpose_p, input, perm=(1, 0))


# ---- repetition ----
def tile(input, dims):
    """`input` repeated `dims[i]` times along axis i. A shorter `dims` is padded with ones in
    front; a longer one adds leading axes to `input`.

    Example:
        >>> ops.tile(Tensor([[1, 2]]), (2, 2))
        Tensor(shape=[2, 4], dtype=Int64, value=
        [[1, 2, 1, 2],
         [1, 2, 1, 2]])
    """
    if dims.__class__ is not tuple or not builtins.all(d.__class__ is int for d in dims):
        if not isinstance(dims, (tuple, list)) or not builtins.all(_is_int(d) for d in dims):
            raise TypeError(f"For 'Tile', the 'dims' must be a tuple of ints, but got {dims!r}.")
        dims = tuple(map(int, dims))
    if dims and builtins.min(dims) < 0:
        i = next(i for i, d in enumerate(dims) if d < 0)
        raise ValueError(f"For 'Tile', 'dims' cannot contain negative integer numbers, but "
                         f"got {dims[i]} in {i}th.")
    shape, k = input.shape, len(dims) - input.ndim
    if k > 0:
        shape = (1,) * k + shape
    elif k < 0:
        dims = (1,) * -k + dims
    if dims.count(1) == len(dims):
        return reshape(input, shape)
    spread, pairs, final = [], [], []
    for d, s in zip(dims, shape):
        spread += (1, s)
        pairs += (d, s)
        final.append(d * s)
    x = bind(P.reshape_p, input, shape=tuple(spread))
    return bind(P.reshape_p, bind(P.broadcast_to_p, x, shape=tuple(pairs)), shape=tuple(final))


def repeat_interleave(input, repeats, axis=None):
    """Each element (slice along `axis`; of the flattened input when None) repeated `repeats`
    times: an int, or one count per element.

    Example:
        >>> ops.repeat_interleave(Tensor([[1, 2], [3, 4]]), Tensor([1, 2]), 0)
        Tensor(shape=[3, 2], dtype=Int64, value=
        [[1, 2],
         [3, 4],
         [3, 4]])
    """
    if axis is None:
        x, axis = reshape(input, (-1,)), 0
    else:
        x, axis = input, _axis(axis, input.ndim)
    reps = np.asarray(repeats._data if isinstance(repeats, Tensor) else repeats)
    if reps.dtype.kind not in 'iu' or reps.ndim > 1:
        raise TypeError(f"For 'repeat_interleave', the 'repeats' must be an int or a 1-D "
                        f"sequence of ints, but got {repeats!r}.")
    if (reps < 0).any():
        raise ValueError(f"For 'repeat_elements', the 'rep' must be in range of (0, 2147483647], "
                         f"but got {int(reps.min())} with type 'int'.")
    n = x.shape[axis]
    if reps.size == 1:
        r = int(reps.reshape(()))
        shape = x.shape
        x = reshape(x, shape[:axis + 1] + (1,) + shape[axis + 1:])
        x = broadcast_to(x, shape[:axis + 1] + (r,) + shape[axis + 1:])
        return reshape(x, shape[:axis] + (n * r,) + shape[axis + 1:])
    if reps.size != n:
        raise ValueError(f"For 'repeat_interleave', the length of 'repeats' must be the same as "
                         f"the shape of the original tensor in the 'axis' dimension, but got the "
                         f"length of 'repeats' {reps.size}, the shape of the original tensor in "
                         f"the 'axis' dimension {n}.")
    return _take(x, np.repeat(np.arange(n), reps), axis)


# ---- splitting ----
def _split_axis(input, axis):
    nd = input.ndim
    if not _is_int(axis) or not -nd <= axis < nd:
        raise ValueError(f"axis {axis} is out of bounds for array of dimension {nd}")
    return int(axis) % nd


def _cut(x, axis, cuts):
    """`x` cut along `axis` at the non-decreasing positions `cuts`: one op, its gradient one
    concat."""
    return bind(P.split_p, x, axis=axis, indices=tuple(int(c) for c in cuts))


def split(tensor, split_size_or_sections, axis=0):
    """`tensor` split along `axis` into pieces of `split_size_or_sections` elements (an int;
    the last piece may be smaller) or of the sizes in a tuple/list, which must add up to the
    axis' length.

    Returns:
        A tuple of Tensors.

    Example:
        >>> [p.shape for p in ops.split(ops.ones((5, 2)), 2)]
        [(2, 2), (2, 2), (1, 2)]
    """
    axis = _split_axis(tensor, axis)
    n, s = tensor.shape[axis], split_size_or_sections
    if _is_int(s):
        if s <= 0:
            raise ValueError(f"For split, the value of 'split_size_or_sections' must be more than "
                             f"zero, but got {s}.")
        return _cut(tensor, axis, range(s, n, s))
    if not isinstance(s, (tuple, list)) or not builtins.all(_is_int(v) for v in s):
        raise TypeError(f"Type of Argument `split_size_or_sections` should be integer, tuple(int) "
                        f"or list(int), but got {type(s)}")
    if builtins.any(v < 0 for v in s):
        raise TypeError(f"Each element in 'split_size_or_sections' should be non-negative, but "
                        f"got {s}.")
    if builtins.sum(s) != n:
        raise ValueError(f"The sum of 'split_size_or_sections' should be equal to {n}, but got "
                         f"{builtins.sum(s)}.")
    return _cut(tensor, axis, np.cumsum(s)[:-1])


def chunk(input, chunks, axis=0):
    """`input` split along `axis` into at most `chunks` pieces of ceil(n / chunks) elements
    (the last may be smaller, and there may be fewer pieces).

    Example:
        >>> [p.shape for p in ops.chunk(ops.ones(10), 4)]
        [(3,), (3,), (3,), (1,)]
    """
    if not _is_int(chunks):
        raise TypeError(f"For ops.chunk type of argument `chunks` should be integer, but got "
                        f"{type(chunks)}")
    if chunks <= 0:
        raise ValueError(f"For ops.chunk parameter 'chunks' must be greater than 0, but got "
                         f"{chunks}")
    axis = _split_axis(input, axis)
    n = input.shape[axis]
    return split(input, builtins.max(1, -(-n // chunks)), axis)


def tensor_split(input, indices_or_sections, axis=0):
    """`input` split along `axis` into `indices_or_sections` pieces of sizes differing by at
    most one (an int), or at the positions in a tuple/list (as NumPy's `array_split`).

    Example:
        >>> [p.shape for p in ops.tensor_split(ops.ones(10), 4)]
        [(3,), (3,), (2,), (2,)]
        >>> [p.shape for p in ops.tensor_split(ops.ones(10), [2, 5])]
        [(2,), (3,), (5,)]
    """
    axis = _split_axis(input, axis)
    n, v = input.shape[axis], indices_or_sections
    if _is_int(v):
        if v <= 0:
            raise ValueError(f"For tensor_split, the value of 'indices_or_sections' must be more "
                             f"than zero but got {v}")
        q, r = divmod(n, v)
        return _cut(input, axis, np.cumsum([q + 1] * r + [q] * (v - r))[:-1])
    if not isinstance(v, (tuple, list)) or not builtins.all(_is_int(i) for i in v):
        raise TypeError(f"Type of Argument `indices_or_sections` should be integer, tuple(int) or "
                        f"list(int), but got {type(v)}")
    cuts = [builtins.min(builtins.max(i + n if i < 0 else i, 0), n) for i in v]
    if cuts == sorted(cuts):
        return _cut(input, axis, cuts)
    lead = (slice(None),) * axis
    bounds = [0] + cuts + [n]
    return tuple(bind(P.getitem_p, input, index=lead + (slice(a, b),), basic=True)
                 for a, b in zip(bounds, bounds[1:]))


def unbind(input, dim=0):
    """The slices of `input` along `dim`, each without that axis.

    Example:
        >>> ops.unbind(Tensor([[1, 2], [3, 4]]), 1)[0]
        Tensor(shape=[2], dtype=Int64, value= [1, 3])
    """
    if input.ndim == 0:
        raise ValueError("For 'Unstack', input's rank should be greater equal to 1, but got 0")
    dim = _dim(dim, input.ndim)
    n = input.shape[dim]
    if n == 0:
        return ()
    shape = input.shape[:dim] + input.shape[dim + 1:]
    return tuple(bind(P.reshape_p, p, shape=shape) for p in _cut(input, dim, range(1, n)))


def narrow(input, axis, start, length):
    """The `length` elements of `input` from `start` along `axis`.

    Example:
        >>> ops.narrow(Tensor([[1, 2, 3], [4, 5, 6]]), 1, 1, 2)
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[2, 3],
         [5, 6]])
    """
    axis = _axis(axis, input.ndim)
    for v in (start, length):
        if not _is_int(v):
            raise TypeError(f"The input value must be 'int',  but got '{type(v).__name__}'.")
    n = input.shape[axis]
    if not 0 <= start < n:
        raise ValueError(f"The input value must be in range of [0, {n}), but got {start} with "
                         f"type 'int'.")
    if not 1 <= length <= n - start:
        raise ValueError(f"The input value must be in range of [1, {n - start}], but got "
                         f"{length} with type 'int'.")
    index = (slice(None),) * axis + (slice(start, start + length),)
    return bind(P.getitem_p, input, index=index, basic=True)


# ---- gathering ----
def gather(input_params, input_indices, axis, batch_dims=0):
    """The slices of `input_params` along `axis` at `input_indices` (an int Tensor of any shape;
    negative indices count from the end): shape params.shape[:axis] + indices.shape +
    params.shape[axis + 1:]. With `batch_dims` b, the first b axes of both are batch axes.

    Its gradient scatters back, adding at repeated indices.

    Example:
        >>> ops.gather(Tensor([[1, 2], [3, 4], [5, 6]]), Tensor([2, 0]), 0)
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[5, 6],
         [1, 2]])
    """
    if input_indices.__class__ is not Tensor or input_indices._data.dtype.kind not in 'iu':
        _int_tensor(input_indices, 'Gather', 'input_indices')
    if axis.__class__ is not int:
        axis = int(axis)
    nd = input_params.ndim
    if not -nd <= axis < nd:
        raise ValueError(f"For primitive[Gather], the axis must be in [{-nd},{nd}], but got "
                         f"{axis}.")
    if axis < 0:
        axis += nd
    if batch_dims:
        return _batched_gather(input_params, input_indices, axis, batch_dims)
    return bind(P.gather_p, input_params, input_indices, axis=axis)


def _batched_gather(x, indices, axis, batch_dims):
    idx = indices._data
    b = batch_dims + idx.ndim if batch_dims < 0 else batch_dims
    if not 0 <= b <= builtins.min(axis, idx.ndim) or idx.shape[:b] != x.shape[:b]:
        raise ValueError(f"For 'Gather', 'batch_dims' {batch_dims} must be at most 'axis' and "
                         f"the rank of 'input_indices', whose first 'batch_dims' axes must equal "
                         f"those of 'input_params', but got shapes {list(x.shape)} and "
                         f"{list(idx.shape)}.")
    xt = moveaxis(x, axis, b)
    grid = tuple(np.arange(s).reshape((s,) + (1,) * (idx.ndim - 1 - i))
                 for i, s in enumerate(idx.shape[:b]))
    if _is_batched(indices):            # the batch axes and `axis` flattened into one
        n = xt.shape[b]
        rows = builtins.sum((g * int(np.prod(idx.shape[i + 1:b], dtype=np.int64)) for i, g in
                    enumerate(grid)), np.zeros((), np.int64)) * n
        flat = reshape(xt, (-1,) + tuple(xt.shape[b + 1:]))
        out = bind(P.gather_p, flat, remainder(indices, n) + _wrap(rows), axis=0)
    else:
        out = bind(P.getitem_p, xt, index=grid + (idx,), basic=False)
    mid = axis - b                    # axes between the batch axes and `axis`: after the indices
    if not mid:
        return out
    k = idx.ndim - b
    perm = (tuple(range(b)) + tuple(range(b + k, b + k + mid)) + tuple(range(b, b + k))
            + tuple(range(b + k + mid, out.ndim)))
    return bind(P.transpose_p, out, perm=perm)


def _flat_index(shape, index, dim):
    """Row-major positions in an array of `shape` of the elements that gather_elements/scatter
    address: `index` along `dim`, the index's own position along the other axes."""
    strides = np.cumprod((1,) + shape[:0:-1])[::-1]
    flat = index.astype(np.intp) * strides[dim]
    for a, n in enumerate(index.shape):
        if a != dim:
            flat = flat + (np.arange(n) * strides[a]).reshape((n,) + (1,) * (index.ndim - a - 1))
    return flat


def gather_elements(input, dim, index):
    """`out[i][j] = input[index[i][j]][j]` for dim 0 (and likewise for other dims): `index`
    has input's rank and, outside `dim`, at most its sizes.

    Example:
        >>> ops.gather_elements(Tensor([[1, 2], [3, 4]]), 1, Tensor([[0, 0], [1, 0]]))
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[1, 1],
         [4, 3]])
    """
    nd = input.ndim
    if not _is_int(dim) or not -nd <= dim < nd:
        raise ValueError(f"For primitive[GatherD], the dim value must be in [{-nd},{nd}], but "
                         f"got {dim}.")
    dim %= nd
    idx = _int_tensor(index, 'GatherD', 'index')
    if idx.ndim != nd:
        raise ValueError(f"For 'GatherD', the rank of 'index' must equal the rank of 'input' "
                         f"({nd}), but got {idx.ndim}.")
    for a in range(nd):
        if a != dim and idx.shape[a] > input.shape[a]:
            raise ValueError(f"For primitive[GatherD], the x shape must be greater than or "
                             f"equal to {idx.shape[a]}, but got {input.shape[a]}.")
    n = input.shape[dim]
    if _is_batched(index):              # under vmap: by ops on the index, values unchecked
        return _take_along(input, remainder(index, builtins.max(n, 1)), dim)
    bad = (idx < -n) | (idx >= n)
    if bad.any():
        raise RuntimeError(f"For 'GatherD', the value of 'index' must be in [{-n}, {n}), but "
                           f"got: {idx[bad].flat[0]}")
    flat = _flat_index(input.shape, idx % builtins.max(n, 1), dim)
    return bind(P.gather_p, reshape(input, (-1,)), _wrap(flat), axis=0)


def gather_d(x, dim, index):
    """The same as `gather_elements`.

    Example:
        >>> ops.gather_d(Tensor([[1, 2], [3, 4]]), 0, Tensor([[1, 0]]))
        Tensor(shape=[1, 2], dtype=Int64, value=
        [[3, 2]])
    """
    return gather_elements(x, dim, index)


def index_select(input, axis, index):
    """The slices of `input` along `axis` at the 1-D int Tensor `index`.

    Example:
        >>> ops.index_select(Tensor([[1, 2, 3], [4, 5, 6]]), 1, Tensor([2, 0]))
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[3, 1],
         [6, 4]])
    """
    if not isinstance(input, Tensor) or not isinstance(index, Tensor):
        raise TypeError("For 'index_select', `input` and `index` must be all tensors.")
    if index.ndim != 1:
        raise ValueError(f"For 'index_select', the dimension of `index` must be 1, but got "
                         f"{index.ndim}")
    _int_tensor(index, 'index_select', 'index')
    return bind(P.gather_p, input, index, axis=_axis(axis, input.ndim))


def masked_select(input, mask):
    """The elements of `input` where the bool `mask` is True (both broadcast), as a 1-D tensor.

    Example:
        >>> ops.masked_select(Tensor([[1, 2], [3, 4]]), Tensor([True, False]))
        Tensor(shape=[2], dtype=Int64, value= [1, 3])
    """
    if not isinstance(mask, Tensor) or mask._data.dtype != np.bool_:
        got = f'Tensor[{mask.dtype}]' if isinstance(mask, Tensor) else type(mask).__name__
        raise TypeError(f"For 'MaskedSelect', the 'mask' must be a Tensor of bool, but got "
                        f"{got}.")
    try:
        shape = np.broadcast_shapes(input.shape, mask.shape)
    except ValueError:
        raise _not_broadcast('MaskedSelect', 'input', 'mask', input.shape, mask.shape) from None
    m = np.broadcast_to(mask._data, shape)
    return bind(P.getitem_p, broadcast_to(input, shape), index=(m,), basic=False)


def select(condition, input, other):
    """Elements of `input` where the bool `condition` holds, else of `other` (all broadcast;
    either may be a number): `ops.where`.

    Example:
        >>> ops.select(Tensor([True, False]), Tensor([1., 2.]), 0.)
        Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  0.00000000e+00])
    """
    if not isinstance(condition, Tensor) or condition._data.dtype != np.bool_:
        got = f'Tensor[{condition.dtype}]' if isinstance(condition, Tensor) else \
            type(condition).__name__
        raise TypeError(f"For 'Select', the 'condition' must be a Tensor of bool, but got {got}.")
    try:
        return bind(P.select_p, condition, input, other)
    except ValueError:
        named = [('condition', condition), ('input', input), ('other', other)]
        shapes = [(n, np.shape(getattr(v, '_data', v))) for n, v in named]
        for (a, sa), (b, sb) in ((shapes[0], shapes[1]), (shapes[0], shapes[2]),
                                 (shapes[1], shapes[2])):
            error = _not_broadcast('Select', a, b, sa, sb)
            if error is not None:
                raise error from None
        raise


# ---- scattering ----
def scatter(input, axis, index, src):
    """`input` with `src` written at `index` along `axis`: for axis 0,
    `out[index[i][j]][j] = src[i][j]`. `src` has index's shape (or is a number); indices out
    of range are skipped, as in MindSpore. Of repeated indices the last write wins (MindSpore's
    choice varies from run to run).

    The gradient of `src` is the output's gradient gathered at `index`; that of `input` is
    zero at the written positions.

    Example:
        >>> ops.scatter(ops.zeros((2, 3)), 1, Tensor([[2], [0]]), Tensor([[5.], [7.]]))
        Tensor(shape=[2, 3], dtype=Float32, value=
        [[ 0.00000000e+00,  0.00000000e+00,  5.00000000e+00],
         [ 7.00000000e+00,  0.00000000e+00,  0.00000000e+00]])
    """
    nd = input.ndim
    axis = _axis(axis, nd)
    idx = _int_tensor(index, 'Scatter', 'index')
    if idx.ndim != nd:
        raise ValueError(f"For 'Scatter', the rank of 'index' must equal the rank of 'input' "
                         f"({nd}), but got {idx.ndim}.")
    for a in range(nd):
        if a != axis and idx.shape[a] > input.shape[a]:
            raise RuntimeError(f"For 'Scatter', the indices dims should be less than input dims, "
                               f"but got indices dim is: {idx.shape[a]} at axis: {a}, while "
                               f"input dim is:{input.shape[a]}")
    if isinstance(src, Tensor):
        if src.shape != idx.shape:
            raise RuntimeError(f"For 'Scatter', the shape of 'index' and the shape of 'src' "
                               f"should be same, but got index shape: {list(idx.shape)}; src "
                               f"shape: {list(src.shape)}.")
        if src._data.dtype != input._data.dtype:
            raise TypeError("For primitive[Scatter], the input type must be same.")
        src = reshape(src, (-1,))
    coords, keep = _element_coords(idx, axis, input.shape[axis])
    if keep is not None and isinstance(src, Tensor):
        src = bind(P.getitem_p, src, index=(keep,), basic=False)
    return bind(P.setitem_p, input, src, index=coords, basic=False)


def _element_coords(idx, axis, n):
    """The full coordinates of the elements `idx` (an int array) points at along `axis`, as a
    tuple of flat arrays; out-of-range entries are dropped, `keep` marking the rest (None: all)."""
    nd = idx.ndim
    coords = [np.broadcast_to(idx if a == axis else np.arange(s).reshape(
        (s,) + (1,) * (nd - a - 1)), idx.shape).reshape(-1) for a, s in enumerate(idx.shape)]
    keep = (coords[axis] >= -n) & (coords[axis] < n)
    if keep.all():
        return tuple(coords), None
    return tuple(c[keep] for c in coords), keep


def tensor_scatter_elements(input_x, indices, updates, axis=0, reduction='none'):
    """`input_x` with `updates` written (reduction 'none') or added (reduction 'add') at the
    positions `indices` names along `axis`, as `scatter` does; `updates` has indices' shape.

    Example:
        >>> ops.tensor_scatter_elements(ops.zeros((2, 3)), Tensor([[2, 2], [0, 1]]),
        ...                             Tensor([[5., 1.], [7., 1.]]), 1, 'add')
        Tensor(shape=[2, 3], dtype=Float32, value=
        [[ 0.00000000e+00,  0.00000000e+00,  6.00000000e+00],
         [ 7.00000000e+00,  1.00000000e+00,  0.00000000e+00]])
    """
    if reduction == 'none':
        return scatter(input_x, axis, indices, updates)
    if reduction != 'add':
        raise ValueError(f"For 'TensorScatterElements', 'reduction' must be 'none' or 'add', "
                         f"but got {reduction!r}.")
    idx = _int_tensor(indices, 'TensorScatterElements', 'indices')
    if updates.shape != idx.shape:
        raise ValueError(f"For 'TensorScatterElements', the shape of 'indices' and of 'updates' "
                         f"must be the same, but got {list(idx.shape)} and {list(updates.shape)}.")
    coords, keep = _element_coords(idx, _axis(axis, input_x.ndim), input_x.shape[axis])
    flat = reshape(updates, (-1,))
    if keep is not None:
        flat = bind(P.getitem_p, flat, index=(keep,), basic=False)
    return input_x + bind(P.index_add_p, flat, index=coords, shape=input_x.shape, basic=False)


def scatter_add(input_x, indices, updates):
    """Adds `updates` into the rows of `input_x` at `indices` (repeated indices add up),
    updating `input_x` in place as MindSpore does, and returns the result.

    Args:
        input_x: the tensor (usually a Parameter) to update.
        indices: an int Tensor of row indices in [0, input_x.shape[0]).
        updates: a Tensor of shape indices.shape + input_x.shape[1:] and input_x's dtype.

    Example:
        >>> x = ops.zeros((3, 2))
        >>> ops.scatter_add(x, Tensor([0, 2, 0]), ops.ones((3, 2)))
        Tensor(shape=[3, 2], dtype=Float32, value=
        [[ 2.00000000e+00,  2.00000000e+00],
         [ 0.00000000e+00,  0.00000000e+00],
         [ 1.00000000e+00,  1.00000000e+00]])
    """
    idx = _int_tensor(indices, 'ScatterAdd', 'indices')
    expected = idx.shape + input_x.shape[1:]
    if updates.shape != expected:
        raise ValueError(f"For ScatterAdd, updates_shape = indices_shape + input_x_shape[1:], but "
                         f"got input_x_shape: {ms_shape(input_x.shape)}, indices_shape: "
                         f"{ms_shape(idx.shape)}, updates_shape: {ms_shape(updates.shape)}.")
    if updates._data.dtype != input_x._data.dtype:
        raise TypeError(f"Data type conversion is not supported for a 'Parameter', nor for the "
                        f"input tensor of an in-place operator, the argument[x]'s data type of "
                        f"primitive[ScatterAdd] is {input_x.dtype}, which cannot be converted to "
                        f"data type {updates.dtype} automatically.")
    n = input_x.shape[0]
    bad = (idx < 0) | (idx >= n)
    if bad.any():
        raise RuntimeError(f"For 'ScatterAdd', the value of indices should be in [0, {n}), but "
                           f"got '{idx[bad].flat[0]}' in indices.")
    out = input_x + bind(P.scatter_add_p, updates, indices, axis=0, shape=input_x.shape)
    setitem(input_x, Ellipsis, out)
    return out


# ---- flips, rolls, padding ----
def flip(input, dims):
    """`input` with the order of elements reversed along each axis in `dims`.

    Example:
        >>> ops.flip(Tensor([[1, 2], [3, 4]]), (1,))
        Tensor(shape=[2, 2], dtype=Int64, value=
        [[2, 1],
         [4, 3]])
    """
    nd = input.ndim
    dims = (dims,) if _is_int(dims) else tuple(dims)
    index = [slice(None)] * nd
    n = builtins.max(nd, 1)
    for i, d in enumerate(dims):
        if not _is_int(d) or not -n <= d < n:
            raise ValueError(f"For 'ReverseV2', the 'axis[{i}]' must be in range of [{-n}, {n}), "
                             f"but got {d} with type 'int'.")
        if index[d % n] != slice(None):
            raise ValueError(f"For ReverseV2, 'axis' cannot contain duplicate dimensions, but "
                             f"got {d % n}")
        index[d % n] = slice(None, None, -1)
    return bind(P.getitem_p, input, index=tuple(index), basic=True)


def roll(input, shifts, dims=None):
    """`input` with its elements shifted by `shifts` along `dims` (of the flattened input when
    None), those leaving at one end coming back at the other.

    MindSpore 2.10 has no CPU kernel for Roll; this follows its documentation.

    Example:
        >>> ops.roll(Tensor([0, 1, 2, 3, 4]), 2)
        Tensor(shape=[5], dtype=Int64, value= [3, 4, 0, 1, 2])
    """
    shifts = (shifts,) if _is_int(shifts) else tuple(shifts)
    if dims is None:
        if len(shifts) != 1:
            raise ValueError(f"For 'roll', 'shifts' must be one int when 'dims' is None, but "
                             f"got {shifts}.")
        return reshape(roll(reshape(input, (-1,)), shifts, 0), input.shape)
    dims = (dims,) if _is_int(dims) else tuple(dims)
    if len(shifts) != len(dims):
        raise ValueError(f"For 'roll', 'shifts' and 'dims' must have the same length, but got "
                         f"{len(shifts)} and {len(dims)}.")
    out = input
    for s, d in zip(shifts, dims):
        d = _dim(d, input.ndim)
        n = input.shape[d]
        if n and s % n:
            out = _take(out, (np.arange(n) - s) % n, d)
    return out


_PAD_MODES = ('constant', 'reflect', 'replicate', 'circular')


def _pad_source(mode, n, left, right, d):
    """For each output position along one axis, the input position it copies."""
    pos = np.arange(-left, n + right)
    if mode == 'replicate':
        return np.clip(pos, 0, n - 1)
    if mode == 'reflect':
        if left >= n or right >= n:
            raise ValueError(f"For 'PadV3' reflect mode, Padding size must be less than the "
                             f"corresponding input dimension, but got: padding ({left},{right}) "
                             f"at dimension {d} of input:[{n}]")
        pos = np.abs(pos)
        return np.where(pos >= n, 2 * (n - 1) - pos, pos)
    start, stop = builtins.max(0, -left), n - builtins.max(0, -right)   # cropped first
    if left > stop - start or right > stop - start:
        raise ValueError(f"For 'pad', circular padding ({left},{right}) can wrap around dimension "
                         f"{d} of size {stop - start} at most once.")
    return start + (pos - start) % (stop - start)


def pad(input_x, padding, mode='constant', value=None):
    """`input_x` padded on both sides of its last len(padding) // 2 axes, the last axis first:
    `padding` = (left, right, top, bottom, ...). Negative amounts crop.

    Args:
        mode: 'constant' (with `value`, default 0), 'reflect' (mirrored, without the edge),
            'replicate' (the edge repeated) or 'circular' (wrapped around). The last three
            pad the last 1 to 3 axes (reflect: 1 or 2) of an input with one or two more axes.

    Example:
        >>> ops.pad(Tensor([[1, 2]]), (1, 2), value=9)
        Tensor(shape=[1, 5], dtype=Int64, value=
        [[9, 1, 2, 9, 9]])
        >>> ops.pad(Tensor([[1, 2, 3]]), (2, 1), mode='reflect')
        Tensor(shape=[1, 6], dtype=Int64, value=
        [[3, 2, 1, 2, 3, 2]])
    """
    if not isinstance(input_x, Tensor):
        raise TypeError(f"For 'pad', the type of 'input_x' must be Tensor, but got "
                        f"{type(input_x)}.")
    if isinstance(padding, Tensor):
        padding = padding.asnumpy().tolist()
    if not isinstance(padding, (tuple, list)) or not builtins.all(_is_int(p) for p in padding):
        raise TypeError(f"For 'pad', the paddings value must be tuple of int or list of int, but "
                        f"got {padding}")
    if not padding:
        return input_x
    if len(padding) % 2:
        raise ValueError(f"For 'pad', the size of padding must be divisible by 2, but got "
                         f"{len(padding)}")
    if mode not in _PAD_MODES:
        raise ValueError(f"For 'PadV3', the 'mode' must be str and must be in '['constant', "
                         f"'reflect', 'edge', 'circular']', but got '{mode}'.")
    nd, k = input_x.ndim, len(padding) // 2
    pairs = {nd - 1 - i: (int(padding[2 * i]), int(padding[2 * i + 1])) for i in range(k)}
    if mode == 'constant':
        if k > nd:
            raise ValueError(f"For 'PadV3' constant mode, paddings length too large for input "
                             f"dims, the pad dims must be less than or equal to {nd}")
        return _pad_constant(input_x, pairs, 0 if value is None else value)
    if value is not None:
        raise ValueError(f"For 'pad', the padding mode '{mode}' can not set value, but got value "
                         f"{value}.")
    if len(padding) > 6:
        raise ValueError(f"For 'pad', the padding must be less than or equal to 6, but got "
                         f"{len(padding)}.")
    if (mode == 'reflect' and k > 2) or nd not in (k + 1, k + 2):
        most = 2 if mode == 'reflect' else 3
        raise ValueError(f"For 'pad', mode '{mode}' pads the last 1 to {most} dimensions of an "
                         f"input with one or two more dimensions, but got {len(padding)} padding "
                         f"values for a {nd}-D input.")
    out = input_x
    for d, (left, right) in sorted(pairs.items()):
        if left or right:
            out = _take(out, _pad_source(mode, input_x.shape[d], left, right, d), d)
    return out


def _pad_constant(x, pairs, value):
    crop, place, shape = [slice(None)] * x.ndim, [slice(None)] * x.ndim, list(x.shape)
    for d, (left, right) in pairs.items():
        n = x.shape[d]
        size = n + left + right
        if size < 0:
            raise ValueError(f"For primitive[PadV3], the output size must be greater than 0, but "
                             f"got {size}.")
        start = builtins.max(0, -left)
        stop = builtins.max(start, n - builtins.max(0, -right))
        crop[d] = slice(start, stop)
        place[d] = slice(builtins.max(0, left), builtins.max(0, left) + stop - start)
        shape[d] = size
    if builtins.any(c != slice(None) for c in crop):
        x = bind(P.getitem_p, x, index=tuple(crop), basic=True)
    if value == 0:
        return bind(P.index_add_p, x, index=tuple(place), shape=tuple(shape), basic=True)
    full = _wrap(np.full(shape, value, x._data.dtype))
    return bind(P.setitem_p, full, x, index=tuple(place), basic=True)
