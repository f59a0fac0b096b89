"""Optimizers, learning-rate schedules and training wrappers against NumPy re-implementations
(multi-step runs against real MindSpore are the conformance cases optim_*.py)."""
import math

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, nn


def _params(seed=0):
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((3, 2)).astype(np.float32)
    b = rng.standard_normal(2).astype(np.float32)
    return w, b, [Parameter(Tensor(w), name='w'), Parameter(Tensor(b), name='gamma')]


def _grads(step, shapes):
    rng = np.random.default_rng(100 + step)
    return [rng.standard_normal(s).astype(np.float32) for s in shapes]


def _run(opt, params, steps=4):
    for t in range(steps):
        opt(tuple(Tensor(g) for g in _grads(t, [p.shape for p in params])))
    return [p.asnumpy() for p in params]


def test_sgd_momentum_nesterov_weight_decay():
    w, b, params = _params()
    got = _run(nn.SGD(params, 0.05, momentum=0.9, nesterov=True, weight_decay=0.1), params)
    ref, accs = [w.copy(), b.copy()], [None, None]
    for t in range(4):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            if i == 0:                     # 'gamma' is not decayed
                g = g + np.float32(0.1) * ref[i]
            accs[i] = g if accs[i] is None else np.float32(0.9) * accs[i] + g
            ref[i] = ref[i] - np.float32(0.05) * (g + np.float32(0.9) * accs[i])
    for a, r in zip(got, ref):
        np.testing.assert_allclose(a, r, rtol=1e-5, atol=1e-6)


def test_momentum_loss_scale():
    w, b, params = _params(1)
    got = _run(nn.Momentum(params, 0.1, 0.8, loss_scale=4.0), params)
    ref, moms = [w.copy(), b.copy()], [0, 0]
    for t in range(4):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            moms[i] = np.float32(0.8) * moms[i] + g / np.float32(4)
            ref[i] = ref[i] - np.float32(0.1) * moms[i]
    for a, r in zip(got, ref):
        np.testing.assert_allclose(a, r, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize('amsgrad', [False, True])
def test_adam(amsgrad):
    w, b, params = _params(2)
    got = _run(nn.Adam(params, 0.01, use_amsgrad=amsgrad), params, steps=5)
    ref = [w.astype(np.float64), b.astype(np.float64)]
    m, v, vmax = [0, 0], [0, 0], [0, 0]
    for t in range(5):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            vmax[i] = np.maximum(vmax[i], v[i]) if amsgrad else v[i]
            lr_t = 0.01 * math.sqrt(1 - 0.999 ** (t + 1)) / (1 - 0.9 ** (t + 1))
            ref[i] = ref[i] - lr_t * m[i] / (np.sqrt(vmax[i]) + 1e-8)
    for a, r in zip(got, ref):
        np.testing.assert_allclose(a, r, rtol=1e-4, atol=1e-5)


def test_adam_weight_decay_groups():
    w, b, params = _params(3)
    opt = nn.AdamWeightDecay([{'params': [params[0]], 'weight_decay': 0.2},
                              {'params': [params[1]], 'lr': 0.1}], learning_rate=0.05)
    got = _run(opt, params)
    ref, m, v = [w.astype(np.float64), b.astype(np.float64)], [0, 0], [0, 0]
    for t in range(4):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            upd = m[i] / (np.sqrt(v[i]) + 1e-6) + (0.2 * ref[i] if i == 0 else 0)
            ref[i] = ref[i] - (0.05, 0.1)[i] * upd
    for a, r in zip(got, ref):
        np.testing.assert_allclose(a, r, rtol=1e-4, atol=1e-5)


def test_schedules_against_formulas():
    for step in range(7):
        s = Tensor(step, ms.int32)
        np.testing.assert_allclose(nn.ExponentialDecayLR(0.1, 0.9, 3, True)(s).asnumpy(),
                                   0.1 * 0.9 ** (step // 3), rtol=1e-6)
        np.testing.assert_allclose(nn.CosineDecayLR(0.01, 0.1, 4)(s).asnumpy(),
                                   0.01 + 0.045 * (1 + math.cos(math.pi * min(step, 4) / 4)),
                                   rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(nn.PolynomialDecayLR(0.1, 0.01, 4, 2.0)(s).asnumpy(),
                                   0.09 * (1 - min(step, 4) / 4) ** 2 + 0.01, rtol=1e-6)
        np.testing.assert_allclose(nn.WarmUpLR(0.2, 3)(s).asnumpy(), 0.2 * min(step, 3) / 3,
                                   rtol=1e-6)


def test_list_lr_and_get_lr():
    _, _, params = _params()
    opt = nn.SGD(params, [0.3, 0.2, 0.1])
    lrs = []
    for t in range(3):
        lrs.append(float(opt.get_lr().asnumpy()))
        opt(tuple(Tensor(g) for g in _grads(t, [p.shape for p in params])))
    np.testing.assert_allclose(lrs, [0.3, 0.2, 0.1], rtol=1e-6)
    assert opt.global_step.asnumpy().tolist() == [3]
    assert isinstance(opt.parameters, ms.ParameterTuple)


def test_errors():
    _, _, params = _params()
    with pytest.raises(ValueError):
        nn.SGD(params, 0.1, momentum=0.0, nesterov=True)
    with pytest.raises(TypeError):
        nn.Momentum(params, 0.1, 1)
    with pytest.raises(ValueError):
        nn.SGD([], 0.1)
    with pytest.raises(KeyError):
        nn.SGD([{'params': params, 'momentum': 0.1}])
    with pytest.raises(RuntimeError):
        nn.SGD([{'params': params}, {'params': params[:1]}])
    with pytest.raises(ValueError):
        nn.CosineDecayLR(0.1, 0.01, 3)


def test_train_one_step_cell_decreases_loss():
    net = nn.WithLossCell(nn.Dense(3, 1, 'ones', 'zeros'), nn.MSELoss())
    step = nn.TrainOneStepCell(net, nn.SGD(net.trainable_params(), 0.1))
    x, y = Tensor(np.ones((4, 3), np.float32)), Tensor(np.zeros((4, 1), np.float32))
    np.testing.assert_allclose([float(step(x, y)) for _ in range(3)], [9.0, 0.36, 0.0144],
                               rtol=1e-5)


def test_clip_by_norm():
    x = np.array([[3., 4.], [1., -2.]], np.float32)
    out = nn.ClipByNorm()(Tensor(x), Tensor(1.0)).asnumpy()
    np.testing.assert_allclose(out, x / np.linalg.norm(x), rtol=1e-6)
