"""`check_grads`: derivatives checked against central finite differences in float64."""
import numpy as np

from ._ad.transforms import jvp, vjp
from .common.tensor import Tensor
from .ops import functional as F


def _float64(x):
    if isinstance(x, Tensor) and x.dtype.np_dtype.kind == 'f':
        return Tensor(np.asarray(x._data, np.float64))
    if isinstance(x, np.ndarray) and x.dtype.kind == 'f':
        return Tensor(x.astype(np.float64))
    return x


def _flat_output(f):
    """`f` with its output(s) raveled and concatenated into one float64 vector."""
    def flat(*args):
        out = f(*args)
        outs = out if isinstance(out, (tuple, list)) else (out,)
        return F.concat([F.reshape(o, (-1,)) for o in outs if isinstance(o, Tensor)])
    return flat


def _vdot(a, b):
    return float(np.vdot(np.asarray(a), np.asarray(b)))


def _close(analytic, numeric, atol, rtol, what):
    analytic, numeric = np.asarray(analytic), np.asarray(numeric)
    if not np.allclose(analytic, numeric, atol=atol, rtol=rtol):
        err = np.max(np.abs(analytic - numeric))
        raise AssertionError(f"{what} does not match finite differences: max abs error {err:.3g}"
                             f"\n analytic: {analytic}\n numeric:  {numeric}")


def check_grads(f, args, modes=('fwd', 'rev'), order=2, atol=1e-6, rtol=1e-6, eps=1e-4,
                seed=0):
    """Check `f`'s forward- and reverse-mode derivatives up to `order` against central
    differences, in float64, along random directions (one scalar comparison per check).

    Args:
        f: a function of Tensors returning a Tensor (or a tuple of Tensors).
        args: its arguments; float Tensors/arrays are differentiated, others held fixed.
        modes: a subset of ('fwd', 'rev').
        order: check derivatives of derivatives up to this order.

    Raises:
        AssertionError: naming the mode and order that disagree.

    Example:
        >>> from minispore.testing import check_grads
        >>> check_grads(ops.sin, (Tensor([0.5, 1.0]),))
    """
    args = tuple(_float64(a) for a in args)
    diff = [i for i, a in enumerate(args) if isinstance(a, Tensor) and a.dtype.np_dtype.kind == 'f']
    rng = np.random.default_rng(seed)

    def g(*xs):
        full = list(args)
        for i, x in zip(diff, xs):
            full[i] = x
        return _flat_output(f)(*full)

    _check(g, tuple(args[i] for i in diff), modes, order, atol, rtol, eps, rng, 1)


def _check(f, xs, modes, order, atol, rtol, eps, rng, level):
    v = tuple(Tensor(rng.standard_normal(x.shape)) for x in xs)
    plus = f(*[x + eps * d for x, d in zip(xs, v)])
    minus = f(*[x - eps * d for x, d in zip(xs, v)])
    numeric = (np.asarray(plus) - np.asarray(minus)) / (2 * eps)
    u = Tensor(rng.standard_normal(numeric.shape))
    if 'fwd' in modes:
        _, tangent = jvp(f, xs, v)
        _close(tangent, numeric, atol, rtol, f"forward mode (order {level})")
    if 'rev' in modes:
        _, pullback = vjp(f, *xs)
        grads = pullback(u)
        _close(sum(_vdot(g, d) for g, d in zip(grads, v)), _vdot(u, numeric), atol, rtol,
               f"reverse mode (order {level})")
    if order > 1:
        if 'fwd' in modes:
            _check(lambda *ys: jvp(f, ys, v)[1], xs, modes, order - 1, atol, rtol, eps, rng,
                   level + 1)
        if 'rev' in modes:
            _check(_flat_output(lambda *ys: vjp(f, *ys)[1](u)), xs, modes, order - 1, atol,
                   rtol, eps, rng, level + 1)
