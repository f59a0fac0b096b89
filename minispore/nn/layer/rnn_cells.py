"""Recurrent cells (one time step): RNNCell, LSTMCell and GRUCell."""
import math

from ...common import dtype as mstype
from ...common.initializer import Uniform, initializer
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...ops import array_func as A
from ...ops import functional as F
from ..cell import Cell


def _gates(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    gi = F.matmul(inputs, F.transpose(w_ih, (1, 0)))
    gh = F.matmul(hidden, F.transpose(w_hh, (1, 0)))
    if b_ih is not None:
        gi = gi + b_ih
        gh = gh + b_hh
    return gi, gh


def _rnn_tanh_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    gi, gh = _gates(inputs, hidden, w_ih, w_hh, b_ih, b_hh)
    return F.tanh(gi + gh)


def _rnn_relu_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    gi, gh = _gates(inputs, hidden, w_ih, w_hh, b_ih, b_hh)
    return F.relu(gi + gh)


def _lstm_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    """Gates in the order input, forget, cell, output."""
    hx, cx = hidden
    gi, gh = _gates(inputs, hx, w_ih, w_hh, b_ih, b_hh)
    ingate, forgetgate, cellgate, outgate = A.chunk(gi + gh, 4, 1)
    cy = F.sigmoid(forgetgate) * cx + F.sigmoid(ingate) * F.tanh(cellgate)
    hy = F.sigmoid(outgate) * F.tanh(cy)
    return hy, cy


def _gru_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    """Gates in the order reset, update, new."""
    gi, gh = _gates(inputs, hidden, w_ih, w_hh, b_ih, b_hh)
    i_r, i_i, i_n = A.chunk(gi, 3, 1)
    h_r, h_i, h_n = A.chunk(gh, 3, 1)
    resetgate = F.sigmoid(i_r + h_r)
    inputgate = F.sigmoid(i_i + h_i)
    newgate = F.tanh(i_n + resetgate * h_n)
    return newgate + inputgate * (hidden - newgate)


def _check_positive_int(value, name, cls):
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"For '{cls}', the '{name}' must be a positive int, but got {value!r}.")


def _check_bool(value, name, cls):
    if not isinstance(value, bool):
        raise TypeError(f"For '{cls}', the '{name}' must be bool, but got "
                        f"{type(value).__name__}.")


def _check_tensor(name, value, cls):
    if not isinstance(value, Tensor):
        raise TypeError(f"For '{cls}', the '{name}' must be 'Tensor', but got "
                        f"'{type(value).__name__}'")


def _check_float_dtype(name, value, cls):
    if value.dtype not in (mstype.float32, mstype.float16, mstype.float64):
        raise TypeError(f"For '{cls}', the '{name}' must be float16 or float32, but got "
                        f"{value.dtype}.")


