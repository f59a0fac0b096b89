"""mindspore.train: checkpoints (save_checkpoint, load_checkpoint, load_param_into_net)."""
from .serialization import load_checkpoint, load_param_into_net, save_checkpoint
from .callback import Callback, LossMonitor, RunContext, TimeMonitor
from .metrics import MAE, MSE, Accuracy, Loss, Metric, get_metric_fn, get_metrics, names
from .model import Model

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
