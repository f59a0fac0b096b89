"""Layers of `mindspore.nn`, one family per module."""
from .activation import ReLU, Sigmoid, Tanh, get_activation
from .basic import Dense, Flatten, Identity
from .container import CellList, SequentialCell
