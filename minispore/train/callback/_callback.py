"""The Callback base class, RunContext and the parameters callbacks read."""
import numpy as np

from ...common.tensor import Tensor


class _CallbackParams(dict):
    """A dict whose keys can also be read and set as attributes (`cb_params.cur_step_num`)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


class RunContext:
    """The context of a running train or eval process, passed to every callback hook.

    Example:
        >>> from minispore.train import RunContext
        >>> ctx = RunContext({'cur_step_num': 3})
        >>> ctx.original_args()['cur_step_num'], ctx.get_stop_requested()
        (3, False)
        >>> ctx.request_stop(); ctx.get_stop_requested()
        True
    """

    def __init__(self, original_args):
        if not isinstance(original_args, dict):
            raise TypeError(f"The argument 'original_args' of RunContext should be dict type, "
                            f"but got {type(original_args)}.")
        self._original_args = original_args
        self._stop_requested = False

    def original_args(self):
        """The callback parameters (`cur_epoch_num`, `cur_step_num`, `net_outputs`, ...)."""
        return self._original_args

    def request_stop(self):
        """Stop training (or evaluation) after the current step."""
        self._stop_requested = True

    def get_stop_requested(self):
        """Whether `request_stop` was called."""
        return self._stop_requested


class Callback:
    """Base class of callbacks: override the `on_train_*` / `on_eval_*` hooks.

    The default hooks call the older names `begin`, `epoch_begin`, `step_begin`, `step_end`,
    `epoch_end` and `end`.

    Example:
        >>> import numpy as np
        >>> import minispore as ms
        >>> from minispore import nn
        >>> from minispore.train import Model, Callback
        >>> class PrintStep(Callback):
        ...     def on_train_step_end(self, run_context):
        ...         print('step', run_context.original_args().cur_step_num)
        >>> data = {'x': np.ones((4, 2), np.float32), 'y': np.zeros((4, 1), np.float32)}
        >>> ds = ms.dataset.NumpySlicesDataset(data, shuffle=False).batch(2)
        >>> net = nn.Dense(2, 1)
        >>> model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params()))
        >>> model.train(1, ds, callbacks=PrintStep())
        step 1
        step 2
    """

    def __enter__(self):
        return self

    def __exit__(self, *err):
        pass

    def begin(self, run_context):
        """Called once before training or evaluation (older name)."""

    def epoch_begin(self, run_context):
        """Called before each epoch (older name)."""

    def epoch_end(self, run_context):
        """Called after each epoch (older name)."""

    def step_begin(self, run_context):
        """Called before each step (older name)."""

    def step_end(self, run_context):
        """Called after each step (older name)."""

    def end(self, run_context):
        """Called once after training or evaluation (older name)."""

    def on_train_begin(self, run_context):
        """Called once before training."""
        self.begin(run_context)

    def on_train_epoch_begin(self, run_context):
        """Called before each training epoch."""
        self.epoch_begin(run_context)

    def on_train_epoch_end(self, run_context):
        """Called after each training epoch."""
        self.epoch_end(run_context)

    def on_train_step_begin(self, run_context):
        """Called before each training step."""
        self.step_begin(run_context)

    def on_train_step_end(self, run_context):
        """Called after each training step."""
        self.step_end(run_context)

    def on_train_end(self, run_context):
        """Called once after training."""
        self.end(run_context)

    def on_eval_begin(self, run_context):
        """Called once before evaluation."""
        self.begin(run_context)

    def on_eval_epoch_begin(self, run_context):
        """Called before the evaluation epoch."""
        self.epoch_begin(run_context)

    def on_eval_epoch_end(self, run_context):
        """Called after the evaluation epoch."""
        self.epoch_end(run_context)

    def on_eval_step_begin(self, run_context):
        """Called before each evaluation step."""
        self.step_begin(run_context)

    def on_eval_step_end(self, run_context):
        """Called after each evaluation step."""
        self.step_end(run_context)

    def on_eval_end(self, run_context):
        """Called once after evaluation."""
        self.end(run_context)


class _CallbackList:
    """Calls one hook on each callback in order."""

    def __init__(self, callbacks):
        if callbacks is None:
            callbacks = []
        elif isinstance(callbacks, Callback):
            callbacks = [callbacks]
        elif isinstance(callbacks, (list, tuple)):
            callbacks = list(callbacks)
            for cb in callbacks:
                if not isinstance(cb, Callback):
                    raise TypeError("When the 'callbacks' is a list, the elements in 'callbacks' "
                                    f"must be Callback functions, but got {type(cb)}.")
        else:
            raise TypeError("'callbacks' must be a Callback or a list of Callbacks, but got "
                            f"{type(callbacks)}.")
        self.callbacks = callbacks

    def __getattr__(self, hook):
        if not hook.startswith(('on_train', 'on_eval')):
            raise AttributeError(hook)

        def call(run_context):
            for cb in self.callbacks:
                getattr(cb, hook)(run_context)
        return call


def _handle_loss(loss):
    """The loss a monitor prints: a Python float for a Tensor, the first element of a tuple."""
    if isinstance(loss, (tuple, list)):
        if isinstance(loss[0], Tensor):
            loss = loss[0]
    elif isinstance(loss, Tensor):
        loss = float(np.mean(loss.asnumpy()))
    return loss
