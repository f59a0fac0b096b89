"""minispore: MindSpore's programming model in pure Python on NumPy.

`import minispore as mindspore` runs ordinary MindSpore code; `python -m minispore run
script.py` runs an unmodified script that imports `mindspore`.
"""
import warnings as _warnings

from .common.tensor import Tensor, is_tensor  # first: ops build on Tensor
from . import _backend  # noqa: F401
from ._backend import numpy_impl as _numpy_impl  # noqa: F401  (installs the kernels)
from ._ad import custom as _custom  # noqa: F401  (installs the custom-bprop rules)
from .common import dtype
from .common.dtype import (bfloat16, bool_, bool_ as bool, complex64, complex128, double, float16, float32,
                           float64, half, int8, int16, int32, int64, single, uint8, uint16,
                           uint32, uint64, Type, dtype_to_nptype)
from .common.parameter import Parameter, ParameterTuple
from .common.seed import get_seed, set_seed
from .common.context import GRAPH_MODE, PYNATIVE_MODE, get_context, set_context
from ._ad.grad import GradOperation, get_grad, grad, value_and_grad
from ._ad.transforms import jvp, vjp
from ._ad.jacobian import hessian, jacfwd, jacrev
from ._ad.custom import custom_vjp
from ._ad.recompute import recompute
from ._ad.vmap import vmap
from .common.jit import jit
from . import ops, nn, common, context
from . import dataset  # noqa: E402
from .train.serialization import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: E402
from .train import (MAE, MSE, Accuracy, Callback, Loss, LossMonitor, Metric, Model,  # noqa: E402
                    RunContext, TimeMonitor, get_metric_fn)
from .train import (F1, CheckpointConfig, EarlyStopping, Fbeta, ModelCheckpoint, Precision, Recall,  # noqa: E402
                    Top1CategoricalAccuracy, Top5CategoricalAccuracy, TopKCategoricalAccuracy)
from .amp import DynamicLossScaleManager, FixedLossScaleManager, LossScaleManager, build_train_network  # noqa: E402,F401

# NumPy's floating-point warnings (log(0), 0/0) are not MindSpore's: its results are inf/nan
# silently, and so are minispore's.
_warnings.filterwarnings('ignore', category=RuntimeWarning, module=r'minispore\.')

__version__ = '0.1.0'

from .common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
