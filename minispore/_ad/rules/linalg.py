"""vjp and jvp rules of matrix products."""
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def _mT(x):
    return F.transpose(x, tuple(range(x.ndim - 2)) + (x.ndim - 1, x.ndim - 2))


def _matmul_ct_x(ct, out, x, y):
    if x.ndim == 1 and y.ndim == 1:
        return ct * y
    if y.ndim == 1:                      # (..., k) @ (k,) -> (...)
        return F.expand_dims(ct, -1) * y
    if x.ndim == 1:                      # (k,) @ (..., k, m) -> (..., m)
        return F.matmul(y, F.expand_dims(ct, -1))[..., 0]
    return F.matmul(ct, _mT(y))


def _matmul_ct_y(ct, out, x, y):
    if x.ndim == 1 and y.ndim == 1:
        return ct * x
    if x.ndim == 1:                      # outer product, broadcast over y's batch axes
        return F.expand_dims(x, -1) * (ct if ct.ndim == 1 else F.expand_dims(ct, -2))
    if y.ndim == 1:
        return F.matmul(F.expand_dims(ct, -2), x)[..., 0, :]
    return F.matmul(_mT(x), ct)


def _matmul_jvp(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    out_dot = None if x_dot is None else F.matmul(x_dot, y)
    if y_dot is not None:
        term = F.matmul(x, y_dot)
        out_dot = term if out_dot is None else out_dot + term
    return F.matmul(x, y), out_dot


vjp_rules[P.matmul_p] = (_matmul_ct_x, _matmul_ct_y)
jvp_rules[P.matmul_p] = _matmul_jvp
