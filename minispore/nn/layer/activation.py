"""Activation Cells."""
from ...ops import functional as F
from ..cell import Cell


class ReLU(Cell):
    """max(x, 0)."""

    def construct(self, input):
        return F.relu(input)


class Sigmoid(Cell):
    """1 / (1 + exp(-x))."""

    def construct(self, input):
        return F.sigmoid(input)


class Tanh(Cell):
    """Hyperbolic tangent."""

    def construct(self, input):
        return F.tanh(input)


_BY_NAME = {'relu': ReLU, 'sigmoid': Sigmoid, 'tanh': Tanh}


def get_activation(name):
    """The activation Cell called `name` ('relu', 'sigmoid', 'tanh')."""
    if name is None:
        return None
    if name not in _BY_NAME:
        raise KeyError(f"Unknown activation {name!r}; known: {sorted(_BY_NAME)}.")
    return _BY_NAME[name]()
