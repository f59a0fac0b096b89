"""Dropout layers, active only in training."""
import numbers

from ...common import dtype as mstype
from ...ops import random as R
from ..cell import Cell


def _check_p(p, cls, name='p'):
    if isinstance(p, bool) or not isinstance(p, numbers.Real):
        raise TypeError(f"For '{cls}', the '{name}' must be a float, but got "
                        f"{type(p).__name__}.")
    if not 0.0 <= p < 1.0:
        raise ValueError(f"For '{cls}', the '{name}' must be a number in range [0, 1), but got "
                         f"{p}.")


class Dropout(Cell):
    """In training, zero each element with probability `p` and scale the rest by 1 / (1 - p);
    in inference, the identity.

    Args:
        keep_prob: the kept fraction (deprecated; used when `p` is None).
        p: the dropped fraction.

    Example:
        >>> drop = nn.Dropout(p=0.5)
        >>> print(drop(ops.ones((2, 2))))
        [[1. 1.]
         [1. 1.]]
        >>> drop
        Dropout(p=0.5)
    """

    def __init__(self, keep_prob=0.5, p=None, dtype=mstype.float32):
        super().__init__()
        if p is None:
            if isinstance(keep_prob, bool) or not isinstance(keep_prob, numbers.Real):
                raise TypeError(f"For 'Dropout', the 'keep_prob' must be a float, but got "
                                f"{type(keep_prob).__name__}.")
            if not 0.0 < keep_prob <= 1.0:
                raise ValueError(f"For 'Dropout', the 'keep_prob' must be a number in range "
                                 f"(0, 1], but got {keep_prob}.")
            self.keep_prob = keep_prob
        else:
            _check_p(p, 'Dropout')
            self.keep_prob = 1.0 - p
        self.p = p
        self._drop = 1.0 - self.keep_prob if p is None else p

    def construct(self, x):
        if not self.training or self._drop == 0:
            return x
        return R.dropout(x, self._drop)

    def extend_repr(self):
        return f'keep_prob={self.keep_prob}' if self.p is None else f'p={self.p}'


class Dropout2d(Cell):
    """In training, zero whole channels of (N, C, H, W) with probability `p` and scale the rest
    by 1 / (1 - p); in inference, the identity.

    Example:
        >>> drop = nn.Dropout2d(0.5)
        >>> drop(ops.ones((1, 2, 2, 2))).shape
        (1, 2, 2, 2)
        >>> drop
        Dropout2d(p=0.5)
    """

    def __init__(self, p=0.5):
        super().__init__()
        _check_p(p, 'Dropout2d')
        self.keep_prob = 1.0 - p

    def construct(self, x):
        if not self.training or self.keep_prob == 1.0:
            return x
        return R.dropout2d(x, 1.0 - self.keep_prob)

    def extend_repr(self):
        return f'p={self.keep_prob}'
