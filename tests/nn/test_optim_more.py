"""nn.Adagrad, nn.RMSProp and nn.Lamb against NumPy re-implementations of MindSpore's kernels
(multi-step runs of Adagrad and RMSProp against real MindSpore: conformance case
optim_adagrad_rmsprop_lamb.py)."""
import numpy as np
import pytest

from minispore import Parameter, Tensor, nn
from test_optim import _grads, _params, _run


def _close(got, ref):
    for a, r in zip(got, ref):
        np.testing.assert_allclose(a, r, rtol=2e-5, atol=1e-6)


def test_adagrad_weight_decay_loss_scale():
    w, b, params = _params()
    opt = nn.Adagrad(params, accum=0.2, learning_rate=0.1, weight_decay=0.1, loss_scale=2.0)
    got = _run(opt, params)
    ref, acc = [w.copy(), b.copy()], [np.full(w.shape, 0.2), np.full(b.shape, 0.2)]
    for t in range(4):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            g = g.astype(np.float64)
            if i == 0:                       # 'gamma' is not decayed
                g = g + 0.1 * 2.0 * ref[i]
            g = g / 2.0
            acc[i] = acc[i] + g * g
            ref[i] = ref[i] - 0.1 * g / np.sqrt(acc[i])
    _close(got, ref)
    assert [p.name for p in opt.accum] == ['accum.w', 'accum.gamma']


@pytest.mark.parametrize('centered', [False, True])
def test_rmsprop(centered):
    w, b, params = _params(1)
    opt = nn.RMSProp(params, learning_rate=0.01, decay=0.8, momentum=0.5, epsilon=1e-6,
                     centered=centered)
    got = _run(opt, params)
    ref = [w.astype(np.float64), b.astype(np.float64)]
    ms = [np.ones(w.shape), np.ones(b.shape)]
    mg = [np.zeros(w.shape), np.zeros(b.shape)]
    mom = [np.zeros(w.shape), np.zeros(b.shape)]
    for t in range(4):
        for i, g in enumerate(_grads(t, [w.shape, b.shape])):
            ms[i] = 0.8 * ms[i] + 0.2 * g * g
            mg[i] = 0.8 * mg[i] + 0.2 * g
            denom = ms[i] - mg[i] ** 2 if centered else ms[i]
            mom[i] = 0.5 * mom[i] + 0.01 * g / np.sqrt(denom + 1e-6)
            ref[i] = ref[i] - mom[i]
    _close(got, ref)
    names = [p.name for p in opt.get_parameters()]
    assert ('mean_grad.w' in names) == centered
    assert 'mean_square.gamma' in names and 'moment.w' in names


def _lamb_ref(w, grads, lr, b1, b2, eps, wd, steps):
    w, m, v = w.astype(np.float64), np.zeros(w.shape), np.zeros(w.shape)
    for t in range(1, steps + 1):
        g = grads[t - 1]
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        mm, vv = m / (1 - b1 ** t), v / (1 - b2 ** t)
        g_hat = mm / np.sqrt(vv + eps) + wd * w
        update = mm / (np.sqrt(vv) + eps) + wd * w
        wn, gn = np.linalg.norm(w), np.linalg.norm(g_hat)
        ratio = np.clip(wn / gn if (wn > 0 and gn > 0) else 1.0, 0, 10)
        w = w - ratio * lr * update
    return w


def test_lamb_trust_ratio_and_decay_flags():
    w, b, params = _params(2)
    opt = nn.Lamb(params, learning_rate=0.05, beta1=0.8, beta2=0.95, eps=1e-4, weight_decay=0.1)
    got = _run(opt, params, steps=5)
    grads = [_grads(t, [w.shape, b.shape]) for t in range(5)]
    ref_w = _lamb_ref(w, [g[0] for g in grads], 0.05, 0.8, 0.95, 1e-4, 0.1, 5)
    ref_b = _lamb_ref(b, [g[1] for g in grads], 0.05, 0.8, 0.95, 1e-4, 0.0, 5)  # 'gamma'
    _close(got, [ref_w, ref_b])
    assert [p.name for p in opt.moments1] == ['lamb_m.w', 'lamb_m.gamma']
    assert [p.name for p in opt.moments2] == ['lamb_v.w', 'lamb_v.gamma']


def test_lamb_groups_and_clip():
    w = np.array([[30.0, -40.0]], np.float32)    # ‖w‖ = 50, ‖ĝ‖ ≈ sqrt(2): ratio clipped to 10
    z = np.zeros(3, np.float32)                  # ‖w‖ = 0: ratio 1
    pw, pz = Parameter(Tensor(w), name='w'), Parameter(Tensor(z), name='z')
    opt = nn.Lamb([{'params': [pw], 'lr': 0.01}, {'params': [pz], 'weight_decay': 0.5}],
                  learning_rate=0.1)
    opt((Tensor(np.array([[1.0, -2.0]], np.float32)), Tensor(np.array([1., -1., 2.], np.float32))))
    np.testing.assert_allclose(pw.asnumpy(), [[30.0 - 0.1, -40.0 + 0.1]], rtol=1e-5)
    np.testing.assert_allclose(pz.asnumpy(), [-0.1, 0.1, -0.1], rtol=1e-4)


def test_argument_checks():
    _, _, params = _params()
    with pytest.raises(TypeError):
        nn.Adagrad(params, accum=1)
    with pytest.raises(ValueError):
        nn.Adagrad(params, accum=-0.1)
    with pytest.raises(ValueError):
        nn.RMSProp(params, epsilon=0.0)
    with pytest.raises(TypeError):
        nn.RMSProp(params, centered=1)
    with pytest.raises(ValueError):
        nn.Lamb(params, 0.1, beta1=1.0)
    with pytest.raises(TypeError):
        nn.Lamb(params, 0.1, eps=1)
