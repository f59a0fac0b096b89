"""EarlyStopping: stop training when a monitored value stops improving."""
import copy
import logging

import numpy as np

from ..serialization import load_param_into_net
from ._callback import Callback, _handle_loss
from ._checks import boolean, non_negative_int

_logger = logging.getLogger('minispore')
_SMALLER_BETTER = ['hausdorff_distance', 'mae', 'mse', 'loss', 'perplexity',
                   'mean_surface_distance', 'root_mean_square_distance', 'eval_loss']


def _check_type(name, value, types):
    if isinstance(value, bool) or not isinstance(value, types):
        if isinstance(types, tuple):
            expected = f"one of '{[t.__name__ for t in types]}'"
        else:
            expected = f"'{types.__name__}'"
        raise TypeError(f"The type of '{name}' should be {expected}, but got type "
                        f"'{type(value).__name__}'.")
    return value


class EarlyStopping(Callback):
    """Stops training when `monitor` has not improved for `patience` epochs.

    `monitor` is 'loss' (the last training loss of the epoch) or a key of the evaluation results
    `Model.fit` gives the callbacks (`eval_results`: the metrics and 'eval_loss').

    Args:
        monitor (str): the value watched.
        min_delta (Union[int, float]): the smallest change counted as an improvement.
        patience (int): epochs without improvement before stopping.
        verbose (bool): print the epoch training stopped at (and when weights are restored).
        mode (str): 'min', 'max', or 'auto' (min for losses and distances, else max).
        baseline (Union[int, float]): epochs only count as improving once `monitor` beats it.
        restore_best_weights (bool): load the best epoch's Parameters back when stopping.

    Example:
        >>> import numpy as np
        >>> from minispore import nn
        >>> from minispore.train import Model, EarlyStopping
        >>> data = {'x': np.ones((4, 2), np.float32), 'y': np.zeros((4, 1), np.float32)}
        >>> ds = ms.dataset.NumpySlicesDataset(data, shuffle=False).batch(2)
        >>> net = nn.Dense(2, 1, weight_init='ones', bias_init='zeros')
        >>> model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 2.0), metrics={'mae'})
        >>> stop = EarlyStopping(monitor='mae', patience=1, verbose=True)
        >>> model.fit(10, ds, ds, callbacks=stop)
        Epoch 00002: early stopping
    """

    def __init__(self, monitor='eval_loss', min_delta=0, patience=0, verbose=False, mode='auto',
                 baseline=None, restore_best_weights=False):
        super().__init__()
        self.monitor = _check_type('monitor', monitor, str)
        self.min_delta = abs(_check_type('min_delta', min_delta, (float, int)))
        self.patience = non_negative_int(patience)
        self.verbose = boolean(verbose)
        self.mode = _check_type('mode', mode, str)
        if baseline is not None:
            baseline = _check_type('baseline', baseline, (float, int))
        self.baseline = baseline
        self.restore_best_weights = boolean(restore_best_weights)
        if self.mode not in ('auto', 'min', 'max'):
            raise ValueError(f"mode should be 'auto', 'min' or 'max', but got {self.mode}.")
        self._minimize = self.mode == 'min' or (self.mode == 'auto'
                                                and self.monitor in _SMALLER_BETTER)
        self._reset()

    def _reset(self):
        self.wait = 0
        self.stopped_epoch = 0
        self.best = np.inf if self._minimize else -np.inf
        self.best_weights_param_dict = None

    def is_improvement(self, current, reference):
        """Whether `current` beats `reference` by more than `min_delta`."""
        if self._minimize:
            return np.less(current, reference - self.min_delta)
        return np.greater(current, reference + self.min_delta)

    def on_train_begin(self, run_context):
        """Reset the counters and the best value."""
        self._reset()

    def on_train_epoch_end(self, run_context):
        """Count an epoch without improvement, and request a stop after `patience` of them."""
        cb_params = run_context.original_args()
        current = self._monitor_value(cb_params)
        if current is None:
            return
        network = cb_params.train_network
        if self.restore_best_weights and self.best_weights_param_dict is None:
            self.best_weights_param_dict = copy.deepcopy(network.parameters_dict())
        self.wait += 1
        if self.is_improvement(current, self.best):
            self.best = current
            if self.restore_best_weights:
                self.best_weights_param_dict = copy.deepcopy(network.parameters_dict())
            if self.baseline is None or self.is_improvement(current, self.baseline):
                self.wait = 0
        if self.wait >= self.patience:
            self.stopped_epoch = cb_params.get('cur_epoch_num')
            run_context.request_stop()
            if self.restore_best_weights and self.best_weights_param_dict is not None:
                if self.verbose:
                    print('Restoring model weights from the end of the best epoch.')
                load_param_into_net(network, self.best_weights_param_dict)

    def on_train_end(self, run_context):
        """Print the epoch training stopped at, when `verbose`."""
        if self.stopped_epoch > 0 and self.verbose:
            print('Epoch %05d: early stopping' % self.stopped_epoch)

    def _monitor_value(self, cb_params):
        candidates = {}
        if self.monitor == 'loss':
            value = _handle_loss(cb_params.get('net_outputs'))
        else:
            candidates = cb_params.get('eval_results', {})
            value = candidates.get(self.monitor)
        if value is None:
            _logger.warning('Early stopping is conditioned on %s, which is not available. '
                            'Available choices are: '
                            '%s', self.monitor, set(['loss'] + list(candidates)))
            return None
        if isinstance(value, np.ndarray) and value.shape != ():
            raise ValueError("EarlyStopping only supports scalar monitor now.")
        return np.array(value)
