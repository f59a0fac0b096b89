"""mindspore.train: checkpoints (save_checkpoint, load_checkpoint, load_param_into_net)."""
from .serialization import load_checkpoint, load_param_into_net, save_checkpoint

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
