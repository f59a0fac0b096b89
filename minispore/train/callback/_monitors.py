"""LossMonitor and TimeMonitor."""
import time

import numpy as np

from ._callback import Callback, _handle_loss
from ._checks import non_negative_int


class LossMonitor(Callback):
    """Prints the loss every `per_print_times` training steps (0: never).

    Prints ``epoch: E step: S, loss is L`` with S the step within the epoch.

    Example:
        >>> import numpy as np
        >>> import minispore as ms
        >>> from minispore import nn
        >>> from minispore.train import Model, LossMonitor
        >>> data = {'x': np.ones((4, 2), np.float32), 'y': np.zeros((4, 1), np.float32)}
        >>> ds = ms.dataset.NumpySlicesDataset(data, shuffle=False).batch(2)
        >>> net = nn.Dense(2, 1, weight_init='ones', bias_init='zeros')
        >>> model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.1))
        >>> model.train(1, ds, callbacks=LossMonitor())
        epoch: 1 step: 1, loss is 4.0
        epoch: 1 step: 2, loss is 0.6400001049041748
    """

    def __init__(self, per_print_times=1):
        super().__init__()
        self._per_print_times = non_negative_int(per_print_times)
        self._last_print_time = 0

    def step_end(self, run_context):
        """Print the loss when due."""
        cb_params = run_context.original_args()
        cur_epoch_num = cb_params.get('cur_epoch_num', 1)
        loss = _handle_loss(cb_params.net_outputs)
        cur_step_in_epoch = (cb_params.cur_step_num - 1) % cb_params.batch_num + 1
        if isinstance(loss, float) and (np.isnan(loss) or np.isinf(loss)):
            raise ValueError(f"In epoch: {cur_epoch_num} step: {cur_step_in_epoch}, loss is NAN or "
                             "INF, training process cannot continue, terminating training.")
        if self._per_print_times != 0 and cb_params.cur_step_num <= self._last_print_time:
            while cb_params.cur_step_num <= self._last_print_time:
                sink_steps = cb_params.batch_num if cb_params.get('dataset_sink_mode') else 1
                self._last_print_time -= max(self._per_print_times, sink_steps)
        if self._per_print_times != 0 and \
                cb_params.cur_step_num - self._last_print_time >= self._per_print_times:
            self._last_print_time = cb_params.cur_step_num
            print("epoch: %s step: %s, loss is "
                  "%s" % (cur_epoch_num, cur_step_in_epoch, loss), flush=True)

    def on_train_epoch_end(self, run_context):
        """Print the evaluation metrics during `Model.fit`."""
        cb_params = run_context.original_args()
        metrics = cb_params.get('metrics')
        if metrics:
            print("Eval result: epoch %d, metrics: %s" % (cb_params.cur_epoch_num, metrics))


class TimeMonitor(Callback):
    """Prints the time of each training epoch and the mean time per step.

    Example:
        >>> from minispore.train import TimeMonitor
        >>> TimeMonitor().data_size is None
        True
    """

    def __init__(self, data_size=None, data_time=False):
        super().__init__()
        if not isinstance(data_time, bool):
            raise TypeError(f"The 'data_time' must be a bool, but got {type(data_time).__name__}.")
        self.data_size = data_size
        self.epoch_time = time.time()
        self.data_time = data_time
        self.data_time_sum = 0.0
        self.data_time_start = 0.0

    def on_train_step_begin(self, run_context):
        """Record the data-loading time."""
        if self.data_time:
            self.data_time_sum += time.time() - self.data_time_start

    def on_train_step_end(self, run_context):
        """Start timing data loading."""
        if self.data_time:
            self.data_time_start = time.time()

    def epoch_begin(self, run_context):
        """Start timing the epoch."""
        self.epoch_time = time.time()
        if self.data_time:
            self.data_time_sum = 0.0
            self.data_time_start = time.time()

    def epoch_end(self, run_context):
        """Print the epoch and per-step time."""
        epoch_ms = (time.time() - self.epoch_time) * 1000
        step_size = self.data_size
        cb_params = run_context.original_args()
        mode = cb_params.get('mode', '')
        batch_num = cb_params.get('batch_num')
        if isinstance(batch_num, int) and batch_num > 0:
            step_size = batch_num
        if isinstance(step_size, bool) or not isinstance(step_size, int) or step_size <= 0:
            raise ValueError(f"The 'step_size' must be a positive int, but got {step_size}.")
        log = "{} epoch time: {:5.3f} ms, per step time: {:5.3f} ms".format(
            mode.title(), epoch_ms, epoch_ms / step_size)
        if self.data_time:
            log += " (data time: {:5.3f} ms)".format(self.data_time_sum * 1000 / step_size)
        print(log, flush=True)
