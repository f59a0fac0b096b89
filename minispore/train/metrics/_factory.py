"""Metrics by name: names, get_metric_fn, get_metrics."""
from .classification import (F1, Precision, Recall, Top1CategoricalAccuracy,
                             Top5CategoricalAccuracy, TopKCategoricalAccuracy)
from .metric import MAE, MSE, Accuracy, Loss, Metric

_FACTORY = {'accuracy': Accuracy, 'acc': Accuracy, 'loss': Loss, 'mae': MAE, 'mse': MSE,
            'precision': Precision, 'recall': Recall, 'F1': F1, 'topk': TopKCategoricalAccuracy,
            'top_1_accuracy': Top1CategoricalAccuracy, 'top_5_accuracy': Top5CategoricalAccuracy}


def names():
    """The names `get_metric_fn` accepts.

    Example:
        >>> from minispore.train.metrics import names
        >>> names()[:6]
        ['F1', 'acc', 'accuracy', 'loss', 'mae', 'mse']
    """
    return sorted(_FACTORY)


def get_metric_fn(name, *args, **kwargs):
    """A new metric object from its name (one of `names()`), built with `args` and `kwargs`.

    Example:
        >>> from minispore.train.metrics import get_metric_fn
        >>> type(get_metric_fn('mae')).__name__
        'MAE'
    """
    if name not in _FACTORY:
        raise KeyError(f"For 'get_metric_fn', unsupported metric {name}, please refer to official "
                       "website for more details about supported metrics.")
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
                raise TypeError("For 'get_metrics', when the argument 'metrics' is a dict, its "
                                f"keys must be str and its values Metric, but got {name!r}: "
                                f"{type(metric)}.")
        return metrics
    if isinstance(metrics, set):
        return {name: get_metric_fn(name) for name in metrics}
    raise TypeError("For 'get_metrics', the argument 'metrics' must be dict or set, but got "
                    f"{metrics}")
