"""mindspore.train: checkpoints (save_checkpoint, load_checkpoint, load_param_into_net)."""
from .serialization import load_checkpoint, load_param_into_net, save_checkpoint
from .callback import Callback, LossMonitor, RunContext, TimeMonitor
from .callback import CheckpointConfig, EarlyStopping, ModelCheckpoint
from .metrics import MAE, MSE, Accuracy, Loss, Metric, get_metric_fn, get_metrics, names
from .metrics import (F1, Fbeta, Precision, Recall, Top1CategoricalAccuracy, Top5CategoricalAccuracy,
                      TopKCategoricalAccuracy)
from .model import Model
from .loss_scale_manager import DynamicLossScaleManager, FixedLossScaleManager, LossScaleManager
from ..amp import build_train_network

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
