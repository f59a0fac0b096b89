"""Cell.recompute and mindspore.recompute: same gradients as without, less stored on the tape."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore._ad import tape as tape_module


class Block(nn.Cell):
    def __init__(self, width, p=None):
        super().__init__()
        self.dense = nn.Dense(width, width)
        self.drop = nn.Dropout(p=p) if p else None

    def construct(self, x):
        h = self.dense(x)
        if self.drop is not None:
            h = self.drop(h)
        return ops.tanh(h) * ops.sigmoid(h)


class Net(nn.Cell):
    def __init__(self, recompute, p=None, depth=3, width=4):
        super().__init__()
        self.blocks = nn.SequentialCell([Block(width, p) for _ in range(depth)])
        if recompute:
            for block in self.blocks:
                block.recompute()

    def construct(self, x):
        return (self.blocks(x) ** 2).sum()


X = Tensor(np.random.default_rng(0).standard_normal((5, 4)).astype(np.float32))


def pair(p=None):
    ms.set_seed(1)
    plain = Net(False, p).set_train()
    ms.set_seed(1)
    return plain, Net(True, p).set_train()


def grads(net, seed=7):
    ms.set_seed(seed)
    dx, dws = ms.grad(net, 0, net.trainable_params())(X)
    return [dx.asnumpy()] + [w.asnumpy() for w in dws]


@pytest.mark.parametrize("p", [None, 0.5])
def test_same_gradients_as_without_recompute(p):
    plain, recomputed = pair(p)
    for a, b in zip(grads(plain), grads(recomputed)):
        np.testing.assert_array_equal(a, b)


def test_dropout_mask_and_random_stream_are_reused():
    plain, recomputed = pair(0.5)
    ms.set_seed(3)
    ms.grad(plain)(X)
    after_plain = ops.randn(3).asnumpy()
    ms.set_seed(3)
    ms.grad(recomputed)(X)
    np.testing.assert_array_equal(after_plain, ops.randn(3).asnumpy())


def test_second_order_and_forward_over_reverse():
    plain, recomputed = pair()
    x = Tensor(np.random.default_rng(2).standard_normal(4))
    for net in (plain, recomputed):
        net.hess = ms.hessian(lambda t, net=net: net(t))(x).asnumpy()
    np.testing.assert_allclose(recomputed.hess, plain.hess, rtol=1e-6, atol=1e-7)
    gg = [ms.grad(ms.grad(lambda t, n=n: n(t)))(x).asnumpy() for n in (plain, recomputed)]
    np.testing.assert_allclose(gg[1], gg[0], rtol=1e-6, atol=1e-7)


def test_only_inputs_are_stored(monkeypatch):
    counts = {}
    backward = tape_module.Tape.backward

    def counting(self, outs, cts, keep=False):
        counts.setdefault('nodes', len(self.nodes))
        return backward(self, outs, cts, keep)
    monkeypatch.setattr(tape_module.Tape, 'backward', counting)
    plain, recomputed = pair()
    ms.grad(plain)(X)
    stored_plain = counts.pop('nodes')
    ms.grad(recomputed)(X)
    assert counts['nodes'] < stored_plain / 3


def test_function_form_and_errors():
    dense = nn.Dense(2, 1, weight_init='ones')
    g = ms.grad(lambda x: ms.recompute(dense, x).sum(), 0, dense.trainable_params())
    dx, (dw, db) = g(Tensor([[1., 2.]]))
    assert dx.asnumpy().tolist() == [[1., 1.]] and dw.asnumpy().tolist() == [[1., 2.]]
    assert db.asnumpy().tolist() == [1.]
    with pytest.raises(TypeError, match="only support block which inherited from Cell when "
                                        "use_reentrant=True!"):
        ms.recompute(lambda x: x, Tensor([1.0]))
    assert ms.recompute(lambda x: x * 2, Tensor([1.0]), use_reentrant=False).asnumpy() == [2.]
    with pytest.raises(ValueError, match="keyword 'foo' is not recognized"):
        dense.recompute(foo=1)
