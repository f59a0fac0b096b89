"""vjp and jvp rules of the sliding-window primitives (im2col, col2im, pooling arg-max)."""
from ..._core.primitive import bind
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


# im2col and col2im are linear and each other's transpose.
def _im2col_vjp(ct, out, x, **params):
    return bind(P.col2im_p, ct, size=x.shape[2:], **params)


def _col2im_vjp(ct, out, cols, size, **params):
    return bind(P.im2col_p, ct, **params)


def _linear_jvp(prim):
    def jvp(primals, tangents, **params):
        return bind(prim, primals[0], **params), bind(prim, tangents[0], **params)
    return jvp


vjp_rules[P.im2col_p] = (_im2col_vjp,)
vjp_rules[P.col2im_p] = (_col2im_vjp,)
jvp_rules[P.im2col_p] = _linear_jvp(P.im2col_p)
jvp_rules[P.col2im_p] = _linear_jvp(P.col2im_p)

# The window arg-max indices are integers: no derivative.
for _p in (P.max_pool_index_p, P.adaptive_max_index_p):
    vjp_rules[_p] = None
    jvp_rules[_p] = lambda primals, tangents, _p=_p, **params: (bind(_p, *primals, **params), None)
