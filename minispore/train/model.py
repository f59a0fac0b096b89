"""Model: the high-level train / eval / predict API."""
import sys

from ..common.tensor import Tensor
from ..nn.cell import Cell
from ..nn.wrap.cell_wrapper import TrainOneStepCell, WithEvalCell, WithLossCell
from .callback import __all__ as _BUILTIN_CALLBACKS
from .callback import TimeMonitor
from .callback._callback import RunContext, _CallbackList, _CallbackParams, _handle_loss
from .metrics import Loss, get_metrics
from .progress import _is_terminal, progress_bar

_OLD_HOOKS = {'begin', 'end', 'epoch_begin', 'epoch_end', 'step_begin', 'step_end'}


def _check_int(value, bound, rel):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"The input value must be int, but got '{type(value).__name__}'")
    if not (value > bound if rel == '>' else value >= bound):
        raise ValueError(f"The input value must be int and must {rel} {bound}, but got '{value}' "
                         f"with type '{type(value).__name__}'.")


def _refuse_old_hooks(cbs):
    """`fit` refuses user callbacks that define the old hook names (`step_end`, ...)."""
    for cb in cbs.callbacks:
        name = type(cb).__name__
        old = set(type(cb).__dict__) & _OLD_HOOKS
        if name not in _BUILTIN_CALLBACKS and old:
            raise ValueError(f"For {name} callback, {old} methods may not be supported in later "
                             "version, Use methods prefixed with 'on_train' or 'on_eval' instead "
                             "when using customized callbacks.")


def _should_eval(epoch, valid_frequency):
    if isinstance(valid_frequency, int):
        return epoch % valid_frequency == 0
    return epoch in valid_frequency


def _loss_value(outputs):
    loss = _handle_loss(outputs)
    return float(loss.asnumpy().mean()) if isinstance(loss, Tensor) else loss


