"""Conv, pooling, normalisation, dropout, embedding and activation layers and CellDict, against
NumPy re-implementations (MindSpore's own values are in the conformance cases nn_*)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn, ops
from minispore.testing import check_grads

rng = np.random.default_rng(0)
X4 = rng.standard_normal((2, 3, 6, 5)).astype(np.float32)


def np_conv2d(x, w, stride=(1, 1), pads=(0, 0, 0, 0), dilation=(1, 1), group=1):
    x = np.pad(x, ((0, 0), (0, 0), pads[:2], pads[2:]))
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    khe, kwe = (kh - 1) * dilation[0] + 1, (kw - 1) * dilation[1] + 1
    ho, wo = (h - khe) // stride[0] + 1, (wd - kwe) // stride[1] + 1
    out = np.zeros((n, o, ho, wo))
    og = o // group
    for oc in range(o):
        g = oc // og
        for i in range(ho):
            for j in range(wo):
                patch = x[:, g * cg:(g + 1) * cg, i * stride[0]:i * stride[0] + khe:dilation[0],
                          j * stride[1]:j * stride[1] + kwe:dilation[1]]
                out[:, oc, i, j] = (patch * w[oc]).sum(axis=(1, 2, 3))
    return out


@pytest.mark.parametrize('kw, pads', [
    (dict(pad_mode='valid'), (0, 0, 0, 0)),
    (dict(pad_mode='same'), (1, 1, 1, 1)),
    (dict(pad_mode='pad', padding=(1, 0, 2, 1)), (1, 0, 2, 1)),
    (dict(pad_mode='valid', stride=2, dilation=(2, 1)), (0, 0, 0, 0)),
])
def test_conv2d_matches_numpy(kw, pads):
    w = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
    b = rng.standard_normal(4).astype(np.float32)
    net = nn.Conv2d(3, 4, 3, weight_init=Tensor(w), has_bias=True, bias_init=Tensor(b), **kw)
    expect = np_conv2d(X4, w, net.stride, pads, net.dilation) + b[:, None, None]
    np.testing.assert_allclose(net(Tensor(X4)).asnumpy(), expect, rtol=1e-5, atol=1e-5)


def test_conv2d_group_and_params():
    net = nn.Conv2d(4, 6, 2, group=2, pad_mode='valid')
    assert [p.name for p in net.get_parameters()] == ['weight']
    assert net.weight.shape == (6, 2, 2, 2)
    bound = 1 / np.sqrt(2 * 2 * 2)      # HeUniform(sqrt(5)): 1 / sqrt(fan_in)
    assert np.abs(net.weight.asnumpy()).max() <= bound
    x = rng.standard_normal((1, 4, 4, 4)).astype(np.float32)
    expect = np_conv2d(x, net.weight.asnumpy(), group=2)
    np.testing.assert_allclose(net(Tensor(x)).asnumpy(), expect, rtol=1e-5, atol=1e-5)
    with pytest.raises(ValueError):
        nn.Conv2d(3, 4, 3, group=2)
    with pytest.raises(ValueError):
        nn.Conv2d(3, 4, 3, padding=1)       # padding needs pad_mode='pad'


def test_conv1d_is_conv2d_on_a_row():
    w = rng.standard_normal((2, 3, 3)).astype(np.float32)
    net = nn.Conv1d(3, 2, 3, pad_mode='pad', padding=1, weight_init=Tensor(w))
    assert net.weight.shape == (2, 3, 1, 3)
    x = rng.standard_normal((2, 3, 7)).astype(np.float32)
    expect = np_conv2d(x[:, :, None], w[:, :, None], pads=(0, 0, 1, 1))[:, :, 0]
    np.testing.assert_allclose(net(Tensor(x)).asnumpy(), expect, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize('kw, size', [(dict(), (6, 5)), (dict(stride=2), (12, 10)),
                                      (dict(stride=2, pad_mode='valid'), (13, 11)),
                                      (dict(stride=2, pad_mode='pad', padding=1), (11, 9))])
def test_conv2d_transpose_is_the_adjoint(kw, size):
    w = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
    net = nn.Conv2dTranspose(3, 2, 3, weight_init=Tensor(w), **kw)
    y = net(Tensor(X4))
    assert y.shape == (2, 2) + size
    # <convT(x), z> == <x, conv(z)> for the matching convolution
    z = rng.standard_normal(y.shape).astype(np.float32)
    conv = nn.Conv2d(2, 3, 3, weight_init=Tensor(w), **kw)
    lhs = float((y.asnumpy().astype(np.float64) * z).sum())
    rhs = float((X4.astype(np.float64) * conv(Tensor(z)).asnumpy()).sum())
    assert abs(lhs - rhs) < 1e-3 * max(1.0, abs(lhs))


def np_pool(x, k, s, fn):
    n, c, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    out = np.empty((n, c, ho, wo), x.dtype)
    for i in range(ho):
        for j in range(wo):
            out[:, :, i, j] = fn(x[:, :, i * s:i * s + k, j * s:j * s + k], axis=(2, 3))
    return out


def test_pooling_matches_numpy():
    x = Tensor(X4)
    np.testing.assert_allclose(nn.MaxPool2d(2, 2)(x).asnumpy(), np_pool(X4, 2, 2, np.max))
    np.testing.assert_allclose(nn.AvgPool2d(3, 1)(x).asnumpy(), np_pool(X4, 3, 1, np.mean),
                               rtol=1e-5, atol=1e-7)
    # 'same': ceil(size / stride) outputs; max ignores padding, avg does not count it
    assert nn.MaxPool2d(3, 2, 'same')(x).shape == (2, 3, 3, 3)
    padded = np.pad(X4, ((0, 0), (0, 0), (0, 1), (1, 1)), constant_values=-np.inf)
    np.testing.assert_allclose(nn.MaxPool2d(3, 2, 'same')(x).asnumpy(),
                               np_pool(padded, 3, 2, np.max))
    ones = nn.AvgPool2d(3, 2, 'same')(ops.ones((1, 1, 5, 5))).asnumpy()
    np.testing.assert_allclose(ones, np.ones((1, 1, 3, 3)))
    x3 = X4[:, :, 0]
    np.testing.assert_allclose(nn.MaxPool1d(2, 2)(Tensor(x3)).asnumpy(),
                               np_pool(x3[:, :, None], 1, 1, np.max)[:, :, 0, :4].reshape(
                                   2, 3, 2, 2).max(-1))
    np.testing.assert_allclose(nn.AvgPool1d(5, 1)(Tensor(x3)).asnumpy(),
                               x3.mean(-1, keepdims=True), rtol=1e-6)
    np.testing.assert_allclose(nn.AdaptiveAvgPool2d(1)(x).asnumpy(),
                               X4.mean((2, 3), keepdims=True), rtol=1e-5)
    out, idx = nn.MaxPool2d(2, 2, 'pad', return_indices=True)(x)
    assert idx.shape == out.shape == (2, 3, 3, 2)
    # unbatched inputs
    for cell, shape in [(nn.MaxPool2d(2, 2), (3, 2, 2)), (nn.MaxPool2d(2, 2, 'pad'), (3, 2, 2)),
                        (nn.AvgPool2d(2, 2), (3, 2, 2)), (nn.MaxPool1d(2, 2), (3, 2)),
                        (nn.AvgPool1d(2, 2), (3, 2))]:
        assert cell(ops.ones(shape[:1] + (4, 4)[:len(shape) - 1])).shape == shape


def test_batchnorm_train_and_inference():
    bn = nn.BatchNorm2d(3, momentum=0.8, gamma_init=Tensor(np.array([1., 2., 3.], np.float32)))
    assert [p.name for p in bn.get_parameters()] == ['mean', 'variance', 'gamma', 'beta']
    assert [p.requires_grad for p in bn.get_parameters()] == [False, False, True, True]
    x = Tensor(X4)
    gamma = np.array([1., 2., 3.])[None, :, None, None]
    # inference (the default): the moving statistics (0 and 1)
    np.testing.assert_allclose(bn(x).asnumpy(), X4 / np.sqrt(1 + 1e-5) * gamma, rtol=1e-5)
    bn.set_train()
    mean, var = X4.mean((0, 2, 3)), X4.var((0, 2, 3))
    expect = (X4 - mean[:, None, None]) / np.sqrt(var[:, None, None] + 1e-5) * gamma
    np.testing.assert_allclose(bn(x).asnumpy(), expect, rtol=1e-4, atol=1e-5)
    n = X4.size / 3
    np.testing.assert_allclose(bn.moving_mean.asnumpy(), 0.2 * mean, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(bn.moving_variance.asnumpy(), 0.8 + 0.2 * var * n / (n - 1),
                               rtol=1e-5)
    bn.set_train(False)
    mm, mv = bn.moving_mean.asnumpy(), bn.moving_variance.asnumpy()
    expect = (X4 - mm[:, None, None]) / np.sqrt(mv[:, None, None] + 1e-5) * gamma
    np.testing.assert_allclose(bn(x).asnumpy(), expect, rtol=1e-4, atol=1e-5)
    # the moving statistics take no gradient and are not changed by differentiation
    bn.set_train()
    before = bn.moving_mean.asnumpy().copy()
    grads = ms.grad(lambda x: bn(x).sum(), None, bn.trainable_params())(x)
    assert len(grads) == 2
    assert not np.allclose(before, bn.moving_mean.asnumpy())     # the forward pass updated it
    fixed = nn.BatchNorm2d(3, use_batch_statistics=False).set_train()
    fixed(x)
    np.testing.assert_array_equal(fixed.moving_mean.asnumpy(), np.zeros(3))


def test_batchnorm1d_ranks():
    bn = nn.BatchNorm1d(3).set_train()
    x = X4[:, :, 0]
    expect = (x - x.mean((0, 2), keepdims=True)) / np.sqrt(x.var((0, 2), keepdims=True) + 1e-5)
    np.testing.assert_allclose(bn(Tensor(x)).asnumpy(), expect, rtol=1e-4, atol=1e-5)
    with pytest.raises(ValueError):
        bn(Tensor(X4))


def test_layer_group_instance_norm():
    x = X4
    ln = nn.LayerNorm((5,))
    expect = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-7)
    np.testing.assert_allclose(ln(Tensor(x)).asnumpy(), expect, rtol=1e-4, atol=1e-5)
    g = rng.standard_normal((6, 5)).astype(np.float32)
    ln2 = nn.LayerNorm((6, 5), begin_norm_axis=1, begin_params_axis=2, gamma_init=Tensor(g))
    m, v = x.mean((1, 2, 3), keepdims=True), x.var((1, 2, 3), keepdims=True)
    np.testing.assert_allclose(ln2(Tensor(x)).asnumpy(), (x - m) / np.sqrt(v + 1e-7) * g,
                               rtol=1e-4, atol=1e-5)
    gn = nn.GroupNorm(1, 3)
    np.testing.assert_allclose(gn(Tensor(x)).asnumpy(), (x - m) / np.sqrt(v + 1e-5), rtol=1e-4,
                               atol=1e-5)
    inn = nn.InstanceNorm2d(3)
    m, v = x.mean((2, 3), keepdims=True), x.var((2, 3), keepdims=True)
    np.testing.assert_allclose(inn(Tensor(x)).asnumpy(), (x - m) / np.sqrt(v + 1e-5), rtol=1e-4,
                               atol=1e-5)
    assert [p.name for p in inn.get_parameters()] == ['mean', 'variance', 'gamma', 'beta']
    with pytest.raises(ValueError):
        nn.GroupNorm(2, 3)


def test_dropout_modes():
    x = ops.ones((100, 100))
    d = nn.Dropout(p=0.25)
    assert d(x) is x                         # inference: the identity
    y = d.set_train()(x).asnumpy()
    np.testing.assert_allclose(np.unique(y), [0.0, 1 / 0.75], rtol=1e-6)
    assert abs((y == 0).mean() - 0.25) < 0.03
    assert nn.Dropout(keep_prob=0.9).set_train()._drop == pytest.approx(0.1)
    with pytest.raises(ValueError):
        nn.Dropout(p=1.0)
    d2 = nn.Dropout2d(0.5).set_train()
    y = d2(ops.ones((10, 20, 3, 3))).asnumpy().reshape(200, 9)
    assert (y.min(1) == y.max(1)).all() and set(np.unique(y).tolist()) <= {0.0, 2.0}
    assert d2.set_train(False)(x) is x


def test_embedding():
    table = np.arange(12, dtype=np.float32).reshape(4, 3)
    ids = Tensor(np.array([[3, 0], [1, 1]], np.int32))
    for one_hot in (False, True):
        net = nn.Embedding(4, 3, one_hot, Tensor(table))
        np.testing.assert_array_equal(net(ids).asnumpy(), table[ids.asnumpy()])
    net = nn.Embedding(4, 3, padding_idx=2)
    assert net.embedding_table.name == 'embedding_table'
    assert (net.embedding_table.asnumpy()[2] == 0).all()
    assert abs(net.embedding_table.asnumpy()).max() < 0.1      # Normal(sigma=0.01)
    g = ms.grad(lambda i: net(i).sum(), None, net.trainable_params())(ids)
    np.testing.assert_array_equal(g[0].asnumpy()[:, 0], [1, 2, 0, 1])
    with pytest.raises(ValueError):
        nn.Embedding(4, 3, padding_idx=4)


def test_activations_match_numpy():
    xs = np.linspace(-5, 5, 21).astype(np.float32)
    x = Tensor(xs)
    sig = 1 / (1 + np.exp(-xs))
    cases = {
        nn.ReLU6(): np.clip(xs, 0, 6),
        nn.LeakyReLU(): np.where(xs >= 0, xs, 0.2 * xs),
        nn.SiLU(): xs * sig,
        nn.ELU(): np.where(xs > 0, xs, np.expm1(xs)),
        nn.Mish(): xs * np.tanh(np.log1p(np.exp(xs))),
        nn.HSwish(): xs * np.clip(xs + 3, 0, 6) / 6,
        nn.HSigmoid(): np.clip(xs + 3, 0, 6) / 6,
        nn.Softmax(): np.exp(xs) / np.exp(xs).sum(),
        nn.LogSoftmax(): xs - np.log(np.exp(xs).sum()),
        nn.GELU(): 0.5 * xs * (1 + np.tanh(np.sqrt(2 / np.pi) * (xs + 0.044715 * xs ** 3))),
        nn.PReLU(): np.where(xs >= 0, xs, 0.25 * xs),
    }
    for cell, expect in cases.items():
        np.testing.assert_allclose(cell(x).asnumpy(), expect, rtol=1e-5, atol=1e-6,
                                   err_msg=type(cell).__name__)
    assert type(nn.get_activation('hswish')).__name__ == 'HSwish'


def test_prelu_channels_and_grads():
    net = nn.PReLU(3, [0.1, 0.2, 0.3])
    assert net.w.name == 'a' and net.w.shape == (3,)
    y = net(Tensor(X4)).asnumpy()
    slope = np.array([0.1, 0.2, 0.3])[None, :, None, None]
    np.testing.assert_allclose(y, np.where(X4 >= 0, X4, slope * X4), rtol=1e-6)
    x = Tensor(np.array([[-1., 2., -3.], [4., -5., 6.]]))
    w = Tensor(np.array([0.5, 0.25, 0.125]))
    check_grads(lambda x, w: ops.maximum(x, 0.0) + w * ops.minimum(x, 0.0), (x, w), order=1)
    g = ms.grad(lambda x: net(x).sum(), None, net.trainable_params())(Tensor(X4))
    np.testing.assert_allclose(g[0].asnumpy(), np.minimum(X4, 0).sum((0, 2, 3)), rtol=1e-5)


def test_cell_dict():
    cells = nn.CellDict([('conv', nn.Conv2d(1, 2, 3)), ('act', nn.ReLU())])
    assert list(cells) == ['conv', 'act'] and len(cells) == 2 and 'act' in cells
    cells['fc'] = nn.Dense(2, 2)
    assert [p.name for p in cells.get_parameters()] == ['conv.weight', 'fc.weight', 'fc.bias']
    cells.update({'act': nn.GELU()})
    assert type(cells['act']).__name__ == 'GELU'
    assert type(cells.pop('act')).__name__ == 'GELU' and list(cells.keys()) == ['conv', 'fc']
    for key, cell, err in [(1, nn.ReLU(), TypeError), ('a.b', nn.ReLU(), KeyError),
                           ('', nn.ReLU(), KeyError), ('training', nn.ReLU(), KeyError),
                           ('x', None, TypeError), ('x', nn.CellList(), TypeError)]:
        with pytest.raises(err):
            cells[key] = cell
    cells.clear()
    assert len(cells) == 0
