"""Softmax, normalisation, embedding, losses and distances: values against NumPy, derivatives
against finite differences, MindSpore's conventions (kinks, clamping, int targets, in-place
running statistics) and errors."""
import inspect

import numpy as np
import pytest

import minispore as ms
from minispore import Parameter, Tensor, ops

from opcheck import P, T, case, op_tests, reseed

reseed(12)

rng = np.random.default_rng(2)
inf = float('inf')


def K(values, dtype=np.float32):
    """A Tensor of the given (nested) values."""
    return Tensor(np.array(values, dtype))


def L(*shape, classes, dtype=np.int32):
    """Class indices in [0, classes)."""
    return Tensor(rng.integers(0, classes, shape).astype(dtype))


def signed(*shape, low=0.5, high=2.0):
    """Values of random sign with magnitude in [low, high)."""
    return Tensor((rng.uniform(low, high, shape) * rng.choice([-1, 1], shape)).astype(np.float32))


def ints(t):
    return np.asarray(t).astype(np.int64)


# ---- NumPy references ----
def np_softmax(x, axis=-1):
    e = np.exp(x - x.max(axis, keepdims=True))
    return e / e.sum(axis, keepdims=True)


def np_log_softmax(x, axis=-1):
    s = x - x.max(axis, keepdims=True)
    return s - np.log(np.exp(s).sum(axis, keepdims=True))


def np_nll(logp, t, w=None, ignore=-100, reduction='mean', smoothing=0.0):
    """The loss of class indices under log-probabilities with classes on axis 1 (0 for 1-D)."""
    axis = 1 if logp.ndim > 1 else 0
    c = logp.shape[axis]
    t = ints(t)
    valid = t != ignore
    safe = np.where(valid, t, 0)
    w = np.ones(c) if w is None else np.asarray(w, np.float64)
    picked = np.take_along_axis(logp, np.expand_dims(safe, axis), axis).squeeze(axis)
    wshape = (c,) + (1,) * (logp.ndim - axis - 1)
    smooth = (logp * w.reshape(wshape)).sum(axis)
    loss = -(1 - smoothing) * w[safe] * picked - smoothing / c * smooth
    loss = np.where(valid, loss, 0)
    if reduction == 'none':
        return loss
    if reduction == 'sum':
        return loss.sum()
    return loss.sum() / np.where(valid, w[safe], 0).sum()


def np_ce_probs(x, p, w=None, reduction='mean', smoothing=0.0):
    axis = 1 if x.ndim > 1 else 0
    c = x.shape[axis]
    p = p * (1 - smoothing) + smoothing / c
    if w is not None:
        p = p * np.asarray(w).reshape((c,) + (1,) * (x.ndim - axis - 1))
    loss = -(np_log_softmax(x, axis) * p).sum(axis)
    return {'none': loss, 'sum': loss.sum(), 'mean': loss.mean()}[reduction]


def np_normalise(x, axes, eps=1e-5):
    return (x - x.mean(axes, keepdims=True)) / np.sqrt(x.var(axes, keepdims=True) + eps)


def np_batch_norm(x, rm, rv, w, b, training, eps=1e-5):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    if training:
        out = np_normalise(x, (0,) + tuple(range(2, x.ndim)), eps)
    else:
        out = (x - rm.reshape(shape)) / np.sqrt(rv.reshape(shape) + eps)
    return out * w.reshape(shape) + b.reshape(shape)


def np_group_norm(x, g, w, b, eps=1e-5):
    n, c = x.shape[:2]
    out = np_normalise(x.reshape(n, g, -1), (2,), eps).reshape(x.shape)
    shape = (1, c) + (1,) * (x.ndim - 2)
    return out * w.reshape(shape) + b.reshape(shape)


def np_cdist(a, b, p):
    d = np.abs(a[..., :, None, :] - b[..., None, :, :])
    if p == inf:
        return d.max(-1)
    if p == 0:
        return (d != 0).sum(-1).astype(a.dtype)
    return (d ** p).sum(-1) ** (1 / p)


def np_cosine(a, b, axis):
    return (a * b).sum(axis) / (np.linalg.norm(a, axis=axis) * np.linalg.norm(b, axis=axis))


