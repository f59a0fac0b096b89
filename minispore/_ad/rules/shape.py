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
