"""Multi-layer recurrent networks over sequences: RNN, LSTM and GRU."""
import logging
import math
import numbers

import numpy as np

from ...common import dtype as mstype
from ...common.initializer import Uniform, initializer
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...ops import array_func as A
from ...ops import functional as F
from ..cell import Cell
from .dropout import Dropout
from .rnn_cells import (_check_bool, _check_positive_int, _check_tensor, _gru_cell, _lstm_cell,
                        _rnn_relu_cell, _rnn_tanh_cell)

_CELLS = {'RNN_TANH': (_rnn_tanh_cell, 1), 'RNN_RELU': (_rnn_relu_cell, 1),
          'LSTM': (_lstm_cell, 4), 'GRU': (_gru_cell, 3)}


def _reverse_index(seq_length, time_steps, batch):
    """Per batch entry, the time index that reverses its first seq_length[b] steps."""
    t = np.arange(time_steps)[:, None]
    lengths = np.asarray(seq_length)[None, :]
    return np.where(t < lengths, lengths - 1 - t, t).astype(np.int64).reshape(time_steps, batch)


class _DynamicRNN(Cell):
    """The child cell holding MindSpore's recurrent time loop; here it carries no state."""

    def construct(self, *inputs):
        raise TypeError(f"'{type(self).__name__}' is part of a recurrent layer's structure; call "
                        "the layer itself.")


_DYNAMIC_CELLS = {mode: type(name, (_DynamicRNN,), {'__doc__': _DynamicRNN.__doc__})
                  for mode, name in (('RNN_TANH', '_DynamicRNNTanh'),
                                     ('RNN_RELU', '_DynamicRNNRelu'),
                                     ('LSTM', '_DynamicLSTMCPUGPU'), ('GRU', '_DynamicGRUCPUGPU'))}


