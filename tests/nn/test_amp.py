"""minispore.amp: mixed precision levels, loss scalers, loss-scale training cells, against values
real MindSpore 2.10 printed (more step-by-step runs: conformance cases amp_*.py)."""
import copy

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, amp, nn, ops
from minispore.train import Model

rng = np.random.RandomState(0)
X = rng.randn(4, 3).astype(np.float32)
W1 = (rng.randn(5, 3) / 3).astype(np.float32)
W2 = (rng.randn(2, 5) / 3).astype(np.float32)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.d1 = nn.Dense(3, 5, Tensor(W1), 'zeros')
        self.bn = nn.BatchNorm1d(5)
        self.act = nn.ReLU()
        self.d2 = nn.Dense(5, 2, Tensor(W2), 'zeros')
        self.s = Parameter(Tensor(np.float32(1.1)), name='s')

    def construct(self, x):
        h = self.act(self.bn(self.d1(x)))
        return ops.exp(self.d2(h) * self.s / 3)


# MindSpore 2.10 (CPU), Net in inference mode.
OUT_O1 = [[1.1117107868, 1.0336763859], [1.4584981203, 0.7882501483],
          [1.0870102644, 1.083124876], [1.0081230402, 0.999902904]]
OUT_O2 = [[1.111328125, 1.033203125], [1.4580078125, 0.7885742188],
          [1.0869140625, 1.0830078125], [1.0078125, 1.]]
# O2 in training mode (batch statistics).
OUT_O2_TRAIN = [[1.0302734375, 1.0546875], [1.7265625, 0.6225585938],
                [1.1513671875, 0.9892578125], [1., 1.]]
GRAD_W1_O2_TRAIN = [[-0.185546875, -0.0972290039, 0.3442382812],
                    [-0.0457458496, 0.0046272278, -0.0408630371],
                    [-0.0036010742, 0.0899658203, -0.0305175781],
                    [-0.0104446411, 0.0113143921, 0.0039596558],
                    [0.0325622559, 0.040222168, -0.3266601562]]
MOVING_MEAN_O2 = [0.0785037279, 0.0774266869, -0.0586270168, 0.0705484003, 0.1416766346]


def run(level, train=False):
    net = amp.auto_mixed_precision(Net(), level)
    net.set_train(train)
    return net, net(Tensor(X))


@pytest.mark.parametrize('level, expected', [('O1', OUT_O1), ('O2', OUT_O2), ('O3', OUT_O2)])
def test_levels_inference_match_mindspore(level, expected):
    _, out = run(level)
    assert out.dtype == ms.float32
    np.testing.assert_allclose(out.asnumpy(), expected, rtol=1e-5)


def test_o2_training_batchnorm_float32():
    net, out = run('O2', train=True)
    np.testing.assert_allclose(out.asnumpy(), OUT_O2_TRAIN, rtol=1e-6)
    grads = ms.grad(lambda x: net(x).sum(), None, net.trainable_params())(Tensor(X))
    bn = net._backbone.bn._backbone
    assert bn.moving_mean.dtype == ms.float32
    np.testing.assert_allclose(bn.moving_mean.asnumpy(), MOVING_MEAN_O2, rtol=1e-6)   # after two passes
    assert all(g.dtype == ms.float32 for g in grads)
    # BatchNorm's training gradient cancels; in float16 it agrees to a few float16 ulps.
    np.testing.assert_allclose(grads[1].asnumpy(), GRAD_W1_O2_TRAIN, atol=1e-3)


def test_o3_float16_batchnorm_computes_in_float32():
    _, out = run('O3', train=True)
    np.testing.assert_allclose(out.asnumpy(), OUT_O2_TRAIN, rtol=1e-6)


def test_o1_keeps_structure_and_names():
    net, _ = run('O1')
    assert type(net) is Net and type(net.d1) is nn.Dense
    assert [p.name for p in net.trainable_params()] == ['s', 'd1.weight', 'd1.bias', 'bn.gamma', 'bn.beta',
                                                       'd2.weight', 'd2.bias']


def test_ops_inside_low_precision_cell_cast_their_inputs():
    seen = []

    class Probe(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor(np.array([1.5, 2.0], np.float32)), name='w')

        def construct(self, x):
            c = ops.ones((2,), ms.float32)
            a = x * self.w
            d = ops.cast(a + c, ms.float32)
            seen.extend([c.dtype, a.dtype, d.dtype, (d * 2).dtype, (x > 0).dtype])
            return d * 2

    net = amp.auto_mixed_precision(Probe(), 'O3')._backbone
    out = net(Tensor(np.array([1., 2.], np.float32)))
    # as MindSpore prints for a Cell given to_float(float16)
    assert seen == [ms.float32, ms.float16, ms.float32, ms.float16, ms.bool_]
    assert out.dtype == ms.float16 and net.w.dtype == ms.float32
    _, (g,) = ms.value_and_grad(net, None, [net.w])(Tensor(np.array([1., 2.], np.float32)))
    assert g.dtype == ms.float32
    np.testing.assert_array_equal(g.asnumpy(), [2., 4.])


