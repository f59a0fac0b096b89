"""Convolution, pooling, resampling and patch functions of mindspore.ops (sliding windows)."""
import math
import numbers

import numpy as np

from .._backend.numpy_window import bins, grid
from .._core.primitive import bind
from ..common.tensor import Tensor, _wrap
from . import functional as F
from . import primitives as P

__all__ = ['conv1d', 'conv2d', 'conv_transpose2d', 'max_pool2d', 'avg_pool1d', 'avg_pool2d',
           'adaptive_avg_pool2d', 'adaptive_max_pool2d', 'interpolate', 'unfold', 'fold']


# ---- argument checks ----
def _ints(value, n, op, name, low=1, lengths=None):
    """`value` (an int or a tuple/list of `n` ints, or of any length in `lengths`) as an n-tuple,
    each at least `low`."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        value = (int(value),) * n
    elif isinstance(value, (tuple, list)) and len(value) in (lengths or (n,)) and all(
            isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in value):
        value = tuple(int(v) for v in value) * (n // len(value))
    else:
        raise ValueError(f"For '{op}', the '{name}' must be an int or a tuple/list of {n} ints, "
                         f"but got {value!r}.")
    for i, v in enumerate(value):
        if v < low:
            raise ValueError(f"For '{op}', the '{name}[{i}]' must be int and must "
                             f"{'>' if low == 1 else '>='} {low - 1 if low == 1 else low}, "
                             f"but got '{v}' with type 'int'.")
    return value


def _check_bool(value, op, name):
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(f"For '{op}', the type of '{name}' should be 'bool', but got type "
                        f"'{type(value).__name__}'.")


def _check_float(x, prim):
    if x.dtype.np_dtype.kind != 'f':
        raise TypeError(f"For primitive[{prim}], the input argument[x] must be a type of "
                        f"{{Tensor[Float16], Tensor[Float32], Tensor[Float64]}}, but got "
                        f"Tensor[{x.dtype}].")


def _check_tensor(x, op, name='input'):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{op}', the '{name}' must be a Tensor, but got {type(x)}.")


def _check_rank(x, ranks, op, what='input'):
    if x.ndim not in ranks:
        want = ' or '.join(f'{r}-D' for r in ranks)
        raise ValueError(f"For '{op}', the {what} must be a {want} Tensor, but got a {x.ndim}-D "
                         f"Tensor of shape {x.shape}.")


# ---- convolution: im2col, then one matrix product with the weight for the whole batch; the
# backward pass reuses the columns for the weight's gradient ----
def _conv(x, weight, stride, padding, dilation, groups):
    """Cross-correlation of (N, C, H, W) `x` with (Co, C / groups, kh, kw) `weight`, padding
    given per side."""
    n, c, h, w = x.shape
    co, cg, kh, kw = weight.shape
    ho, wo = (grid(h, kh, stride[0], padding[0], dilation[0]),
              grid(w, kw, stride[1], padding[1], dilation[1]))
    cols = bind(P.im2col_p, x, kernel=(kh, kw), stride=stride, padding=padding, dilation=dilation)
    if groups == 1:
        out = F.matmul(F.reshape(weight, (co, cg * kh * kw)), cols)
    else:
        k = cg * kh * kw
        out = F.matmul(F.reshape(weight, (groups, co // groups, k)),
                       F.reshape(cols, (groups, k, n * ho * wo)))
    return F.transpose(F.reshape(out, (co, n, ho, wo)), (1, 0, 2, 3))


def _same_padding(size, kernel, stride, dilation):
    """TF's 'same' padding of one axis: the odd pixel goes after."""
    total = max((-(-size // stride) - 1) * stride + dilation * (kernel - 1) + 1 - size, 0)
    return total // 2, total - total // 2


def _check_conv(x, weight, groups, stride, pad_mode, pads, dilation, shown):
    """MindSpore's Conv2D checks, in its order, on 4-D `x` and `weight` (conv1d reshapes first);
    `shown` holds the stride, padding and dilation as messages print them."""
    if x.ndim != 4:
        raise ValueError(f"For primitive[Conv2D], the x shape size must be equal to 4, but got "
                         f"{x.ndim}.")
    if weight.ndim != 4:
        raise ValueError(f"For primitive[Conv2D], the w shape size must be equal to 4, but got "
                         f"{weight.ndim}.")
    if not isinstance(groups, numbers.Integral) or groups < 1:
        raise ValueError(f"For 'Conv2D', the 'group' must be a positive int, but got {groups!r}.")
    c, co = x.shape[1], weight.shape[0]
    if c % groups or co % groups:
        raise ValueError(f"The argument 'groups' should be divisible by 'in_channel' and "
                         f"'out_channel', but got group:{groups}, in_channel:{c}, "
                         f"out_channel:{co}.")
    for name, value in (('stride', stride), ('dilation', dilation)):
        if min(value) < 1:
            raise ValueError(f"For 'Conv2D' attr '{name}' must be an positive int number or a "
                             f"tuple of two or four positive int numbers, but got {shown[name]}")
    if pad_mode not in ('valid', 'same', 'pad'):
        raise ValueError(f"For 'Conv2D', the 'pad_mode' must be str and must be in "
                         f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
    flat = pads[0] + pads[1]
    for p in flat:
        if p < 0:
            raise ValueError(f"For 'Conv2D', the 'pad item' must be int and must >= 0, but got "
                             f"'{p}' with type 'int'.")
    if pad_mode != 'pad' and any(flat):
        raise ValueError(f"For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not 'pad', "
                         f"but got 'pad': {shown['pad']} and 'pad_mode': {pad_mode}.")
    xt, wt = x.dtype, weight.dtype
    if xt.np_dtype.kind != 'f' or wt.np_dtype.kind != 'f':
        raise TypeError(f"For primitive[Conv2D], the input argument[x] and argument[w] must be "
                        f"float Tensors, but got Tensor[{xt}] and Tensor[{wt}].")
    if xt != wt:
        raise TypeError(f"For primitive[Conv2D], the input type must be same, but got "
                        f"Tensor[{xt}] and Tensor[{wt}].")
    if c // groups != weight.shape[1]:
        raise RuntimeError(f"For 'Conv2D', 'C_in' of input 'x' shape divide by parameter 'group' "
                           f"must be equal to 'C_in' of input 'weight' shape: {weight.shape[1]}, "
                           f"but got 'C_in' of input 'x' shape: {c}, and 'group': {groups}.")
    if pad_mode == 'same':
        pads = tuple(_same_padding(s, k, st, d) for s, k, st, d in
                     zip(x.shape[2:], weight.shape[2:], stride, dilation))
    for size, k, (before, after), d in zip(x.shape[2:], weight.shape[2:], pads, dilation):
        if size + before + after < d * (k - 1) + 1:
            raise ValueError("For 'Conv2d', input shape's h and w after padding must be greater "
                             "than or equal to kernel_size's h and w respectively.")
    return pads


def _add_bias(out, bias, weight, op):
    if bias is None:
        return out
    if not isinstance(bias, Tensor):
        raise TypeError(f"For '{op}', the 'bias' must be a Tensor, but got {type(bias)}.")
    co = out.shape[1]
    if bias.shape != (co,):
        got = bias.shape[0] if bias.ndim == 1 else bias.shape
        raise ValueError(f"For '{op}', Given weight of size {weight.shape}, expected bias to be "
                         f"1-dimensional with {co} elements, but got bias of size {got} instead.")
    return out + F.reshape(bias, (co,) + (1,) * (out.ndim - 2))


def conv2d(input, weight, bias=None, stride=1, pad_mode='valid', padding=0, dilation=1, groups=1):
    """2-D cross-correlation of (N, C_in, H, W) `input` with (C_out, C_in / groups, kh, kw)
    `weight`, plus `bias` (C_out,).

    Args:
        stride, dilation: an int or a pair (height, width).
        pad_mode: 'valid' (no padding), 'same' (output size ceil(H / stride), the odd pixel of
            padding at the bottom/right) or 'pad' (use `padding`).
        padding: with pad_mode='pad', an int or (pad_h, pad_w), added on both sides.

    Example:
        >>> x = ops.ones((1, 1, 4, 4))
        >>> print(ops.conv2d(x, ops.ones((1, 1, 3, 3)), pad_mode='pad', padding=1)[0, 0])
        [[4. 6. 6. 4.]
         [6. 9. 9. 6.]
         [6. 9. 9. 6.]
         [4. 6. 6. 4.]]
    """
    if isinstance(stride, (tuple, list)) and len(stride) != 2:
        raise ValueError(f"For 'conv2d', the stride must be a int or a tuple/list with length 2, "
                         f"but got {stride}.")
    if isinstance(dilation, (tuple, list)) and len(dilation) != 2:
        raise ValueError(f"For 'conv2d', the dilation must be a int or a tuple/list with length "
                         f"2, but got {dilation}.")
    if isinstance(padding, (tuple, list)):
        if len(padding) != 2:
            raise ValueError(f"For 'conv2d', 'padding' must be a tuple or list of 2 integers, but "
                             f"got {padding}.")
        pads = ((padding[0], padding[0]), (padding[1], padding[1]))
    elif isinstance(padding, numbers.Integral):
        pads = ((padding, padding), (padding, padding))
    else:
        raise TypeError(f"For 'conv2d', 'padding' must be a tuple, list or int, but got "
                        f"{type(padding)}.")
    shown = {'stride': stride, 'dilation': dilation,
             'pad': padding if isinstance(padding, numbers.Integral) else pads[0] + pads[1]}
    stride = (stride, stride) if isinstance(stride, numbers.Integral) else tuple(stride)
    dilation = (dilation, dilation) if isinstance(dilation, numbers.Integral) else tuple(dilation)
    pads = _check_conv(input, weight, groups, stride, pad_mode, pads, dilation, shown)
    return _add_bias(_conv(input, weight, stride, pads, dilation, groups), bias, weight, 'conv2d')


def _conv1d_arg(value, name):
    if isinstance(value, numbers.Integral):
        if value <= 0:
            raise ValueError(f"For 'conv1d', {name} must be a positive int, but got {value}.")
        return value
    if isinstance(value, (tuple, list)) and len(value) == 1:
        if value[0] <= 0:
            raise ValueError(f"For 'conv1d', elements in {name} must be positive int, but got "
                             f"{value}.")
        return value[0]
    raise ValueError(f"For 'conv1d', {name} must be a tuple/list with 1 element or int, but got "
                     f"{value}.")


def conv1d(input, weight, bias=None, stride=1, pad_mode='valid', padding=0, dilation=1, groups=1):
    """1-D cross-correlation of (N, C_in, L) `input` with (C_out, C_in / groups, k) `weight`,
    plus `bias` (C_out,); `padding` (an int or a 1-tuple) is added on both sides with
    pad_mode='pad'.

    Example:
        >>> x = Tensor(np.array([[[1., 2., 3., 4.]]], np.float32))
        >>> print(ops.conv1d(x, Tensor(np.array([[[1., 0., -1.]]], np.float32))))
        [[[-2. -2.]]]
    """
    if input.ndim != 3:
        raise ValueError(f"For 'conv1d', the input must be a 3D Tensor, but got input of "
                         f"{input.ndim}D.")
    if weight.ndim != 3:
        raise ValueError(f"For 'conv1d', the weight must be a 3D Tensor, but got input of "
                         f"{weight.ndim}D.")
    if isinstance(padding, (tuple, list)):
        if len(padding) != 1:
            raise ValueError(f"For 'conv1d', padding must be a tuple or list with 1 element or "
                             f"int, but got {padding}.")
        padding = padding[0]
    elif not isinstance(padding, numbers.Integral):
        raise TypeError(f"For 'conv1d', padding must be a tuple, list or int, but got "
                        f"{type(padding)}.")
    n, c, length = input.shape
    if not isinstance(groups, numbers.Integral) or groups < 1 or c % groups or \
            weight.shape[0] % groups:
        raise ValueError(f"The argument 'groups' should be divisible by 'in_channel' and "
                         f"'out_channel', but got group:{groups}, in_channel:{c}, "
                         f"out_channel:{weight.shape[0]}.")
    dilation = (1, _conv1d_arg(dilation, 'dilation'))
    stride = (1, _conv1d_arg(stride, 'stride'))
    x = F.reshape(input, (n, c, 1, length))
    w = F.reshape(weight, weight.shape[:2] + (1, weight.shape[2]))
    pads = ((0, 0), (padding, padding))
    shown = {'stride': stride, 'dilation': dilation, 'pad': pads[0] + pads[1]}
    pads = _check_conv(x, w, groups, stride, pad_mode, pads, dilation, shown)
    out = _conv(x, w, stride, pads, dilation, groups)
    out = F.reshape(out, (n, out.shape[1], out.shape[3]))
    return _add_bias(out, bias, weight, 'conv1d')


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """2-D transposed convolution (the gradient of conv2d in its input) of (N, C_in, H, W) or
    (C_in, H, W) `input` with (C_in, C_out / groups, kh, kw) `weight`, plus `bias` (C_out,).

    The output size is (H - 1) * stride - 2 * padding + dilation * (kh - 1) + output_padding + 1.

    Example:
        >>> x = ops.ones((1, 1, 2, 2))
        >>> print(ops.conv_transpose2d(x, ops.ones((1, 1, 2, 2)), stride=2, output_padding=1)[0, 0])
        [[1. 1. 1. 1. 0.]
         [1. 1. 1. 1. 0.]
         [1. 1. 1. 1. 0.]
         [1. 1. 1. 1. 0.]
         [0. 0. 0. 0. 0.]]
    """
    op = 'conv_transpose2d'
    _check_tensor(input, op)
    _check_tensor(weight, op, 'weight')
    _check_rank(input, (3, 4), op)
    _check_rank(weight, (4,), op, 'weight')
    stride = _ints(stride, 2, op, 'stride')
    dilation = _ints(dilation, 2, op, 'dilation')
    padding = _ints(padding, 2, op, 'padding', 0)
    output_padding = _ints(output_padding, 2, op, 'output_padding', 0)
    if not isinstance(groups, numbers.Integral) or groups < 1:
        raise ValueError(f"For '{op}', the 'groups' must be a positive int, but got {groups!r}.")
    x = input if input.ndim == 4 else F.reshape(input, (1,) + input.shape)
    n, ci, h, w = x.shape
    wc, cog, kh, kw = weight.shape
    if ci != wc or ci % groups:
        raise ValueError(f"For '{op}', input.shape[1] must be equal to weight.shape[0] and be "
                         f"divisible by 'groups', but got input shape {input.shape}, weight shape "
                         f"{weight.shape} and groups {groups}.")
    if x.dtype.np_dtype.kind != 'f' or x.dtype != weight.dtype:
        raise TypeError(f"For '{op}', the input and weight must be float Tensors of the same "
                        f"dtype, but got {x.dtype} and {weight.dtype}.")
    for op_, s, d in zip(output_padding, stride, dilation):
        if op_ >= s and op_ >= d:
            raise ValueError(f"For '{op}', the 'output_padding' must be smaller than either "
                             f"'stride' or 'dilation', but got output_padding {output_padding}, "
                             f"stride {stride} and dilation {dilation}.")
    size = tuple((i - 1) * s - 2 * p + d * (k - 1) + o + 1 for i, s, p, d, k, o in
                 zip((h, w), stride, padding, dilation, (kh, kw), output_padding))
    if min(size) < 1:
        raise ValueError(f"For '{op}', the output size {size} computed from input shape "
                         f"{input.shape}, weight shape {weight.shape}, stride {stride}, padding "
                         f"{padding}, output_padding {output_padding} and dilation {dilation} "
                         f"must be positive.")
    # the adjoint of a convolution of a `size` input into exactly (h, w) windows: the far side's
    # padding is chosen so that the window count comes out right when output_padding >= stride
    pads = tuple((p, p - o + min(o, s - 1)) for p, o, s in zip(padding, output_padding, stride))
    k = cog * kh * kw
    xt = F.transpose(x, (1, 0, 2, 3))
    if groups == 1:
        cols = F.matmul(_mT(F.reshape(weight, (ci, k))), F.reshape(xt, (ci, n * h * w)))
    else:
        cols = F.matmul(_mT(F.reshape(weight, (groups, ci // groups, k))),
                        F.reshape(xt, (groups, ci // groups, n * h * w)))
        cols = F.reshape(cols, (groups * k, n * h * w))
    out = bind(P.col2im_p, cols, size=size, kernel=(kh, kw), stride=stride, padding=pads,
               dilation=dilation)
    out = _add_bias(out, bias, weight, op)
    return out if input.ndim == 4 else F.reshape(out, out.shape[1:])


def _mT(x):
    return F.transpose(x, tuple(range(x.ndim - 2)) + (x.ndim - 1, x.ndim - 2))


# ---- pooling ----
def _pool_grid(size, kernel, stride, pad, dilation, ceil_mode):
    """Windows along one axis and the padding after the input that they need (ceil_mode adds
    windows that start inside the input or the padding before it)."""
    before, after = pad
    span = dilation * (kernel - 1) + 1
    count = size + before + after - span
    n = (-(-count // stride) if ceil_mode else count // stride) + 1
    if ceil_mode and (n - 1) * stride >= size + before:
        n -= 1
    return n, max(after, (n - 1) * stride + span - size - before)


def _gather_windows(x, index):
    """x[n, c].flat[index[n, c]] for (N, C, H, W) `x` and (N, C, Ho, Wo) int `index`."""
    n, c, h, w = x.shape
    offsets = np.arange(0, n * c * h * w, h * w, dtype=np.int64).reshape(n, c, 1, 1)
    return bind(P.gather_p, F.reshape(x, (-1,)), index + _wrap(offsets), axis=0)


def _max_pool_pair(value, name):
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return (int(value),) * 2
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return tuple(value)
    raise ValueError(f"For 'MaxPoolWithArgmaxV2' attr '{name}' must be an positive int number "
                     f"or a tuple of two positive int numbers, but got {value}")


def max_pool2d(x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False,
               ceil_mode=False):
    """2-D max pooling of (N, C, H, W) `x` (padding is -inf); the gradient goes to the first
    maximum of each window, in row-major order.

    Args:
        kernel_size, stride, padding, dilation: an int or a pair (height, width); `stride`
            defaults to `kernel_size`; `padding` (at most half the kernel) is added on both sides.
        return_indices: also return the Int64 index of each maximum in its H * W plane.
        ceil_mode: round the output size up (windows that start in the input are kept).

    Example:
        >>> x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
        >>> out, idx = ops.max_pool2d(x, 2, return_indices=True)
        >>> print(out)
        [[[[ 5.  7.]
           [13. 15.]]]]
        >>> print(idx)
        [[[[ 5  7]
           [13 15]]]]
    """
    kernel = _max_pool_pair(kernel_size, 'kernel_size')
    stride = kernel if stride is None else _max_pool_pair(stride, 'strides')
    pad = _max_pool_pair(padding, 'pads')
    dilation = _max_pool_pair(dilation, 'dilation')
    for name, value, low in (('kernel_size', kernel, 1), ('strides', stride, 1),
                             ('pads', pad, 0), ('dilation', dilation, 1)):
        if min(value) < low:
            raise ValueError(f"For 'MaxPoolWithArgmaxV2' attr '{name}' must be an positive int "
                             f"number or a tuple of two positive int numbers, but got "
                             f"{value[0] if value[0] == value[1] else value}")
    _check_bool(ceil_mode, 'max_pool2d', 'ceil_mode')
    if x.ndim != 4:
        raise ValueError(f"For primitive[MaxPoolWithArgmaxV2], the input x rank must be equal to "
                         f"4, but got {x.ndim}.")
    if pad[0] > kernel[0] // 2 or pad[1] > kernel[1] // 2:
        raise ValueError(f"It is required that the `pads` is no more than half of the "
                         f"`kernel_size`, but gets pads({pad[0]}, {pad[1]}) and "
                         f"kernel_size({kernel[0]}, {kernel[1]}).")
    sizes = [_pool_grid(s, k, st, (p, p), d, ceil_mode)
             for s, k, st, p, d in zip(x.shape[2:], kernel, stride, pad, dilation)]
    if min(n for n, _ in sizes) < 1:
        raise ValueError(f"The shape of input is {list(x.shape)}, which is invalid for the "
                         f"attributes of MaxPoolWithArgmaxV2")
    padding = tuple((p, after) for p, (_, after) in zip(pad, sizes))
    index = bind(P.max_pool_index_p, x, kernel=kernel, stride=stride, padding=padding,
                 dilation=dilation)
    out = _gather_windows(x, index)
    return (out, index) if return_indices else out


def _avg_pool(x, kernel, stride, pads, ceil_mode, count_include_pad, divisor_override, op):
    """Average pooling of 4-D `x` with pads ((top, bottom), (left, right))."""
    _check_bool(ceil_mode, op, 'ceil_mode')
    _check_bool(count_include_pad, op, 'count_include_pad')
    if not isinstance(divisor_override, numbers.Integral) or divisor_override < 0:
        raise ValueError(f"For '{op}', the 'divisor_override' must be int and must >= 0, but "
                         f"got '{divisor_override}' with type '{type(divisor_override).__name__}'.")
    _check_float(x, 'AvgPool3D')
    n, c, h, w = x.shape
    for k, (before, after) in zip(kernel, pads):
        if before + after > k:
            raise ValueError(f"For '{op}', the sum of the pads in the two directions should be "
                             f"less than or equal to the corresponding kernel size, but got "
                             f"padding {pads} and kernel_size {kernel}.")
    if h + sum(pads[0]) < kernel[0] or w + sum(pads[1]) < kernel[1]:
        raise RuntimeError(f"For '{op}', the size of the input with the padding (H: "
                           f"{h + sum(pads[0])}, W: {w + sum(pads[1])}) is smaller than the "
                           f"kernel_size {kernel}.")
    (ho, pb), (wo, pr) = (_pool_grid(s, k, st, p, 1, ceil_mode)
                          for s, k, st, p in zip((h, w), kernel, stride, pads))
    padding = ((pads[0][0], pb), (pads[1][0], pr))
    cols = bind(P.im2col_p, x, kernel=kernel, stride=stride, padding=padding, dilation=(1, 1))
    total = F.sum(F.reshape(cols, (c, kernel[0] * kernel[1], n, ho, wo)), 1)
    total = F.transpose(total, (1, 0, 2, 3))
    if divisor_override:
        return total / divisor_override
    counts = []
    for size, k, st, (before, after), m in zip((h, w), kernel, stride, pads, (ho, wo)):
        start = np.arange(m) * st - before
        end = np.minimum(start + k, size + after)
        if not count_include_pad:
            start, end = np.maximum(start, 0), np.minimum(end, size)
        counts.append(end - start)
    divisor = np.multiply.outer(*counts)
    if (divisor == kernel[0] * kernel[1]).all():
        return total / (kernel[0] * kernel[1])
    return total / Tensor(divisor.astype(x.dtype.np_dtype))


def _avg_pool_arg(value, n, op, name, low=1):
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        value = (int(value),) * (n if n < 4 else 2)
    elif isinstance(value, tuple) and len(value) == n:
        value = tuple(value)
    else:
        error = TypeError if not isinstance(value, (numbers.Integral, tuple)) else ValueError
        raise error(f"For {op}, {name} should be int or tuple of length {n}.")
    for v in value:
        if not isinstance(v, numbers.Integral) or v < low:
            raise ValueError(f"For '{op}', the '{name}' must be int and must >= {low}, but got "
                             f"'{v}' with type '{type(v).__name__}'.")
    return value


def avg_pool2d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=0):
    """2-D average pooling of (N, C, H, W) `input_x`.

    Args:
        kernel_size, stride: an int or a pair (height, width).
        padding: an int, or (top, bottom, left, right); zeros added around the input.
        ceil_mode: round the output size up; the part of a window past the padding is never
            counted.
        count_include_pad: count the padding in the divisor.
        divisor_override: when nonzero, the divisor of every window.

    Example:
        >>> x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
        >>> print(ops.avg_pool2d(x, 2, 2))
        [[[[ 2.5  4.5]
           [10.5 12.5]]]]
    """
    op = 'avg_pool2d'
    if not isinstance(input_x, Tensor):
        raise TypeError("For avg_pool2d, the input input_x must be tensor")
    kernel = _avg_pool_arg(kernel_size, 2, op, 'kernel_size')
    stride = _avg_pool_arg(stride, 2, op, 'stride')
    padding = _avg_pool_arg(padding, 4, op, 'padding', 0)
    if len(padding) == 2:
        padding = padding * 2
    _check_rank(input_x, (4,), op)
    pads = ((padding[0], padding[1]), (padding[2], padding[3]))
    return _avg_pool(input_x, kernel, stride, pads, ceil_mode, count_include_pad,
                     divisor_override, op)


def avg_pool1d(input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False,
               count_include_pad=True):
    """1-D average pooling of (N, C, L) `input_x`; `padding` (an int or a 1-tuple) adds zeros
    on both sides.

    Example:
        >>> x = Tensor(np.array([[[1., 2., 3., 4., 5.]]], np.float32))
        >>> print(ops.avg_pool1d(x, 2, 2, ceil_mode=True))
        [[[1.5 3.5 5. ]]]
    """
    op = 'avg_pool1d'
    if not isinstance(input_x, Tensor):
        raise TypeError("For avg_pool1d, the input input_x must be tensor")
    if not isinstance(kernel_size, numbers.Integral) or isinstance(kernel_size, bool):
        raise TypeError(f"For '{op}', the type of 'kernel_size' should be 'int', but got type "
                        f"'{type(kernel_size).__name__}'.")
    if kernel_size < 1:
        raise ValueError(f"For '{op}', the 'kernel_size' must be int and must >= 1, but got "
                         f"'{kernel_size}' with type 'int'.")
    (stride,) = _avg_pool_arg(stride, 1, op, 'stride')
    (padding,) = _avg_pool_arg(padding, 1, op, 'padding', 0)
    _check_rank(input_x, (3,), op)
    n, c, length = input_x.shape
    out = _avg_pool(F.reshape(input_x, (n, c, 1, length)), (1, kernel_size), (1, stride),
                    ((0, 0), (padding, padding)), ceil_mode, count_include_pad, 0, op)
    return F.reshape(out, (n, c, out.shape[3]))


def _adaptive_size(x, output_size, prim):
    """(Ho, Wo) from an int or a pair of ints/None (None keeps the input's size)."""
    if isinstance(output_size, numbers.Integral):
        output_size = (output_size, output_size)
    elif not isinstance(output_size, (tuple, list)):
        raise TypeError(f"For '{prim}', the type of 'output_size' should be one of '['int', "
                        f"'tuple']', but got type '{type(output_size).__name__}'.")
    if len(output_size) != 2:
        raise ValueError(f"For '{prim}', the 'length of output_size' must be int and must = 2, "
                         f"but got '{len(output_size)}' with type 'int'.")
    out = tuple(s if o is None else int(o) for o, s in zip(output_size, x.shape[-2:]))
    for i, o in enumerate(out):
        if o < 0:
            raise ValueError(f"For '{prim}', the argument 'output_size[{i}]' must >= 0, but got "
                             f"{o}.")
    return out


def _bin_matrix(size, out, dtype):
    """(out, size) zeros and ones: row i selects MindSpore's adaptive bin i of the input; also
    the bin sizes."""
    start, end = bins(size, out)
    pos = np.arange(size)
    return (Tensor(((pos >= start[:, None]) & (pos < end[:, None])).astype(dtype)),
            (end - start).astype(dtype))


def adaptive_avg_pool2d(input, output_size):
    """2-D adaptive average pooling of (N, C, H, W) or (C, H, W) `input` to `output_size` (an
    int or a pair; None keeps that size): bin i covers [floor(i*H/Ho), ceil((i+1)*H/Ho)).

    Example:
        >>> x = Tensor(np.arange(12, dtype=np.float32).reshape(1, 3, 4))
        >>> print(ops.adaptive_avg_pool2d(x, (2, 2)))
        [[[2.5 4.5]
          [6.5 8.5]]]
    """
    prim = 'AdaptiveAvgPool2D'
    if input.ndim not in (3, 4):
        raise ValueError(f"For primitive[{prim}], the dim of x must be in [3,4], but got "
                         f"{input.ndim}.")
    _check_float(input, prim)
    ho, wo = _adaptive_size(input, output_size, prim)
    h, w = input.shape[-2:]
    dtype = input.dtype.np_dtype
    if (ho, wo) == (h, w):
        return input
    out, count = input, np.ones((1, 1), dtype)
    if ho != h:               # sums of each bin (products with 0/1 matrices), then one division
        rows, n = _bin_matrix(h, ho, dtype)
        out, count = F.matmul(rows, out), count * n[:, None]
    if wo != w:
        cols, n = _bin_matrix(w, wo, dtype)
        out, count = F.matmul(out, cols.T), count * n
    return out / Tensor(count)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    """2-D adaptive max pooling of (N, C, H, W) or (C, H, W) `input` to `output_size` (bins as
    in adaptive_avg_pool2d); with `return_indices`, also the Int64 index of each maximum in its
    H * W plane. The gradient goes to the first maximum of each bin.

    Example:
        >>> x = Tensor(np.array([[[1., 5., 2.], [4., 0., 3.]]], np.float32))
        >>> print(ops.adaptive_max_pool2d(x, (1, 2), return_indices=True)[1])
        [[[1 1]]]
    """
    prim = 'AdaptiveMaxPool2D'
    _check_bool(return_indices, 'adaptive_max_pool2d', 'return_indices')
    if input.ndim not in (3, 4):
        raise ValueError(f"For primitive[{prim}], the rank of x must be in [3,4], but got "
                         f"{input.ndim}.")
    _check_float(input, prim)
    size = _adaptive_size(input, output_size, prim)
    x = input if input.ndim == 4 else F.reshape(input, (1,) + input.shape)
    index = bind(P.adaptive_max_index_p, x, output_size=size)
    out = _gather_windows(x, index)
    if input.ndim == 3:
        out, index = F.reshape(out, out.shape[1:]), F.reshape(index, index.shape[1:])
    return (out, index) if return_indices else out


# ---- resampling ----
_MODES = {'nearest': (3, 4, 5), 'linear': (3,), 'bilinear': (4,), 'bicubic': (4,),
          'area': (3, 4, 5), 'nearest-exact': (3, 4), 'trilinear': (5,)}
_ALIGNABLE = ('linear', 'bilinear', 'bicubic', 'trilinear')


def _spatial(value, rank, name, kind):
    """`size` or `scale_factor` as a tuple with one entry per spatial axis."""
    if isinstance(value, list):
        value = tuple(value)
    scalar = not isinstance(value, tuple)
    if not scalar:
        if len(value) != rank - 2:
            raise ValueError(f"For 'interpolate', 'input' and '{name}' must have the same spatial "
                             f"dimensions, but got 'input' is {rank - 2}D, '{name}' is "
                             f"{len(value)}D")
    else:
        value = (value,) * (rank - 2)
    for i, v in enumerate(value):
        item = name if scalar else f'{name}[{i}]'
        if not isinstance(v, kind) or isinstance(v, bool):
            raise TypeError(f"For 'interpolate', the '{item}' must be {kind.__name__}, but got "
                            f"'{type(v).__name__}'")
        if v <= 0:
            raise ValueError(f"For 'interpolate', the '{item}' must be {kind.__name__} and must "
                             f"> 0, but got '{v}' with type '{type(v).__name__}'.")
    return value


def _source_index(out, size, scale, mode, align_corners, acc=np.float32):
    """Source coordinates of the `out` output positions along one axis, as MindSpore's resize
    kernels compute them in `acc` precision (`scale` is input / output unless given)."""
    i = np.arange(out, dtype=acc)
    if align_corners:
        return i * acc((size - 1) / (out - 1) if out > 1 else 0)
    if mode in ('nearest', 'area'):
        return i * acc(scale)
    return np.maximum((i + acc(0.5)) * acc(scale) - acc(0.5), 0)


def _linear_matrix(size, out, scale, align_corners, dtype, rank):
    """(out, size): linear interpolation weights along one axis (MindSpore's 1-D kernel maps a
    single output onto the first input, its 2-D kernel onto the centre; its 3-D kernel works in
    double precision on float64 input)."""
    acc = np.float64 if rank == 5 and dtype == np.float64 else np.float32
    src = _source_index(out, size, scale, 'linear', align_corners or (out == 1 and rank == 3),
                        acc)
    src = src.astype(np.float64)
    lo = np.minimum(np.floor(src).astype(np.int64), size - 1)
    hi = np.minimum(lo + 1, size - 1)
    frac = src - lo
    m = np.zeros((out, size))
    rows = np.arange(out)
    m[rows, lo] += 1 - frac
    m[rows, hi] += frac
    return Tensor(m.astype(dtype))


def _cubic_matrix(size, out, scale, align_corners, dtype):
    """(out, size): bicubic weights along one axis as MindSpore's ResizeBicubic kernel: with
    `align_corners`, cubic coefficient -0.75 and edge pixels repeated; otherwise half-pixel
    centres, coefficient -0.5, and taps outside the input dropped and the rest renormalized.
    Fractions are rounded to 1/1024, the kernel's table step."""
    i = np.arange(out, dtype=np.float32)
    if align_corners:
        src = i * np.float32((size - 1) / (out - 1) if out > 1 else 0)
        a = -0.75
    else:
        src = (i + np.float32(0.5)) * np.float32(scale) - np.float32(0.5)
        a = -0.5
    lo = np.floor(src)
    step = np.rint((src - lo) * np.float32(1024)).astype(np.float64)[:, None]
    near = np.concatenate([step, 1024 - step], 1) / 1024       # |distance| of taps 0 and 1
    far = near[:, ::-1] + 1                                    # of taps 2 and -1
    w_near = ((a + 2) * near - (a + 3)) * near * near + 1
    w_far = ((a * far - 5 * a) * far + 8 * a) * far - 4 * a
    w = np.stack([w_far[:, 1], w_near[:, 0], w_near[:, 1], w_far[:, 0]], 1)
    index = lo.astype(np.int64)[:, None] + np.arange(-1, 3)
    if not align_corners:
        w = np.where((index >= 0) & (index < size), w, 0)
        w /= w.sum(1, keepdims=True)
    m = np.zeros((out, size))
    np.add.at(m, (np.repeat(np.arange(out), 4), np.clip(index, 0, size - 1).ravel()), w.ravel())
    return Tensor(m.astype(dtype))


def _apply_axis(x, matrix, axis):
    """`matrix` (out, size) applied along `axis` of `x` by one matrix product."""
    if axis == x.ndim - 1:
        return F.matmul(x, matrix.T)
    if axis == x.ndim - 2:
        return F.matmul(matrix, x)
    rest = x.shape[axis + 1:]
    out = F.matmul(matrix, F.reshape(x, x.shape[:axis + 1] + (-1,)))
    return F.reshape(out, out.shape[:axis + 1] + rest)


def _nearest_axis(x, axis, out, scale, exact):
    """`x` resampled along `axis` by nearest neighbour (index floor(i * scale), or
    floor((i + 0.5) * scale) for nearest-exact)."""
    size = x.shape[axis]
    i = np.arange(out, dtype=np.float32) + (np.float32(0.5) if exact else 0)
    index = np.minimum(np.floor(i * np.float32(scale)).astype(np.int64), size - 1)
    lead = (slice(None),) * axis
    if out % size == 0 and np.array_equal(index, np.arange(out) // (out // size)):
        shape = x.shape[:axis + 1] + (1,) + x.shape[axis + 1:]          # repeat: broadcast
        wide = shape[:axis + 1] + (out // size,) + shape[axis + 2:]
        return F.reshape(F.broadcast_to(F.reshape(x, shape), wide),
                         x.shape[:axis] + (out,) + x.shape[axis + 1:])
    step = index[1] - index[0] if out > 1 else 1
    if step > 0 and np.array_equal(index, index[0] + step * np.arange(out)):
        return F.getitem(x, lead + (slice(int(index[0]), int(index[-1]) + 1, int(step)),))
    return bind(P.getitem_p, x, index=lead + (index,), basic=False)


def interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None,
                recompute_scale_factor=None):
    """Resample the spatial axes of (N, C, L), (N, C, H, W) or (N, C, D, H, W) `input` to
    `size`, or by `scale_factor`.

    Args:
        size: an int or a tuple with one entry per spatial axis.
        scale_factor: a float or a tuple; the output size is floor(size * scale_factor) and,
            unless `recompute_scale_factor`, positions map back by 1 / scale_factor.
        mode: 'nearest' (index floor(i * in / out)), 'nearest-exact' (3-D, 4-D), 'linear'
            (3-D), 'bilinear' (4-D), 'bicubic' (4-D, MindSpore's ResizeBicubic), 'trilinear'
            (5-D) or 'area' (adaptive average pooling).
        align_corners: for 'linear', 'bilinear', 'bicubic' and 'trilinear': map the corner
            pixels onto each other instead of the pixel centres.

    Example:
        >>> x = Tensor(np.array([[[1., 2., 3.]]], np.float32))
        >>> print(ops.interpolate(x, size=6))
        [[[1. 1. 2. 2. 3. 3.]]]
        >>> print(ops.interpolate(x, size=5, mode='linear', align_corners=True))
        [[[1.  1.5 2.  2.5 3. ]]]
        >>> y = Tensor(np.arange(4, dtype=np.float32).reshape(1, 1, 1, 4))
        >>> print(ops.interpolate(y, size=(1, 7), mode='bicubic', align_corners=True))
        [[[[0.      0.40625 1.      1.5     2.      2.59375 3.     ]]]]
    """
    if not isinstance(input, Tensor):
        raise TypeError(f"For 'interpolate', 'input' must be a tensor, but got {type(input)}")
    rank = input.ndim
    if size is not None and scale_factor is not None:
        raise ValueError("For 'interpolate', 'size' and 'scale_factor' cannot be set "
                         "simultaneously")
    if size is None and scale_factor is None:
        raise ValueError("For 'interpolate', 'size' and 'scale_factor' cannot be both empty")
    if size is not None:
        size = _spatial(size, rank, 'size', int)
    else:
        scale_factor = _spatial(scale_factor, rank, 'scale_factor', float)
    if mode not in _MODES:
        raise ValueError(f"For 'interpolate', 'mode' must be in '{list(_MODES)}', but got "
                         f"{mode}")
    if rank not in _MODES[mode]:
        raise ValueError(f"For 'interpolate', {mode} only support '{list(_MODES[mode])}'D, but "
                         f"got {rank}D")
    if recompute_scale_factor and size is not None:
        raise ValueError("For 'interpolate', it is incorrect to set 'recompute_scale_factor' to "
                         "True after specifying an explicit 'size'.")
    if align_corners is not None:
        if not isinstance(align_corners, (bool, np.bool_)):
            raise TypeError(f"For 'interpolate', the 'align_corners' must be a bool, but got "
                            f"{type(align_corners).__name__}.")
        if mode not in _ALIGNABLE:
            raise ValueError(f"For 'interpolate', 'align_corners' option cannot currently be set "
                             f"with the mode = {mode}, and dim = {rank}D")
    _check_float(input, 'interpolate')
    shape = input.shape[2:]
    if size is None:
        size = tuple(math.floor(s * f) for s, f in zip(shape, scale_factor))
        if min(size) < 1:
            raise ValueError(f"For 'interpolate', the output size {size} computed from the input "
                             f"shape {input.shape} and scale_factor {scale_factor} must be "
                             f"positive.")
    if scale_factor is None or recompute_scale_factor or mode == 'area':
        scales = tuple(s / o for s, o in zip(shape, size))
    elif rank == 5:                          # MindSpore's 3-D kernels take float32 scales
        scales = tuple(1 / float(np.float32(f)) for f in scale_factor)
    else:
        scales = tuple(1 / f for f in scale_factor)
    if mode == 'area':
        if rank == 3:
            return F.reshape(adaptive_avg_pool2d(F.reshape(input, input.shape[:2] + (1, -1)),
                                                 (1, size[0])), input.shape[:2] + size)
        if rank == 4:
            return adaptive_avg_pool2d(input, size)
        out = input                   # 5-D: the mean of each bin, one axis after the other
        for axis, (s, o) in enumerate(zip(shape, size), 2):
            if s != o:
                rows, n = _bin_matrix(s, o, input.dtype.np_dtype)
                out = _apply_axis(out, Tensor(rows.asnumpy() / n[:, None]), axis)
        return out
    out = input
    dtype = input.dtype.np_dtype
    for axis, (s, o, scale) in enumerate(zip(shape, size, scales), 2):
        if mode in ('nearest', 'nearest-exact'):
            if s != o or scale != 1:
                out = _nearest_axis(out, axis, o, scale, mode == 'nearest-exact')
        elif s == o and (align_corners or scale == 1):
            continue
        elif mode == 'bicubic':
            out = _apply_axis(out, _cubic_matrix(s, o, scale, align_corners, dtype), axis)
        else:
            out = _apply_axis(out, _linear_matrix(s, o, scale, align_corners, dtype, rank), axis)
    return out


# ---- patches ----
def _patch_arg(value, op, name, low):
    if isinstance(value, Tensor):
        value = value.asnumpy().tolist()
    if not isinstance(value, (numbers.Integral, tuple, list)) or isinstance(value, bool):
        raise TypeError(f"For '{op}', the type of '{name}' should be one of '['int', 'tuple', "
                        f"'list']', but got type '{type(value).__name__}'.")
    if isinstance(value, (tuple, list)) and len(value) not in (1, 2):
        raise ValueError(f"For '{op}', the {name} size should be in : [1, 2], but got "
                         f"{len(value)}.")
    return _ints(value, 2, op, name, low, (1, 2))


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    """Extract sliding blocks of (N, C, H, W) `input` as columns: (N, C * kh * kw, L), rows
    ordered (channel, kernel row, kernel column), L blocks in row-major order.

    Args:
        kernel_size, dilation, padding, stride: an int or a pair (height, width); `padding`
            adds zeros on both sides.

    Example:
        >>> x = Tensor(np.arange(9, dtype=np.float32).reshape(1, 1, 3, 3))
        >>> print(ops.unfold(x, 2))
        [[[0. 1. 3. 4.]
          [1. 2. 4. 5.]
          [3. 4. 6. 7.]
          [4. 5. 7. 8.]]]
    """
    op = 'unfold'
    kernel = _patch_arg(kernel_size, op, 'kernel_size', 1)
    dilation = _patch_arg(dilation, op, 'dilation', 1)
    padding = _patch_arg(padding, op, 'padding', 0)
    stride = _patch_arg(stride, op, 'stride', 1)
    if input.ndim != 4:
        raise ValueError(f"For primitive[Im2Col], the dimension of input x must be equal to 4, "
                         f"but got {input.ndim}.")
    pads = tuple((p, p) for p in padding)
    blocks = tuple(grid(s, k, st, p, d) for s, k, st, p, d in
                   zip(input.shape[2:], kernel, stride, pads, dilation))
    if min(blocks) < 1:
        raise ValueError(f"For 'unfold', given input with spatial size {input.shape[2:]}, "
                         f"kernel_size={kernel}, dilation={dilation}, padding={padding}, "
                         f"calculated shape of the array of sliding blocks as {blocks}, but its "
                         f"components must be at least one.")
    cols = bind(P.im2col_p, input, kernel=kernel, stride=stride, padding=pads, dilation=dilation)
    n, length = input.shape[0], blocks[0] * blocks[1]
    return F.transpose(F.reshape(cols, (-1, n, length)), (1, 0, 2))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """Sum sliding blocks (N, C * kh * kw, L) back into a (N, C, H, W) tensor, with
    `output_size` (H, W) (a Tensor, an int or a pair); the transpose of unfold.

    Example:
        >>> cols = ops.ones((1, 4, 4))
        >>> print(ops.fold(cols, Tensor([3, 3], mindspore.int32), 2))
        [[[[1. 2. 1.]
           [2. 4. 2.]
           [1. 2. 1.]]]]
    """
    op = 'fold'
    kernel = _ints(kernel_size if not isinstance(kernel_size, list) else tuple(kernel_size), 2,
                   op, 'kernel_size')
    dilation = _ints(dilation, 2, op, 'dilation')
    padding = _ints(padding, 2, op, 'padding', 0)
    stride = _ints(stride, 2, op, 'stride')
    size = output_size.asnumpy().tolist() if isinstance(output_size, Tensor) else output_size
    if isinstance(size, numbers.Integral) or (isinstance(size, (tuple, list)) and len(size) == 1):
        size = tuple(size) * 2 if isinstance(size, (tuple, list)) else (size, size)
    if not isinstance(size, (tuple, list)) or len(size) != 2:
        raise ValueError(f"For 'fold', 'output_size' must be a 1D Tensor with 2 elements, but got "
                         f"{output_size!r}.")
    size = tuple(int(s) for s in size)
    if input.ndim != 3:
        raise ValueError(f"For 'fold', the input must be a 3-D Tensor (N, C * kernel_size[0] * "
                         f"kernel_size[1], L), but got a {input.ndim}-D Tensor of shape "
                         f"{input.shape}.")
    n, ck, length = input.shape
    k = kernel[0] * kernel[1]
    if ck % k:
        raise ValueError(f"For 'fold', input.shape[1] must be divisible by the product of "
                         f"kernel_size {kernel}, but got input shape {input.shape}.")
    pads = tuple((p, p) for p in padding)
    blocks = [grid(s, kk, st, p, d)
              for s, kk, st, p, d in zip(size, kernel, stride, pads, dilation)]
    if min(blocks) < 1 or blocks[0] * blocks[1] != length:
        raise ValueError(f"For 'fold', size of input's 3rd dimension must be equal to calculated "
                         f"number of sliding blocks, but got input.shape[2]: {length}, calculated "
                         f"number of sliding blocks: {blocks[0] * blocks[1]}.")
    cols = F.reshape(F.transpose(input, (1, 0, 2)), (ck, n * length))
    return bind(P.col2im_p, cols, size=size, kernel=kernel, stride=stride, padding=pads,
                dilation=dilation)