# ---- inputs ----
X = T(4, 5)
X3 = T(3, 4, 2)
LAB = L(4, classes=5)
LAB64 = L(4, classes=5, dtype=np.int64)
LAB3 = Tensor(np.array([[0, 3], [-100, 1], [2, 2]], np.int32))
LABI = Tensor(np.array([1, -100, 4, 0], np.int32))
W5 = P(5)
PROBS = Tensor(rng.dirichlet(np.ones(5), 4).astype(np.float32))
XN = T(4, 3, 5)
BN_W, BN_B = P(3), T(3)
RM, RV = T(3), P(3)
EMB_W = T(6, 3)
EMB_I = Tensor(np.array([[1, 0, 5], [1, 1, 3]], np.int32))
PROB = T(3, 4, low=0.2, high=0.8)
Y01 = T(3, 4, low=0.0, high=1.0)
LOGQ = Tensor(np.log(rng.dirichlet(np.ones(4), 3)).astype(np.float32))
Q = Tensor(rng.dirichlet(np.ones(4), 3).astype(np.float32))


def U(*shape, low, high):
    """Uniform float32 values from this module's own generator (reproducible whatever ran
    before): the distance cases need differences away from 0 and from ties."""
    return Tensor(rng.uniform(low, high, shape).astype(np.float32))


KINKY = K([[0.3, -2.0, 1.5], [-0.5, 2.5, 0.1]])     # |values| away from the kinks
A, B = U(2, 4, 3, low=-1, high=0), U(2, 5, 3, low=0.2, high=1.2)
A2, B2 = U(4, 3, low=-1, high=0), U(2, 3, low=0.2, high=1.2)


def _ce_grad(x):
    return ms.grad(lambda v: ops.cross_entropy(v, LAB))(x)


def _np_ce_grad(x):
    return (np_softmax(x, 1) - np.eye(5)[ints(LAB)]) / 4


