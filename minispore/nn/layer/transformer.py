"""Multi-head attention and the Transformer encoder."""
import copy
import math
from typing import Optional

from ... import ops as _public_ops
from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, XavierNormal, XavierUniform, initializer
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...ops import array_func as A
from ...ops import functional as F
from ...ops import math_func as M
from ...ops import nn_func as N
from ...ops import random as R
from ..cell import Cell
from .basic import Dense
from .container import CellList
from .dropout import Dropout
from .normalization import LayerNorm


def _linear(x, w, b):
    out = F.matmul(x, F.transpose(w, (1, 0)))
    return out if b is None else out + b


def _is_float(t):
    return t.dtype in (mstype.float16, mstype.float32, mstype.float64)


def _additive_mask(mask, dtype):
    """A bool mask (True = masked) as 0/-inf; a float mask as it is."""
    if mask.dtype == mstype.bool_:
        return M.masked_fill(F.zeros(mask.shape, dtype), mask, float('-inf'))
    return F.cast(mask, dtype)


def _pad_last(mask):
    """Append one unmasked column to the last axis of a mask."""
    pad = F.zeros(mask.shape[:-1] + (1,), mask.dtype)
    return F.concat((mask, pad), -1)


def _multi_head_attention(mha, query, key, value, key_padding_mask, attn_mask,
                          average_attn_weights):
    """Inputs (seq, batch, embed) or unbatched (seq, embed)."""
    batched = query.ndim == 3
    if batched and (key.ndim != 3 or value.ndim != 3):
        raise ValueError(f"For batched `query`, the `key` and `value` must be 3D tensor, but got "
                         f"`key` with {key.ndim}D and `value` with {value.ndim}D.")
    if not batched:
        if query.ndim != 2:
            raise ValueError(f"The `query` should be unbatched 2D or batched 3D tensor, but got "
                             f"`query` with {query.ndim}D.")
        if key.ndim != 2 or value.ndim != 2:
            raise ValueError(f"For unbatched `query`, the `key` and `value` must be 2D tensor, "
                             f"but got `key` with {key.ndim}D and `value` with {value.ndim}D.")
        query, key, value = (F.expand_dims(t, 1) for t in (query, key, value))
        if key_padding_mask is not None:
            key_padding_mask = F.expand_dims(key_padding_mask, 0)
    tgt_len, bsz, embed_dim = query.shape
    num_heads = mha.num_heads
    head_dim = embed_dim // num_heads
    if embed_dim != mha.embed_dim:
        raise ValueError(f"The `embed_dim` should be {mha.embed_dim}, but got {embed_dim}.")
    dtype = query.dtype
    bias = mha.in_proj_bias
    b_q = b_k = b_v = None
    if bias is not None:
        b_q, b_k, b_v = A.tensor_split(F.cast(bias, dtype), 3)
    if mha.in_proj_weight is not None:
        if key.shape != value.shape:
            raise ValueError(f"The shape of `key` {key.shape} does not match `value` "
                             f"{value.shape}.")
        w_q, w_k, w_v = A.tensor_split(F.cast(mha.in_proj_weight, dtype), 3)
    else:
        w_q, w_k, w_v = (F.cast(w, dtype) for w in (mha.q_proj_weight, mha.k_proj_weight,
                                                     mha.v_proj_weight))
    q, k, v = _linear(query, w_q, b_q), _linear(key, w_k, b_k), _linear(value, w_v, b_v)

    if attn_mask is not None:
        if attn_mask.dtype == mstype.uint8:
            attn_mask = F.cast(attn_mask, mstype.bool_)
        elif not _is_float(attn_mask) and attn_mask.dtype != mstype.bool_:
            raise ValueError(f"`attn_mask` only support float, byte, and bool types, but got "
                             f"not {attn_mask.dtype}.")
        src_len = key.shape[0]
        if attn_mask.ndim == 2:
            if attn_mask.shape != (tgt_len, src_len):
                raise ValueError(f"The shape of the `attn_mask` should be {(tgt_len, src_len)}, "
                                 f"but got {attn_mask.shape}.")
            attn_mask = F.expand_dims(attn_mask, 0)
        elif attn_mask.ndim == 3:
            expected = (bsz * num_heads, tgt_len, src_len)
            if attn_mask.shape != expected:
                raise ValueError(f"The shape of the `attn_mask` should be {expected}, but got "
                                 f"{attn_mask.shape}.")
        else:
            raise ValueError(f"The ndim of `attn_mask` only support 2 or 3, but got "
                             f"{attn_mask.ndim}.")
    if key_padding_mask is not None and key_padding_mask.dtype != mstype.bool_ \
            and not _is_float(key_padding_mask):
        raise ValueError("The `key_padding_mask` only supports bool and floating dtypes.")

    if mha.bias_k is not None:
        k = F.concat((k, A.tile(F.cast(mha.bias_k, dtype), (1, bsz, 1))), 0)
        v = F.concat((v, A.tile(F.cast(mha.bias_v, dtype), (1, bsz, 1))), 0)
        attn_mask = None if attn_mask is None else _pad_last(attn_mask)
        key_padding_mask = None if key_padding_mask is None else _pad_last(key_padding_mask)
    # (seq, batch, embed) -> (batch*heads, seq, head_dim)
    q = F.transpose(F.reshape(q, (tgt_len, bsz * num_heads, head_dim)), (1, 0, 2))
    k = F.transpose(F.reshape(k, (k.shape[0], bsz * num_heads, head_dim)), (1, 0, 2))
    v = F.transpose(F.reshape(v, (v.shape[0], bsz * num_heads, head_dim)), (1, 0, 2))
    if mha.add_zero_attn:
        zeros = F.zeros((bsz * num_heads, 1, head_dim), dtype)
        k = F.concat((k, zeros), 1)
        v = F.concat((v, zeros), 1)
        attn_mask = None if attn_mask is None else _pad_last(attn_mask)
        key_padding_mask = None if key_padding_mask is None else _pad_last(key_padding_mask)
    src_len = k.shape[1]
    if key_padding_mask is not None:
        if key_padding_mask.shape != (bsz, src_len):
            raise ValueError(f"The shape of `key_padding_mask` should be {(bsz, src_len)}, but "
                             f"got {key_padding_mask.shape}.")
        key_padding_mask = F.reshape(A.tile(F.reshape(key_padding_mask, (bsz, 1, 1, src_len)),
                                            (1, num_heads, 1, 1)), (bsz * num_heads, 1, src_len))
        if attn_mask is None:
            attn_mask = key_padding_mask
        elif attn_mask.dtype == mstype.bool_ and key_padding_mask.dtype == mstype.bool_:
            attn_mask = F.logical_or(attn_mask, key_padding_mask)
        else:
            attn_mask = _additive_mask(attn_mask, dtype) + _additive_mask(key_padding_mask,
                                                                          dtype)
    if attn_mask is not None:
        attn_mask = _additive_mask(attn_mask, dtype)
        if attn_mask.shape[0] == 1:
            attn_mask = F.expand_dims(attn_mask, 0)
        else:
            attn_mask = F.reshape(attn_mask, (bsz, num_heads, -1, src_len))
    q = F.reshape(q, (bsz, num_heads, tgt_len, head_dim))
    k = F.reshape(k, (bsz, num_heads, src_len, head_dim))
    v = F.reshape(v, (bsz, num_heads, src_len, head_dim))
    # q and k are each divided by head_dim ** 0.25
    scale = math.sqrt(math.sqrt(head_dim))
    attn = F.matmul(q / scale, F.transpose(k, (0, 1, 3, 2)) / scale)
    if attn_mask is not None:
        attn = attn + attn_mask
    attn = N.softmax(attn, -1)
    if 0 < mha.dropout and mha.training:
        attn = R.dropout(attn, p=mha.dropout)
    out = F.matmul(attn, v)
    out = F.reshape(F.transpose(out, (2, 0, 1, 3)), (tgt_len * bsz, embed_dim))
    out = mha.out_proj(out)
    out = F.reshape(out, (tgt_len, bsz, out.shape[1]))
    if average_attn_weights:
        attn = F.sum(attn, 1) / num_heads
    if not batched:
        out = F.squeeze(out, 1)
        attn = F.squeeze(attn, 0)
    return out, attn


