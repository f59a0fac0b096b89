"""vjp and jvp rules of matrix products, einsum, inverse, determinant and SVD."""
from ..._core.primitive import bind
from ...ops import functional as F
from ...ops import primitives as P
from . import jvp_rules, vjp_rules


def _mT(x):
    n = x.ndim
    return bind(P.transpose_p, x, perm=tuple(range(n - 2)) + (n - 1, n - 2))


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
    if y.ndim == 2 and x.ndim == 2 and _transposed(y):
        # y is a transposed view (Dense's `x @ W.T`): laid out as y, the cotangent reaches W
        # contiguous, and the optimizer's update reads it in order.
        return _mT(F.matmul(_mT(ct), x))
    return F.matmul(_mT(x), ct)


def _transposed(y):
    flags = y._data.flags
    return flags.f_contiguous and not flags.c_contiguous


def _matmul_jvp(primals, tangents):
    (x, y), (x_dot, y_dot) = primals, tangents
    out_dot = None if x_dot is None else F.matmul(x_dot, y)
    if y_dot is not None:
        term = F.matmul(x, y_dot)
        out_dot = term if out_dot is None else out_dot + term
    return F.matmul(x, y), out_dot


vjp_rules[P.matmul_p] = (_matmul_ct_x, _matmul_ct_y)
jvp_rules[P.matmul_p] = _matmul_jvp


# ---- einsum: multilinear, so each operand's cotangent is an einsum of the cotangent with
# the other operands ----
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _einsum_ct(k):
    def rule(ct, out, *xs, equation):
        ins, out_subs = equation.split('->')
        subs = ins.split(',')
        operands = [ct] + [x for i, x in enumerate(xs) if i != k]
        labels = [out_subs] + [s for i, s in enumerate(subs) if i != k]
        free = (c for c in _LETTERS if c not in equation)
        target, seen = '', set()
        for c, n in zip(subs[k], xs[k].shape):
            if c in seen:                  # a repeated label (a diagonal): mask with eye
                f = next(free)
                operands.append(F.eye(n, n, ct.dtype))
                labels.append(c + f)
                c = f
            seen.add(c)
            target += c
        present = set(''.join(labels))
        for c, n in zip(target, xs[k].shape):
            if c not in present:           # summed over in x_k only: broadcast back
                operands.append(F.ones((n,), ct.dtype))
                labels.append(c)
        return bind(P.einsum_p, *operands, equation=','.join(labels) + '->' + target)
    return rule


def _einsum_jvp(primals, tangents, equation):
    out_dot = None
    for k, t in enumerate(tangents):
        if t is not None:
            term = bind(P.einsum_p, *primals[:k], t, *primals[k + 1:], equation=equation)
            out_dot = term if out_dot is None else out_dot + term
    return bind(P.einsum_p, *primals, equation=equation), out_dot


vjp_rules[P.einsum_p] = tuple(_einsum_ct(k) for k in range(len(_LETTERS)))
jvp_rules[P.einsum_p] = _einsum_jvp


# ---- inverse and determinant: d inv = -inv dX inv, d det = det tr(inv dX) ----
vjp_rules[P.inverse_p] = (lambda ct, out, x: -F.matmul(F.matmul(_mT(out), ct), _mT(out)),)


def _inverse_jvp(primals, tangents):
    out = bind(P.inverse_p, primals[0])
    return out, -F.matmul(F.matmul(out, tangents[0]), out)


jvp_rules[P.inverse_p] = _inverse_jvp


def _det_vjp(ct, out, x):
    scale = F.reshape(ct * out, out.shape + (1, 1))
    return scale * _mT(bind(P.inverse_p, x))


def _det_jvp(primals, tangents):
    (x,), (x_dot,) = primals, tangents
    out = bind(P.det_p, x)
    return out, out * F.sum(_mT(bind(P.inverse_p, x)) * x_dot, (-2, -1))


vjp_rules[P.det_p] = (_det_vjp,)
jvp_rules[P.det_p] = _det_jvp


# ---- SVD, A = U diag(S) Vh (reduced), for distinct nonzero singular values ----
def _diag_embed(v):
    return F.expand_dims(v, -2) * F.eye(v.shape[-1], v.shape[-1], v.dtype)


def _svd_vjp(cts, out, x):
    gU, gS, gVh = cts
    U, S, Vh = out
    m, n = x.shape[-2:]
    if gU is None and gVh is None:
        return F.matmul(U * F.expand_dims(gS, -2), Vh)
    S_row, S_col = F.expand_dims(S, -2), F.expand_dims(S, -1)
    S2 = S * S
    E = F.expand_dims(S2, -2) - F.expand_dims(S2, -1) + _diag_embed(F.ones_like(S))
    if gU is not None:
        UhgU = F.matmul(_mT(U), gU)
        UhgU = UhgU - _mT(UhgU)
    if gVh is not None:
        VhgV = F.matmul(Vh, _mT(gVh))
        VhgV = VhgV - _mT(VhgV)
    if gU is not None and gVh is not None:
        gA = (UhgU * S_row + S_col * VhgV) / E
    elif gU is not None:
        gA = UhgU / E * S_row
    else:
        gA = S_col * (VhgV / E)
    if gS is not None:
        gA = gA + _diag_embed(gS)
    if m > n and gU is not None:
        gUSinv = gU / S_row
        gA = F.matmul(U, gA) + gUSinv - F.matmul(U, F.matmul(_mT(U), gUSinv))
        return F.matmul(gA, Vh)
    if m < n and gVh is not None:
        SinvgVh = gVh / S_col
        gA = F.matmul(gA, Vh) + SinvgVh - F.matmul(F.matmul(SinvgVh, _mT(Vh)), Vh)
        return F.matmul(U, gA)
    return F.matmul(F.matmul(U, gA), Vh)


def _svd_jvp(primals, tangents):
    (x,), (dA,) = primals, tangents
    U, S, Vh = bind(P.svd_p, x)
    Ut, V = _mT(U), _mT(Vh)
    m, n = x.shape[-2:]
    S_row, S_col = F.expand_dims(S, -2), F.expand_dims(S, -1)
    eye = F.eye(S.shape[-1], S.shape[-1], S.dtype)
    dS = F.matmul(F.matmul(Ut, dA), V)
    dS_diag = F.sum(dS * eye, -1)
    Fm = 1 / ((S_row + S_col) * (S_row - S_col) + eye) - eye
    dSS, SdS = dS * S_row, S_col * dS
    dU = F.matmul(U, Fm * (dSS + _mT(dSS)))
    dV = F.matmul(V, Fm * (SdS + _mT(SdS)))
    if m > n:
        dAV = F.matmul(dA, V)
        dU = dU + (dAV - F.matmul(U, F.matmul(Ut, dAV))) / S_row
    if n > m:
        dAHU = F.matmul(_mT(dA), U)
        dV = dV + (dAHU - F.matmul(V, F.matmul(Vh, dAHU))) / S_row
    return (U, S, Vh), (dU, dS_diag, _mT(dV))


vjp_rules[P.svd_p] = (_svd_vjp,)
jvp_rules[P.svd_p] = _svd_jvp
