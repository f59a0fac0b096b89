"""Pooling layers: MaxPool1d/2d, AvgPool1d/2d and AdaptiveAvgPool2d."""
import math
import numbers

from ...ops import array_func as A
from ...ops import conv_func as C
from ...ops import functional as F
from ..cell import Cell


def _ints(value, n, name, cls):
    if isinstance(value, bool) or not isinstance(value, (numbers.Integral, tuple)):
        raise TypeError(f"For '{cls}', the type of '{name}' must be int or tuple(int), but got "
                        f"{type(value).__name__}.")
    values = (int(value),) * n if isinstance(value, numbers.Integral) else tuple(value)
    if len(values) != n or any(not isinstance(v, numbers.Integral) or v < 1 for v in values):
        raise ValueError(f"For '{cls}', the '{name}' must be a positive int or a tuple of {n} "
                         f"positive ints, but got {value}.")
    return values


def _same_pads(sizes, kernel, stride):
    """(before, after) padding per axis for output ceil(size / stride), the odd one after."""
    pads = []
    for size, k, s in zip(sizes, kernel, stride):
        need = max((math.ceil(size / s) - 1) * s + k - size, 0)
        pads.append((need // 2, need - need // 2))
    return pads


class _PoolNd(Cell):
    """kernel_size, stride and pad_mode, checked; repr as MindSpore prints it."""

    def __init__(self, kernel_size, stride, pad_mode, n):
        super().__init__()
        cls = type(self).__name__
        if not isinstance(pad_mode, str) or pad_mode.upper() not in ('VALID', 'SAME', 'PAD'):
            raise ValueError(f"For '{cls}', the 'pad_mode' must be one of ['VALID', 'SAME', "
                             f"'PAD'], but got {pad_mode}.")
        self.kernel_size, self.stride, self.pad_mode = kernel_size, stride, pad_mode.upper()
        self._kernel = _ints(kernel_size, n, 'kernel_size', cls)
        self._stride = _ints(stride, n, 'stride', cls)
        if n == 1:      # kept as the (1, k) window of a 2-D pooling, as MindSpore shows them
            self.kernel_size, self.stride = (1,) + self._kernel, (1,) + self._stride

    def extend_repr(self):
        return f'kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}'


class MaxPool2d(_PoolNd):
    """2-D max pooling over (N, C, H, W) or (C, H, W).

    Args:
        kernel_size, stride: an int or a pair (height, width).
        pad_mode: 'valid' (no padding), 'same' (output ceil(H / stride)) or 'pad' (`padding`,
            `dilation`, `ceil_mode` and `return_indices` apply).

    Example:
        >>> x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
        >>> print(nn.MaxPool2d(2, 2)(x))
        [[[[ 5.  7.]
           [13. 15.]]]]
    """

    def __init__(self, kernel_size=1, stride=1, pad_mode='valid', padding=0, dilation=1,
                 return_indices=False, ceil_mode=False, data_format='NCHW'):
        super().__init__(kernel_size, stride, pad_mode, 2)
        if data_format != 'NCHW':
            raise ValueError(f"For 'MaxPool2d', only the 'NCHW' data_format is supported, but "
                             f"got {data_format!r}.")
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode
        self.use_pad = self.pad_mode == 'PAD'

    def construct(self, x):
        if x.ndim == 3:
            out = self.construct(F.expand_dims(x, 0))
            if isinstance(out, tuple):
                return tuple(F.squeeze(o, 0) for o in out)
            return F.squeeze(out, 0)
        if self.use_pad:
            return C.max_pool2d(x, self._kernel, self._stride, self.padding, self.dilation,
                                self.return_indices, self.ceil_mode)
        if self.pad_mode == 'SAME':
            (t, b), (l, r) = _same_pads(x.shape[-2:], self._kernel, self._stride)
            if t or b or l or r:
                x = A.pad(x, (l, r, t, b), value=float('-inf'))
        return C.max_pool2d(x, self._kernel, self._stride)


class MaxPool1d(_PoolNd):
    """1-D max pooling over (N, C, L) or (C, L); arguments as in MaxPool2d, but ints.

    Example:
        >>> print(nn.MaxPool1d(2, 2)(Tensor([[[1., 3., 2., 5.]]])))
        [[[3. 5.]]]
    """

    def __init__(self, kernel_size=1, stride=1, pad_mode='valid', padding=0, dilation=1,
                 return_indices=False, ceil_mode=False):
        super().__init__(kernel_size, stride, pad_mode, 1)
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode
        self.use_pad = self.pad_mode == 'PAD'

    def construct(self, x):
        if x.ndim == 2:
            out = self.construct(F.expand_dims(x, 0))
            if isinstance(out, tuple):
                return tuple(F.squeeze(o, 0) for o in out)
            return F.squeeze(out, 0)
        x2 = F.expand_dims(x, -2)
        k, s = (1,) + self._kernel, (1,) + self._stride
        if self.use_pad:
            pad = self.padding[0] if isinstance(self.padding, tuple) else self.padding
            dil = self.dilation[0] if isinstance(self.dilation, tuple) else self.dilation
            out = C.max_pool2d(x2, k, s, (0, pad), (1, dil), self.return_indices,
                               self.ceil_mode)
            if self.return_indices:
                return F.squeeze(out[0], -2), F.squeeze(out[1], -2)
            return F.squeeze(out, -2)
        if self.pad_mode == 'SAME':
            ((l, r),) = _same_pads(x.shape[-1:], self._kernel, self._stride)
            if l or r:
                x2 = A.pad(x2, (l, r), value=float('-inf'))
        return F.squeeze(C.max_pool2d(x2, k, s), -2)


class AvgPool2d(_PoolNd):
    """2-D average pooling over (N, C, H, W) or (C, H, W).

    Args:
        kernel_size, stride: an int or a pair (height, width).
        pad_mode: 'valid', 'same' (the padding is not counted) or 'pad' (`padding`,
            `ceil_mode`, `count_include_pad` and `divisor_override` apply).

    Example:
        >>> x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
        >>> print(nn.AvgPool2d(2, 2)(x))
        [[[[ 2.5  4.5]
           [10.5 12.5]]]]
    """

    def __init__(self, kernel_size=1, stride=1, pad_mode='valid', padding=0, ceil_mode=False,
                 count_include_pad=True, divisor_override=None, data_format='NCHW'):
        super().__init__(kernel_size, stride, pad_mode, 2)
        if data_format != 'NCHW':
            raise ValueError(f"For 'AvgPool2d', only the 'NCHW' data_format is supported, but "
                             f"got {data_format!r}.")
        self.padding, self.ceil_mode = padding, ceil_mode
        self.count_include_pad, self.divisor_override = count_include_pad, divisor_override

    def construct(self, x):
        squeeze = x.ndim == 3
        if squeeze:
            x = F.expand_dims(x, 0)
        if self.pad_mode == 'PAD':
            out = C.avg_pool2d(x, self._kernel, self._stride, self.padding, self.ceil_mode,
                               self.count_include_pad, self.divisor_override or 0)
        elif self.pad_mode == 'SAME':
            (t, b), (l, r) = _same_pads(x.shape[-2:], self._kernel, self._stride)
            out = C.avg_pool2d(x, self._kernel, self._stride, (t, b, l, r), False, False)
        else:
            out = C.avg_pool2d(x, self._kernel, self._stride)
        return F.squeeze(out, 0) if squeeze else out


class AvgPool1d(_PoolNd):
    """1-D average pooling over (N, C, L) or (C, L); arguments as in AvgPool2d, but ints.

    Example:
        >>> print(nn.AvgPool1d(2, 2)(Tensor([[[1., 3., 2., 5.]]])))
        [[[2.  3.5]]]
    """

    def __init__(self, kernel_size=1, stride=1, pad_mode='valid', padding=0, ceil_mode=False,
                 count_include_pad=True):
        super().__init__(kernel_size, stride, pad_mode, 1)
        self.padding, self.ceil_mode, self.count_include_pad = padding, ceil_mode, \
            count_include_pad

    def construct(self, x):
        x2 = F.expand_dims(x, -2)
        if x2.ndim == 3:
            x2 = F.expand_dims(x2, 0)
        k, s = (1,) + self._kernel, (1,) + self._stride
        if self.pad_mode == 'PAD':
            pad = self.padding[0] if isinstance(self.padding, tuple) else self.padding
            out = C.avg_pool2d(x2, k, s, (0, 0, pad, pad), self.ceil_mode,
                               self.count_include_pad)
        elif self.pad_mode == 'SAME':
            ((l, r),) = _same_pads(x.shape[-1:], self._kernel, self._stride)
            out = C.avg_pool2d(x2, k, s, (0, 0, l, r), False, False)
        else:
            out = C.avg_pool2d(x2, k, s)
        return F.reshape(out, x.shape[:-1] + out.shape[-1:])


class AdaptiveAvgPool2d(Cell):
    """2-D adaptive average pooling of (N, C, H, W) or (C, H, W) to `output_size` (an int or a
    pair; None keeps that size).

    Example:
        >>> nn.AdaptiveAvgPool2d(1)(ops.ones((2, 3, 4, 4))).shape
        (2, 3, 1, 1)
    """

    def __init__(self, output_size):
        super().__init__()
        self.output_size = output_size

    def construct(self, input):
        return C.adaptive_avg_pool2d(input, self.output_size)