class MultiheadAttention(Cell):
    """Multi-head attention: `softmax(Q K^T / sqrt(head_dim) + mask) V` per head, then
    `out_proj`.

    Args:
        embed_dim: size of the query's last axis, divided evenly among the heads.
        num_heads: number of heads.
        dropout: dropout probability on the attention weights, in training.
        has_bias: whether the input and output projections add biases.
        add_bias_kv: append the learned `bias_k`, `bias_v` to the keys and values.
        add_zero_attn: append a zero key and value.
        kdim, vdim: sizes of the key's and value's last axes (default embed_dim); when they
            differ from embed_dim the projections are `q_proj_weight`, `k_proj_weight`,
            `v_proj_weight` instead of the packed `in_proj_weight` (3*embed, embed).
        batch_first: inputs and output are (batch, seq, feature) instead of (seq, batch,
            feature).
        dtype: dtype of the Parameters.

    Inputs: `query`, `key`, `value`, `key_padding_mask` (batch, src) and `attn_mask`
    (tgt, src) or (batch*heads, tgt, src) (bool: True is masked; float: added),
    `need_weights`, `average_attn_weights`.
    Outputs: `(attn_output, attn_weights)`, or `(attn_output,)` when need_weights is False.

    Example:
        >>> mha = nn.MultiheadAttention(4, 2)
        >>> x = ops.ones((3, 2, 4))
        >>> out, weights = mha(x, x, x)
        >>> out.shape, weights.shape
        ((3, 2, 4), (2, 3, 3))
    """

    def __init__(self, embed_dim, num_heads, dropout=0.0, has_bias=True, add_bias_kv=False,
                 add_zero_attn=False, kdim=None, vdim=None, batch_first=False,
                 dtype=mstype.float32):
        super().__init__()
        self.embed_dim = embed_dim
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != self.embed_dim:
            raise ValueError("The init argument 'embed_dim' must be divisible by 'num_heads'.")
        if dtype is None:
            dtype = mstype.float32
        if not self._qkv_same_embed_dim:
            self.q_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, embed_dim),
                                                       dtype), 'q_proj_weight')
            self.k_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.kdim),
                                                       dtype), 'k_proj_weight')
            self.v_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.vdim),
                                                       dtype), 'v_proj_weight')
            self.in_proj_weight = None
        else:
            self.in_proj_weight = Parameter(initializer(XavierUniform(), (3 * embed_dim,
                                                                          embed_dim), dtype),
                                            'in_proj_weight')
            self.q_proj_weight = self.k_proj_weight = self.v_proj_weight = None
        if has_bias:
            self.in_proj_bias = Parameter(initializer('zeros', (3 * embed_dim,), dtype),
                                          'in_proj_bias')
        else:
            self.in_proj_bias = None
        self.out_proj = Dense(embed_dim, embed_dim, has_bias=has_bias,
                              weight_init=HeUniform(math.sqrt(5)),
                              bias_init=Uniform(1 / math.sqrt(embed_dim)), dtype=dtype)
        if add_bias_kv:
            self.bias_k = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype),
                                    'bias_k')
            self.bias_v = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype),
                                    'bias_v')
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn
        self.dtype = dtype

    def construct(self, query: Tensor, key: Tensor, value: Tensor,
                  key_padding_mask: Optional[Tensor] = None, need_weights: bool = True,
                  attn_mask: Optional[Tensor] = None, average_attn_weights: bool = True):
        batched = query.ndim == 3
        if key_padding_mask is not None and key_padding_mask.dtype != mstype.bool_ \
                and not _is_float(key_padding_mask):
            raise ValueError("only bool and floating types of key_padding_mask are supported")
        if self.batch_first and batched:
            query, key, value = (A.swapaxes(t, 1, 0) for t in (query, key, value))
        out, weights = _multi_head_attention(self, query, key, value, key_padding_mask,
                                             attn_mask, average_attn_weights)
        if self.batch_first and batched:
            out = A.swapaxes(out, 1, 0)
        if need_weights:
            return out, weights
        return (out,)


