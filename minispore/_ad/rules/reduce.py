"""vjp and jvp rules of the reductions."""
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


# d prod / d x_i = prod / x_i (inputs are assumed nonzero)
vjp_rules[P.reduce_prod_p] = (lambda ct, out, x, axis, keepdims:
                              _expand(ct * out, x, axis, keepdims) / x,)
jvp_rules[P.reduce_prod_p] = lambda primals, tangents, axis, keepdims: (
    F.prod(primals[0], axis, keepdims),
    F.sum(tangents[0] * _expand(F.prod(primals[0], axis, keepdims), primals[0], axis, keepdims)
          / primals[0], axis, keepdims))

defextremum(P.reduce_max_p)
defextremum(P.reduce_min_p)

for _p in (P.reduce_all_p, P.reduce_any_p, P.argmax_p, P.argmin_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p, **params: (bind(_p, *primals, **params), None)
