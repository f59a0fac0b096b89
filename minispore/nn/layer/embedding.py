"""Embedding: a lookup table of vectors."""
import numbers

import numpy as np

from ...common import dtype as mstype
from ...common.initializer import initializer
from ...common.parameter import Parameter
from ...ops import array_func as A
from ...ops import functional as F
from ..cell import Cell


class Embedding(Cell):
    """The rows of `embedding_table` (vocab_size, embedding_size) at integer indices.

    Args:
        vocab_size: number of rows.
        embedding_size: length of each row.
        use_one_hot: look up by a one-hot matrix product instead of a gather (same values).
        embedding_table: initializer of the table; default 'normal' (sigma 0.01).
        dtype: dtype of the table.
        padding_idx: a row set to zero at initialisation, or None.

    Example:
        >>> net = nn.Embedding(4, 2, embedding_table='ones', padding_idx=0)
        >>> print(net(Tensor([[0, 2]], mindspore.int32)))
        [[[0. 0.]
          [1. 1.]]]
    """

    def __init__(self, vocab_size, embedding_size, use_one_hot=False, embedding_table='normal',
                 dtype=mstype.float32, padding_idx=None):
        super().__init__()
        for name, value in (('vocab_size', vocab_size), ('embedding_size', embedding_size)):
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise TypeError(f"For 'Embedding', the '{name}' must be int, but got "
                                f"{type(value).__name__}.")
        self.vocab_size, self.embedding_size = vocab_size, embedding_size
        self.use_one_hot, self.dtype, self.padding_idx = use_one_hot, dtype, padding_idx
        table = initializer(embedding_table, (vocab_size, embedding_size), dtype)
        if padding_idx is not None:
            if isinstance(padding_idx, bool) or not isinstance(padding_idx, numbers.Integral) \
                    or not 0 <= padding_idx < vocab_size:
                raise ValueError(f"For 'Embedding', the 'padding_idx' must be in range "
                                 f"[0, {vocab_size}), but got {padding_idx}.")
            data = np.array(table.asnumpy())
            data[padding_idx] = 0
            table = initializer(data, (vocab_size, embedding_size), dtype)
        self.init_tensor = table
        self.embedding_table = Parameter(table, name='embedding_table')

    def construct(self, ids):
        if self.use_one_hot:
            flat = F.reshape(ids, (-1,))
            one_hot = F.cast(A.one_hot(flat, self.vocab_size), self.embedding_table.dtype)
            out = F.matmul(one_hot, self.embedding_table)
            return F.reshape(out, tuple(ids.shape) + (self.embedding_size,))
        return A.gather(self.embedding_table, ids, 0)

    def extend_repr(self):
        return (f'vocab_size={self.vocab_size}, embedding_size={self.embedding_size}, '
                f'use_one_hot={self.use_one_hot}, embedding_table={self.embedding_table}, '
                f'dtype={self.dtype}, padding_idx={self.padding_idx}')