CASES = {
    'softmax': case(ops.softmax, [T(3, 4)], lambda x: np_softmax(x)),
    'softmax_axis0_3d': case(lambda x: ops.softmax(x, 0), [T(3, 2, 4)],
                             lambda x: np_softmax(x, 0)),
    'log_softmax': case(ops.log_softmax, [T(3, 4)], lambda x: np_log_softmax(x)),
    'log_softmax_axis1': case(lambda x: ops.log_softmax(x, axis=1), [T(2, 3, 4)],
                              lambda x: np_log_softmax(x, 1)),
    'softmin': case(lambda x: ops.softmin(x, -2), [T(3, 4)], lambda x: np_softmax(-x, -2)),
    'cross_entropy': case(lambda x: ops.cross_entropy(x, LAB), [X],
                          lambda x: np_nll(np_log_softmax(x, 1), LAB)),
    'cross_entropy_int64_sum': case(lambda x: ops.cross_entropy(x, LAB64, reduction='sum'), [X],
                                    lambda x: np_nll(np_log_softmax(x, 1), LAB64,
                                                     reduction='sum')),
    'cross_entropy_weight_ignore': case(
        lambda x, w: ops.cross_entropy(x, LABI, w), [X, W5],
        lambda x, w: np_nll(np_log_softmax(x, 1), LABI, w)),
    'cross_entropy_nd_none': case(
        lambda x: ops.cross_entropy(x, LAB3, reduction='none'), [X3],
        lambda x: np_nll(np_log_softmax(x, 1), LAB3, reduction='none')),
    'cross_entropy_smoothing': case(
        lambda x: ops.cross_entropy(x, LABI, W5, label_smoothing=0.2), [X],
        lambda x: np_nll(np_log_softmax(x, 1), LABI, np.asarray(W5), smoothing=0.2)),
    'cross_entropy_smoothing_nd_none': case(
        lambda x: ops.cross_entropy(x, LAB3, reduction='none', label_smoothing=0.3), [X3],
        lambda x: np_nll(np_log_softmax(x, 1), LAB3, reduction='none', smoothing=0.3)),
    'cross_entropy_1d': case(lambda x: ops.cross_entropy(x, K(3, np.int32)), [T(5)],
                             lambda x: -np_log_softmax(x)[3]),
    'cross_entropy_probs': case(
        lambda x, p: ops.cross_entropy(x, p, W5, label_smoothing=0.1), [X, PROBS],
        lambda x, p: np_ce_probs(x, p, np.asarray(W5), smoothing=0.1)),
    'cross_entropy_probs_none': case(lambda x, p: ops.cross_entropy(x, p, reduction='none'),
                                     [X, PROBS], lambda x, p: np_ce_probs(x, p, reduction='none')),
    'cross_entropy_grad': case(_ce_grad, [X], _np_ce_grad),
    'nll_loss': case(lambda x: ops.nll_loss(x, LABI, W5, reduction='sum'), [X],
                     lambda x: np_nll(x, LABI, np.asarray(W5), reduction='sum')),
    'nll_loss_smoothing_nd': case(lambda x: ops.nll_loss(x, LAB3, label_smoothing=0.2), [X3],
                                  lambda x: np_nll(x, LAB3, smoothing=0.2)),
    'batch_norm_training': case(
        lambda x, w, b: ops.batch_norm(x, Tensor(np.zeros(3)), Tensor(np.ones(3)), w, b, True),
        [XN, BN_W, BN_B], lambda x, w, b: np_batch_norm(x, None, None, w, b, True)),
    'batch_norm_inference': case(
        lambda x, rm, rv, w, b: ops.batch_norm(x, rm, rv, w, b, eps=1e-3),
        [XN, RM, RV, BN_W, BN_B],
        lambda x, rm, rv, w, b: np_batch_norm(x, rm, rv, w, b, False, 1e-3)),
    'batch_norm_2d': case(
        lambda x: ops.batch_norm(x, Tensor(np.zeros(4)), Tensor(np.ones(4)), None, None, True),
        [T(5, 4)], lambda x: np_normalise(x, (0,))),
    'layer_norm': case(lambda x, w, b: ops.layer_norm(x, (4, 2), w, b), [X3, T(4, 2), T(4, 2)],
                       lambda x, w, b: np_normalise(x, (1, 2)) * w + b),
    'layer_norm_eps': case(lambda x: ops.layer_norm(x, 2, eps=0.1), [X3],
                           lambda x: np_normalise(x, (2,), 0.1)),
    'group_norm': case(lambda x, w, b: ops.group_norm(x, 2, w, b), [T(2, 4, 3), P(4), T(4)],
                       lambda x, w, b: np_group_norm(x, 2, w, b)),
    'group_norm_4d': case(lambda x: ops.group_norm(x, 3, eps=0.1), [T(2, 6, 2, 2)],
                          lambda x: np_group_norm(x, 3, np.ones(6), np.zeros(6), 0.1)),
    'embedding': case(lambda w: ops.embedding(EMB_I, w), [EMB_W], lambda w: w[ints(EMB_I)]),
    'embedding_padding_freq': case(
        lambda w: ops.embedding(EMB_I, w, padding_idx=0, scale_grad_by_freq=True), [EMB_W],
        lambda w: w[ints(EMB_I)], order=0),
    'binary_cross_entropy': case(
        lambda p, y, w: ops.binary_cross_entropy(p, y, w), [PROB, Y01, P(4)],
        lambda p, y, w: np.mean(-w * (y * np.log(p) + (1 - y) * np.log(1 - p)))),
    'binary_cross_entropy_none': case(
        lambda p, y: ops.binary_cross_entropy(p, y, reduction='none'), [PROB, Y01],
        lambda p, y: -(y * np.log(p) + (1 - y) * np.log(1 - p))),
    'kl_div': case(lambda x, y: ops.kl_div(x, y, 'batchmean'), [LOGQ, Q],
                   lambda x, y: (y * (np.log(y) - x)).sum() / 3,
                   grad_kw=dict(rtol=1e-5)),
    'kl_div_log_target': case(lambda x, y: ops.kl_div(x, y, 'none', log_target=True),
                              [LOGQ, ops.log(Q)], lambda x, y: np.exp(y) * (y - x)),
    'l1_loss': case(lambda x, y: ops.l1_loss(x, y), [signed(3, 4), T(4, low=-0.4, high=0.4)],
                    lambda x, y: np.abs(x - y).mean()),
    'smooth_l1_loss': case(
        lambda x, y: ops.smooth_l1_loss(x, y, 0.8, 'sum'),
        [KINKY, T(2, 3, low=-0.1, high=0.1)],
        lambda x, y: np.where(np.abs(x - y) < 0.8, 0.5 * (x - y) ** 2 / 0.8,
                              np.abs(x - y) - 0.4).sum()),
    'huber_loss': case(
        lambda x, y: ops.huber_loss(x, y, 'none', 1.2),
        [KINKY, T(3, low=-0.1, high=0.1)],
        lambda x, y: np.where(np.abs(x - y) <= 1.2, 0.5 * (x - y) ** 2,
                              1.2 * (np.abs(x - y) - 0.6))),
    'cosine_similarity': case(lambda a, b: ops.cosine_similarity(a, b), [T(3, 4, 2), T(4, 1)],
                              lambda a, b: np_cosine(a, np.broadcast_to(b, a.shape), 1)),
    'cosine_similarity_dim': case(lambda a, b: ops.cosine_similarity(a, b, dim=-1),
                                  [T(3, 4), T(3, 4)], lambda a, b: np_cosine(a, b, -1)),
    'cdist': case(ops.cdist, [A, B], lambda a, b: np_cdist(a, b, 2)),
    'cdist_p1': case(lambda a, b: ops.cdist(a, b, 1.0), [A, B], lambda a, b: np_cdist(a, b, 1)),
    'cdist_p3_2d': case(lambda a, b: ops.cdist(a, b, 3.0), [A2, B2],
                        lambda a, b: np_cdist(a, b, 3)),
    'cdist_p_half': case(lambda a, b: ops.cdist(a, b, 0.5), [A2, B2],
                         lambda a, b: np_cdist(a, b, 0.5)),
    'cdist_inf': case(lambda a, b: ops.cdist(a, b, inf), [A2, B2],
                      lambda a, b: np_cdist(a, b, inf)),
    'cdist_p0': case(lambda a, b: ops.cdist(a, b, 0.0), [K([[1., 2., 3.], [1., 0., 3.]]),
                                                          K([[1., 2., 0.], [0., 0., 0.]])],
                     lambda a, b: np_cdist(a, b, 0), order=0),
}

