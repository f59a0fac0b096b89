"""The batching rule table of `vmap`, one entry per primitive, filled by the `batch_*` modules.

batch_rules[p]: `f(vals, bdims, **params) -> (out, out_bdim)`, where `bdims[i]` is the batch
axis of `vals[i]` (None: unbatched, at least one is batched) and `out_bdim` that of the result
(tuples of both for primitives with several results). Rules bind primitives, so they run under
any interpreter below and compose with grad, jvp and vmap above and below.
"""
import numpy as np

from ..._core.primitive import bind
from ...common.tensor import Tensor
from ...ops import primitives as P

batch_rules = {}


def ndim(x):
    """The rank of a Tensor or a Python number."""
    return x.ndim if isinstance(x, Tensor) else np.ndim(x)


def example_ndim(x, bdim):
    """The rank of one example of `x`."""
    return ndim(x) - (bdim is not None)


def batch_size(vals, bdims):
    return next(v.shape[d] for v, d in zip(vals, bdims) if d is not None)


def move_axis(x, src, dst):
    """`x` with axis `src` moved to position `dst`."""
    if src == dst:
        return x
    perm = [i for i in range(x.ndim) if i != src]
    perm.insert(dst, src)
    return bind(P.transpose_p, x, perm=tuple(perm))


def to_front(x, bdim, size):
    """`x` with its batch axis first; an unbatched `x` is broadcast to the batch."""
    if bdim is None:
        return bind(P.broadcast_to_p, x, shape=(size,) + tuple(x.shape))
    return move_axis(x, bdim, 0)


def insert_ones(x, at, count):
    """`x` with `count` axes of length 1 inserted at position `at`."""
    if count <= 0:
        return x
    shape = tuple(x.shape)
    return bind(P.reshape_p, x, shape=shape[:at] + (1,) * count + shape[at:])


def shift_axis(axis, n, bdim):
    """A per-example axis (int or tuple, negative counting from the end of `n` axes) as an
    axis of the batched value whose batch axis is `bdim`."""
    if isinstance(axis, tuple):
        return tuple(shift_axis(a, n, bdim) for a in axis)
    axis %= n
    return axis + (axis >= bdim)


def loop_rule(prim):
    """The rule of a primitive whose result shape depends on the data: one call per example,
    the results stacked (they must have the same shape)."""
    def rule(vals, bdims, **params):
        size = batch_size(vals, bdims)
        outs = [bind(prim, *[v if d is None else _take(v, d, b) for v, d in zip(vals, bdims)],
                     **params) for b in range(size)]
        if prim.multiple_results:
            return tuple(_stack(prim, list(o)) for o in zip(*outs)), (0,) * len(outs[0])
        return _stack(prim, outs), 0
    return rule


def _take(x, axis, b):
    return bind(P.getitem_p, x, index=(slice(None),) * axis + (b,), basic=True)


def _stack(prim, outs):
    shapes = {tuple(o.shape) for o in outs}
    if len(shapes) > 1:
        raise ValueError(f"vmap cannot batch '{prim}' here: its result has a different shape "
                         f"for each example ({', '.join(map(str, sorted(shapes)))}); call it "
                         f"outside vmap, once per example.")
    return bind(P.concat_p, *[insert_ones(o, 0, 1) for o in outs], axis=0)


# the family modules fill the table
from . import batch_elementwise, batch_linalg, batch_nn, batch_reduce, batch_shape  # noqa: E402