def test_primitive_objects_of_white_list():
    class MM(nn.Cell):
        def __init__(self):
            super().__init__()
            self.matmul = ops.MatMul()
            self.w = Parameter(Tensor(np.array([[1 / 3], [1.]], np.float32)), name='w')

        def construct(self, x):
            return self.matmul(x, self.w)

    net = amp.auto_mixed_precision(MM(), 'O1')
    out = net(Tensor([[1., 0.]]))
    assert out.dtype == ms.float32
    assert out.asnumpy()[0, 0] == np.float32(np.float16(1 / 3))


def test_nested_precisions_and_deepcopy():
    net = amp.auto_mixed_precision(nn.SequentialCell([nn.Dense(2, 2), nn.BatchNorm1d(2)]), 'O2')
    clone = copy.deepcopy(net)
    x = Tensor(np.array([[0.1, 0.2], [0.3, -0.4]], np.float32))
    np.testing.assert_array_equal(clone(x).asnumpy(), net(x).asnumpy())
    assert clone._backbone[0].weight is not net._backbone[0].weight


def test_auto_mixed_precision_errors():
    with pytest.raises(ValueError, match='The amp level O4 is not supported'):
        amp.auto_mixed_precision(Net(), 'O4')
    with pytest.raises(ValueError, match=r'The dtype should be one of \(mstype.float16, mstype.bfloat16\), but got '
                                         'Float32.'):
        amp.auto_mixed_precision(Net(), 'O2', ms.float32)
    with pytest.raises(TypeError, match="For amp_level 'O2', the network type should be Cell."):
        amp.auto_mixed_precision(lambda x: x, 'O2')
    net = Net()
    assert amp.auto_mixed_precision(net, 'O0') is net


def test_static_and_dynamic_loss_scalers():
    s = amp.StaticLossScaler(1024)
    out = s.unscale([Tensor([1., 2.]), Tensor([3.], ms.float16)])
    assert isinstance(out, list) and out[1].dtype == ms.float16
    np.testing.assert_array_equal(out[1].asnumpy(), np.float16([0.0029297]))
    assert s.adjust(Tensor(True)) is False
    d = amp.DynamicLossScaler(scale_value=2 ** 10, scale_factor=2, scale_window=3)
    scales, counters = [], []
    for finite in [True, True, True, False, True, True, False, False, True, True, True, True]:
        assert d.adjust(Tensor(finite)) is True
        scales.append(float(d.scale_value.asnumpy()))
        counters.append(int(d.counter.asnumpy()))
    assert scales == [1024, 1024, 2048, 1024, 1024, 1024, 512, 256, 256, 256, 512, 512]
    assert counters == [1, 2, 0, 0, 1, 2, 0, 0, 1, 2, 0, 1]
    big = amp.DynamicLossScaler(2.0 ** 127, 2, 1)
    big.adjust(Tensor(True))
    assert float(big.scale_value.asnumpy()) == 2.0 ** 127
    with pytest.raises(TypeError, match='Failed calling Select'):
        d.adjust(True)
    with pytest.raises(TypeError, match="The 'scale_factor' must be int, but got 'float'"):
        amp.DynamicLossScaler(2, 1.5, 1)


def test_all_finite():
    assert bool(amp.all_finite([Tensor([1.0]), Tensor([2.0], ms.float16)]))
    assert not bool(amp.all_finite((Tensor([np.nan, 1.]), Tensor([1.0]))))
    with pytest.raises(ValueError, match='AddN'):
        amp.all_finite([])


def _loss_net():
    class M(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor(np.array([[0.5, -1.0], [2.0, 0.25]], np.float32)), name='w')

        def construct(self, x):
            return ops.matmul(x, self.w)
    net = M()
    return net, nn.WithLossCell(net, nn.MSELoss())


XS = Tensor(np.array([[1., 2.], [3., -1.]], np.float32))
YS = Tensor(np.array([[0., 1.], [1., 0.]], np.float32))


