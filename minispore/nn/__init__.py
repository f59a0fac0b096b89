"""mindspore.nn: Cells, layers and losses."""
from ..common.parameter import Parameter, ParameterTuple
from .cell import Cell
from .layer import (CellList, Dense, Flatten, Identity, ReLU, SequentialCell, Sigmoid, Tanh,
                    get_activation)
from .loss import BCEWithLogitsLoss, LossBase, MSELoss