class _RNNBase(Cell):
    """Stacked (optionally bidirectional) recurrence of one cell function over time."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, has_bias=True,
                 batch_first=False, dropout=0., bidirectional=False, dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        _check_positive_int(hidden_size, 'hidden_size', cls)
        _check_positive_int(input_size, 'input_size', cls)
        _check_positive_int(num_layers, 'num_layers', cls)
        if isinstance(dropout, bool) or not isinstance(dropout, numbers.Real):
            raise TypeError(f"For '{cls}', the 'dropout' must be float, but got "
                            f"{type(dropout).__name__}.")
        _check_bool(has_bias, 'has_bias', cls)
        _check_bool(batch_first, 'batch_first', cls)
        _check_bool(bidirectional, 'bidirectional', cls)
        if not 0 <= dropout < 1:
            raise ValueError(f"For '{cls}', the 'dropout' must be a number in range [0, 1) "
                             f"representing the probability of an element being zeroed, but got "
                             f"{dropout}.")
        if dropout > 0 and num_layers == 1:
            logging.getLogger('minispore').warning(
                "dropout option adds dropout after all but last recurrent layer, so non-zero "
                "dropout expects num_layers greater than 1, but got dropout=%s and "
                "num_layers=%s", dropout, num_layers)
        self.cell, chunks = _CELLS[mode]
        self.is_lstm = mode == 'LSTM'
        self.input_size, self.hidden_size, self.num_layers = input_size, hidden_size, num_layers
        self.batch_first, self.bidirectional, self.has_bias = batch_first, bidirectional, has_bias
        self.dropout = dropout
        self.rnn = _DYNAMIC_CELLS[mode]()
        self.dropout_op = Dropout(p=float(dropout))
        num_directions = 2 if bidirectional else 1
        init = Uniform(1 / math.sqrt(hidden_size))
        gate_size = chunks * hidden_size
        w_ih, w_hh, b_ih, b_hh = [], [], [], []
        for layer in range(num_layers):
            for direction in range(num_directions):
                layer_input = input_size if layer == 0 else hidden_size * num_directions
                suffix = f'l{layer}' + ('_reverse' if direction == 1 else '')
                w_ih.append(Parameter(initializer(init, (gate_size, layer_input), dtype),
                                      name='weight_ih_' + suffix))
                w_hh.append(Parameter(initializer(init, (gate_size, hidden_size), dtype),
                                      name='weight_hh_' + suffix))
                if has_bias:
                    b_ih.append(Parameter(initializer(init, (gate_size,), dtype),
                                          name='bias_ih_' + suffix))
                    b_hh.append(Parameter(initializer(init, (gate_size,), dtype),
                                          name='bias_hh_' + suffix))
        # registered in MindSpore's order: all weight_ih, all weight_hh, then the biases
        for param in w_ih + w_hh + b_ih + b_hh:
            setattr(self, param.name, param)
        self._names = [(w.name, h.name, i.name if has_bias else None,
                        j.name if has_bias else None)
                       for w, h, i, j in zip(w_ih, w_hh, b_ih or w_ih, b_hh or w_hh)]

    @property
    def w_ih_list(self):
        return tuple(getattr(self, n[0]) for n in self._names)

    @property
    def w_hh_list(self):
        return tuple(getattr(self, n[1]) for n in self._names)

    @property
    def b_ih_list(self):
        return tuple(getattr(self, n[2]) for n in self._names) if self.has_bias else ()

    @property
    def b_hh_list(self):
        return tuple(getattr(self, n[3]) for n in self._names) if self.has_bias else ()

    def _weights(self, index, dtype):
        names = self._names[index]
        return tuple(None if n is None else F.cast(getattr(self, n), dtype) for n in names)

    def _recurrent(self, x, h, masks, weights):
        outputs = []
        state = h
        for t in range(x.shape[0]):
            new = self.cell(x[t], state, *weights)
            if masks is None:
                state = new
                outputs.append(new[0] if self.is_lstm else new)
                continue
            cond = masks[t]
            if self.is_lstm:
                state = (A.select(cond, new[0], state[0]), A.select(cond, new[1], state[1]))
                out = new[0]
            else:
                state = A.select(cond, new, state)
                out = new
            outputs.append(A.select(cond, out, F.zeros_like(out)))
        return F.stack(outputs), state

    @staticmethod
    def _reverse(x, rev_index):
        """Reverse the time axis, or only each entry's first seq_length steps."""
        if rev_index is None:
            return A.flip(x, (0,))
        index = Tensor(np.ascontiguousarray(np.broadcast_to(rev_index, x.shape)))
        return A.gather_elements(x, 0, index)

    def construct(self, x, hx=None, seq_length=None):
        cls = type(self).__name__
        _check_tensor('x', x, cls)
        x_dtype = x.dtype
        batch = x.shape[0] if self.batch_first else x.shape[1]
        num_directions = 2 if self.bidirectional else 1
        state_shape = (self.num_layers * num_directions, batch, self.hidden_size)
        if hx is None:
            zeros = F.zeros(state_shape, x_dtype)
            hx = (zeros, F.zeros(state_shape, x_dtype)) if self.is_lstm else zeros
        elif self.is_lstm:
            if not isinstance(hx, (tuple, list)):
                raise TypeError(f"For '{cls}', the 'hx' must be a tuple, but got "
                                f"{type(hx).__name__}.")
            if len(hx) != 2:
                raise TypeError(f"For '{cls}', the length of 'hx' must be '2', but got "
                                f"'{len(hx)}'")
            _check_tensor('hx[0]', hx[0], cls)
            _check_tensor('hx[1]', hx[1], cls)
        else:
            _check_tensor('h', hx, cls)
        if self.batch_first:
            x = F.transpose(x, (1, 0, 2))
        time_steps = x.shape[0]
        masks = rev_index = None
        if seq_length is not None:
            if seq_length.dtype not in (mstype.int32, mstype.int64):
                raise TypeError(f"For '{cls}', the 'seq_length' must be int32 or int64, but got "
                                f"{seq_length.dtype}.")
            if seq_length.shape[0] != batch:
                raise ValueError(f"For '{cls}', the 'seq_length' size must be equal to batch "
                                 f"size {batch}, but got {seq_length.shape[0]}.")
            lengths = seq_length.asnumpy()
            keep = np.arange(time_steps)[:, None, None] < lengths[None, :, None]
            keep = np.broadcast_to(keep, (time_steps, batch, self.hidden_size))
            masks = [Tensor(np.ascontiguousarray(m)) for m in keep]
            if self.bidirectional:
                rev_index = _reverse_index(lengths, time_steps, batch)[:, :, None]
        layer_input = x
        h_n, c_n = [], []
        output = None
        for layer in range(self.num_layers):
            outs = []
            for direction in range(num_directions):
                index = layer * num_directions + direction
                h_i = (hx[0][index], hx[1][index]) if self.is_lstm else hx[index]
                weights = self._weights(index, x_dtype)
                if direction == 0:
                    out, h_t = self._recurrent(layer_input, h_i, masks, weights)
                else:
                    out, h_t = self._recurrent(self._reverse(layer_input, rev_index), h_i,
                                               masks, weights)
                    out = self._reverse(out, rev_index)
                outs.append(out)
                if self.is_lstm:
                    h_n.append(h_t[0])
                    c_n.append(h_t[1])
                else:
                    h_n.append(h_t)
            output = outs[0] if num_directions == 1 else F.concat(outs, 2)
            if self.dropout != 0 and layer < self.num_layers - 1:
                layer_input = self.dropout_op(output)
            else:
                layer_input = output
        if self.batch_first:
            output = F.transpose(output, (1, 0, 2))
        if self.is_lstm:
            return output, (F.stack(h_n), F.stack(c_n))
        return output, F.stack(h_n)


