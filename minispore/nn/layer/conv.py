"""Convolution layers: Conv1d, Conv2d and Conv2dTranspose."""
import math
import numbers

from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, initializer
from ...common.parameter import Parameter
from ...ops import array_func as A
from ...ops import conv_func as C
from ...ops import functional as F
from ..cell import Cell


def _pair(value, name, cls):
    if isinstance(value, bool) or not isinstance(value, (numbers.Integral, tuple)):
        raise TypeError(f"For '{cls}', the '{name}' must be an int or a tuple of ints, but got "
                        f"{type(value).__name__}.")
    if isinstance(value, numbers.Integral):
        return (int(value), int(value))
    if len(value) != 2 or any(not isinstance(v, numbers.Integral) or v < 1 for v in value):
        raise ValueError(f"For '{cls}', the '{name}' must be a tuple of two positive ints, but "
                         f"got {value}.")
    return tuple(int(v) for v in value)


def _four(padding, cls):
    """(top, bottom, left, right) from an int or a 4-tuple."""
    if isinstance(padding, bool) or not isinstance(padding, (numbers.Integral, tuple)):
        raise TypeError(f"For '{cls}', the type of 'padding' must be int or tuple(int), but got "
                        f"{type(padding).__name__}.")
    pads = (padding,) * 4 if isinstance(padding, numbers.Integral) else tuple(padding)
    if len(pads) != 4 or any(not isinstance(p, numbers.Integral) or p < 0 for p in pads):
        raise ValueError(f"For '{cls}', the 'padding' must be a non-negative int or a tuple of "
                         f"four non-negative ints, but got {padding}.")
    return pads


class _Conv(Cell):
    """Shared construction of the convolution layers: checks, `weight` and optional `bias`."""

    def __init__(self, in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                 dilation, group, has_bias, weight_init, bias_init, data_format='NCHW',
                 transposed=False, dtype=mstype.float32):
        super().__init__()
        cls = type(self).__name__
        for name, value in (('in_channels', in_channels), ('out_channels', out_channels),
                            ('group', group)):
            if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value <= 0:
                raise ValueError(f"For '{cls}', the '{name}' must be a positive int, but got "
                                 f"{value!r}.")
        if in_channels % group or out_channels % group:
            raise ValueError(f"The argument 'group' should be divisible by 'in_channels' and "
                             f"'out_channels', but got group:{group}, in_channels:{in_channels}, "
                             f"out_channels:{out_channels}.")
        if pad_mode not in ('valid', 'same', 'pad'):
            raise ValueError(f"For '{cls}', the 'pad_mode' must be one of ['valid', 'same', "
                             f"'pad'], but got '{pad_mode}'.")
        if data_format != 'NCHW':
            raise ValueError(f"For '{cls}', only the 'NCHW' data_format is supported, but got "
                             f"{data_format!r}.")
        if pad_mode != 'pad' and padding not in (0, (0, 0, 0, 0)):
            raise ValueError(f"For '{cls}', the 'padding' must be zero when 'pad_mode' is not "
                             f"'pad', but got padding {padding} and pad_mode '{pad_mode}'.")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size, self.stride, self.dilation = kernel_size, stride, dilation
        self.pad_mode, self.padding, self.group, self.has_bias = pad_mode, padding, group, has_bias
        self.data_format = data_format
        if transposed:
            shape = (in_channels, out_channels // group) + kernel_size
        else:
            shape = (out_channels, in_channels // group) + kernel_size
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight_init = weight_init
        self.weight = Parameter(initializer(weight_init, shape, dtype), name='weight')
        self.bias_init = bias_init
        if has_bias:
            if bias_init is None:
                fan_in = shape[1] * math.prod(kernel_size)
                bias_init = Uniform(1 / math.sqrt(fan_in)) if fan_in else 'zeros'
                self.bias_init = bias_init
            self.bias = Parameter(initializer(bias_init, (out_channels,), dtype), name='bias')
        else:
            self.bias = None

    def extend_repr(self):
        return (f'input_channels={self.in_channels}, output_channels={self.out_channels}, '
                f'kernel_size={self.kernel_size}, stride={self.stride}, '
                f'pad_mode={self.pad_mode}, padding={self.padding}, dilation={self.dilation}, '
                f'group={self.group}, has_bias={self.has_bias}, '
                f'weight_init={self.weight_init}, bias_init={self.bias_init}, '
                f'format={self.data_format}')


def _conv2d(x, weight, bias, stride, pad_mode, pads, dilation, group):
    """conv2d with MindSpore's padding forms: 'same', 'valid', or (top, bottom, left, right)."""
    if pad_mode == 'pad':
        top, bottom, left, right = pads
        if top == bottom and left == right:
            return C.conv2d(x, weight, bias, stride, 'pad', (top, left), dilation, group)
        x = A.pad(x, (left, right, top, bottom))
        pad_mode = 'valid'
    return C.conv2d(x, weight, bias, stride, pad_mode, 0, dilation, group)


class Conv2d(_Conv):
    """2-D convolution over an (N, C_in, H, W) input.

    Args:
        in_channels, out_channels: channel counts.
        kernel_size, stride, dilation: an int or a pair (height, width).
        pad_mode: 'same' (output ceil(H / stride)), 'valid' (no padding) or 'pad' (`padding`).
        padding: with pad_mode='pad', an int or (top, bottom, left, right).
        group: channel groups.
        has_bias: whether to add `bias` (out_channels,).
        weight_init: initializer of `weight` (out_channels, in_channels / group, kh, kw);
            default HeUniform(sqrt(5)).
        bias_init: initializer of `bias`; default uniform in +-1/sqrt(fan_in).

    Example:
        >>> net = nn.Conv2d(1, 2, 3, weight_init='ones')
        >>> net(ops.ones((1, 1, 4, 4))).shape
        (1, 2, 4, 4)
        >>> net.weight.shape
        (2, 1, 3, 3)
    """

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode='same',
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None,
                 bias_init=None, data_format='NCHW', dtype=mstype.float32):
        cls = type(self).__name__
        kernel_size = _pair(kernel_size, 'kernel_size', cls)
        stride = _pair(stride, 'stride', cls)
        dilation = _pair(dilation, 'dilation', cls)
        pads = _four(padding, cls)
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                         dilation, group, has_bias, weight_init, bias_init, data_format,
                         dtype=dtype)
        self._pads = pads

    def construct(self, x):
        return _conv2d(x, self.weight, self.bias, self.stride, self.pad_mode, self._pads,
                       self.dilation, self.group)


