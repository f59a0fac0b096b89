"""vjp and jvp rules of the reductions, scans and sorting."""
import numpy as np

from ..._core.primitive import bind
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def _expand(ct, x, axis, keepdims):
    """Broadcast a reduced `ct` back to the shape of `x`."""
    if not keepdims and axis is not None:
        shape = tuple(1 if axis is None or i in axis else s for i, s in enumerate(x.shape))
        ct = F.reshape(ct, shape)
    return F.broadcast_to(ct, x.shape)


vjp_rules[P.reduce_sum_p] = (lambda ct, out, x, axis, keepdims: _expand(ct, x, axis, keepdims),)
jvp_rules[P.reduce_sum_p] = lambda primals, tangents, axis, keepdims: (
    F.sum(primals[0], axis, keepdims), F.sum(tangents[0], axis, keepdims))

vjp_rules[P.reduce_mean_p] = (lambda ct, out, x, axis, keepdims:
                              _expand(ct, x, axis, keepdims) * (out.size / x.size),)
jvp_rules[P.reduce_mean_p] = lambda primals, tangents, axis, keepdims: (
    bind(P.reduce_mean_p, primals[0], axis=axis, keepdims=keepdims),
    bind(P.reduce_mean_p, tangents[0], axis=axis, keepdims=keepdims))


def defextremum(prim):
    """Rules of max/min reductions: ties share the cotangent equally."""
    def chosen(x, out, axis, keepdims):
        mask = F.cast(F.equal(x, _expand(out, x, axis, keepdims)), x.dtype)
        return mask / _expand(F.sum(mask, axis, keepdims), x, axis, keepdims)

    def vjp(ct, out, x, axis, keepdims):
        return _expand(ct, x, axis, keepdims) * chosen(x, out, axis, keepdims)

    def jvp(primals, tangents, axis, keepdims):
        (x,), (x_dot,) = primals, tangents
        out = bind(prim, x, axis=axis, keepdims=keepdims)
        return out, F.sum(x_dot * chosen(x, out, axis, keepdims), axis, keepdims)

    vjp_rules[prim] = (vjp,)
    jvp_rules[prim] = jvp


def _cumprod(x, axis, exclusive=False, reverse=False):
    return bind(P.cumprod_p, x, axis=axis, exclusive=exclusive, reverse=reverse)


def _prod_of_others(x, axis):
    """d prod / d x_i: the product of the other elements of x_i's reduced slice, as the
    product of the exclusive running products from both ends (exact when x has zeros)."""
    axes = tuple(range(x.ndim)) if axis is None else axis
    if len(axes) == 1:
        return _cumprod(x, axes[0], True) * _cumprod(x, axes[0], True, True)
    keep = tuple(i for i in range(x.ndim) if i not in axes)
    perm = keep + axes
    xt = F.transpose(x, perm) if perm != tuple(range(x.ndim)) else x
    flat = F.reshape(xt, xt.shape[:len(keep)] + (-1,))
    others = F.reshape(_prod_of_others(flat, (len(keep),)), xt.shape)
    return F.transpose(others, tuple(np.argsort(perm))) if xt is not x else others


vjp_rules[P.reduce_prod_p] = (lambda ct, out, x, axis, keepdims:
                              _expand(ct, x, axis, keepdims) * _prod_of_others(x, axis),)
jvp_rules[P.reduce_prod_p] = lambda primals, tangents, axis, keepdims: (
    bind(P.reduce_prod_p, primals[0], axis=axis, keepdims=keepdims),
    F.sum(tangents[0] * _prod_of_others(primals[0], axis), axis, keepdims))

defextremum(P.reduce_max_p)
defextremum(P.reduce_min_p)

for _p in (P.reduce_all_p, P.reduce_any_p, P.argmax_p, P.argmin_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p, **params: (bind(_p, *primals, **params), None)


# ---- scans: the transpose of a scan is the same scan run the other way ----
vjp_rules[P.cumsum_p] = (lambda ct, out, x, axis, exclusive, reverse: bind(
    P.cumsum_p, ct, axis=axis, exclusive=exclusive, reverse=not reverse),)
jvp_rules[P.cumsum_p] = lambda primals, tangents, **params: (
    bind(P.cumsum_p, primals[0], **params), bind(P.cumsum_p, tangents[0], **params))


# d out_j / d x_i = out_j / x_i for each x_i in out_j's product (inputs assumed nonzero, as
# MindSpore's rule does)
vjp_rules[P.cumprod_p] = (lambda ct, out, x, axis, exclusive, reverse: bind(
    P.cumsum_p, ct * out, axis=axis, exclusive=exclusive, reverse=not reverse) / x,)


def _cumprod_jvp(primals, tangents, **params):
    (x,), (x_dot,) = primals, tangents
    out = bind(P.cumprod_p, x, **params)
    return out, out * bind(P.cumsum_p, x_dot / x, **params)


jvp_rules[P.cumprod_p] = _cumprod_jvp

# ---- indices (gathered with getitem, which carries the gradient) ----
for _p in (P.cumargmax_p, P.cumargmin_p, P.argsort_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p, **params: (bind(_p, *primals, **params), None)
vjp_rules[P.unique_p] = None
jvp_rules[P.unique_p] = lambda primals, tangents: (bind(P.unique_p, *primals), (None, None))