_ACTIVATIONS = {'relu': _public_ops.relu, 'gelu': _public_ops.gelu}


def _check_padding_mask(mask):
    """MindSpore's check of a `src_key_padding_mask`: None, bool or floating."""
    if mask is not None and mask.dtype != mstype.bool_ and not _is_float(mask):
        raise AssertionError("only bool and floating types of key_padding_mask are supported")


class TransformerEncoderLayer(Cell):
    """One Transformer encoder layer: self-attention, then a feed-forward block
    (`dense2(dropout(activation(dense1(x))))`), each with a residual connection and LayerNorm
    (after the block, or before it with `norm_first`).

    Args:
        d_model: size of the last input axis.
        nhead: number of attention heads.
        dim_feedforward: hidden size of the feed-forward block.
        dropout: dropout probability, in training.
        activation: 'relu', 'gelu', `ops.relu` or `ops.gelu`.
        layer_norm_eps: epsilon of both LayerNorms.
        batch_first: inputs are (batch, seq, feature) instead of (seq, batch, feature).
        norm_first: normalise before each block instead of after.
        dtype: dtype of the Parameters.

    Inputs: `src`, `src_mask` (attention mask), `src_key_padding_mask`.

    Example:
        >>> layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=8, batch_first=True)
        >>> layer(ops.ones((2, 3, 4))).shape
        (2, 3, 4)
    """

    def __init__(self, d_model: int, nhead: int, dim_feedforward: int = 2048,
                 dropout: float = 0.1, activation='relu', layer_norm_eps: float = 1e-5,
                 batch_first: bool = False, norm_first: bool = False, dtype=mstype.float32):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout,
                                            batch_first=batch_first, dtype=dtype)
        self.dense1 = Dense(d_model, dim_feedforward, weight_init=HeUniform(math.sqrt(5)),
                            bias_init=Uniform(1 / math.sqrt(d_model)), dtype=dtype)
        self.dropout = Dropout(p=dropout)
        self.dense2 = Dense(dim_feedforward, d_model, weight_init=HeUniform(math.sqrt(5)),
                            bias_init=Uniform(1 / math.sqrt(dim_feedforward)), dtype=dtype)
        self.norm_first = norm_first
        self.norm1 = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
        self.norm2 = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
        self.dropout1 = Dropout(p=dropout)
        self.dropout2 = Dropout(p=dropout)
        self.activation1 = activation
        if not isinstance(activation, (str, Cell)) and not callable(activation):
            raise ValueError(f"The argument 'activation' must be str, callable or Cell instance,"
                             f" but get {activation}.")
        if isinstance(activation, Cell):
            name = 'nn.ReLU or nn.GELU' if type(activation).__name__ not in ('ReLU', 'GELU') \
                else 'ops.relu or ops.gelu'
            raise ValueError(f"The argument 'activation' must be {name} instance, but get "
                             f"{activation}.")
        if callable(activation) and activation not in (_public_ops.relu, _public_ops.gelu,
                                                       F.relu, M.gelu):
            raise ValueError(f"The argument 'activation' must be ops.relu or ops.gelu instance,"
                             f" but get {activation}.")
        if isinstance(activation, str):
            if activation not in _ACTIVATIONS:
                raise ValueError(f"The activation must be relu/gelu, but get {activation}")
            activation = _ACTIVATIONS[activation]
        self.activation = activation
        self.d_model, self.nhead, self.dim_feedforward = d_model, nhead, dim_feedforward
        self.dropout_num = dropout
        self.layernorm_eps = layer_norm_eps
        self.batch_first = batch_first
        self.dtype = dtype

    def construct(self, src: Tensor, src_mask: Optional[Tensor] = None,
                  src_key_padding_mask: Optional[Tensor] = None):
        _check_padding_mask(src_key_padding_mask)
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask)
            x = x + self._ff_block(self.norm2(x))
        else:
            x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask))
            x = self.norm2(x + self._ff_block(x))
        return x

    def _sa_block(self, x, attn_mask, key_padding_mask):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask,
                           need_weights=False)[0]
        return self.dropout1(x)

    def _ff_block(self, x):
        x = self.dense2(self.dropout(self.activation(self.dense1(x))))
        return self.dropout2(x)