_ARGS_DOC = """
    Args:
        input_size: size of the last input axis.
        hidden_size: size of the hidden state.
        num_layers: number of stacked layers.
        has_bias: whether each layer adds `bias_ih_l{k}` and `bias_hh_l{k}`.
        batch_first: inputs and outputs are (batch, seq, feature) instead of (seq, batch,
            feature).
        dropout: dropout probability applied to the outputs of all but the last layer, in
            training.
        bidirectional: also run each layer backwards (Parameters suffixed `_reverse`); the
            output concatenates both directions.
        dtype: dtype of the Parameters.

    Parameters `weight_ih_l{k}` (gates*hidden, in), `weight_hh_l{k}` (gates*hidden, hidden),
    `bias_ih_l{k}`, `bias_hh_l{k}` (gates*hidden,), uniform in +-1/sqrt(hidden_size).

    Inputs: `x`, `hx` (initial state, zeros by default), `seq_length` (int32/int64, one length
    per batch entry; steps past it output zeros and keep the state).
"""


class RNN(_RNNBase):
    """Stacked Elman RNN: `h_t = nonlinearity(x_t @ W_ih.T + b_ih + h_{t-1} @ W_hh.T + b_hh)`.

    Takes `nonlinearity='tanh'` or `'relu'` as a keyword besides the arguments below.
    {args}
    Outputs: `output` (seq, batch, num_directions*hidden) and `h_n` (num_layers*num_directions,
    batch, hidden).

    Example:
        >>> net = nn.RNN(3, 4, num_layers=2, batch_first=True)
        >>> output, h_n = net(ops.ones((5, 2, 3)))
        >>> output.shape, h_n.shape
        ((5, 2, 4), (2, 5, 4))
    """

    def __init__(self, *args, **kwargs):
        mode = 'RNN_TANH'
        if 'nonlinearity' in kwargs:
            nonlinearity = kwargs.pop('nonlinearity')
            if nonlinearity == 'relu':
                mode = 'RNN_RELU'
            elif nonlinearity != 'tanh':
                raise ValueError(f"For 'RNN', the 'nonlinearity' must be in ['tanh', 'relu'], "
                                 f"but got {nonlinearity}.")
        super().__init__(mode, *args, **kwargs)


class LSTM(_RNNBase):
    """Stacked LSTM, gates in the order input, forget, cell, output.
    {args}
    Outputs: `output` (seq, batch, num_directions*hidden) and `(h_n, c_n)`, each
    (num_layers*num_directions, batch, hidden).

    Example:
        >>> net = nn.LSTM(3, 4, bidirectional=True)
        >>> output, (h_n, c_n) = net(ops.ones((5, 2, 3)))
        >>> output.shape, h_n.shape, c_n.shape
        ((5, 2, 8), (2, 2, 4), (2, 2, 4))
    """

    def __init__(self, *args, **kwargs):
        super().__init__('LSTM', *args, **kwargs)


class GRU(_RNNBase):
    """Stacked GRU, gates in the order reset, update, new.
    {args}
    Outputs: `output` (seq, batch, num_directions*hidden) and `h_n` (num_layers*num_directions,
    batch, hidden).

    Example:
        >>> net = nn.GRU(3, 4)
        >>> [name for name, _ in net.parameters_and_names()]
        ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']
    """

    def __init__(self, *args, **kwargs):
        super().__init__('GRU', *args, **kwargs)


for _cls in (RNN, LSTM, GRU):
    _cls.__doc__ = _cls.__doc__.replace('{args}', _ARGS_DOC)
del _cls
