"""The core primitives (through the ops that bind them) checked against finite differences,
forward and reverse mode, to second order, with inputs that broadcast; tests/ops holds the op
library's tables, and tests/ops/test_op_coverage.py checks that together they bind every
differentiable primitive."""
import numpy as np
import pytest

from minispore import Tensor, nn, ops
from minispore.testing import check_grads

rng = np.random.default_rng(0)


def T(*shape, low=-2.0, high=2.0):
    return Tensor(rng.uniform(low, high, shape).astype(np.float32))


def P(*shape):  # positive values
    return T(*shape, low=0.5, high=2.0)


class SquareSum(nn.Cell):
    """x*x + 3y with a hand-written (correct) bprop: reverse mode uses it, forward mode
    differentiates construct."""

    def construct(self, x, y):
        return x * x + 3 * y

    def bprop(self, x, y, out, dout):
        return 2 * x * dout, 3 * dout


CASES = {
    'neg': (ops.neg, [T(3, 4)]),
    'exp': (ops.exp, [T(3, 4)]),
    'log': (ops.log, [P(3, 4)]),
    'sin': (ops.sin, [T(3, 4)]),
    'cos': (ops.cos, [T(3, 4)]),
    'tanh': (ops.tanh, [T(3, 4)]),
    'sqrt': (ops.sqrt, [P(3, 4)]),
    'abs': (ops.abs, [P(3, 4) * Tensor(np.sign(rng.standard_normal((3, 4))).astype(np.float32))]),
    'sigmoid': (ops.sigmoid, [T(3, 4)]),
    'softplus': (ops.softplus, [T(3, 4)]),
    'relu': (ops.relu, [P(3, 4) * Tensor(np.sign(rng.standard_normal((3, 4))).astype(np.float32))]),
    'add': (ops.add, [T(3, 4), T(4)]),
    'add_scalar': (lambda x: x + 2.5, [T(3, 4)]),
    'sub': (ops.sub, [T(2, 1, 4), T(3, 1)]),
    'rsub': (lambda x: 1.0 - x, [T(3)]),
    'mul': (ops.mul, [T(3, 4), T(3, 1)]),
    'div': (ops.div, [T(3, 4), P(4)]),
    'rdiv': (lambda x: 2.0 / x, [P(3)]),
    'pow': (ops.pow, [P(3, 4), T(4)]),
    'pow_scalar': (lambda x: x ** 3, [T(3, 4)]),
    'maximum': (ops.maximum, [T(3, 4), T(4)]),
    'minimum': (ops.minimum, [T(3, 4), T(3, 1)]),
    'remainder': (ops.remainder, [P(3, 4) * 3, P(4)]),
    'where': (lambda x, y: ops.where(x > 0, x, y), [T(3, 4), T(4)]),
    'sum': (lambda x: ops.sum(x, 1), [T(3, 4)]),
    'sum_keepdims': (lambda x: ops.sum(x, (0, 2), True), [T(2, 3, 4)]),
    'mean': (lambda x: ops.mean(x, 0), [T(3, 4)]),
    'amax': (lambda x: ops.amax(x, 1), [T(3, 4)]),
    'amin': (lambda x: ops.amin(x), [T(3, 4)]),
    'max_values': (lambda x: ops.max(x, 0)[0], [T(3, 4)]),
    'norm': (ops.norm, [T(3, 4)]),
    'reshape': (lambda x, c0=T(4, 3): ops.reshape(x, (4, 3)) * c0, [T(3, 4)]),
    'transpose': (lambda x, c0=T(4, 2, 3): ops.transpose(x, (2, 0, 1)) * c0, [T(2, 3, 4)]),
    'expand_dims': (lambda x, c0=T(3, 2, 4): ops.expand_dims(x, 1) * c0, [T(3, 4)]),
    'squeeze': (lambda x, c0=T(3): ops.squeeze(x) * c0, [T(3, 1)]),
    'broadcast_to': (lambda x, c0=T(2, 3, 4): ops.broadcast_to(x, (2, 3, 4)) * c0, [T(3, 1)]),
    'concat': (lambda x, y, c0=T(3, 6): ops.concat([x, y], 1) * c0, [T(3, 4), T(3, 2)]),
    'stack': (lambda x, y, c0=T(2, 3): ops.stack([x, y], 0) * c0, [T(3), T(3)]),
    'getitem_basic': (lambda x, c0=T(2, 1, 2): x[1:, None, ::2] * c0, [T(3, 4)]),
    'getitem_int_array': (lambda x, c0=T(3, 4): x[Tensor(np.array([0, 2, 0]))] * c0, [T(3, 4)]),
    'getitem_mask': (lambda x: x[Tensor(np.array([True, False, True]))], [T(3, 4)]),
    'matmul': (ops.matmul, [T(3, 4), T(4, 2)]),
    'matmul_batched': (ops.matmul, [T(2, 3, 4), T(4, 2)]),
    'matmul_vec_mat': (ops.matmul, [T(4), T(4, 2)]),
    'matmul_mat_vec': (ops.matmul, [T(3, 4), T(4)]),
    'dot_1d': (ops.dot, [T(4), T(4)]),
    'cast': (lambda x: ops.cast(x, np.float32).astype(np.float64) * 1.0, [T(3)]),
    'identity': (lambda x: ops.identity(x) * x, [T(3)]),
    'bce_with_logits': (lambda x, y: ops.binary_cross_entropy_with_logits(
        x, y, ops.ones_like(x) * 0.5, ops.ones_like(x) * 2.0), [T(3, 4), P(3, 4) / 2]),
    'bce_with_logits_weights': (lambda x, y, w, pw: ops.binary_cross_entropy_with_logits(
        x, y, w, pw, 'sum'), [T(3, 4), P(3, 4) / 2, P(4), P(3, 1)]),
    'mse_loss': (ops.mse_loss, [T(3, 4), T(3, 4)]),
    'prod': (lambda x: ops.prod(x, 1), [P(3, 4)]),
    'cell_bprop': (lambda x, y: SquareSum()(x, y), [T(3), T(3)]),
}


@pytest.mark.parametrize('name', sorted(CASES))
def test_gradients_match_finite_differences(name):
    fn, args = CASES[name]
    if name == 'cast':  # float32 round trip: only first order is meaningful at 1e-6
        return check_grads(fn, args, order=1, atol=1e-3, rtol=1e-3, eps=1e-2)
    check_grads(fn, args, order=2)


@pytest.mark.parametrize('name', sorted(CASES))
def test_forward_values_match_numpy_in_float32(name):
    fn, args = CASES[name]
    if name == 'cast':
        pytest.skip('cast changes the dtype by design')
    expected = np.asarray(fn(*[Tensor(np.asarray(a, np.float64)) for a in args]))
    got = np.asarray(fn(*args))
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, expected, rtol=2e-5, atol=2e-5)
