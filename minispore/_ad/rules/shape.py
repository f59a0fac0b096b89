"""vjp and jvp rules of reshaping, broadcasting, concatenation and indexing."""
import numpy as np

from ..._core.primitive import bind
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def deflinear(prim, transpose):
    """Rules of a primitive linear in its (single) input, given its transpose `transpose`."""
    vjp_rules[prim] = (transpose,)
    jvp_rules[prim] = lambda primals, tangents, **params: (
        bind(prim, primals[0], **params), bind(prim, tangents[0], **params))


deflinear(P.reshape_p, lambda ct, out, x, shape: F.reshape(ct, x.shape))
deflinear(P.transpose_p, lambda ct, out, x, perm: F.transpose(ct, tuple(np.argsort(perm))))
deflinear(P.broadcast_to_p, lambda ct, out, x, shape: F.sum_to(ct, x.shape))
deflinear(P.getitem_p, lambda ct, out, x, index, basic:
          bind(P.index_add_p, ct, index=index, shape=x.shape, basic=basic))
deflinear(P.index_add_p, lambda ct, out, x, index, shape, basic:
          bind(P.getitem_p, ct, index=index, basic=basic))


def _concat_vjp(ct, out, *xs, axis):
    bounds = np.cumsum([0] + [x.shape[axis] for x in xs])
    lead = (slice(None),) * axis
    return tuple(F.getitem(ct, lead + (slice(int(a), int(b)),)) for a, b in zip(bounds, bounds[1:]))


def _concat_jvp(primals, tangents, axis):
    tangents = [F.zeros_like(x) if t is None else t for x, t in zip(primals, tangents)]
    return F.concat(primals, axis), F.concat(tangents, axis)


vjp_rules[P.concat_p] = _concat_vjp
jvp_rules[P.concat_p] = _concat_jvp


# ---- item assignment: linear in (x, value) together ----
def _value_ct(ct, value, index, basic):
    """The cotangent of the assigned value: ct at the index, with the value's leading axes
    of length 1 (NumPy's assignment drops them) restored; the tape sums the rest."""
    g = bind(P.getitem_p, ct, index=index, basic=basic)
    if g.ndim < value.ndim:
        g = F.reshape(g, (1,) * (value.ndim - g.ndim) + g.shape)
    return g


def _setitem_jvp(primals, tangents, index, basic):
    (x, value), (x_dot, value_dot) = primals, tangents
    out = bind(P.setitem_p, x, value, index=index, basic=basic)
    x_dot = F.zeros_like(x) if x_dot is None else x_dot
    return out, bind(P.setitem_p, x_dot, 0 if value_dot is None else value_dot, index=index,
                     basic=basic)


vjp_rules[P.setitem_p] = (
    lambda ct, out, x, value, index, basic: bind(P.setitem_p, ct, 0, index=index, basic=basic),
    lambda ct, out, x, value, index, basic: _value_ct(ct, value, index, basic))
jvp_rules[P.setitem_p] = _setitem_jvp


# ---- gather along an axis and its transpose, scatter-add; the indices have no gradient ----
vjp_rules[P.gather_p] = (lambda ct, out, x, indices, axis:
                         bind(P.scatter_add_p, ct, indices, axis=axis, shape=x.shape), None)
vjp_rules[P.scatter_add_p] = (lambda ct, out, updates, indices, axis, shape:
                              bind(P.gather_p, ct, indices, axis=axis), None)


def _deflinear_indexed(prim):
    """The jvp of a primitive linear in its first input, the second being integer indices."""
    def jvp(primals, tangents, **params):
        (x, indices), x_dot = primals, tangents[0]
        return (bind(prim, x, indices, **params),
                None if x_dot is None else bind(prim, x_dot, indices, **params))
    jvp_rules[prim] = jvp


_deflinear_indexed(P.gather_p)
_deflinear_indexed(P.scatter_add_p)


# ---- split: views forward, one concat backward ----
def _split_vjp(cts, outs, x, axis, indices):
    cts = [F.zeros_like(o) if c is None else c for o, c in zip(outs, cts)]
    return (bind(P.concat_p, *cts, axis=axis),)


vjp_rules[P.split_p] = _split_vjp
jvp_rules[P.split_p] = lambda primals, tangents, axis, indices: (
    bind(P.split_p, primals[0], axis=axis, indices=indices),
    bind(P.split_p, tangents[0], axis=axis, indices=indices))
