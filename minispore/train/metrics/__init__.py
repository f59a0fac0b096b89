"""Evaluation metrics: Metric, Accuracy, Loss, MAE, MSE, get_metric_fn."""
from .metric import MAE, MSE, Accuracy, Loss, Metric, get_metric_fn, get_metrics, names

__all__ = ['Metric', 'Accuracy', 'Loss', 'MAE', 'MSE', 'get_metric_fn', 'get_metrics', 'names']
