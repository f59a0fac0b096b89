"""Batching rules of cross entropy and the sliding-window primitives: the batch folds into N."""
from ..._core.primitive import bind
from ...ops import primitives as P
from .batching import batch_rules, batch_size, move_axis, to_front


def _fold(x, d, size):
    """(N, ...) examples stacked as (B, N, ...) -> (B * N, ...)."""
    x = to_front(x, d, size)
    return bind(P.reshape_p, x, shape=(-1,) + tuple(x.shape[2:]))


def _unfold(x, size):
    return bind(P.reshape_p, x, shape=(size, -1) + tuple(x.shape[1:]))


def _folded(prim):
    """A primitive whose inputs and results all share a leading N axis."""
    def rule(vals, bdims, **params):
        size = batch_size(vals, bdims)
        out = bind(prim, *[_fold(v, d, size) for v, d in zip(vals, bdims)], **params)
        if prim.multiple_results:
            return tuple(_unfold(o, size) for o in out), (0,) * len(out)
        return _unfold(out, size), 0
    return rule


def _im2col(vals, bdims, **params):
    """(B, N, C, H, W) -> (C * kh * kw, B, N * Ho * Wo): columns are ordered by example."""
    (x,), (d,) = vals, bdims
    size = x.shape[d]
    cols = bind(P.im2col_p, _fold(x, d, size), **params)
    return bind(P.reshape_p, cols, shape=(cols.shape[0], size, -1)), 1


def _col2im(vals, bdims, **params):
    (cols,), (d,) = vals, bdims
    size = cols.shape[d]
    cols = move_axis(cols, d, 1)
    cols = bind(P.reshape_p, cols, shape=(cols.shape[0], -1))
    return _unfold(bind(P.col2im_p, cols, **params), size), 0


for _p in (P.softmax_cross_entropy_p, P.softmax_cross_entropy_grad_p, P.max_pool_index_p,
           P.adaptive_max_index_p):
    batch_rules[_p] = _folded(_p)
batch_rules[P.im2col_p] = _im2col
batch_rules[P.col2im_p] = _col2im