test_forward_float32, test_forward_float64, test_grads = op_tests(CASES)


# ---- signatures ----
SIGNATURES = {
    'softmax': '(input, axis=-1, *, dtype=None)',
    'log_softmax': '(logits, axis=-1)',
    'softmin': '(x, axis=-1, *, dtype=None)',
    'batch_norm': '(input_x, running_mean, running_var, weight, bias, training=False, '
                  'momentum=0.1, eps=1e-05)',
    'layer_norm': '(input, normalized_shape, weight=None, bias=None, eps=1e-05)',
    'group_norm': '(input, num_groups, weight=None, bias=None, eps=1e-05)',
    'embedding': '(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, '
                 'scale_grad_by_freq=False)',
    'cross_entropy': "(input, target, weight=None, ignore_index=-100, reduction='mean', "
                     "label_smoothing=0.0)",
    'nll_loss': "(inputs, target, weight=None, ignore_index=-100, reduction='mean', "
                "label_smoothing=0.0)",
    'binary_cross_entropy': "(logits, labels, weight=None, reduction='mean')",
    'l1_loss': "(input, target, reduction='mean')",
    'smooth_l1_loss': "(input, target, beta=1.0, reduction='none')",
    'huber_loss': "(input, target, reduction='mean', delta=1.0)",
    'kl_div': "(logits, labels, reduction='mean', log_target=False)",
    'cosine_similarity': '(x1, x2, dim=1, eps=1e-08)',
    'cdist': '(x1, x2, p=2.0)',
}


@pytest.mark.parametrize('name', sorted(SIGNATURES))
def test_signature(name):
    assert str(inspect.signature(getattr(ops, name))) == SIGNATURES[name]


# ---- softmax ----
def test_softmax_is_stable_for_large_values():
    x = K([[1000., 1001., 999.], [-1000., -1001., -999.]])
    np.testing.assert_allclose(ops.softmax(x).asnumpy(), np_softmax(np.asarray(x, np.float64)),
                               rtol=1e-6)
    np.testing.assert_allclose(ops.log_softmax(x).asnumpy(),
                               np_log_softmax(np.asarray(x, np.float64)), rtol=1e-6)


def test_softmax_dtype_argument_casts_first():
    out = ops.softmax(Tensor([1, 2]), dtype=ms.float32)
    assert out.dtype == ms.float32
    assert ops.softmin(K([1., 2.]), dtype=ms.float64).dtype == ms.float64
    assert ops.softmax(K([1., 2.], np.float16)).dtype == ms.float16


@pytest.mark.parametrize('fn', [ops.softmax, ops.log_softmax, ops.softmin])
def test_softmax_errors(fn):
    with pytest.raises(TypeError, match=f"For '{fn.__name__}'.*Int64"):
        fn(Tensor([1, 2]))
    with pytest.raises(ValueError, match=r"the 'axis' must be in \[-2, 2\), but got 2"):
        fn(K([[1., 2.]]), 2)
    with pytest.raises(TypeError, match="'axis' must be 'int'"):
        fn(K([[1., 2.]]), 1.5)
    with pytest.raises(ValueError, match=r"\[0, 0\)"):
        fn(Tensor(2.0))
    with pytest.raises(TypeError, match="must be a Tensor"):
        fn([1.0, 2.0])


