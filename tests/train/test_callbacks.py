"""Tests of ModelCheckpoint, EarlyStopping, Model.fit's evaluation and the progress bar.

File names, stop epochs and evaluation results are MindSpore 2.10's for the same runs."""
import io
import os
import sys

import numpy as np
import pytest

import minispore as ms
from minispore import Tensor, nn
from minispore.train import (MSE, Accuracy, Callback, CheckpointConfig, EarlyStopping, Loss, LossMonitor, Model,
                             ModelCheckpoint)
from minispore.train.progress import progress_bar

RNG = np.random.RandomState(0)
X = RNG.randn(12, 3).astype(np.float32)
Y = (X @ np.array([[0.5], [-1.0], [2.0]], np.float32) + 0.1).astype(np.float32)
XC = np.random.RandomState(0).randn(16, 3).astype(np.float32)
LABELS = (XC @ np.array([1.0, -1.0, 0.5], np.float32) > 0).astype(np.int32)
W = np.array([[0.5, -0.2, 0.1], [-0.3, 0.4, 0.2]], np.float32)


def _regression():
    net = nn.Dense(3, 1, weight_init=Tensor(np.array([[0.1, 0.2, 0.3]], np.float32)), bias_init='zeros')
    ds = ms.dataset.NumpySlicesDataset({'x': X, 'y': Y}, shuffle=False).batch(4)
    return net, Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.1)), ds


def _classifier(lr=8.0):
    net = nn.Dense(3, 2, weight_init=Tensor(W), bias_init='zeros')
    loss = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
    model = Model(net, loss, nn.SGD(net.trainable_params(), lr), metrics={'acc': Accuracy(), 'loss': Loss()})
    return net, model


def _cls_ds(n=16):
    return ms.dataset.NumpySlicesDataset({'data': XC[:n], 'label': LABELS[:n]}, shuffle=False).batch(4)


def _ckpts(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith('.ckpt'))


def test_model_checkpoint_names_pruning_and_prefix(tmp_path):
    net, model, ds = _regression()
    cb = ModelCheckpoint('dense', str(tmp_path), CheckpointConfig(save_checkpoint_steps=2, keep_checkpoint_max=3))
    model.train(3, ds, callbacks=cb)
    assert _ckpts(tmp_path) == ['dense-2_3.ckpt', 'dense-3_2.ckpt', 'dense-3_3.ckpt']
    assert cb.latest_ckpt_file_name == os.path.join(str(tmp_path), 'dense-3_3.ckpt')
    saved = ms.load_checkpoint(cb.latest_ckpt_file_name)
    assert sorted(saved) == ['accum.bias', 'accum.weight', 'bias', 'global_step', 'learning_rate', 'momentum',
                             'stat.bias', 'stat.weight', 'weight']
    np.testing.assert_array_equal(saved['weight'].asnumpy(), net.weight.asnumpy())
    np.testing.assert_allclose(saved['weight'].asnumpy(), [[0.47148, -0.75905, 1.76659]], atol=1e-5)

    _, model2, ds2 = _regression()
    config = CheckpointConfig(save_checkpoint_steps=4, append_info=['epoch_num', 'step_num'])
    cb2 = ModelCheckpoint('dense', str(tmp_path), config)
    model2.train(2, ds2, callbacks=cb2)
    assert _ckpts(tmp_path)[3:] == ['dense_1-2_1.ckpt', 'dense_1-2_3.ckpt']
    extra = ms.load_checkpoint(cb2.latest_ckpt_file_name)
    assert int(extra['epoch_num'].asnumpy()) == 2 and int(extra['step_num'].asnumpy()) == 6
    assert ModelCheckpoint('dense', str(tmp_path))._prefix == 'dense_2'


def test_checkpoint_config_policy_and_errors():
    cfg = CheckpointConfig(save_checkpoint_seconds=10, keep_checkpoint_per_n_minutes=1)
    assert cfg.get_checkpoint_policy() == {'save_checkpoint_steps': 1, 'save_checkpoint_seconds': None,
                                           'keep_checkpoint_max': 5, 'keep_checkpoint_per_n_minutes': None,
                                           'saved_network': None}
    assert CheckpointConfig(keep_checkpoint_max=0).keep_checkpoint_max == 1
    assert CheckpointConfig(append_info=['epoch_num', {'lr': 0.1}]).append_dict == {'epoch_num': 0, 'lr': 0.1}
    with pytest.raises(ValueError, match="The input value must be int and must >= 0, but got '-1'"):
        CheckpointConfig(save_checkpoint_steps=-1)
    with pytest.raises(ValueError, match="can't be all None or 0"):
        CheckpointConfig(save_checkpoint_steps=0, keep_checkpoint_max=0)
    with pytest.raises(ValueError, match="must be in \\['epoch_num', 'step_num'\\], but got loss"):
        CheckpointConfig(append_info=['loss'])
    with pytest.raises(ValueError, match="that does not contain '/', but got a/b"):
        ModelCheckpoint(prefix='a/b')
    with pytest.raises(TypeError, match="should be 'CheckpointConfig'"):
        ModelCheckpoint(config={})


