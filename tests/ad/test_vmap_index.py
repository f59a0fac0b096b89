"""vmap of ops that take indices or labels: batched for real, equal to a loop of eager calls."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore._ad import vmap as vmap_module
from minispore._core.batched import BatchedArray, BatchedValueError

RNG = np.random.default_rng(0)
B = 4


def f32(*shape):
    return Tensor(RNG.standard_normal(shape).astype(np.float32))


def ints(low, high, *shape, dtype=np.int32):
    return Tensor(RNG.integers(low, high, shape).astype(dtype))


@pytest.fixture
def batched_only(monkeypatch):
    """Fail if vmap falls back to its per-example loop."""
    def refuse(*args, **kwargs):
        raise AssertionError("vmap fell back to calling fn per example")
    monkeypatch.setattr(vmap_module, '_per_example', refuse)


def _example(a, axis, b):
    return a if axis is None else Tensor(np.take(a.asnumpy(), b, axis))


def loop(fn, args, in_axes):
    outs = [fn(*[_example(a, x, b) for a, x in zip(args, in_axes)]) for b in range(B)]
    if isinstance(outs[0], (tuple, list)):
        return [np.stack([o[i].asnumpy() for o in outs]) for i in range(len(outs[0]))]
    return np.stack([o.asnumpy() for o in outs])


def assert_matches_loop(fn, args, in_axes, atol=1e-6):
    got = ops.vmap(fn, in_axes=in_axes)(*args)
    want = loop(fn, args, in_axes)
    got = list(got) if isinstance(got, (tuple, list)) else [got]
    want = want if isinstance(want, list) else [want]
    for g, w in zip(got, want):
        assert g.asnumpy().dtype == w.dtype and g.shape == w.shape
        np.testing.assert_allclose(g.asnumpy(), w, atol=atol, rtol=1e-6)


X = f32(B, 3, 5)
LABELS = ints(0, 5, B, 3)
W = Tensor(RNG.uniform(0.5, 1.5, 5).astype(np.float32))
IGNORED = Tensor(np.where(RNG.random((B, 3)) > 0.4, LABELS.asnumpy(), -100).astype(np.int32))
TABLE = f32(6, 2)
IMG = f32(B, 1, 2, 6, 6)

CASES = {
    'cross_entropy': (lambda x, t: ops.cross_entropy(x, t), (X, LABELS)),
    'cross_entropy_none': (lambda x, t: ops.cross_entropy(x, t, reduction='none'), (X, LABELS)),
    'cross_entropy_weight_ignore': (lambda x, t: ops.cross_entropy(x, t, weight=W),
                                    (X, IGNORED)),
    'cross_entropy_smoothing': (lambda x, t: ops.cross_entropy(x, t, label_smoothing=0.2),
                                (X, IGNORED)),
    'cross_entropy_negative_labels': (lambda x, t: ops.cross_entropy(x, t), (X, LABELS - 5)),
    'nll_loss': (lambda x, t: ops.nll_loss(ops.log_softmax(x, 1), t, reduction='sum'),
                 (X, IGNORED)),
    'embedding': (lambda i: ops.embedding(i, TABLE), (ints(0, 6, B, 3),)),
    'gather': (lambda x, i: ops.gather(x, i, 1), (X, ints(-5, 5, B, 2))),
    'gather_batch_dims': (lambda x, i: ops.gather(x, i, 1, batch_dims=1),
                          (X, ints(0, 5, B, 3, 2))),
    'max': (lambda x: ops.max(x, 1), (X,)),
    'min_keepdims': (lambda x: ops.min(x, 0, keepdims=True), (X,)),
    'sort': (lambda x: ops.sort(x, 1, descending=True), (X,)),
    'topk': (lambda x: ops.topk(x, 2), (X,)),
    'max_pool2d': (lambda x: ops.max_pool2d(x, 2, return_indices=True), (IMG,)),
    'gather_elements': (lambda x, i: ops.gather_elements(x, 1, i), (X, ints(-5, 5, B, 2, 2))),
    'getitem': (lambda x, i: x[i], (X, ints(-3, 3, B, 2))),
    'getitem_after_slice': (lambda x, i: x[:, i], (X, ints(0, 5, B, 2, 2))),
}


@pytest.mark.parametrize('name', CASES)
def test_batched_matches_loop(name, batched_only):
    fn, args = CASES[name]
    assert_matches_loop(fn, args, (0,) * len(args))


@pytest.mark.parametrize('name', ['cross_entropy', 'embedding', 'gather', 'gather_elements',
                                  'getitem'])
def test_unbatched_data_batched_index(name, batched_only):
    fn, args = CASES[name]
    if len(args) == 1:        # the table is fixed, only the indices are batched
        assert_matches_loop(fn, args, (0,))
        return
    x, i = args
    assert_matches_loop(fn, (_example(x, 0, 0), i), (None, 0))
    assert_matches_loop(fn, (x, _example(i, 0, 1)), (0, None))


def _mlp_loss(w1, w2, x, t):
    return ops.cross_entropy(ops.matmul(ops.relu(ops.matmul(x, w1)), w2), t)


def test_per_example_gradients_of_a_classifier(batched_only):
    w1, w2 = f32(6, 8), f32(8, 3)
    x, t = f32(B, 1, 6), ints(0, 3, B, 1)
    grad = ms.grad(_mlp_loss, grad_position=(0, 1))
    got = ops.vmap(grad, in_axes=(None, None, 0, 0))(w1, w2, x, t)
    for k in range(2):
        want = np.stack([grad(w1, w2, _example(x, 0, b), _example(t, 0, b))[k].asnumpy()
                         for b in range(B)])
        np.testing.assert_allclose(got[k].asnumpy(), want, atol=1e-6)


def test_grad_of_grad_and_jvp_of_cross_entropy_under_vmap(batched_only):
    x, t = f32(B, 3, 4), ints(-4, 4, B, 3)
    def grad_of_grad(x, t):
        return ms.grad(lambda y: (ms.grad(ops.cross_entropy)(y, t) ** 2).sum())(x)

    def tangent(x, t):
        return ops.jvp(lambda y: ops.cross_entropy(y, t), (x,), (ops.ones_like(x),))[1]
    assert_matches_loop(grad_of_grad, (x, t), (0, 0))
    assert_matches_loop(tangent, (x, t), (0, 0))


class _Classifier(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(7, 4)
        self.dense = nn.Dense(4, 3)
        self.loss = nn.CrossEntropyLoss()

    def construct(self, tokens, label):
        return self.loss(self.dense(self.embed(tokens).mean(1)), label)


class _ConvNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, pad_mode='same')
        self.pool = nn.MaxPool2d(2, 2)
        self.dense = nn.Dense(2 * 3 * 3, 3)

    def construct(self, x, label):
        return ops.cross_entropy(self.dense(self.pool(self.conv(x)).reshape(1, -1)), label)


@pytest.mark.parametrize('net, args', [
    (_Classifier, lambda: (ints(0, 7, B, 2, 5), ints(0, 3, B, 2))),
    (_ConvNet, lambda: (f32(B, 1, 1, 6, 6), ints(0, 3, B, 1))),
], ids=['embedding_crossentropyloss', 'conv_maxpool'])
def test_per_example_gradients_of_cells(net, args, batched_only):
    ms.set_seed(1)
    net = net()
    grad = ms.grad(net, grad_position=None, weights=net.trainable_params())
    inputs = args()
    got = ops.vmap(grad)(*inputs)
    for k, g in enumerate(got):
        want = np.stack([grad(*[_example(a, 0, b) for a in inputs])[k].asnumpy()
                         for b in range(B)])
        np.testing.assert_allclose(g.asnumpy(), want, atol=1e-6)


def test_fallback_to_the_loop_for_an_op_reading_values():
    # binary_cross_entropy checks its probabilities' range, reading their values
    p = Tensor(RNG.uniform(0.05, 0.95, (B, 3)).astype(np.float32))
    y = Tensor(RNG.integers(0, 2, (B, 3)).astype(np.float32))
    calls = []

    def fn(p, y):
        calls.append(p.shape)
        return ops.binary_cross_entropy(p, y)
    got = ops.vmap(fn)(p, y)
    want = [ops.binary_cross_entropy(p[b], y[b]).asnumpy() for b in range(B)]
    np.testing.assert_allclose(got.asnumpy(), want, rtol=1e-6)
    assert calls == [(3,)] * (B + 1)          # once batched (refused), then once per example


def test_fallback_for_values_read_by_python_and_numpy():
    readers = [lambda x: x * float(x.sum()), lambda x: x[int(x.argmax())],
               lambda x: Tensor(x.asnumpy() * 2), lambda x: x * x.item(0),
               lambda x: x[x.asnumpy() > 0].sum()]
    x = f32(B, 3)
    for fn in readers:
        np.testing.assert_allclose(ops.vmap(fn)(x).asnumpy(), loop(fn, (x,), (0,)), atol=1e-6)


def test_guard_refuses_values_and_keeps_shape():
    seen = {}

    def fn(x):
        data = x._data
        assert isinstance(data, BatchedArray)
        seen['meta'] = (data.shape, data.dtype, data.ndim, data.size, np.zeros_like(data).sum())
        for read in (lambda: data + 1, lambda: data[0], lambda: data.max(), lambda: bool(data),
                     lambda: data.tolist(), lambda: data.astype(np.int32), lambda: data == 1,
                     lambda: np.unique(data), lambda: np.asarray(x), lambda: x.item(0)):
            with pytest.raises(BatchedValueError):
                read()
        return x * 2
    out = ops.vmap(fn)(f32(B, 2, 3))
    assert seen['meta'] == ((2, 3), np.float32, 2, 6, 0.0) and out.shape == (B, 2, 3)


def test_nested_vmap_with_batched_labels(batched_only):
    x, t = f32(2, B, 3, 5), ints(0, 5, 2, B, 3)
    got = ops.vmap(ops.vmap(ops.cross_entropy))(x, t)
    want = [[ops.cross_entropy(x[i, b], t[i, b]).asnumpy() for b in range(B)] for i in range(2)]
    np.testing.assert_allclose(got.asnumpy(), want, rtol=1e-6)