# ---- cross_entropy, nll_loss ----
def test_cross_entropy_matches_mindspore():
    # MindSpore 2.10 (nn.CrossEntropyLoss docs): ([[1, 2, 3]], [2]) -> 0.4076054
    assert abs(float(ops.cross_entropy(K([[1., 2., 3.]]), K([2], np.int32))) - 0.4076054) < 1e-6
    x = K([[1., 2., 3.], [0.5, -1., 2.], [0.1, 0.2, 0.3], [2., -2., 0.]])
    t = K([2, 0, 1, -100], np.int32)
    assert abs(float(ops.cross_entropy(x, t)) - 1.0836197) < 1e-6
    got = ops.cross_entropy(x, t, K([1., 2., .5]), label_smoothing=0.2)
    assert abs(float(got) - 1.2850667) < 1e-6


def test_cross_entropy_int32_and_int64_targets_agree():
    a = ops.cross_entropy(X, LAB, reduction='none')
    b = ops.cross_entropy(X, Tensor(np.asarray(LAB).astype(np.int64)), reduction='none')
    np.testing.assert_array_equal(a.asnumpy(), b.asnumpy())


def test_cross_entropy_extreme_logits():
    # the fast path (no max subtraction) and the stable path give the same finite losses
    x = np.array([[1e4, 0., -1e4], [-1e4, -1e4 - 1, -1e4 - 2], [0.5, 0.1, -0.3]], np.float32)
    t = np.array([1, 0, 2], np.int32)
    got = ops.cross_entropy(Tensor(x), Tensor(t), reduction='none').asnumpy()
    want = -np.take_along_axis(np_log_softmax(x.astype(np.float64), 1), t[:, None], 1)[:, 0]
    np.testing.assert_allclose(got, want, rtol=1e-6)
    g = ms.grad(lambda v: ops.cross_entropy(v, Tensor(t), reduction='sum'))(Tensor(x)).asnumpy()
    np.testing.assert_allclose(g, np_softmax(x.astype(np.float64), 1) - np.eye(3)[t], atol=1e-7)


def test_cross_entropy_negative_target_wraps_and_all_ignored_is_nan():
    x = K([[1., 2., 3.], [0.5, -1., 2.]])
    a = ops.cross_entropy(x, K([-1, 0], np.int32), reduction='none').asnumpy()
    b = ops.cross_entropy(x, K([2, 0], np.int32), reduction='none').asnumpy()
    np.testing.assert_array_equal(a, b)
    assert np.isnan(float(ops.cross_entropy(x, K([-100, -100], np.int32))))


def test_cross_entropy_result_dtype():
    assert ops.cross_entropy(Tensor(np.asarray(X, np.float64)), LAB).dtype == ms.float64
    assert ops.cross_entropy(X, LAB, Tensor([1, 2, 3, 4, 5])).dtype == ms.float32


def test_cross_entropy_errors():
    x = K([[1., 2., 3.], [0.5, -1., 2.]])
    t = K([2, 0], np.int32)
    with pytest.raises(TypeError, match="For 'cross_entropy'.*'target'.*UInt8"):
        ops.cross_entropy(x, K([2, 0], np.uint8))
    with pytest.raises(RuntimeError, match=r"For 'cross_entropy'.*\[-3, 3\).*but got 5"):
        ops.cross_entropy(x, K([5, 0], np.int32))
    with pytest.raises(ValueError, match=r"For 'cross_entropy'.*shape \(2,\).*\(1,\)"):
        ops.cross_entropy(x, K([1], np.int32))
    with pytest.raises(ValueError, match="same shape"):
        ops.cross_entropy(x, K([[0.5, 0.5]]))
    with pytest.raises(ValueError, match=r"For 'cross_entropy'.*'reduction'.*'avg'"):
        ops.cross_entropy(x, t, reduction='avg')
    with pytest.raises(ValueError, match="'label_smoothing'"):
        ops.cross_entropy(x, t, label_smoothing=-0.1)
    with pytest.raises(ValueError, match=r"'weight' must have shape \(3,\)"):
        ops.cross_entropy(x, t, K([1., 2.]))
    with pytest.raises(TypeError, match="'target' must be a Tensor"):
        ops.cross_entropy(x, [2, 0])
    with pytest.raises(TypeError, match="For 'cross_entropy'.*Int32"):
        ops.cross_entropy(K([[1, 2, 3]], np.int32), K([1], np.int32))
    with pytest.raises(TypeError, match="For 'nll_loss'.*Float32"):
        ops.nll_loss(x, K([2., 0.]))


def test_nll_loss_matches_mindspore():
    x = K([[1., 2., 3.], [0.5, -1., 2.], [0.1, 0.2, 0.3], [2., -2., 0.]])
    t = K([2, 0, 1, -100], np.int32)
    got = ops.nll_loss(x, t, K([1., 2., .5]), reduction='none', label_smoothing=0.2)
    np.testing.assert_allclose(got.asnumpy(), [-1.6333334, -0.36666667, -0.36333334, 0.],
                               rtol=1e-6)
    assert abs(float(ops.nll_loss(x, t, K([1., 2., .5]), label_smoothing=0.2)) + 0.67523813) < 1e-6


