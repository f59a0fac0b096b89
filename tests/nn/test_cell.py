"""Cell parameter registration and naming, Dense, SequentialCell and the losses."""
import math

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, nn, ops


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2)
        self.scale = Parameter(Tensor([1.0]), name='my_scale')


class Top(nn.Cell):
    def __init__(self):
        super().__init__()
        self.block = Block()
        self.seq = nn.SequentialCell(nn.Dense(2, 3), nn.ReLU(), nn.Dense(3, 1))
        self.top_p = Parameter(Tensor([0.0]), name='tp')
        self.unnamed = Parameter(Tensor([0.0]))
        self.frozen = Parameter(Tensor([0.0]), name='frozen', requires_grad=False)


def test_names_and_order():
    net = Top()
    names = [p.name for p in net.get_parameters()]
    assert names == ['tp', 'unnamed', 'frozen', 'block.scale', 'block.fc.weight',
                     'block.fc.bias', 'seq.0.weight', 'seq.0.bias', 'seq.2.weight',
                     'seq.2.bias']
    assert [n for n, _ in net.parameters_and_names()] == [
        'top_p', 'unnamed', 'frozen', 'block.scale', 'block.fc.weight', 'block.fc.bias',
        'seq.0.weight', 'seq.0.bias', 'seq.2.weight', 'seq.2.bias']
    assert [p.name for p in net.untrainable_params()] == ['frozen']
    assert len(net.trainable_params()) == 9


def test_training_flag():
    net = Top()
    assert net.training is False
    assert net.set_train() is net and net.block.fc.training
    net.set_train(False)
    assert not net.seq.training


def test_dense():
    d = nn.Dense(3, 2)
    assert [p.name for p in d.trainable_params()] == ['weight', 'bias']
    assert d.weight.shape == (2, 3) and d.bias.shape == (2,)
    bound = 1 / math.sqrt(3)
    assert np.abs(d.weight.asnumpy()).max() <= bound and np.abs(d.bias.asnumpy()).max() <= bound
    assert repr(d) == 'Dense(input_channels=3, output_channels=2, has_bias=True)'
    assert repr(nn.Dense(3, 2, has_bias=False)) == 'Dense(input_channels=3, output_channels=2)'
    assert repr(nn.Dense(3, 2, activation='relu')) == (
        'Dense(\n  input_channels=3, output_channels=2, has_bias=True, activation=ReLU()\n'
        '  (activation): ReLU()\n)')
    d = nn.Dense(3, 2, 'ones', 'zeros')
    x = np.arange(6.0, dtype=np.float32).reshape(2, 3)
    np.testing.assert_allclose(d(Tensor(x)).asnumpy(), x @ np.ones((3, 2)))


def test_losses():
    np.testing.assert_allclose(nn.MSELoss()(Tensor([1., 2.]), Tensor([0., 0.])).asnumpy(), 2.5)
    x = np.array([[-0.8, 1.2, 0.7]], np.float32)
    y = np.array([[0.0, 1.0, 0.0]], np.float32)
    expected = np.mean(np.log1p(np.exp(x)) - x * y)
    np.testing.assert_allclose(nn.BCEWithLogitsLoss()(Tensor(x), Tensor(y)).asnumpy(), expected,
                               rtol=1e-6)
    w, pw = np.array([0.5, 1.0, 2.0], np.float32), np.array([1.5, 2.0, 0.5], np.float32)
    sig = 1 / (1 + np.exp(-x))
    full = -w * (pw * y * np.log(sig) + (1 - y) * np.log(1 - sig))
    for reduction, ref in [('mean', full.mean()), ('sum', full.sum()), ('none', full)]:
        got = ops.binary_cross_entropy_with_logits(Tensor(x), Tensor(y), Tensor(w), Tensor(pw),
                                                   reduction)
        np.testing.assert_allclose(got.asnumpy(), ref, rtol=1e-5)
    with pytest.raises(ValueError, match="'reduction' must be in"):
        nn.MSELoss('avg')


def test_sgd_by_hand_matches_mindspore_losses():
    net = nn.Dense(3, 1, 'ones', 'zeros')
    loss_fn = nn.MSELoss()
    grad_fn = ms.value_and_grad(lambda x, y: loss_fn(net(x), y), None, net.trainable_params())
    x, y = ops.ones((4, 3)), ops.zeros((4, 1))
    losses = []
    for _ in range(3):
        loss, grads = grad_fn(x, y)
        losses.append(float(loss))
        for p, g in zip(net.trainable_params(), grads):
            p.set_data(p - 0.1 * g)
    np.testing.assert_allclose(losses, [9.0, 0.36, 0.0144], rtol=1e-5)
