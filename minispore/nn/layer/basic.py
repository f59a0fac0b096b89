"""Dense, Flatten and Identity."""
import math

from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, initializer
from ...common.parameter import Parameter
from ...ops import functional as F
from ..cell import Cell
from .activation import get_activation


class Dense(Cell):
    """Fully connected layer: `activation(x @ weight.T + bias)`.

    Args:
        in_channels: size of the last input axis.
        out_channels: size of the last output axis.
        weight_init: initializer of `weight` (out_channels, in_channels); default
            HeUniform(sqrt(5)), i.e. uniform in +-1/sqrt(in_channels).
        bias_init: initializer of `bias` (out_channels,); default uniform in
            +-1/sqrt(in_channels).
        has_bias: whether to add `bias`.
        activation: None, a name such as 'relu', or a Cell.
        dtype: dtype of the Parameters.

    Example:
        >>> nn.Dense(3, 2, 'ones', 'zeros')(ops.ones((1, 3)))
        Tensor(shape=[1, 2], dtype=Float32, value=
        [[ 3.00000000e+00,  3.00000000e+00]])
    """

    def __init__(self, in_channels, out_channels, weight_init=None, bias_init=None,
                 has_bias=True, activation=None, dtype=mstype.float32):
        super().__init__()
        for name, value in (('in_channels', in_channels), ('out_channels', out_channels)):
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"For 'Dense', the '{name}' must be a positive int, but got "
                                 f"{value!r}.")
        self.in_channels, self.out_channels, self.has_bias = in_channels, out_channels, has_bias
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight = Parameter(initializer(weight_init, (out_channels, in_channels), dtype),
                                name='weight')
        if has_bias:
            if bias_init is None:
                bias_init = Uniform(1 / math.sqrt(in_channels))
            self.bias = Parameter(initializer(bias_init, (out_channels,), dtype), name='bias')
        else:
            self.bias = None
        self.activation = get_activation(activation) if isinstance(activation, str) \
            else activation
        self.activation_flag = self.activation is not None

    def construct(self, x):
        out = F.matmul(x, self.weight.T)
        if self.has_bias:
            out = out + self.bias
        if self.activation_flag:
            out = self.activation(out)
        return out

    def extend_repr(self):
        s = f'input_channels={self.in_channels}, output_channels={self.out_channels}'
        if self.has_bias:
            s += f', has_bias={self.has_bias}'
        if self.activation_flag:
            s += f', activation={self.activation}'
        return s


class Flatten(Cell):
    """Flatten all axes from `start_dim` to `end_dim` (by default all but the first)."""

    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim, self.end_dim = start_dim, end_dim

    def construct(self, x):
        return F.flatten(x, start_dim=self.start_dim, end_dim=self.end_dim)


class Identity(Cell):
    """Returns its input."""

    def construct(self, x):
        return x
