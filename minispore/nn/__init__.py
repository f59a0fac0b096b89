"""mindspore.nn: Cells, layers and losses."""
from ..common.parameter import Parameter, ParameterTuple
from .cell import Cell
from .layer import (CellList, Dense, Flatten, Identity, ReLU, SequentialCell, Sigmoid, Tanh,
                    get_activation)
from .loss import BCEWithLogitsLoss, LossBase, MSELoss

from ..common.missing import missing_names as _missing_names  # noqa: E402
__getattr__ = _missing_names(__name__)
