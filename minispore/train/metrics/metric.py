"""Metric base class and the Accuracy, Loss, MAE and MSE metrics."""
import numpy as np

from ...common.tensor import Tensor


class Metric:
    """Base class of metrics: `clear()`, `update(*inputs)`, `eval()`."""

    def __init__(self):
        self._indexes = None

    def _convert_data(self, data):
        if isinstance(data, Tensor):
            return data.asnumpy()
        if isinstance(data, list):
            return np.array(data)
        if isinstance(data, np.ndarray):
            return data
        raise TypeError(f"For 'Metric' and its derived classes, the input data type must be tensor, list or "
                        f"numpy.ndarray, but got {type(data)}.")

    @property
    def indexes(self):
        """The indexes of the network outputs `update` takes (None: all)."""
        return self._indexes

    def set_indexes(self, indexes):
        """Select which network outputs `update` receives; returns self."""
        if not isinstance(indexes, list) or not all(isinstance(i, int) for i in indexes):
            raise ValueError("For 'set_indexes', the argument 'indexes' must be a list and all its elements "
                             "must be int, please check whether it is correct.")
        self._indexes = indexes
        return self

    def __call__(self, *inputs):
        self.clear()
        self.update(*inputs)
        return self.eval()

    def clear(self):
        """Reset the accumulated state."""
        raise NotImplementedError('Must define clear function to use this base class')

    def update(self, *inputs):
        """Accumulate one batch."""
        raise NotImplementedError('Must define update function to use this base class')

    def eval(self):
        """The metric over everything accumulated since `clear`."""
        raise NotImplementedError('Must define eval function to use this base class')


