"""The table-driven op checks: forward values against NumPy in float32 and float64, and
derivatives against finite differences (forward and reverse mode, second order).

A test module declares `CASES = {name: case(fn, args, ref), ...}` and calls `op_tests(CASES)`
to get its parametrised tests; tests/ops/test_op_coverage.py gathers every module's CASES.
"""
import numpy as np
import pytest

from minispore import Tensor
from minispore.testing import check_grads

rng = np.random.default_rng(0)


def reseed(seed):
    """Restart the generator T, P and I draw from: a test module calls it before building its
    table, so its inputs do not depend on which modules were imported before it."""
    global rng
    rng = np.random.default_rng(seed)


def T(*shape, low=-2.0, high=2.0):
    """A float32 Tensor of uniform values in [low, high)."""
    return Tensor(rng.uniform(low, high, shape).astype(np.float32))


def P(*shape):
    """A float32 Tensor of positive values."""
    return T(*shape, low=0.5, high=2.0)


def I(*shape, low=0, high=4):  # noqa: E743
    """An int32 Tensor of integers in [low, high)."""
    return Tensor(rng.integers(low, high, shape).astype(np.int32))


class case:
    """One op check.

    Args:
        fn: a function of Tensors returning a Tensor or a tuple of them.
        args: its arguments (float Tensors are differentiated and cast to float64 for the
            float64 forward check; other arguments are passed as they are).
        ref: a NumPy function of the same arguments (as arrays) giving the expected output(s),
            or None when the op is checked elsewhere against NumPy.
        order: highest derivative order checked (0: not differentiable, forward only).
        rtol, atol: forward tolerances in float32 (float64 uses 1e-10 relative).
        grad_kw: extra keyword arguments for check_grads (atol, rtol, eps, modes).
    """

    def __init__(self, fn, args, ref=None, order=2, rtol=1e-5, atol=1e-6, grad_kw=None):
        self.fn, self.args, self.ref, self.order = fn, list(args), ref, order
        self.rtol, self.atol, self.grad_kw = rtol, atol, grad_kw or {}


def _as64(a):
    if isinstance(a, Tensor) and a.dtype.np_dtype == np.float32:
        return Tensor(np.asarray(a, np.float64))
    return a


def _arrays(out):
    outs = out if isinstance(out, (tuple, list)) else (out,)
    return [np.asarray(o) for o in outs]


def check_forward(c, float64=False):
    args = [_as64(a) for a in c.args] if float64 else c.args
    got = _arrays(c.fn(*args))
    want = _arrays(c.ref(*[np.asarray(a) if isinstance(a, Tensor) else a for a in args]))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g.shape == np.shape(w), (g.shape, np.shape(w))
        if g.dtype.kind == 'f' and any(isinstance(a, Tensor) and a.dtype.np_dtype.kind == 'f'
                                       for a in args):
            assert g.dtype == (np.float64 if float64 else np.float32), g.dtype
        tol = dict(rtol=1e-10, atol=1e-12) if float64 else dict(rtol=c.rtol, atol=c.atol)
        np.testing.assert_allclose(g, np.asarray(w, g.dtype) if g.dtype.kind == 'f' else w, **tol)


def op_tests(cases):
    """The three parametrised tests of a CASES table (assign them to module-level names)."""
    names = sorted(cases)

    @pytest.mark.parametrize('name', [n for n in names if cases[n].ref is not None])
    def test_forward_float32(name):
        check_forward(cases[name])

    @pytest.mark.parametrize('name', [n for n in names if cases[n].ref is not None])
    def test_forward_float64(name):
        check_forward(cases[name], float64=True)

    @pytest.mark.parametrize('name', [n for n in names if cases[n].order > 0])
    def test_grads(name):
        c = cases[name]
        check_grads(c.fn, c.args, order=c.order, **c.grad_kw)

    return test_forward_float32, test_forward_float64, test_grads