class RNNCellBase(Cell):
    """Holds `weight_ih` (chunks*hidden, input), `weight_hh` (chunks*hidden, hidden) and the
    biases `bias_ih`, `bias_hh`, all uniform in +-1/sqrt(hidden_size)."""

    def __init__(self, input_size, hidden_size, has_bias, num_chunks, dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        _check_bool(has_bias, 'has_bias', cls)
        _check_positive_int(hidden_size, 'hidden_size', cls)
        _check_positive_int(input_size, 'input_size', cls)
        self.input_size, self.hidden_size, self.has_bias = input_size, hidden_size, has_bias
        init = Uniform(1 / math.sqrt(hidden_size))
        gate = num_chunks * hidden_size
        self.weight_ih = Parameter(initializer(init, (gate, input_size), dtype))
        self.weight_hh = Parameter(initializer(init, (gate, hidden_size), dtype))
        if has_bias:
            self.bias_ih = Parameter(initializer(init, (gate,), dtype))
            self.bias_hh = Parameter(initializer(init, (gate,), dtype))
        else:
            self.bias_ih = None
            self.bias_hh = None

    def reset_parameters(self, dtype=mstype.float32):
        """Redraw every Parameter uniformly in +-1/sqrt(hidden_size)."""
        stdv = 1 / math.sqrt(self.hidden_size)
        for weight in self.get_parameters():
            weight.set_data(initializer(Uniform(stdv), weight.shape, dtype))


class RNNCell(RNNCellBase):
    """Elman RNN cell: `h' = nonlinearity(x @ weight_ih.T + bias_ih + h @ weight_hh.T +
    bias_hh)`.

    Args:
        input_size: size of the last axis of `x`.
        hidden_size: size of the hidden state.
        has_bias: whether to add `bias_ih` and `bias_hh`.
        nonlinearity: 'tanh' or 'relu'.
        dtype: dtype of the Parameters.

    Inputs: `x` (batch, input_size), `hx` (batch, hidden_size). Output: `h'` (batch,
    hidden_size).

    Example:
        >>> cell = nn.RNNCell(2, 3)
        >>> cell(ops.ones((4, 2)), ops.zeros((4, 3))).shape
        (4, 3)
    """

    _non_linearity = ['tanh', 'relu']

    def __init__(self, input_size: int, hidden_size: int, has_bias: bool = True,
                 nonlinearity: str = 'tanh', dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=1, dtype=dtype)
        if not isinstance(nonlinearity, str):
            raise TypeError(f"For 'RNNCell', the 'nonlinearity' must be str, but got "
                            f"{type(nonlinearity).__name__}.")
        if nonlinearity not in self._non_linearity:
            raise ValueError(f"For 'RNNCell', the 'nonlinearity' should be in "
                             f"{self._non_linearity}, but got {nonlinearity}.")
        self.nonlinearity = nonlinearity

    def construct(self, x, hx):
        _check_tensor('x', x, 'RNNCell')
        _check_tensor('hx', hx, 'RNNCell')
        _check_float_dtype('x', x, 'RNNCell')
        _check_float_dtype('hx', hx, 'RNNCell')
        cell = _rnn_tanh_cell if self.nonlinearity == 'tanh' else _rnn_relu_cell
        return cell(x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)


class LSTMCell(RNNCellBase):
    """LSTM cell, gates in the order input, forget, cell, output:
    `c' = f * c + i * g`, `h' = o * tanh(c')`.

    Args:
        input_size: size of the last axis of `x`.
        hidden_size: size of the hidden and cell states.
        has_bias: whether to add `bias_ih` and `bias_hh`.
        dtype: dtype of the Parameters.

    Inputs: `x` (batch, input_size), `hx` a tuple `(h, c)`, each (batch, hidden_size).
    Output: the tuple `(h', c')`.

    Example:
        >>> cell = nn.LSTMCell(2, 3)
        >>> h, c = cell(ops.ones((4, 2)), (ops.zeros((4, 3)), ops.zeros((4, 3))))
        >>> h.shape, c.shape
        ((4, 3), (4, 3))
    """

    def __init__(self, input_size: int, hidden_size: int, has_bias: bool = True,
                 dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=4, dtype=dtype)

    def construct(self, x, hx):
        _check_tensor('x', x, 'LSTMCell')
        if not isinstance(hx, (tuple, list)):
            raise TypeError(f"For 'LSTMCell', the 'hx' must be a tuple, but got "
                            f"{type(hx).__name__}.")
        if len(hx) != 2:
            raise TypeError(f"For 'LSTMCell', the length of 'hx' must be '2', but got "
                            f"'{len(hx)}'")
        _check_tensor('hx[0]', hx[0], 'LSTMCell')
        _check_tensor('hx[1]', hx[1], 'LSTMCell')
        return _lstm_cell(x, tuple(hx), self.weight_ih, self.weight_hh, self.bias_ih,
                          self.bias_hh)


class GRUCell(RNNCellBase):
    """GRU cell, gates in the order reset, update, new:
    `n = tanh(W_in x + b_in + r * (W_hn h + b_hn))`, `h' = n + z * (h - n)`.

    Args:
        input_size: size of the last axis of `x`.
        hidden_size: size of the hidden state.
        has_bias: whether to add `bias_ih` and `bias_hh`.
        dtype: dtype of the Parameters.

    Inputs: `x` (batch, input_size), `hx` (batch, hidden_size). Output: `h'` (batch,
    hidden_size).

    Example:
        >>> cell = nn.GRUCell(2, 3)
        >>> [p.shape for p in cell.get_parameters()]
        [(9, 2), (9, 3), (9,), (9,)]
    """

    def __init__(self, input_size: int, hidden_size: int, has_bias: bool = True,
                 dtype=mstype.float32):
        super().__init__(input_size, hidden_size, has_bias, num_chunks=3, dtype=dtype)

    def construct(self, x, hx):
        _check_tensor('x', x, 'GRUCell')
        _check_tensor('hx', hx, 'GRUCell')
        _check_float_dtype('x', x, 'GRUCell')
        _check_float_dtype('hx', hx, 'GRUCell')
        return _gru_cell(x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)
