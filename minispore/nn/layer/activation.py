"""Activation Cells."""
import numbers

import numpy as np

from ...common import dtype as mstype
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...ops import functional as F
from ...ops import math_func as M
from ...ops import nn_func as N
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


class ReLU6(Cell):
    """min(max(x, 0), 6).

    Example:
        >>> print(nn.ReLU6()(Tensor([-1., 3., 8.])))
        [0. 3. 6.]
    """

    def construct(self, x):
        return M.relu6(x)


class LeakyReLU(Cell):
    """x where x >= 0, `alpha` * x elsewhere.

    Example:
        >>> print(nn.LeakyReLU(0.1)(Tensor([-2., 3.])))
        [-0.2  3. ]
    """

    def __init__(self, alpha=0.2):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return M.leaky_relu(x, self.alpha)


class GELU(Cell):
    """Gaussian error linear unit; `approximate` True uses the tanh approximation.

    Example:
        >>> print(nn.GELU(approximate=False)(Tensor([0., 1.])))
        [0.        0.8413447]
    """

    def __init__(self, approximate=True):
        super().__init__()
        if not isinstance(approximate, bool):
            raise TypeError(f"For 'GELU', the 'approximate' must be a bool, but got "
                            f"{type(approximate).__name__}.")
        self.approximate = 'tanh' if approximate else 'none'

    def construct(self, x):
        return M.gelu(x, approximate=self.approximate)


class SiLU(Cell):
    """x * sigmoid(x).

    Example:
        >>> print(nn.SiLU()(Tensor([0., 1.])))
        [0.        0.7310586]
    """

    def construct(self, input):
        return M.silu(input)


class Softmax(Cell):
    """Softmax along `axis`.

    Example:
        >>> print(nn.Softmax()(Tensor([0., 0.])))
        [0.5 0.5]
    """

    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, input):
        return N.softmax(input, self.axis)


class LogSoftmax(Cell):
    """Log of the softmax along `axis`.

    Example:
        >>> print(nn.LogSoftmax()(Tensor([0., 0.])))
        [-0.6931472 -0.6931472]
    """

    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return N.log_softmax(x, self.axis)


class ELU(Cell):
    """x where x > 0, `alpha` * (exp(x) - 1) elsewhere.

    Example:
        >>> print(nn.ELU()(Tensor([-1., 2.])))
        [-0.63212055  2.        ]
    """

    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return M.elu(x, self.alpha)


class PReLU(Cell):
    """x where x >= 0, `w` * x elsewhere, with the learnt slope `w` (channel,) taken along
    axis 1 (one shared slope when channel is 1).

    Example:
        >>> net = nn.PReLU()
        >>> print(net(Tensor([[-2., 3.]])))
        [[-0.5  3. ]]
        >>> net.w
        Parameter (name=a, shape=(1,), dtype=Float32, requires_grad=True)
    """

    def __init__(self, channel=1, w=0.25):
        super().__init__()
        if isinstance(channel, bool) or not isinstance(channel, numbers.Integral) or channel < 1:
            raise ValueError(f"For 'PReLU', the 'channel' must be a positive int, but got "
                             f"{channel!r}.")
        if isinstance(w, (float, np.float32)):
            w = Tensor(np.full((channel,), w, np.float32))
        elif isinstance(w, list):
            if len(w) != channel:
                raise ValueError(f"For 'PReLU', the length of 'w' must be equal to the 'channel' "
                                 f"when the 'w' is a list, but got the length of 'w': {len(w)}, "
                                 f"the 'channel': {channel}.")
            w = Tensor(w, mstype.float32)
        elif isinstance(w, Tensor):
            if w.ndim != 1 or w.shape[0] != channel:
                raise ValueError(f"For 'PReLU', the dimension of 'w' must be 1, and the elements "
                                 f"number should be equal to the 'channel' when the 'w' is a "
                                 f"tensor, but got 'w' shape {w.shape}, the 'channel' {channel}.")
        else:
            raise TypeError(f"For 'PReLU', the 'w' only supported float, list and tensor, but "
                            f"got {type(w).__name__}.")
        self.w = Parameter(w, name='a')

    def construct(self, x):
        w = F.cast(self.w, x.dtype)
        if x.ndim >= 2:
            w = F.reshape(w, (-1,) + (1,) * (x.ndim - 2))
        return F.maximum(x, 0.0) + w * F.minimum(x, 0.0)


class Mish(Cell):
    """x * tanh(softplus(x)).

    Example:
        >>> print(nn.Mish()(Tensor([0., 1.])))
        [0.        0.8650984]
    """

    def construct(self, input):
        return M.mish(input)


class HSwish(Cell):
    """Hard swish: x * relu6(x + 3) / 6.

    Example:
        >>> print(nn.HSwish()(Tensor([-4., 1.])))
        [0.        0.6666667]
    """

    def construct(self, x):
        return M.hardswish(x)


class HSigmoid(Cell):
    """Hard sigmoid: relu6(x + 3) / 6.

    Example:
        >>> print(nn.HSigmoid()(Tensor([-4., 0.])))
        [0.  0.5]
    """

    def construct(self, input_x):
        return M.hardsigmoid(input_x)


_BY_NAME = {'relu': ReLU, 'sigmoid': Sigmoid, 'tanh': Tanh, 'relu6': ReLU6, 'silu': SiLU,
            'gelu': GELU, 'elu': ELU, 'prelu': PReLU, 'leakyrelu': LeakyReLU, 'hswish': HSwish,
            'hsigmoid': HSigmoid, 'mish': Mish, 'softmax': Softmax, 'logsoftmax': LogSoftmax}


def get_activation(name):
    """The activation Cell called `name` ('relu', 'gelu', 'leakyrelu', 'hswish', ...)."""
    if name is None:
        return None
    if name not in _BY_NAME:
        raise KeyError(f"Unknown activation {name!r}; known: {sorted(_BY_NAME)}.")
    return _BY_NAME[name]()
