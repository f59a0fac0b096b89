"""Metrics: Metric, Accuracy, Loss, MAE, MSE, Precision, Recall, Fbeta, F1, top-k accuracies."""
from .classification import (F1, Fbeta, Precision, Recall, Top1CategoricalAccuracy,
                             Top5CategoricalAccuracy, TopKCategoricalAccuracy)
from .metric import MAE, MSE, Accuracy, Loss, Metric
from ._factory import get_metric_fn, get_metrics, names

__all__ = ['Metric', 'Accuracy', 'Loss', 'MAE', 'MSE', 'Precision', 'Recall', 'Fbeta', 'F1',
           'TopKCategoricalAccuracy', 'Top1CategoricalAccuracy', 'Top5CategoricalAccuracy',
           'get_metric_fn', 'get_metrics', 'names']