class Model:
    """Wraps a network with its loss, optimizer and metrics for `train`, `eval` and `predict`.

    Without `loss_fn`, `network` is trained as it is (it must return the loss). The eval network
    is `WithEvalCell(network, loss_fn)` unless `eval_network` is given.

    Example:
        >>> import numpy as np
        >>> import minispore as ms
        >>> from minispore import nn, Tensor
        >>> from minispore.train import Model
        >>> x = np.array([[1., 0.], [0., 1.], [2., 0.], [0., 2.]], np.float32)
        >>> y = np.array([0, 1, 0, 1], np.int32)
        >>> ds = ms.dataset.NumpySlicesDataset({'x': x, 'y': y}, shuffle=False).batch(2)
        >>> net = nn.Dense(2, 2, weight_init='zeros', bias_init='zeros')
        >>> loss = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')
        >>> model = Model(net, loss, nn.SGD(net.trainable_params(), 0.5), metrics={'accuracy'})
        >>> model.train(2, ds)
        >>> model.eval(ds)
        {'accuracy': 1.0}
        >>> model.predict(Tensor(x[:1])).shape
        (1, 2)
    """

    def __init__(self, network, loss_fn=None, optimizer=None, metrics=None, eval_network=None,
                 eval_indexes=None, amp_level='O0', boost_level='O0', **kwargs):
        if not isinstance(network, Cell):
            raise TypeError("For 'Model', the argument 'network' must be Cell, but got "
                            f"{type(network)}.")
        self._network = network
        self._loss_fn = loss_fn
        self._optimizer = optimizer
        self._metric_fns = get_metrics(metrics)
        if eval_indexes is not None and not (isinstance(eval_indexes, list)
                                             and len(eval_indexes) == 3):
            raise ValueError("The argument 'eval_indexes' must be a list or None. If "
                             "'eval_indexes' is a list, length of it must be three. But got "
                             f"{eval_indexes}.")
        self._eval_indexes = eval_indexes
        if optimizer is None:
            self._train_network = self._build_train_network()
        else:
            from ..amp import build_train_network   # here: minispore.amp imports minispore.train
            amp_kwargs = {k: v for k, v in kwargs.items()
                          if k in ('loss_scale_manager', 'keep_batchnorm_fp32')}
            self._train_network = build_train_network(network, optimizer, loss_fn, amp_level,
                                                      boost_level, **amp_kwargs)
        self._eval_network = eval_network
        if eval_network is None and loss_fn is not None:
            self._eval_network = WithEvalCell(network, loss_fn)
            self._eval_indexes = [0, 1, 2]
        self._predict_network = network

    def _build_train_network(self):
        net = self._network if self._loss_fn is None else WithLossCell(self._network, self._loss_fn)
        if self._optimizer is None:
            return net
        return TrainOneStepCell(net, self._optimizer)

    @property
    def train_network(self):
        """The network `train` runs."""
        return self._train_network

    @property
    def eval_network(self):
        """The network `eval` runs."""
        return self._eval_network

    @property
    def predict_network(self):
        """The network `predict` runs."""
        return self._predict_network

    def _check_dataset(self, dataset, what):
        if not hasattr(dataset, 'create_tuple_iterator'):
            arg = 'train_dataset' if what == 'train' else 'valid_dataset'
            raise TypeError(f"For 'Model.{what}', the argument '{arg}' must be a Dataset, "
                            f"but got {type(dataset)}.")

    def _check_train_args(self, what, epoch, train_dataset, sink_size, initial_epoch):
        if isinstance(sink_size, bool) or not isinstance(sink_size, int):
            raise TypeError(f"The input value must be int, but got '{type(sink_size).__name__}'.")
        _check_int(epoch, 0, '>')
        _check_int(initial_epoch, 0, '>=')
        if initial_epoch >= epoch:
            raise ValueError(f"For 'Model.{what}', the parameter 'epoch' must bigger than "
                             "parameter 'initial_epoch', but got the parameter 'epoch' is "
                             f"{epoch}, 'initial_epoch' is {initial_epoch}.")
        self._check_dataset(train_dataset, 'train')
        if train_dataset.get_dataset_size() == 0:
            raise ValueError("There is no valid data in dataset, please check dataset file "
                             "firstly.")
        if sink_size < -1 or sink_size == 0:
            raise ValueError(f"For 'Model.{what}', The "
                             f"{'argument' if what == 'train' else 'parameter'} 'sink_size' must "
                             f"be -1 or positive, but got {sink_size}.")

    def train(self, epoch, train_dataset, callbacks=None, dataset_sink_mode=False, sink_size=-1,
              initial_epoch=0):
        """Train for `epoch` epochs over `train_dataset` (rows are the train network's inputs).

        On a terminal, a progress bar per epoch shows the loss; nothing is added to other output.
        """
        self._check_train_args('train', epoch, train_dataset, sink_size, initial_epoch)
        self._train(epoch, train_dataset, _CallbackList(callbacks), dataset_sink_mode,
                    initial_epoch)

    def fit(self, epoch, train_dataset, valid_dataset=None, valid_frequency=1, callbacks=None,
            dataset_sink_mode=False, valid_dataset_sink_mode=False, sink_size=-1, initial_epoch=0):
        """Train, evaluating on `valid_dataset` after every `valid_frequency`-th epoch.

        `valid_frequency` is an int (every N epochs) or a list of the epochs (counted from 1) that
        end with an evaluation. The callbacks then find the metrics in `cb_params.metrics`, and
        in `cb_params.eval_results` the metrics plus 'eval_loss' (the loss of the last evaluation
        batch), during `on_train_epoch_end`.
        """
        self._check_train_args('fit', epoch, train_dataset, sink_size, initial_epoch)
        if isinstance(valid_frequency, bool) or not isinstance(valid_frequency, (int, list)):
            raise TypeError("For 'Model.fit', the type of 'valid_frequency' must be a list or an "
                            f"integer, but got type {type(valid_frequency)}.")
        if valid_dataset and not self._metric_fns:
            raise ValueError("For 'Model.fit', if valid_dataset is not None, the model argument "
                             "'metrics' can not beNone or empty, you should set the argument "
                             "'metrics' for model.")
        if valid_dataset is not None:
            self._check_dataset(valid_dataset, 'fit')
        cbs = _CallbackList(callbacks)
        _refuse_old_hooks(cbs)
        self._train(epoch, train_dataset, cbs, dataset_sink_mode, initial_epoch, valid_dataset,
                    valid_frequency)

    def _train(self, epoch, dataset, cbs, dataset_sink_mode, initial_epoch, valid_dataset=None,
               valid_frequency=1):
        cb_params = _CallbackParams()
        cb_params.train_network = self._train_network
        cb_params.network = self._network
        cb_params.loss_fn = self._loss_fn
        cb_params.optimizer = self._optimizer
        cb_params.train_dataset = dataset
        cb_params.epoch_num = epoch
        cb_params.batch_num = dataset.get_dataset_size()
        cb_params.mode = 'train'
        cb_params.parallel_mode = 'stand_alone'
        cb_params.device_number = 1
        cb_params.dataset_sink_mode = dataset_sink_mode
        cb_params.cur_epoch_num = initial_epoch
        cb_params.cur_step_num = 0
        cb_params.net_outputs = None
        run_context = RunContext(cb_params)
        show_progress = _is_terminal(sys.stdout)
        self._train_network.set_train(True)
        cbs.on_train_begin(run_context)
        iterator = dataset.create_tuple_iterator(num_epochs=epoch - initial_epoch)
        for i in range(initial_epoch, epoch):
            cb_params.cur_epoch_num = i + 1
            cbs.on_train_epoch_begin(run_context)
            bar = None
            if show_progress:
                bar = progress_bar(iterator, cb_params.batch_num, f'Epoch {i + 1}/{epoch}')
            for data in iterator if bar is None else bar:
                cb_params.cur_step_num += 1
                cb_params.train_dataset_element = data
                cbs.on_train_step_begin(run_context)
                cb_params.net_outputs = self._train_network(*data)
                cbs.on_train_step_end(run_context)
                if bar is not None:
                    bar.set_postfix(loss=_loss_value(cb_params.net_outputs))
                if run_context.get_stop_requested():
                    break
            if bar is not None:
                bar.close()
            if valid_dataset is not None and _should_eval(i + 1, valid_frequency):
                self._eval_in_fit(valid_dataset, cbs, cb_params)
            cbs.on_train_epoch_end(run_context)
            cb_params.pop('metrics', None)
            cb_params.pop('eval_results', None)
            if run_context.get_stop_requested():
                break
        cbs.on_train_end(run_context)

    def _eval_in_fit(self, valid_dataset, cbs, cb_params):
        # Built-in callbacks other than TimeMonitor do not run during the evaluation in fit.
        eval_cbs = _CallbackList([cb for cb in cbs.callbacks if isinstance(cb, TimeMonitor)
                                  or type(cb).__name__ not in _BUILTIN_CALLBACKS])
        saved = {k: cb_params[k]
                 for k in ('cur_step_num', 'batch_num', 'dataset_sink_mode', 'net_outputs')}
        cb_params.eval_network = self._eval_network
        cb_params.valid_dataset = valid_dataset
        self._eval(valid_dataset, eval_cbs, cb_params, add_eval_loss=True)
        cb_params.mode = 'train'
        cb_params.update(saved)
        self._train_network.set_train(True)

    def _update_metrics(self, outputs):
        if isinstance(outputs, Tensor):
            outputs = (outputs,)
        if not isinstance(outputs, (tuple, list)):
            raise ValueError(f"The argument 'outputs' should be tuple, but got {type(outputs)}.")
        for metric in self._metric_fns.values():
            if self._eval_indexes is None:
                metric.update(*outputs)
            elif isinstance(metric, Loss):
                metric.update(outputs[self._eval_indexes[0]])
            else:
                metric.update(outputs[self._eval_indexes[1]], outputs[self._eval_indexes[2]])

    def eval(self, valid_dataset, callbacks=None, dataset_sink_mode=False):
        """Evaluate the metrics over `valid_dataset`; returns {metric name: value}.

        On a terminal, a progress bar runs over the batches.
        """
        if self._metric_fns is None:
            raise ValueError("For 'Model.eval', the model argument 'metrics' can not be None or "
                             "empty, you should set the argument 'metrics' for model.")
        if self._eval_network is None:
            raise ValueError("For 'Model.eval', the model argument 'loss_fn' or 'eval_network' "
                             "can not be None at the same time.")
        self._check_dataset(valid_dataset, 'eval')
        cb_params = _CallbackParams()
        cb_params.eval_network = self._eval_network
        cb_params.valid_dataset = valid_dataset
        return self._eval(valid_dataset, _CallbackList(callbacks), cb_params)

    def _eval(self, valid_dataset, cbs, cb_params, add_eval_loss=False):
        cb_params.batch_num = valid_dataset.get_dataset_size()
        cb_params.mode = 'eval'
        cb_params.cur_step_num = 0
        cb_params.dataset_sink_mode = False
        run_context = RunContext(cb_params)
        for metric in self._metric_fns.values():
            metric.clear()
        self._eval_network.set_train(False)
        cbs.on_eval_begin(run_context)
        cbs.on_eval_epoch_begin(run_context)
        batches = valid_dataset.create_tuple_iterator(num_epochs=1)
        if _is_terminal(sys.stdout):
            batches = progress_bar(batches, cb_params.batch_num, 'Eval')
        outputs = None
        for data in batches:
            cb_params.cur_step_num += 1
            cb_params.eval_dataset_element = data
            cbs.on_eval_step_begin(run_context)
            outputs = self._eval_network(*data)
            cb_params.net_outputs = outputs
            cbs.on_eval_step_end(run_context)
            self._update_metrics(outputs)
            if run_context.get_stop_requested():
                break
        cbs.on_eval_epoch_end(run_context)
        metrics = {name: metric.eval() for name, metric in self._metric_fns.items()}
        cb_params.metrics = metrics
        if add_eval_loss:
            # MindSpore reports the loss of the last batch as 'eval_loss'.
            eval_loss = Loss()
            eval_loss.update(outputs[self._eval_indexes[0]])
            cb_params.eval_results = {**metrics, 'eval_loss': eval_loss.eval()}
        cbs.on_eval_end(run_context)
        self._eval_network.set_train(True)
        return metrics

    def predict(self, *predict_data, backend=None, config=None):
        """The network's output for `predict_data`, in inference mode."""
        self._predict_network.set_train(False)
        result = self._predict_network(*predict_data)
        self._predict_network.set_train(True)
        return result