class TransformerEncoder(Cell):
    """`num_layers` encoder layers in sequence, then an optional `norm`.

    As in MindSpore, the layers are copies of one freshly initialised layer built with
    `encoder_layer`'s settings (they start with equal Parameters; `encoder_layer`'s own
    Parameters are not used).

    Args:
        encoder_layer: a TransformerEncoderLayer giving the settings.
        num_layers: number of layers.
        norm: a Cell applied to the output, or None.

    Inputs: `src`, `src_mask`, `src_key_padding_mask`, passed to every layer.

    Example:
        >>> layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=8)
        >>> encoder = nn.TransformerEncoder(layer, 2)
        >>> encoder(ops.ones((3, 2, 4))).shape
        (3, 2, 4)
        >>> [p.name for p in encoder.get_parameters()][:2]
        ['layers.0.self_attn.in_proj_weight', 'layers.0.self_attn.in_proj_bias']
    """

    def __init__(self, encoder_layer, num_layers, norm=None):
        super().__init__()
        layer = TransformerEncoderLayer(encoder_layer.d_model, encoder_layer.nhead,
                                        encoder_layer.dim_feedforward, encoder_layer.dropout_num,
                                        encoder_layer.activation1, encoder_layer.layernorm_eps,
                                        encoder_layer.batch_first, encoder_layer.norm_first,
                                        dtype=encoder_layer.dtype)
        self.layers = CellList([copy.deepcopy(layer) for _ in range(num_layers)])
        self.num_layers = num_layers
        self.norm = norm

    def construct(self, src: Tensor, src_mask: Optional[Tensor] = None,
                  src_key_padding_mask: Optional[Tensor] = None):
        _check_padding_mask(src_key_padding_mask)
        output = src
        for layer in self.layers:
            output = layer(output, src_mask=src_mask, src_key_padding_mask=src_key_padding_mask)
        if self.norm is not None:
            output = self.norm(output)
        return output
