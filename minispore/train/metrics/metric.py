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
        raise TypeError("For 'Metric' and its derived classes, the input data type must be "
                        f"tensor, list or numpy.ndarray, but got {type(data)}.")

    def _select(self, inputs):
        """The inputs `set_indexes` picked, in its order (all of them when unset)."""
        if self._indexes is None:
            return inputs
        return tuple(inputs[i] for i in self._indexes)

    _count_format = '{}.'

    def _pair(self, inputs, owner, indices=False):
        """`update`'s `(y_pred, y)` as NumPy arrays; with `indices`, a one-hot `y` becomes
        class indices."""
        inputs = self._select(inputs)
        if len(inputs) != 2:
            raise ValueError(f"For '{owner}.update', it needs 2 inputs (predicted value, true "
                             f"value), but got {self._count_format.format(len(inputs))}")
        y_pred, y = self._convert_data(inputs[0]), self._convert_data(inputs[1])
        if indices and y_pred.ndim == y.ndim and _is_onehot(y):
            y = y.argmax(axis=1)
        return y_pred, y

    def _count_classes(self, y_pred, owner, end='.'):
        """The number of classes, fixed by the first batch: later batches must have as many."""
        if self._class_num == 0:
            self._class_num = y_pred.shape[1]
        elif y_pred.shape[1] != self._class_num:
            raise ValueError(f"For '{owner}.update', class number not match, last input predicted "
                             f"data contain {self._class_num} classes, but current predicted data "
                             f"contain {y_pred.shape[1]} classes, please check your predicted "
                             f"value(inputs[0]){end}")
        return self._class_num

    @property
    def indexes(self):
        """The indexes of the network outputs `update` takes (None: all)."""
        return self._indexes

    def set_indexes(self, indexes):
        """Select which network outputs `update` receives; returns self."""
        if not isinstance(indexes, list) or not all(isinstance(i, int) for i in indexes):
            raise ValueError("For 'set_indexes', the argument 'indexes' must be a list and all "
                             "its elements must be int, please check whether it is correct.")
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


_EVAL_TYPES = {'classification', 'multilabel'}


def _is_onehot(data):
    """Whether `data` (N, C, ...) holds 0/1 values with exactly one 1 along axis 1."""
    return (data.ndim > 1 and bool(np.equal(data ** 2, data).all())
            and bool((data.sum(axis=1) == 1).all()))


class _EvaluationBase(Metric):
    """A metric with an `eval_type`, 'classification' or 'multilabel'."""

    def __init__(self, eval_type):
        super().__init__()
        if eval_type not in _EVAL_TYPES:
            raise TypeError(f"The argument 'eval_type' must be in {_EVAL_TYPES}, but got "
                            f"{eval_type}")
        self._type = eval_type

    def _check_shape(self, y_pred, y):
        if self._type == 'classification':
            if y_pred.ndim != y.ndim + 1:
                raise ValueError("In classification case, the dimension of y_pred (predicted "
                                 "value) should equal to the dimension of y (true value) add 1, "
                                 f"but got y_pred dimension: {y_pred.ndim} and y dimension: "
                                 f"{y.ndim}.")
            if y.shape != (y_pred.shape[0],) + y_pred.shape[2:]:
                raise ValueError("In classification case, y_pred (predicted value) shape and y "
                                 "(true value) shape can not match, y shape should be equal to "
                                 "y_pred shape that the value at index 1 is deleted. Such as "
                                 "y_pred shape (1, 2, 3), then y shape should be (1, 3). But got "
                                 f"y_pred shape {y_pred.shape} and y shape {y.shape}")
        elif y_pred.shape != y.shape:
            if y_pred.ndim != y.ndim:
                raise ValueError(f"In {self._type} case, the dimension of y_pred (predicted "
                                 "value) should equal to the dimension of y (true value), but "
                                 f"got y_pred dimension: {y_pred.ndim} and y dimension: {y.ndim}.")
            raise ValueError(f"In {self._type} case, the shape of y_pred (predicted value) should "
                             "equal to the shape of y (true value), but got y_pred shape: "
                             f"{y_pred.shape} and y shape: {y.shape}.")

    def _check_value(self, y_pred, y):
        if self._type != 'classification' and not (np.equal(y_pred ** 2, y_pred).all()
                                                  and np.equal(y ** 2, y).all()):
            raise ValueError("In multilabel case, all elements in y_pred (predicted value) and y "
                             "(true value) should be 0 or 1.Please check whether your inputs "
                             "y_pred and y are correct.")


class Accuracy(_EvaluationBase):
    """Fraction of samples whose arg-max prediction equals the label.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Accuracy
        >>> m = Accuracy()
        >>> m.clear()
        >>> y_pred = Tensor(np.array([[0.2, 0.8], [0.9, 0.1]], np.float32))
        >>> m.update(y_pred, Tensor(np.array([1, 1])))
        >>> m.eval()
        0.5
    """

    def __init__(self, eval_type='classification'):
        super().__init__(eval_type)
        self.clear()

    def clear(self):
        """Reset the counts."""
        self._correct_num = 0
        self._total_num = 0
        self._class_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`, y as class indices or one-hot."""
        y_pred, y = self._pair(inputs, 'Accuracy', self._type == 'classification')
        self._check_shape(y_pred, y)
        self._check_value(y_pred, y)
        self._count_classes(y_pred, 'Accuracy')
        if self._type == 'classification':
            result = (np.equal(y_pred.argmax(axis=1), y) * 1).reshape(-1)
        else:
            last = y_pred.ndim - 1
            y_pred = y_pred.swapaxes(1, last).reshape(-1, self._class_num)
            y = y.swapaxes(1, last).reshape(-1, self._class_num)
            result = np.equal(y_pred, y).all(axis=1) * 1
        self._correct_num += int(result.sum())
        self._total_num += result.shape[0]

    def eval(self):
        """Correct / total, a float."""
        if self._total_num == 0:
            raise RuntimeError("The 'Accuracy' can not be calculated, because the number of "
                               "samples is 0, please check whether your inputs(predicted value, "
                               "true value) are empty, or has called update method before calling "
                               "eval method.")
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
        inputs = self._select(inputs)
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
            raise RuntimeError("The 'Loss' can not be calculated, because the number of samples is "
                               "0.")
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
        y_pred, y = (a.astype(np.float64) for a in self._pair(inputs, 'MAE'))
        self._abs_error_sum += float(np.abs(y.reshape(y_pred.shape) - y_pred).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        """The mean absolute error, a float."""
        if self._samples_num == 0:
            raise RuntimeError("The 'MAE' can not be calculated, because the number of samples is "
                               "0, please check whether has called update method before calling "
                               "eval method.")
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
        y_pred, y = (a.astype(np.float64) for a in self._pair(inputs, 'MSE'))
        self._squared_error_sum += float(np.power(y.reshape(y_pred.shape) - y_pred, 2).sum())
        self._samples_num += y.shape[0]

    def eval(self):
        """The mean squared error, a float."""
        if self._samples_num == 0:
            raise RuntimeError("The 'MSE' can not be calculated, because the number of samples is "
                               "0, please check whether has called update method before calling "
                               "eval method.")
        return self._squared_error_sum / self._samples_num
