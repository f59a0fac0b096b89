"""Classification metrics: Precision, Recall, Fbeta, F1 and the top-k categorical accuracies."""
import sys

import numpy as np

from .metric import Metric, _EvaluationBase

_EPS = sys.float_info.min


def _check_average(average, owner):
    if not isinstance(average, bool):
        raise TypeError(f"For '{owner}', the type of 'average' should be 'bool', "
                        f"but got type '{type(average).__name__}'.")


class _PositiveRate(_EvaluationBase):
    """Precision and Recall: true positives over the positives counted along one of the inputs."""

    _name = ''
    _empty_message = ''
    _counts_predictions = True

    def __init__(self, eval_type='classification'):
        super().__init__(eval_type)
        self.clear()

    def clear(self):
        """Reset the counts."""
        self._class_num = 0
        if self._type == 'multilabel':
            self._true_positives = np.empty(0)
            self._positives = np.empty(0)
            self._ratio_sum = 0
            self._ratio_count = 0
        else:
            self._true_positives = 0
            self._positives = 0

    def _prepare(self, inputs, owner):
        """Checked `(y_pred, y)` as 0/1 arrays of shape (C, -1) for multilabel, (N, C) otherwise."""
        y_pred, y = self._pair(inputs, owner, self._type == 'classification')
        self._check_shape(y_pred, y)
        self._check_value(y_pred, y)
        class_num = self._count_classes(y_pred, owner, '.' if owner == 'Recall' else '')
        if self._type == 'multilabel':
            return (y_pred.swapaxes(1, 0).reshape(class_num, -1),
                    y.swapaxes(1, 0).reshape(class_num, -1))
        if y.max() + 1 > class_num:
            raise ValueError(f"For '{owner}.update', predicted value (input[0]) should have the "
                             "same classes number as true value (input[1]), but got predicted "
                             f"value classes {class_num}, true value classes {y.max() + 1}.")
        eye = np.eye(class_num)
        return eye[y_pred.argmax(axis=1).reshape(-1)], eye[y.reshape(-1).astype(np.int64)]

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`; y as class indices or one-hot (0/1 for multilabel)."""
        y_pred, y = self._prepare(inputs, self._name)
        positives = (y_pred if self._counts_predictions else y).sum(axis=0)
        true_positives = (y * y_pred).sum(axis=0)
        if self._type == 'multilabel':
            self._ratio_sum += np.sum(true_positives / (positives + _EPS))
            self._ratio_count += len(positives)
            self._true_positives = np.concatenate((self._true_positives, true_positives))
            self._positives = np.concatenate((self._positives, positives))
        else:
            self._true_positives = self._true_positives + true_positives
            self._positives = self._positives + positives

    def eval(self, average=False):
        """Per class (per sample for multilabel) values; their mean with `average=True`."""
        if self._class_num == 0:
            raise RuntimeError(self._empty_message)
        _check_average(average, self._name)
        result = self._true_positives / (self._positives + _EPS)
        if average:
            if self._type == 'multilabel':
                result = np.asarray(self._ratio_sum / (self._ratio_count + _EPS))
            return result.mean()
        return result


class Precision(_PositiveRate):
    """Precision: true positives / predicted positives, per class.

    Args:
        eval_type (str): 'classification' (y_pred scores (N, C), y indices (N,) or one-hot) or
            'multilabel' (y_pred and y 0/1 arrays (N, C); one value per sample).

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Precision
        >>> metric = Precision('classification')
        >>> y_pred = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
        >>> metric.update(y_pred, Tensor(np.array([1, 0, 1])))
        >>> print(metric.eval())
        [0.5 1. ]
        >>> print(metric.eval(average=True))
        0.75
    """

    _name = 'Precision'
    _empty_message = ("The 'Precision' can not be calculated, because the number of samples is 0, "
                      "please check whether your inputs (predicted value, true value) are empty, "
                      "or has called update method before calling eval method.")
    _counts_predictions = True


class Recall(_PositiveRate):
    """Recall: true positives / actual positives, per class.

    Args:
        eval_type (str): 'classification' (y_pred scores (N, C), y indices (N,) or one-hot) or
            'multilabel' (y_pred and y 0/1 arrays (N, C); one value per sample).

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Recall
        >>> metric = Recall('classification')
        >>> y_pred = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
        >>> metric.update(y_pred, Tensor(np.array([1, 0, 1])))
        >>> print(metric.eval())
        [1.  0.5]
    """

    _name = 'Recall'
    _empty_message = ("The 'Recall' can not be calculated, because the number of samples is 0, "
                      "please check whether your inputs (predicted value, true value) are empty, "
                      "or has called update method before calling eval method.")
    _counts_predictions = False


class Fbeta(Metric):
    """The F-beta score per class: (1 + b**2) tp / (b**2 (tp + fn) + tp + fp).

    Args:
        beta (Union[float, int]): the weight of recall; greater than 0.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Fbeta
        >>> metric = Fbeta(1)
        >>> y_pred = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
        >>> metric.update(y_pred, Tensor(np.array([1, 0, 1])))
        >>> print(metric.eval())
        [0.66666667 0.66666667]
    """

    def __init__(self, beta):
        super().__init__()
        if not beta > 0:
            raise ValueError("For 'Fbeta', the argument 'beta' must be greater than 0, but got "
                             f"{beta}.")
        self.beta = beta
        self.clear()

    def clear(self):
        """Reset the counts."""
        self._true_positives = 0
        self._actual_positives = 0
        self._positives = 0
        self._class_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`, y as class indices (N,) or one-hot (N, C)."""
        y_pred, y = self._pair(inputs, 'Fbeta', indices=True)
        class_num = self._count_classes(y_pred, 'Fbeta')
        if y.max() + 1 > class_num:
            raise ValueError("For 'Fbeta.update', predicted value(inputs[0]) and true "
                             "value(inputs[1]) should contain same classes, but got predicted "
                             f"value contains {class_num} classes and true value contains "
                             f"{y.max() + 1} classes.")
        eye = np.eye(class_num)
        y = eye[y.reshape(-1).astype(np.int64)]
        y_pred = eye[y_pred.argmax(axis=1).reshape(-1)]
        self._true_positives = self._true_positives + (y * y_pred).sum(axis=0)
        self._positives = self._positives + y_pred.sum(axis=0)
        self._actual_positives = self._actual_positives + y.sum(axis=0)

    def eval(self, average=False):
        """Per class scores, an array; their mean with `average=True`."""
        _check_average(average, type(self).__name__)
        if self._class_num == 0:
            raise RuntimeError("The 'Fbeta' can not be calculated, because the number of samples "
                               "is 0, please check whether your inputs(predicted value, true "
                               "value) are empty, or has called update method before calling eval "
                               "method.")
        beta2 = self.beta ** 2
        fbeta = ((1.0 + beta2) * self._true_positives
                 / (beta2 * self._actual_positives + self._positives + _EPS))
        return fbeta.mean() if average else fbeta


class F1(Fbeta):
    """The F1 score per class: Fbeta with beta 1.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import F1
        >>> metric = F1()
        >>> y_pred = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
        >>> metric.update(y_pred, Tensor(np.array([1, 0, 1])))
        >>> print(metric.eval(average=True))
        0.6666666666666666
    """

    def __init__(self):
        super().__init__(1.0)


class TopKCategoricalAccuracy(Metric):
    """Fraction of samples whose label is among the `k` highest scores.

    Args:
        k (int): how many of the highest scores count; at least 1.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import TopKCategoricalAccuracy
        >>> metric = TopKCategoricalAccuracy(3)
        >>> x = Tensor(np.array([[0.2, 0.5, 0.3, 0.6, 0.2], [0.1, 0.35, 0.5, 0.2, 0.],
        ...                      [0.9, 0.6, 0.2, 0.01, 0.3]], np.float32))
        >>> metric.update(x, Tensor(np.array([2, 0, 1])))
        >>> print(metric.eval())
        0.6666666666666666
    """

    _count_format = "'inputs' size: {}."

    def __init__(self, k):
        super().__init__()
        if not isinstance(k, int):
            raise TypeError("For 'TopKCategoricalAccuracy', the type of the argument 'k' should "
                            f"be int, but got 'k' type: {type(k)}.")
        if k < 1:
            raise ValueError(f"For 'TopKCategoricalAccuracy', the argument 'k' must be at least 1, "
                             f"but got 'k' value: {k}.")
        self.k = k
        self.clear()

    def clear(self):
        """Reset the counts."""
        self._correct_num = 0
        self._samples_num = 0

    def update(self, *inputs):
        """Add a batch: `update(y_pred, y)`, y as class indices (N,) or one-hot (N, C)."""
        y_pred, y = self._pair(inputs, 'TopKCategoricalAccuracy', indices=True)
        top_k = np.argsort(-y_pred, axis=1, kind='stable')[:, :self.k]
        correct = np.equal(top_k, y.reshape(-1, 1).repeat(self.k, axis=1)).sum()
        self._correct_num += correct
        self._samples_num += top_k.shape[0]

    def eval(self):
        """Correct / total."""
        if self._samples_num == 0:
            raise RuntimeError("The 'TopKCategoricalAccuracy' can not be calculated, because the "
                               "number of samples is 0, please check whether your inputs "
                               "(predicted value, true value) are empty, or has called update "
                               "method before calling eval method.")
        return self._correct_num / self._samples_num


class Top1CategoricalAccuracy(TopKCategoricalAccuracy):
    """TopKCategoricalAccuracy with k 1.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Top1CategoricalAccuracy
        >>> metric = Top1CategoricalAccuracy()
        >>> metric.update(Tensor(np.array([[0.2, 0.8], [0.6, 0.4]])), Tensor(np.array([1, 1])))
        >>> print(metric.eval())
        0.5
    """

    def __init__(self):
        super().__init__(1)


class Top5CategoricalAccuracy(TopKCategoricalAccuracy):
    """TopKCategoricalAccuracy with k 5.

    Example:
        >>> import numpy as np
        >>> from minispore import Tensor
        >>> from minispore.train import Top5CategoricalAccuracy
        >>> metric = Top5CategoricalAccuracy()
        >>> metric.update(Tensor(np.eye(6)[[0, 1]]), Tensor(np.array([0, 5])))
        >>> print(metric.eval())
        0.5
    """

    def __init__(self):
        super().__init__(5)
