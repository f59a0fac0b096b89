"""mindspore.nn: Cells, layers and losses."""
from ..common.parameter import Parameter, ParameterTuple
from .cell import Cell
from .layer import (CellList, Dense, Flatten, Identity, ReLU, SequentialCell, Sigmoid, Tanh,
                    get_activation)
from .layer import (ELU, GELU, AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, BatchNorm1d,
                    BatchNorm2d, CellDict, Conv1d, Conv2d, Conv2dTranspose, Dropout, Dropout2d,
                    Embedding, GroupNorm, HSigmoid, HSwish, InstanceNorm2d, LayerNorm, LeakyReLU,
                    LogSoftmax, MaxPool1d, MaxPool2d, Mish, PReLU, ReLU6, SiLU, Softmax)
from .layer import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNCell
from .layer import MultiheadAttention, TransformerEncoder, TransformerEncoderLayer
from .loss import BCEWithLogitsLoss, LossBase, MSELoss
from .loss import (BCELoss, CrossEntropyLoss, HuberLoss, KLDivLoss, L1Loss, NLLLoss,
                   SmoothL1Loss, SoftmaxCrossEntropyWithLogits)
from .learning_rate_schedule import (CosineDecayLR, ExponentialDecayLR, LearningRateSchedule,
                                     PolynomialDecayLR, WarmUpLR)
from .learning_rate_schedule import InverseDecayLR, NaturalExpDecayLR
from . import dynamic_lr
from .dynamic_lr import (cosine_decay_lr, exponential_decay_lr, inverse_decay_lr, natural_exp_decay_lr,
                         piecewise_constant_lr, polynomial_decay_lr, warmup_lr)
from .optim import SGD, Adam, AdamWeightDecay, Momentum, Optimizer
from .optim import Adagrad, Lamb, RMSProp
from .wrap import ClipByNorm, TrainOneStepCell, WithEvalCell, WithLossCell
from .wrap.loss_scale import DynamicLossScaleUpdateCell, FixedLossScaleUpdateCell, TrainOneStepWithLossScaleCell
from .layer.resample import PixelShuffle, PixelUnshuffle, Upsample, ZeroPad2d
from ..train.metrics import MAE, MSE, Accuracy, Loss, Metric, get_metric_fn, get_metrics, names  # noqa: E402
from ..train.metrics import F1, Fbeta, Precision, Recall, TopKCategoricalAccuracy  # noqa: E402
from ..train.metrics import Top1CategoricalAccuracy, Top5CategoricalAccuracy  # noqa: E402

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
