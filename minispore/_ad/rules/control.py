"""vjp and jvp rules of casts, identity and stop_gradient."""
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def _float(dtype):
    return dtype.kind in 'fc'


vjp_rules[P.cast_p] = (lambda ct, out, x, dtype: F.cast(ct, x.dtype),)
jvp_rules[P.cast_p] = lambda primals, tangents, dtype: (
    F.cast(primals[0], dtype), F.cast(tangents[0], dtype) if _float(dtype) else None)

vjp_rules[P.identity_p] = (lambda ct, out, x: ct,)
jvp_rules[P.identity_p] = lambda primals, tangents: (F.identity(primals[0]), tangents[0])

vjp_rules[P.stop_gradient_p] = None
jvp_rules[P.stop_gradient_p] = lambda primals, tangents: (F.stop_gradient(primals[0]), None)