# ---- normalisation ----
def test_batch_norm_updates_running_statistics_in_place():
    x = np.array([[1., 2.], [3., 0.5], [-1., 2.]], np.float32)
    rm, rv = Tensor([0.5, -0.5]), Parameter(Tensor([1., 2.]), name='rv')
    ops.batch_norm(Tensor(x), rm, rv, K([1., 1.]), K([0., 0.]), training=True)
    np.testing.assert_allclose(rm.asnumpy(), 0.9 * np.array([0.5, -0.5]) + 0.1 * x.mean(0),
                               rtol=1e-6)
    np.testing.assert_allclose(rv.asnumpy(), 0.9 * np.array([1., 2.]) + 0.1 * x.var(0, ddof=1),
                               rtol=1e-6)
    assert rm.dtype == ms.float32 and isinstance(rv, Parameter)
    before = rm.asnumpy().copy()
    ops.batch_norm(Tensor(x), rm, rv, K([1., 1.]), K([0., 0.]))          # inference: untouched
    np.testing.assert_array_equal(rm.asnumpy(), before)


def test_batch_norm_grad_in_training_updates_once():
    rm, rv = Tensor([0., 0.]), Tensor([1., 1.])
    x = Tensor(np.array([[1., 2.], [3., 0.5], [-1., 2.]], np.float32))
    g = ms.grad(lambda v: ops.batch_norm(v, rm, rv, K([1., 1.]), K([0., 0.]), True).sum())(x)
    np.testing.assert_allclose(g.asnumpy(), 0, atol=1e-6)
    np.testing.assert_allclose(rm.asnumpy(), 0.1 * np.asarray(x).mean(0), rtol=1e-6)


def test_normalisation_errors():
    with pytest.raises(ValueError, match="For 'batch_norm'.*at least 2 dimensions"):
        ops.batch_norm(K([1., 2.]), K([0.]), K([1.]), K([1.]), K([0.]))
    with pytest.raises(ValueError, match=r"For 'batch_norm'.*'running_mean' must be \(3,\)"):
        ops.batch_norm(T(2, 3), K([0., 0.]), K([1., 1., 1.]), None, None)
    with pytest.raises(TypeError, match="For 'batch_norm'.*Int32"):
        ops.batch_norm(K([[1, 2]], np.int32), K([0., 0.]), K([1., 1.]), None, None)
    with pytest.raises(ValueError, match="For 'layer_norm'.*trailing"):
        ops.layer_norm(T(2, 3), (2,))
    with pytest.raises(ValueError, match=r"For 'layer_norm'.*'weight' must be \(3,\)"):
        ops.layer_norm(T(2, 3), (3,), T(2))
    with pytest.raises(ValueError, match="For 'group_norm'.*channels 4 and 'num_groups' 3"):
        ops.group_norm(T(2, 4, 2), 3)
    with pytest.raises(ValueError, match="For 'group_norm'.*at least 2 dimensions"):
        ops.group_norm(T(4), 2)


# ---- embedding ----
def test_embedding_padding_idx_and_frequency_scale_the_gradient():
    idx = Tensor(np.array([[1, 0, 1, 5], [0, 0, 1, 3]], np.int32))
    w = Tensor(rng.standard_normal((6, 3)).astype(np.float32))
    c = rng.standard_normal((2, 4, 3)).astype(np.float32)
    counts = np.bincount(ints(idx).ravel(), minlength=6)

    def grad(**kw):
        return ms.grad(lambda v: (ops.embedding(idx, v, **kw) * Tensor(c)).sum())(w).asnumpy()

    plain = np.zeros((6, 3))
    np.add.at(plain, ints(idx), c)
    np.testing.assert_allclose(grad(), plain, rtol=1e-6)
    padded = plain.copy()
    padded[0] = 0
    np.testing.assert_allclose(grad(padding_idx=0), padded, rtol=1e-6)
    np.testing.assert_allclose(grad(padding_idx=-6), padded, rtol=1e-6)
    scaled = plain / np.maximum(counts, 1)[:, None]
    np.testing.assert_allclose(grad(scale_grad_by_freq=True), scaled, rtol=1e-6)
    scaled[1] = 0
    np.testing.assert_allclose(grad(padding_idx=1, scale_grad_by_freq=True), scaled, rtol=1e-6)
    out = ops.embedding(idx, w, padding_idx=0, scale_grad_by_freq=True)
    np.testing.assert_array_equal(out.asnumpy(), np.asarray(w)[ints(idx)])