def test_train_one_step_with_loss_scale_cell_matches_mindspore():
    net, loss = _loss_net()
    step = nn.TrainOneStepWithLossScaleCell(loss, nn.SGD(net.trainable_params(), 0.1),
                                            nn.DynamicLossScaleUpdateCell(2.0 ** 10, 2, 2))
    losses = [float(step(XS, YS)[0]) for _ in range(3)]
    # MindSpore 2.10 after a Tensor-scale run of three steps (conformance case amp_loss_scale_cell.py)
    net2, loss2 = _loss_net()
    step2 = nn.TrainOneStepWithLossScaleCell(loss2, nn.SGD(net2.trainable_params(), 0.1), Tensor(8.0))
    first = [float(step2(XS, YS)[0]) for _ in range(3)]
    np.testing.assert_allclose(first, [8.82812, 4.04551, 2.08225], rtol=1e-5)
    np.testing.assert_allclose(net2.w.asnumpy(), [[0.4409375, -0.015625], [0.78462493, 0.28434375]], rtol=1e-6)
    np.testing.assert_allclose(losses, first, rtol=1e-6)
    w = net.w.asnumpy().copy()
    out_loss, overflow, scale = step(Tensor(np.array([[1e30, 2.], [3., -1.]], np.float32)), YS)
    assert bool(overflow) and np.isinf(float(out_loss))
    np.testing.assert_array_equal(net.w.asnumpy(), w)          # the update was skipped
    assert scale is step.scale_sense and float(scale.asnumpy()) == 1024.0      # 2048 before
    assert [float(step(XS, YS)[2].asnumpy()) for _ in range(2)] == [1024.0, 2048.0]


def test_loss_scale_cell_errors():
    net, loss = _loss_net()
    opt = nn.SGD(net.trainable_params())
    with pytest.raises(ValueError, match=r"the shape of 'scale_sense' must be \(1,\) or \(\), but got \(2,\)"):
        nn.TrainOneStepWithLossScaleCell(loss, opt, Tensor([1.0, 2.0]))
    with pytest.raises(TypeError, match="the 'scale_sense' must be Cell or Tensor"):
        nn.TrainOneStepWithLossScaleCell(loss, opt, 3.0)


def test_loss_scale_managers():
    m = amp.DynamicLossScaleManager(init_loss_scale=16, scale_factor=2, scale_window=2)
    got = []
    for overflow in [False, False, True, False, False, False, True, True]:
        m.update_loss_scale(overflow)
        got.append(m.get_loss_scale())
    assert got == [16, 32, 16, 16, 32, 32, 16, 8]
    assert amp.FixedLossScaleManager(10, False).get_update_cell() is None
    assert isinstance(amp.FixedLossScaleManager().get_update_cell(), nn.FixedLossScaleUpdateCell)
    assert ms.train.DynamicLossScaleManager is amp.DynamicLossScaleManager


def _dense_net():
    return nn.SequentialCell([
        nn.Dense(3, 4, Tensor(np.linspace(-1, 1, 12).reshape(4, 3).astype(np.float32)), has_bias=False),
        nn.ReLU(),
        nn.Dense(4, 2, Tensor(np.linspace(1, -0.5, 8).reshape(2, 4).astype(np.float32)), has_bias=False)])


def test_build_train_network_and_model():
    n = _dense_net()
    train = amp.build_train_network(n, nn.Momentum(n.trainable_params(), 0.1, 0.9), nn.MSELoss(), 'O2')
    assert type(train) is nn.TrainOneStepWithLossScaleCell
    assert float(train.scale_sense.asnumpy()) == 2.0 ** 24
    n = _dense_net()
    train = amp.build_train_network(n, nn.SGD(n.trainable_params()), nn.MSELoss(), 'O3')
    assert type(train) is nn.TrainOneStepCell
    n = _dense_net()
    model = Model(n, nn.MSELoss(), nn.SGD(n.trainable_params(), 0.1), amp_level='O3')
    x = Tensor(np.array([[0.3, -0.2, 0.9], [1.2, 0.4, -0.7], [0.1, 0.1, 0.5]], np.float32))
    y = Tensor(np.array([[0.2, 0.1], [-0.3, 0.8], [0.5, 0.5]], np.float32))
    model.train(3, ms.dataset.NumpySlicesDataset({'x': x.asnumpy(), 'y': y.asnumpy()}, shuffle=False).batch(3))
    # MindSpore 2.10: the loss of a fourth step after three epochs (conformance case amp_loss_scale_cell.py)
    np.testing.assert_allclose(float(model.train_network(x, y)), 0.3228008449077606, rtol=1e-6)
    with pytest.raises(ValueError, match="Unsupported arg 'bad'"):
        amp.build_train_network(n, nn.SGD(n.trainable_params()), nn.MSELoss(), 'O3', bad=1)
    with pytest.raises(ValueError, match="The 'level' should be in"):
        amp.build_train_network(n, nn.SGD(n.trainable_params()), nn.MSELoss(), 'O5')