def test_fit_valid_frequency_and_eval_results():
    seen = []

    class Show(Callback):
        def on_train_epoch_end(self, run_context):
            cb = run_context.original_args()
            seen.append((cb.cur_epoch_num, 'metrics' in cb, dict(cb.get('eval_results', {}))))

    _, model = _classifier(lr=0.5)
    model.fit(3, _cls_ds(), _cls_ds(8), valid_frequency=[1, 3], callbacks=Show())
    assert [(e, has) for e, has, _ in seen] == [(1, True), (2, False), (3, True)]
    assert model.eval(_cls_ds()) == pytest.approx({'acc': 1.0, 'loss': 0.213973}, abs=2e-6)
    # MindSpore: eval_loss is the last evaluation batch's loss, 'loss' the mean over batches.
    assert seen[0][2] == pytest.approx({'acc': 1.0, 'eval_loss': 0.410101, 'loss': 0.418118}, abs=2e-6)
    assert seen[2][2] == pytest.approx({'acc': 1.0, 'eval_loss': 0.261046, 'loss': 0.236607}, abs=2e-6)
    seen.clear()
    _, model = _classifier(lr=0.5)
    model.fit(4, _cls_ds(), _cls_ds(8), valid_frequency=2, callbacks=Show())
    assert [has for _, has, _ in seen] == [False, True, False, True]
    assert seen[3][2] == pytest.approx({'acc': 1.0, 'eval_loss': 0.227958, 'loss': 0.196376}, abs=2e-6)
    with pytest.raises(TypeError, match="'valid_frequency' must be a list or an integer"):
        model.fit(1, _cls_ds(), _cls_ds(), valid_frequency=1.0)

    class OldStyle(Callback):
        def step_end(self, run_context):
            pass

    with pytest.raises(ValueError, match="For OldStyle callback, {'step_end'} methods may not be supported"):
        model.fit(1, _cls_ds(), _cls_ds(), callbacks=OldStyle())


@pytest.mark.parametrize('kwargs, stopped, best', [
    (dict(monitor='eval_loss', patience=1), 0, 0.006608),
    (dict(monitor='acc', patience=0, min_delta=0.01), 1, 0.875),
    (dict(monitor='loss', patience=2, mode='max'), 4, 3.498611),
])
def test_early_stopping_matches_mindspore(kwargs, stopped, best, capsys):
    _, model = _classifier()
    es = EarlyStopping(verbose=True, **kwargs)
    model.fit(8, _cls_ds(), _cls_ds(8), callbacks=es)
    assert es.stopped_epoch == stopped
    assert float(es.best) == pytest.approx(best, abs=3e-6)
    assert capsys.readouterr().out == (f'Epoch {stopped:05d}: early stopping\n' if stopped else '')


def test_early_stopping_restores_best_weights(capsys):
    net, model = _classifier()
    snapshots = []

    class Snap(Callback):
        def on_train_epoch_end(self, run_context):
            snapshots.append(net.weight.asnumpy().copy())

    es = EarlyStopping(monitor='loss', patience=1, mode='max', restore_best_weights=True, verbose=True)
    model.fit(8, _cls_ds(), _cls_ds(8), callbacks=[Snap(), es])
    assert es.stopped_epoch == 3  # the training loss peaks at epoch 2 (MindSpore: 2.368, 3.499, 0.018)
    np.testing.assert_array_equal(net.weight.asnumpy(), snapshots[1])
    np.testing.assert_allclose(net.weight.asnumpy(), [[-2.050318, 7.876375, -3.672779],
                                                      [2.250317, -7.676375, 3.972780]], atol=2e-5)
    assert capsys.readouterr().out.splitlines() == ['Restoring model weights from the end of the best epoch.',
                                                    'Epoch 00003: early stopping']
    with pytest.raises(ValueError, match="mode should be 'auto', 'min' or 'max', but got up."):
        EarlyStopping(mode='up')
    with pytest.raises(TypeError, match="The type of 'monitor' should be 'str', but got type 'int'."):
        EarlyStopping(monitor=1)


def test_progress_bar_forced_on_and_off():
    out = io.StringIO()
    with progress_bar(range(5), desc='Epoch 1/1', file=out, enabled=True) as bar:
        for _ in bar:
            bar.set_postfix(loss=0.25)
    last = out.getvalue().rsplit('\r', 1)[-1]
    assert last.startswith('Epoch 1/1: 100% 5/5 [') and last.endswith('\n')
    assert last.rstrip().endswith('step/s] loss=0.25')  # spaces may blank out a longer previous line
    quiet = io.StringIO()
    assert list(progress_bar(range(3), file=quiet)) == [0, 1, 2]
    bar = progress_bar(range(3), file=quiet, enabled=False)
    bar.set_postfix(loss=1.0)
    bar.close()
    assert quiet.getvalue() == ''


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_model_shows_progress_only_on_a_terminal(monkeypatch, capsys):
    _, model, ds = _regression()
    model.train(1, ds, callbacks=LossMonitor(3))
    assert capsys.readouterr().out == 'epoch: 1 step: 3, loss is 2.225949287414551\n'
    term = _Terminal()
    monkeypatch.setattr('sys.stdout', term)
    monkeypatch.setitem(sys.modules, 'tqdm', None)  # the plain fallback, even where tqdm is installed
    _, model, ds = _regression()
    model.train(2, ds)
    model._metric_fns = {'mse': MSE()}
    model.eval(ds)
    text = term.getvalue()
    assert 'Epoch 1/2: 100% 3/3' in text and 'Epoch 2/2: 100% 3/3' in text and 'loss=' in text
    assert 'Eval: 100% 3/3' in text