def test_embedding_max_norm_renormalises_rows_in_place():
    data = np.array([[3., 4.], [0.3, 0.4], [6., 8.]], np.float32)
    w = Parameter(Tensor(data), name='w')
    out = ops.embedding(Tensor(np.array([0, 1], np.int32)), w, max_norm=1.0)
    want = data.copy()
    want[0] *= 1.0 / (5.0 + 1e-7)
    np.testing.assert_allclose(w.asnumpy(), want, rtol=1e-6)      # row 2 was not looked up
    np.testing.assert_allclose(out.asnumpy(), want[:2], rtol=1e-6)
    ops.embedding(Tensor(np.array([2], np.int32)), w, max_norm=7.0, norm_type=1.0)
    np.testing.assert_allclose(w.asnumpy()[2], data[2] * 7.0 / (14.0 + 1e-7), rtol=1e-6)


def test_embedding_errors():
    w = T(4, 3)
    with pytest.raises(IndexError, match=r"For 'embedding'.*\[0, 4\).*4"):
        ops.embedding(K([1, 4], np.int32), w)
    with pytest.raises(TypeError, match="For 'embedding'.*Int32 or Int64.*Float32"):
        ops.embedding(K([1.]), w)
    with pytest.raises(ValueError, match=r"'padding_idx' must be in \[-4, 4\)"):
        ops.embedding(K([1], np.int32), w, padding_idx=4)
    with pytest.raises(ValueError, match="2-D"):
        ops.embedding(K([1], np.int32), T(2, 2, 2))


# ---- binary_cross_entropy, kl_div ----
def test_binary_cross_entropy_clamps_the_logs():
    p, y = K([0., 1., 0., 1.]), K([1., 0., 0., 1.])
    np.testing.assert_allclose(ops.binary_cross_entropy(p, y, reduction='none').asnumpy(),
                               [27.631021, 27.631021, 0., 0.], rtol=1e-6)
    y = K([1., 0., 0.])
    g = ms.grad(lambda v: ops.binary_cross_entropy(v, y, reduction='sum'))(K([0., 1., 0.5]))
    np.testing.assert_allclose(g.asnumpy(), [-1e12, 1e12, 2.], rtol=1e-6)


def test_binary_cross_entropy_weight_broadcasts():
    p, y = np.asarray(PROB, np.float64), np.asarray(Y01, np.float64)
    w = np.array([1., 2., 3., 4.])
    got = ops.binary_cross_entropy(PROB, Y01, Tensor(w.astype(np.float32)), reduction='none')
    np.testing.assert_allclose(got.asnumpy(), -w * (y * np.log(p) + (1 - y) * np.log(1 - p)),
                               rtol=1e-5)


def test_binary_cross_entropy_errors():
    with pytest.raises(RuntimeError, match="between 0 and 1, but got 1.5"):
        ops.binary_cross_entropy(K([1.5, 0.5]), K([1., 0.]))
    with pytest.raises(ValueError, match="same shape"):
        ops.binary_cross_entropy(K([[0.5, 0.5]]), K([1., 0.]))
    with pytest.raises(TypeError, match="Int64"):
        ops.binary_cross_entropy(Tensor([0, 1]), Tensor([0, 1]))


def test_kl_div_conventions():
    x = K([[-1.2, -0.7, -1.5]])
    got = ops.kl_div(x, K([[0., -0.1, 0.5]]), 'none').asnumpy()
    np.testing.assert_allclose(got, [[0., 0., 0.5 * (np.log(0.5) + 1.5)]], rtol=1e-6)
    # the gradient in the labels is log(labels) + 1 - logits (MindSpore 2.10 returns 0)
    g = ms.grad(lambda y: ops.kl_div(x, y, 'sum'))(K([[0.2, 0.3, 0.5]]))
    np.testing.assert_allclose(g.asnumpy(), np.log([[0.2, 0.3, 0.5]]) + 1 - np.asarray(x),
                               rtol=1e-6)
    assert abs(float(ops.kl_div(K([-1., -2.]), K([0.3, 0.7]), 'batchmean')) - 0.5445679) < 1e-6
    with pytest.raises(ValueError, match=r"'reduction' must be in \['none', 'mean', 'batchmean'"):
        ops.kl_div(x, x, 'avg')
    with pytest.raises(ValueError, match="same shape"):
        ops.kl_div(x, K([0.2, 0.3, 0.5]))