class Accuracy(Metric):
    """Fraction of samples whose arg-max prediction equals the label.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Accuracy
        >>> m = Accuracy()
        >>> m.clear()
        >>> m.update(Tensor(np.array([[0.2, 0.8], [0.9, 0.1]], np.float32)), Tensor(np.array([1, 1])))
        >>> m.eval()
        0.5
    """

    def __init__(self, eval_type='classification'):
        super().__init__()
        if eval_type not in ('classification', 'multilabel'):
            raise ValueError(f"The argument 'eval_type' must be 'classification' or 'multilabel', "
                             f"but got {eval_type}.")
        self._type = eval_type
        self.clear()

    def clear(self):
        """Reset the counts."""
        self._correct_num = 0
        self._total_num = 0
        self._class_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`, y as class indices or one-hot."""
        if len(inputs) != 2:
            raise ValueError(f"For 'Accuracy.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0])
        y = self._convert_data(inputs[1])
        if self._type == 'classification' and y_pred.ndim == y.ndim and y.ndim > 1:
            y = y.argmax(axis=1)
        if self._class_num == 0:
            self._class_num = y_pred.shape[1]
        elif y_pred.shape[1] != self._class_num:
            raise ValueError(f"For 'Accuracy.update', class number not match, last input predicted data "
                             f"contain {self._class_num} classes, but current predicted data contain "
                             f"{y_pred.shape[1]} classes, please check your predicted value(inputs[0]).")
        if self._type == 'classification':
            result = (np.equal(y_pred.argmax(axis=1), y.reshape(-1)) * 1).reshape(-1)
        else:
            y_pred = y_pred.swapaxes(1, 0).reshape(self._class_num, -1)
            y = y.swapaxes(1, 0).reshape(self._class_num, -1)
            result = np.equal(y_pred, y).all(axis=0) * 1
        self._correct_num += int(result.sum())
        self._total_num += result.shape[0]

    def eval(self):
        """Correct / total, a float."""
        if self._total_num == 0:
            raise RuntimeError("The 'Accuracy' can not be calculated, because the number of samples is 0, "
                               "please check whether your inputs(predicted value, true value) are empty, or "
                               "has called update method before calling eval method.")
        return self._correct_num / self._total_num


class Loss(Metric):
    """Mean of the loss values passed to `update`.

    Example:
        >>> from minispore import Tensor
        >>> from minispore.train import Loss
        >>> m = Loss()
        >>> m.clear(); m.update(Tensor(0.5)); m.update(Tensor(1.5))
        >>> m.eval()
        1.0
    """

    def __init__(self):
        super().__init__()
        self.clear()

    def clear(self):
        """Reset the sum and count."""
        self._sum_loss = 0
        self._total_num = 0

    def update(self, *inputs):
        """Add one loss value (a scalar or 1-D Tensor, averaged)."""
        if len(inputs) != 1:
            raise ValueError(f"For 'Loss.update', it needs 1 input (loss), but got {len(inputs)}")
        loss = self._convert_data(inputs[0])
        if loss.ndim == 0:
            loss = loss.reshape(1)
        if loss.ndim != 1:
            raise ValueError(f"For 'Loss.update', the dimension of your input (loss) must be 1, "
                             f"but got {loss.ndim}.")
        self._sum_loss += float(loss.astype(np.float64).mean(-1))
        self._total_num += 1

    def eval(self):
        """The mean loss, a float."""
        if self._total_num == 0:
            raise RuntimeError("The 'Loss' can not be calculated, because the number of samples is 0.")
        return self._sum_loss / self._total_num


class MAE(Metric):
    """Mean absolute error: sum |y - y_pred| over all elements, divided by the number of samples.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import MAE
        >>> m = MAE()
        >>> m.clear()
        >>> m.update(Tensor(np.array([1., 2., 4.])), Tensor(np.array([1.5, 2., 3.])))
        >>> m.eval()
        0.5
    """

    def __init__(self):
        super().__init__()
        self.clear()

    def clear(self):
        """Reset the sum and count."""
        self._abs_error_sum = 0
        self._samples_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`."""
        if len(inputs) != 2:
            raise ValueError(f"For 'MAE.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0]).astype(np.float64)
        y = self._convert_data(inputs[1]).astype(np.float64)
        self._abs_error_sum += float(np.abs(y.reshape(y_pred.shape) - y_pred).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        """The mean absolute error, a float."""
        if self._samples_num == 0:
            raise RuntimeError("The 'MAE' can not be calculated, because the number of samples is 0, "
                               "please check whether has called update method before calling eval method.")
        return self._abs_error_sum / self._samples_num


class MSE(Metric):
    """Mean squared error: sum (y - y_pred)**2 over all elements, divided by the number of samples.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import MSE
        >>> m = MSE()
        >>> m.clear()
        >>> m.update(Tensor(np.array([1., 2., 4.])), Tensor(np.array([1.5, 2., 3.])))
        >>> round(m.eval(), 6)
        0.416667
    """

    def __init__(self):
        super().__init__()
        self.clear()

    def clear(self):
        """Reset the sum and count."""
        self._squared_error_sum = 0
        self._samples_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`."""
        if len(inputs) != 2:
            raise ValueError(f"For 'MSE.update', it needs 2 inputs (predicted value, true value), "
                             f"but got {len(inputs)}.")
        y_pred = self._convert_data(inputs[0]).astype(np.float64)
        y = self._convert_data(inputs[1]).astype(np.float64)
        self._squared_error_sum += float(np.power(y.reshape(y_pred.shape) - y_pred, 2).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        """The mean squared error, a float."""
        if self._samples_num == 0:
            raise RuntimeError("The 'MSE' can not be calculated, because the number of samples is 0, "
                               "please check whether has called update method before calling eval method.")
        return self._squared_error_sum / self._samples_num


_FACTORY = {'accuracy': Accuracy, 'acc': Accuracy, 'loss': Loss, 'mae': MAE, 'mse': MSE}


def names():
    """The names `get_metric_fn` accepts.

    Example:
        >>> from minispore.train.metrics import names
        >>> names()
        ['acc', 'accuracy', 'loss', 'mae', 'mse']
    """
    return sorted(_FACTORY)


def get_metric_fn(name, *args, **kwargs):
    """A new metric object from its name (`'accuracy'`, `'acc'`, `'loss'`, `'mae'`, `'mse'`).

    Example:
        >>> from minispore.train.metrics import get_metric_fn
        >>> type(get_metric_fn('mae')).__name__
        'MAE'
    """
    if name not in _FACTORY:
        raise KeyError(f"For 'get_metric_fn', unsupported metric {name}, please refer to official website "
                       f"for more details about supported metrics.")
    return _FACTORY[name](*args, **kwargs)


def get_metrics(metrics):
    """A dict of metric objects from a dict (name -> Metric) or a set of metric names.

    Example:
        >>> from minispore.train.metrics import get_metrics
        >>> sorted(get_metrics({'mae'}))
        ['mae']
    """
    if metrics is None:
        return metrics
    if isinstance(metrics, dict):
        for name, metric in metrics.items():
            if not isinstance(name, str) or not isinstance(metric, Metric):
                raise TypeError(f"For 'get_metrics', when the argument 'metrics' is a dict, its keys must be "
                                f"str and its values Metric, but got {name!r}: {type(metric)}.")
        return metrics
    if isinstance(metrics, set):
        return {name: get_metric_fn(name) for name in metrics}
    raise TypeError(f"For 'get_metrics', the argument 'metrics' must be dict or set, but got {metrics}")
