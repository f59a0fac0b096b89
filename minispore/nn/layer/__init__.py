"""Layers of `mindspore.nn`, one family per module."""
from .activation import (ELU, GELU, HSigmoid, HSwish, LeakyReLU, LogSoftmax, Mish, PReLU, ReLU,
                         ReLU6, Sigmoid, SiLU, Softmax, Tanh, get_activation)
from .basic import Dense, Flatten, Identity
from .container import CellDict, CellList, SequentialCell
from .conv import Conv1d, Conv2d, Conv2dTranspose
from .dropout import Dropout, Dropout2d
from .embedding import Embedding
from .normalization import BatchNorm1d, BatchNorm2d, GroupNorm, InstanceNorm2d, LayerNorm
from .rnn_cells import GRUCell, LSTMCell, RNNCell
from .rnns import GRU, LSTM, RNN
from .transformer import MultiheadAttention, TransformerEncoder, TransformerEncoderLayer
from .pooling import AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, MaxPool1d, MaxPool2d
