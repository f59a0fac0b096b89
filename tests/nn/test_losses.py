"""The loss Cells against NumPy re-implementations (MindSpore's own values are in the
conformance case nn_losses)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn

rng = np.random.default_rng(1)
LOGITS = rng.standard_normal((5, 4)).astype(np.float32)
IDX = np.array([0, 3, 1, 1, 2], np.int32)
PROBS = rng.dirichlet(np.ones(4), 5).astype(np.float32)
A = rng.standard_normal((3, 4)).astype(np.float32)
B = rng.standard_normal((3, 4)).astype(np.float32)
W = np.array([0.5, 1.0, 2.0, 0.25], np.float32)


def log_softmax(x):
    x = x.astype(np.float64)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def reduce(loss, reduction):
    return {'mean': np.mean, 'sum': np.sum, 'none': lambda v: v}[reduction](loss)


def close(actual, expect):
    np.testing.assert_allclose(actual.asnumpy(), expect, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize('reduction', ['mean', 'sum', 'none'])
def test_regression_losses(reduction):
    d = A - B
    close(nn.L1Loss(reduction)(Tensor(A), Tensor(B)), reduce(np.abs(d), reduction))
    beta = 0.5
    smooth = np.where(np.abs(d) < beta, 0.5 * d ** 2 / beta, np.abs(d) - 0.5 * beta)
    close(nn.SmoothL1Loss(beta, reduction)(Tensor(A), Tensor(B)), reduce(smooth, reduction))
    delta = 0.7
    huber = np.where(np.abs(d) < delta, 0.5 * d ** 2, delta * (np.abs(d) - 0.5 * delta))
    close(nn.HuberLoss(reduction, delta)(Tensor(A), Tensor(B)), reduce(huber, reduction))


def test_smooth_l1_default_is_unreduced():
    assert nn.SmoothL1Loss()(Tensor(A), Tensor(B)).shape == (3, 4)


@pytest.mark.parametrize('reduction', ['mean', 'sum', 'none'])
def test_cross_entropy_and_nll(reduction):
    logp = log_softmax(LOGITS)
    picked = -logp[np.arange(5), IDX]
    close(nn.CrossEntropyLoss(reduction=reduction)(Tensor(LOGITS), Tensor(IDX)),
          reduce(picked, reduction))
    weighted = picked * W[IDX]
    expect = weighted.sum() / W[IDX].sum() if reduction == 'mean' else reduce(weighted,
                                                                                reduction)
    close(nn.CrossEntropyLoss(Tensor(W), reduction=reduction)(Tensor(LOGITS), Tensor(IDX)),
          expect)
    close(nn.NLLLoss(Tensor(W), reduction=reduction)(Tensor(logp.astype(np.float32)),
                                                     Tensor(IDX)), expect)
    close(nn.CrossEntropyLoss(reduction=reduction)(Tensor(LOGITS), Tensor(PROBS)),
          reduce(-(PROBS * logp).sum(-1), reduction))


def test_cross_entropy_options():
    logp = log_softmax(LOGITS)
    keep = IDX != 1
    picked = -logp[np.arange(5), IDX]
    close(nn.CrossEntropyLoss(ignore_index=1)(Tensor(LOGITS), Tensor(IDX)), picked[keep].mean())
    eps = 0.1
    smooth = (1 - eps) * picked - eps / 4 * logp.sum(-1)
    close(nn.CrossEntropyLoss(label_smoothing=eps)(Tensor(LOGITS), Tensor(IDX)), smooth.mean())
    with pytest.raises(TypeError, match='Int32'):
        nn.CrossEntropyLoss()(Tensor(LOGITS), Tensor(IDX.astype(np.int64)))
    with pytest.raises(ValueError):
        nn.CrossEntropyLoss(reduction='avg')
    # gradient in the logits: (softmax - one_hot) / N
    g = ms.grad(lambda x: nn.CrossEntropyLoss()(x, Tensor(IDX)))(Tensor(LOGITS))
    expect = (np.exp(logp) - np.eye(4)[IDX]) / 5
    np.testing.assert_allclose(g.asnumpy(), expect, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize('reduction', ['mean', 'sum', 'none'])
def test_softmax_cross_entropy_with_logits(reduction):
    logp = log_softmax(LOGITS)
    per_sample = -logp[np.arange(5), IDX]
    sparse = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction=reduction)
    close(sparse(Tensor(LOGITS), Tensor(IDX)), reduce(per_sample, reduction))
    dense = nn.SoftmaxCrossEntropyWithLogits(reduction=reduction)
    close(dense(Tensor(LOGITS), Tensor(np.eye(4, dtype=np.float32)[IDX])),
          reduce(per_sample, reduction))
    close(dense(Tensor(LOGITS), Tensor(PROBS)), reduce(-(PROBS * logp).sum(-1), reduction))


def test_softmax_cross_entropy_default_reduction_is_none():
    out = nn.SoftmaxCrossEntropyWithLogits(sparse=True)(Tensor(LOGITS), Tensor(IDX))
    assert out.shape == (5,)


@pytest.mark.parametrize('reduction', ['mean', 'sum', 'none'])
def test_bce_and_kl(reduction):
    p = rng.uniform(0.05, 0.95, (3, 4)).astype(np.float32)
    y = (rng.random((3, 4)) > 0.5).astype(np.float32)
    bce = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    close(nn.BCELoss(reduction=reduction)(Tensor(p), Tensor(y)), reduce(bce, reduction))
    close(nn.BCELoss(Tensor(W), reduction)(Tensor(p), Tensor(y)), reduce(bce * W, reduction))
    logp = log_softmax(LOGITS).astype(np.float32)
    kl = PROBS * (np.log(PROBS) - logp)
    close(nn.KLDivLoss(reduction)(Tensor(logp), Tensor(PROBS)), reduce(kl, reduction))


def test_kl_batchmean():
    logp = log_softmax(LOGITS).astype(np.float32)
    kl = PROBS * (np.log(PROBS) - logp)
    close(nn.KLDivLoss('batchmean')(Tensor(logp), Tensor(PROBS)), kl.sum() / 5)