# ---- regression losses ----
def test_regression_losses_with_int_inputs():
    out = ops.l1_loss(Tensor([1, 2]), Tensor([0, 4]), 'none')
    assert out.dtype == ms.int64 and out.asnumpy().tolist() == [1, 2]
    assert ops.l1_loss(Tensor([1, 2]), Tensor([0, 4])).dtype == ms.int64
    out = ops.huber_loss(Tensor([1, 2]), Tensor([0, 4]))
    assert out.dtype == ms.float32 and float(out) == 1.0
    with pytest.raises(TypeError, match="For 'smooth_l1_loss'.*Int64"):
        ops.smooth_l1_loss(Tensor([1, 2]), Tensor([0, 4]))


def test_regression_loss_gradients_at_the_kinks():
    d, z = K([1., 0., 0.5, -1.]), K([0., 0., 0., 0.])
    g = ms.grad(lambda u: ops.l1_loss(u, z, 'sum'))(d)
    assert g.asnumpy().tolist() == [1., 0., 1., -1.]
    g = ms.grad(lambda u: ops.smooth_l1_loss(u, z, reduction='sum'))(d)
    assert g.asnumpy().tolist() == [1., 0., 0.5, -1.]
    g = ms.grad(lambda u: ops.huber_loss(u, z, 'sum'))(d)
    assert g.asnumpy().tolist() == [1., 0., 0.5, -1.]


def test_smooth_l1_loss_beta_zero_is_l1_and_defaults_to_none():
    x, y = T(3, 4), T(3, 4)
    np.testing.assert_array_equal(ops.smooth_l1_loss(x, y, 0.0).asnumpy(),
                                  ops.l1_loss(x, y, 'none').asnumpy())
    assert ops.smooth_l1_loss(x, y).shape == (3, 4)


def test_regression_loss_errors():
    with pytest.raises(RuntimeError, match="For 'smooth_l1_loss'.*'beta'.*-1"):
        ops.smooth_l1_loss(T(2), T(2), -1.0)
    with pytest.raises(ValueError, match="For 'smooth_l1_loss'.*same shape"):
        ops.smooth_l1_loss(T(2, 3), T(3))
    with pytest.raises(ValueError, match="For 'huber_loss'.*'delta' must be > 0"):
        ops.huber_loss(T(2), T(2), delta=0.0)
    for fn in (ops.l1_loss, ops.huber_loss):
        with pytest.raises(ValueError, match=f"For '{fn.__name__}'.*'reduction'.*'avg'"):
            fn(T(2), T(2), 'avg')


# ---- distances ----
def test_cosine_similarity_eps_and_zero_vectors():
    a = K([[1e-5, 0., 0.], [0., 0., 0.]])
    got = ops.cosine_similarity(a, K([[1e-5, 0., 0.], [1., 2., 2.]]))
    np.testing.assert_allclose(got.asnumpy(), [0.01, 0.], rtol=1e-5)
    g = ms.grad(lambda u: ops.cosine_similarity(u, K([[1., 2., 2.]])).sum())(K([[0., 0., 0.]]))
    assert np.isfinite(g.asnumpy()).all()
    with pytest.raises(ValueError, match=r"For 'cosine_similarity'.*'dim' must be in \[-2, 2\)"):
        ops.cosine_similarity(T(2, 3), T(2, 3), 2)
    with pytest.raises(ValueError, match="must broadcast"):
        ops.cosine_similarity(T(2, 3), T(2, 2))
    with pytest.raises(TypeError, match="Int64"):
        ops.cosine_similarity(Tensor([[1, 2]]), Tensor([[2, 1]]))


def test_cdist_zero_distance_has_zero_gradient():
    x = K([[1., 2.], [3., 4.]])
    for p in (2.0, 3.0, 0.5):
        g = ms.grad(lambda u: ops.cdist(u, x, p).sum())(x)
        assert np.isfinite(g.asnumpy()).all(), p


def test_cdist_broadcasts_batch_axes_and_errors():
    out = ops.cdist(T(2, 3, 4), T(1, 5, 4))
    assert out.shape == (2, 3, 5)
    with pytest.raises(ValueError, match="at least 2 dimensions"):
        ops.cdist(T(3), T(3))
    with pytest.raises(ValueError, match="same number of columns"):
        ops.cdist(T(2, 3), T(2, 4))
    with pytest.raises(ValueError, match="non-negative"):
        ops.cdist(T(2, 3), T(2, 3), -1.0)
    with pytest.raises(TypeError, match="For 'cdist'.*Int32"):
        ops.cdist(K([[1, 2]], np.int32), K([[1, 2]], np.int32))
