"""Batching rules of reshaping, concatenation, indexing, item assignment, gather and scatter."""
import numbers

import numpy as np

from ..._core.primitive import bind
from ...ops import primitives as P
from .batching import (batch_rules, batch_size, example_ndim, insert_ones, move_axis,
                       shift_axis, to_front)


def _reshape(vals, bdims, shape):
    x = move_axis(vals[0], bdims[0], 0)
    return bind(P.reshape_p, x, shape=(x.shape[0],) + tuple(shape)), 0


def _transpose(vals, bdims, perm):
    d = bdims[0]
    return bind(P.transpose_p, vals[0], perm=(d,) + tuple(p + (p >= d) for p in perm)), 0


def _broadcast_to(vals, bdims, shape):
    (x,), (d,) = vals, bdims
    x = insert_ones(move_axis(x, d, 0), 1, len(shape) - (x.ndim - 1))
    return bind(P.broadcast_to_p, x, shape=(x.shape[0],) + tuple(shape)), 0


def _concat(vals, bdims, axis):
    size = batch_size(vals, bdims)
    xs = [to_front(x, d, size) for x, d in zip(vals, bdims)]
    return bind(P.concat_p, *xs, axis=axis % (xs[0].ndim - 1) + 1), 0


def _split(vals, bdims, axis, indices):
    (x,), (d,) = vals, bdims
    outs = bind(P.split_p, x, axis=shift_axis(axis, x.ndim - 1, d), indices=indices)
    return outs, (d,) * len(outs)


# ---- indexing: the batch axis is prepended to the index as a full slice ----
def _is_advanced(i):
    return isinstance(i, (np.ndarray, numbers.Integral))


def _advanced_shape(i):
    i = np.asarray(i)
    return (int(np.count_nonzero(i)),) if i.dtype == np.bool_ else i.shape


def index_batch_axis(index, basic):
    """Where `x[(slice(None),) + index]` puts x's leading batch axis: first, unless the index
    has advanced entries that are not adjacent, which NumPy puts before every sliced axis."""
    if basic:
        return 0
    adv = [k for k, i in enumerate(index) if _is_advanced(i)]
    if not adv or adv[-1] - adv[0] + 1 == len(adv):
        return 0
    return len(np.broadcast_shapes(*[_advanced_shape(index[k]) for k in adv]))


def _indexed_ndim(shape, index):
    return np.broadcast_to(np.zeros((), np.int8), shape)[index].ndim


def _align(v, d, rank, at):
    """Batched (or, with `d` None, single-example) `v` broadcast per example to `rank` axes as
    NumPy's assignment does, with its batch axis at `at`."""
    v = move_axis(v, d, 0) if d is not None else bind(P.reshape_p, v, shape=(1,) + tuple(v.shape))
    r = v.ndim - 1
    if r < rank:
        v = insert_ones(v, 1, rank - r)
    elif r > rank:                       # leading axes of length 1, which assignment drops
        v = bind(P.reshape_p, v, shape=(v.shape[0],) + tuple(v.shape[1 + r - rank:]))
    return move_axis(v, 0, at)


def _tuple(index):
    return index if isinstance(index, tuple) else (index,)


def _getitem(vals, bdims, index, basic):
    index = _tuple(index)
    x = move_axis(vals[0], bdims[0], 0)
    out = bind(P.getitem_p, x, index=(slice(None),) + index, basic=basic)
    return out, index_batch_axis(index, basic)


def _index_add(vals, bdims, index, shape, basic):
    index = _tuple(index)
    (ct,), (d,) = vals, bdims
    at = index_batch_axis(index, basic)
    ct = _align(ct, d, _indexed_ndim(shape, index), at)
    size = ct.shape[at]
    return bind(P.index_add_p, ct, index=(slice(None),) + index, shape=(size,) + tuple(shape),
                basic=basic), 0


def _setitem(vals, bdims, index, basic):
    index = _tuple(index)
    (x, value), (dx, dv) = vals, bdims
    size = batch_size(vals, bdims)
    x = to_front(x, dx, size)
    at = index_batch_axis(index, basic)
    if hasattr(value, 'shape') and (dv is not None or at != 0):
        value = _align(value, dv, _indexed_ndim(x.shape[1:], index), at)
    return bind(P.setitem_p, x, value, index=(slice(None),) + index, basic=basic), 0


# ---- gather and scatter-add along an axis: with batched indices, the batch and the axis are
# flattened into one axis, each example's indices offset into its own block ----
def _offsets(indices, d, size, n):
    """Batched `indices` (batch axis first) into `n` entries, as indices into `size * n`."""
    indices = move_axis(indices, d, 0)
    base = (np.arange(size) * n).reshape((size,) + (1,) * (indices.ndim - 1))
    return bind(P.add_p, bind(P.remainder_p, indices, n), base)


def _gather(vals, bdims, axis):
    (x, indices), (dx, di) = vals, bdims
    n_ex = example_ndim(x, dx)
    axis %= n_ex
    if di is None:
        return bind(P.gather_p, move_axis(x, dx, 0), indices, axis=axis + 1), 0
    if dx is None:
        return bind(P.gather_p, x, indices, axis=axis), axis + di
    size = x.shape[dx]
    x = move_axis(move_axis(x, dx, 0), axis + 1, 1)        # (B, n, other axes...)
    n = x.shape[1]
    flat = bind(P.reshape_p, x, shape=(size * n,) + tuple(x.shape[2:]))
    out = bind(P.gather_p, flat, _offsets(indices, di, size, n), axis=0)   # (B, I..., other...)
    k = indices.ndim - 1
    perm = ((0,) + tuple(range(1 + k, 1 + k + axis)) + tuple(range(1, 1 + k))
            + tuple(range(1 + k + axis, out.ndim)))
    return bind(P.transpose_p, out, perm=perm), 0


def _scatter_add(vals, bdims, axis, shape):
    (updates, indices), (du, di) = vals, bdims
    axis %= len(shape)
    if di is None:
        updates = move_axis(updates, du, 0)
        return bind(P.scatter_add_p, updates, indices, axis=axis + 1,
                    shape=(updates.shape[0],) + tuple(shape)), 0
    size = indices.shape[di]
    updates = to_front(updates, du, size)                  # (B, pre..., I..., post...)
    k = indices.ndim - 1
    perm = ((0,) + tuple(range(1 + axis, 1 + axis + k)) + tuple(range(1, 1 + axis))
            + tuple(range(1 + axis + k, updates.ndim)))
    updates = bind(P.transpose_p, updates, perm=perm)     # (B, I..., pre..., post...)
    n = shape[axis]
    rest = tuple(shape[:axis]) + tuple(shape[axis + 1:])
    out = bind(P.scatter_add_p, updates, _offsets(indices, di, size, n), axis=0,
               shape=(size * n,) + rest)
    out = bind(P.reshape_p, out, shape=(size, n) + rest)
    return move_axis(out, 1, axis + 1), 0


batch_rules.update({
    P.reshape_p: _reshape, P.transpose_p: _transpose, P.broadcast_to_p: _broadcast_to,
    P.concat_p: _concat, P.split_p: _split, P.getitem_p: _getitem, P.index_add_p: _index_add,
    P.setitem_p: _setitem, P.gather_p: _gather, P.scatter_add_p: _scatter_add,
})
