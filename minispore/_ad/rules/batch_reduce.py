"""Batching rules of reductions, arg-reductions, scans, sorting and softmax: axis params shifted."""
from ..._core.primitive import bind
from ...ops import primitives as P
from .batching import batch_rules, example_ndim, insert_ones, move_axis, shift_axis


def _reduction(prim):
    """`axis` None reduces every per-example axis; the batch axis stays where it is."""
    def rule(vals, bdims, axis, keepdims):
        (x,), (d,) = vals, bdims
        n = x.ndim - 1
        if axis is None:
            axes = tuple(range(n))
        else:
            axes = tuple(a % n for a in (axis if isinstance(axis, tuple) else (axis,)))
        out = bind(prim, x, axis=shift_axis(axes, n, d), keepdims=keepdims)
        return out, d if keepdims else d - sum(a < d for a in axes)
    return rule


def _arg_reduction(prim):
    def rule(vals, bdims, axis, keepdims):
        (x,), (d,) = vals, bdims
        n = x.ndim - 1
        if axis is None:                # the index into each flattened example
            flat = bind(P.reshape_p, move_axis(x, d, 0), shape=(x.shape[d], -1))
            out = bind(prim, flat, axis=1, keepdims=False)
            return (insert_ones(out, 1, n) if keepdims else out), 0
        axis %= n
        out = bind(prim, x, axis=shift_axis(axis, n, d), keepdims=keepdims)
        return out, d if keepdims or axis >= d else d - 1
    return rule


def _along_axis(prim):
    """A primitive working along `axis`, its result shaped like its input."""
    def rule(vals, bdims, axis, **params):
        (x,), (d,) = vals, bdims
        return bind(prim, x, axis=shift_axis(axis, example_ndim(x, d), d), **params), d
    return rule


for _p in (P.reduce_sum_p, P.reduce_mean_p, P.reduce_max_p, P.reduce_min_p, P.reduce_prod_p,
           P.reduce_all_p, P.reduce_any_p):
    batch_rules[_p] = _reduction(_p)
for _p in (P.argmax_p, P.argmin_p):
    batch_rules[_p] = _arg_reduction(_p)
for _p in (P.cumsum_p, P.cumprod_p, P.cumargmax_p, P.cumargmin_p, P.argsort_p, P.softmax_p,
           P.log_softmax_p):
    batch_rules[_p] = _along_axis(_p)