class Conv1d(_Conv):
    """1-D convolution over an (N, C_in, L) input; `weight` is (out_channels, in_channels /
    group, 1, kernel_size), as in MindSpore, so checkpoints map one to one.

    Args:
        kernel_size, stride, padding, dilation: ints; `padding` pads both ends with
            pad_mode='pad'.

    Example:
        >>> net = nn.Conv1d(2, 3, 3, pad_mode='valid', weight_init='ones')
        >>> net(ops.ones((1, 2, 5))).shape, net.weight.shape
        ((1, 3, 3), (3, 2, 1, 3))
    """

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode='same',
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None,
                 bias_init=None, dtype=mstype.float32):
        cls = type(self).__name__
        for name, value, low in (('kernel_size', kernel_size, 1), ('stride', stride, 1),
                                 ('padding', padding, 0), ('dilation', dilation, 1)):
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise TypeError(f"For '{cls}', the type of '{name}' must be int, but got "
                                f"{type(value).__name__}.")
            if value < low:
                raise ValueError(f"For '{cls}', the '{name}' must be >= {low}, but got {value}.")
        if hasattr(weight_init, 'ndim') and weight_init.ndim == 3:
            weight_init = F.expand_dims(weight_init, 2)
        super().__init__(in_channels, out_channels, (1, kernel_size), (1, stride), pad_mode,
                         padding, (1, dilation), group, has_bias, weight_init, bias_init,
                         dtype=dtype)
        self.padding = (0, 0, padding, padding)

    def construct(self, x):
        x = F.expand_dims(x, 2)
        out = _conv2d(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding,
                      self.dilation, self.group)
        return F.squeeze(out, 2)


class Conv2dTranspose(_Conv):
    """2-D transposed convolution (the gradient of Conv2d in its input) over (N, C_in, H, W).

    The output height is H * stride with pad_mode='same', H * stride + max(k' - stride, 0)
    with 'valid' and H * stride - (top + bottom) + k' - stride with 'pad', where k' is the
    dilated kernel size (the same for the width). `weight` is (in_channels,
    out_channels / group, kh, kw).

    Example:
        >>> net = nn.Conv2dTranspose(1, 1, 2, stride=2, weight_init='ones')
        >>> print(net(ops.ones((1, 1, 2, 2)))[0, 0])
        [[1. 1. 1. 1.]
         [1. 1. 1. 1.]
         [1. 1. 1. 1.]
         [1. 1. 1. 1.]]
    """

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode='same',
                 padding=0, output_padding=0, dilation=1, group=1, has_bias=False,
                 weight_init=None, bias_init=None, dtype=mstype.float32):
        cls = type(self).__name__
        kernel_size = _pair(kernel_size, 'kernel_size', cls)
        stride = _pair(stride, 'stride', cls)
        dilation = _pair(dilation, 'dilation', cls)
        _four(padding, cls)
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                         dilation, group, has_bias, weight_init, bias_init, transposed=True,
                         dtype=dtype)
        self.output_padding = output_padding

    def construct(self, x):
        top, bottom, left, right = _four(self.padding, 'Conv2dTranspose')
        h, w = x.shape[-2:]
        crops = []
        for size, k, s, d, pads in ((h, self.kernel_size[0], self.stride[0], self.dilation[0],
                                     (top, bottom)),
                                    (w, self.kernel_size[1], self.stride[1], self.dilation[1],
                                     (left, right))):
            k = (k - 1) * d + 1
            full = (size - 1) * s + k
            if self.pad_mode == 'valid':
                out = size * s + max(k - s, 0)
                before = 0
            elif self.pad_mode == 'same':
                out = size * s
                before = max(k - s, 0) // 2
            else:
                out = size * s - sum(pads) + k - s
                before = pads[0]
            crops += [-before, out - full + before]
        out = C.conv_transpose2d(x, self.weight, None, self.stride, 0, 0, self.group,
                                 self.dilation)
        if any(crops):
            out = A.pad(out, (crops[2], crops[3], crops[0], crops[1]))
        if self.has_bias:
            out = out + F.reshape(self.bias, (1, -1, 1, 1))
        return out
