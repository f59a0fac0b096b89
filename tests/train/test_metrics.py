"""Tests of Precision, Recall, Fbeta, F1 and the top-k accuracies (goldens from MindSpore 2.10)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn
from minispore.train import (F1, Fbeta, Precision, Recall, Top1CategoricalAccuracy, Top5CategoricalAccuracy,
                             TopKCategoricalAccuracy, get_metric_fn, names)

SCORES = np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0.3, 0.4, 0.3], [0.6, 0.1, 0.3],
                   [0.5, 0.1, 0.4]], np.float32)
LABELS = np.array([1, 0, 1, 2, 0, 2])
PRED_ML = np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]], np.float32)
TRUE_ML = np.array([[1, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1]], np.float32)
# Printed by MindSpore 2.10 for the same inputs: (eval(), eval(average=True)).
GOLDEN = {'Precision': ([0.6666666666666666, 0.5, 0.0], 0.38888888888888884),
          'Precision_ml': ([0.5, 1.0, 0.5, 1.0], 0.75),
          'Recall': ([1.0, 0.5, 0.0], 0.5), 'Recall_ml': ([0.5, 1.0, 1.0, 0.5], 0.75),
          'F1': ([0.8, 0.5, 0.0], 0.43333333333333335),
          'F2': ([0.9090909090909091, 0.5, 0.0], 0.4696969696969697),
          'top1': 0.5, 'top2': 0.6666666666666666}


@pytest.mark.parametrize('cls', [Precision, Recall])
def test_precision_recall_match_mindspore(cls):
    m = cls()
    m.update(Tensor(SCORES[:3]), Tensor(LABELS[:3]))
    m.update(Tensor(SCORES[3:]), Tensor(np.eye(3)[LABELS[3:]]))  # one-hot labels are accepted too
    values, mean = GOLDEN[cls.__name__]
    np.testing.assert_allclose(m.eval(), values, rtol=1e-12)
    assert m.eval(average=True) == pytest.approx(mean, rel=1e-12)
    ml = cls('multilabel')
    ml.update(PRED_ML.tolist(), TRUE_ML)
    values, mean = GOLDEN[cls.__name__ + '_ml']
    np.testing.assert_allclose(ml.eval(), values, rtol=1e-12)
    assert ml.eval(True) == pytest.approx(mean, rel=1e-12)


def test_precision_recall_against_numpy_counts():
    rng = np.random.RandomState(3)
    scores, labels = rng.rand(40, 5), rng.randint(0, 5, 40)
    pred = scores.argmax(1)
    tp = np.array([np.sum((pred == c) & (labels == c)) for c in range(5)])
    p, r = Precision(), Recall()
    for m in (p, r):
        m.update(Tensor(scores), Tensor(labels))
    np.testing.assert_allclose(p.eval(), tp / np.maximum(np.bincount(pred, minlength=5), 1e-300))
    np.testing.assert_allclose(r.eval(), tp / np.bincount(labels, minlength=5))


def test_fbeta_and_topk_match_mindspore():
    for name, m in (('F1', F1()), ('F2', Fbeta(2))):
        m.update(Tensor(SCORES), Tensor(LABELS))
        np.testing.assert_allclose(m.eval(), GOLDEN[name][0], rtol=1e-12)
        assert m.eval(average=True) == pytest.approx(GOLDEN[name][1], rel=1e-12)
    for k, metric in ((1, Top1CategoricalAccuracy()), (2, TopKCategoricalAccuracy(2))):
        metric.update(Tensor(SCORES), Tensor(LABELS))
        assert metric.eval() == pytest.approx(GOLDEN[f'top{k}'], rel=1e-12)
    top5 = Top5CategoricalAccuracy()
    top5.update(np.eye(6)[[0, 1]], np.array([0, 5]))
    assert top5.eval() == 0.5 and top5.k == 5


def test_clear_indexes_and_names():
    m = Precision().set_indexes([1, 0])
    m.update(Tensor(LABELS), Tensor(SCORES))
    np.testing.assert_allclose(m.eval(), GOLDEN['Precision'][0])
    m.clear()
    with pytest.raises(RuntimeError, match="The 'Precision' can not be calculated, because the number"):
        m.eval()
    assert {'F1', 'precision', 'recall', 'topk', 'top_1_accuracy', 'top_5_accuracy'} <= set(names())
    assert isinstance(get_metric_fn('recall'), Recall) and get_metric_fn('topk', 3).k == 3


def test_errors_match_mindspore():
    with pytest.raises(TypeError, match="The argument 'eval_type' must be in"):
        Recall('binary')
    with pytest.raises(ValueError, match="For 'Fbeta', the argument 'beta' must be greater than 0, but got 0."):
        Fbeta(0)
    with pytest.raises(TypeError, match="the type of the argument 'k' should be int"):
        TopKCategoricalAccuracy(2.0)
    with pytest.raises(ValueError, match="the argument 'k' must be at least 1, but got 'k' value: 0."):
        TopKCategoricalAccuracy(0)
    with pytest.raises(ValueError, match=r"For 'Recall.update', it needs 2 inputs"):
        Recall().update(Tensor(SCORES))
    with pytest.raises(ValueError, match='In multilabel case, all elements in y_pred'):
        Precision('multilabel').update(Tensor(SCORES), Tensor(SCORES))
    with pytest.raises(TypeError, match="For 'Precision', the type of 'average' should be 'bool', but got type 'int'"):
        p = Precision()
        p.update(Tensor(SCORES), Tensor(LABELS))
        p.eval(1)
    with pytest.raises(RuntimeError, match="The 'Fbeta' can not be calculated"):
        F1().eval()
    with pytest.raises(RuntimeError, match="The 'TopKCategoricalAccuracy' can not be calculated"):
        Top1CategoricalAccuracy().eval()


def test_exports():
    for name in ('Precision', 'Recall', 'F1', 'Fbeta', 'TopKCategoricalAccuracy', 'Top1CategoricalAccuracy',
                 'Top5CategoricalAccuracy'):
        assert getattr(ms, name) is getattr(ms.train, name) is getattr(nn, name)
