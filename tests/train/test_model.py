"""Tests of Model, callbacks and metrics (numbers against NumPy; printed format from MindSpore 2.10)."""
import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn
from minispore.train import (MAE, MSE, Accuracy, Callback, Loss, LossMonitor, Model, RunContext,
                             TimeMonitor)

X = np.random.RandomState(1).randn(6, 3).astype(np.float32)
W = np.array([[0.5], [-1.0], [2.0]], np.float32)
Y = X @ W + 0.1


def _ds(batch=3):
    return ms.dataset.NumpySlicesDataset({'x': X, 'y': Y}, shuffle=False).batch(batch)


def _model(lr=0.1, metrics=None):
    net = nn.Dense(3, 1, weight_init='ones', bias_init='zeros')
    return net, Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), lr), metrics=metrics)


def test_train_matches_numpy_sgd():
    net, model = _model()
    model.train(2, _ds())
    w, b = np.ones((3, 1)), np.zeros(1)
    for _ in range(2):
        for i in range(0, 6, 3):
            x, y = X[i:i + 3].astype(np.float64), Y[i:i + 3]
            err = x @ w + b - y
            w, b = w - 0.1 * 2 * x.T @ err / err.size, b - 0.1 * 2 * err.sum(0) / err.size
    np.testing.assert_allclose(net.weight.asnumpy().T, w, rtol=1e-5)
    np.testing.assert_allclose(net.bias.asnumpy(), b, rtol=1e-5, atol=1e-6)


def test_eval_metrics_match_numpy():
    net, model = _model(metrics={'mae', 'mse', 'loss'})
    res = model.eval(_ds(4))
    pred = X @ np.ones((3, 1))
    assert set(res) == {'mae', 'mse', 'loss'}
    assert res['mae'] == pytest.approx(np.abs(pred - Y).sum() / 6, rel=1e-5)
    assert res['mse'] == pytest.approx(((pred - Y) ** 2).sum() / 6, rel=1e-5)
    batch_losses = [((pred[:4] - Y[:4]) ** 2).mean(), ((pred[4:] - Y[4:]) ** 2).mean()]
    assert res['loss'] == pytest.approx(np.mean(batch_losses), rel=1e-5)
    np.testing.assert_allclose(model.predict(Tensor(X)).asnumpy(), pred, rtol=1e-5)


def test_callback_order_and_params():
    seen = []

    class Rec(Callback):
        def on_train_begin(self, rc):
            seen.append(('begin', rc.original_args().epoch_num, rc.original_args().batch_num))

        def on_train_epoch_begin(self, rc):
            seen.append(('eb', rc.original_args().cur_epoch_num))

        def step_end(self, rc):
            seen.append(('se', rc.original_args().cur_step_num))

        def on_train_end(self, rc):
            seen.append(('end', rc.original_args().cur_step_num))

    _, model = _model()
    model.train(2, _ds(), callbacks=[Rec()])
    assert seen == [('begin', 2, 2), ('eb', 1), ('se', 1), ('se', 2), ('eb', 2), ('se', 3), ('se', 4),
                    ('end', 4)]


def test_request_stop():
    class Stop(Callback):
        def on_train_step_end(self, rc):
            if rc.original_args().cur_step_num == 3:
                rc.request_stop()

    class Count(Callback):
        n = 0

        def on_train_step_end(self, rc):
            Count.n += 1

    _, model = _model()
    model.train(5, _ds(2), callbacks=[Stop(), Count()])
    assert Count.n == 3


def test_loss_monitor_format(capsys):
    _, model = _model()
    model.train(2, _ds(2), callbacks=LossMonitor(2))
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split(',')[0] for ln in lines] == ['epoch: 1 step: 2', 'epoch: 2 step: 1', 'epoch: 2 step: 3']
    assert all(', loss is ' in ln for ln in lines)


def test_time_monitor_and_fit(capsys):
    _, model = _model(metrics={'mae'})
    model.fit(2, _ds(), _ds(), callbacks=[TimeMonitor(), LossMonitor(0)])
    out = capsys.readouterr().out.splitlines()
    # The order and format MindSpore 2.10 prints; LossMonitor does not run in fit's evaluation.
    assert [ln.split(' time')[0].split(',')[0] for ln in out] == [
        'Eval epoch', 'Train epoch', 'Eval result: epoch 1', 'Eval epoch', 'Train epoch', 'Eval result: epoch 2']
    assert 'per step time: ' in out[1] and out[2].startswith("Eval result: epoch 1, metrics: {'mae': ")


def test_metrics_numpy():
    rng = np.random.RandomState(0)
    logits, labels = rng.randn(10, 4).astype(np.float32), rng.randint(0, 4, 10)
    acc = Accuracy()
    acc.update(Tensor(logits[:6]), Tensor(labels[:6]))
    acc.update(Tensor(logits[6:]), Tensor(np.eye(4)[labels[6:]].astype(np.float32)))
    assert acc.eval() == pytest.approx((logits.argmax(1) == labels).mean())
    acc.clear()
    with pytest.raises(RuntimeError):
        acc.eval()
    a, b = rng.randn(5, 2), rng.randn(5, 2)
    assert MAE()(Tensor(a), Tensor(b)) == pytest.approx(np.abs(a - b).sum() / 5)
    assert MSE()(Tensor(a), Tensor(b)) == pytest.approx(((a - b) ** 2).sum() / 5)
    loss = Loss()
    loss.update(Tensor(np.array([1.0, 3.0], np.float32)))
    loss.update(Tensor(np.float32(4.0)))
    assert loss.eval() == pytest.approx(3.0)


def test_exports_and_errors():
    assert ms.Model is Model and nn.Accuracy is Accuracy and ms.train.Accuracy is Accuracy
    assert RunContext({}).get_stop_requested() is False
    _, model = _model()
    with pytest.raises(TypeError):
        model.train(1, _ds(), callbacks=[object()])
    with pytest.raises(ValueError):
        Model(nn.Dense(3, 1), nn.MSELoss()).eval(_ds())
    with pytest.raises(KeyError):
        Model(nn.Dense(3, 1), nn.MSELoss(), metrics={'nope'})
