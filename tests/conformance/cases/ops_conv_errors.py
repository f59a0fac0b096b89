# Errors of conv2d/conv1d, pooling, interpolate and unfold for bad shapes and arguments
# (all raised before any kernel runs).
import numpy as np
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


def T(*shape):
    return Tensor(np.ones(shape, np.float32))


x, w = T(1, 2, 5, 5), T(3, 2, 3, 3)
show_err("conv2d rank 3", lambda: ops.conv2d(T(2, 5, 5), w))
show_err("conv2d channels", lambda: ops.conv2d(x, T(3, 3, 3, 3)))
show_err("conv2d groups channels", lambda: ops.conv2d(T(1, 4, 5, 5), T(4, 1, 3, 3), groups=2))
show_err("conv2d groups divisible", lambda: ops.conv2d(T(1, 4, 5, 5), T(3, 2, 3, 3), groups=2))
show_err("conv2d kernel too large", lambda: ops.conv2d(x, T(3, 2, 7, 7)))
show_err("conv2d kernel fits padding", lambda: ops.conv2d(x, T(3, 2, 7, 7), pad_mode='pad', padding=1).shape)
show_err("conv2d pad_mode", lambda: ops.conv2d(x, w, pad_mode='full'))
show_err("conv2d pad_mode case", lambda: ops.conv2d(x, w, pad_mode='SAME'))
show_err("conv2d padding with valid", lambda: ops.conv2d(x, w, padding=1))
show_err("conv2d padding pair with same", lambda: ops.conv2d(x, w, pad_mode='same', padding=(1, 2)))
show_err("conv2d negative padding", lambda: ops.conv2d(x, w, pad_mode='pad', padding=-1))
show_err("conv2d padding 4-tuple", lambda: ops.conv2d(x, w, pad_mode='pad', padding=(1, 2, 0, 1)))
show_err("conv2d stride 3-tuple", lambda: ops.conv2d(x, w, stride=(1, 1, 1)))
show_err("conv2d stride 0", lambda: ops.conv2d(x, w, stride=0))
show_err("conv2d bias size", lambda: ops.conv2d(x, w, bias=T(4)))
show_err("conv2d bias type", lambda: ops.conv2d(x, w, bias=1.0))
show_err("conv1d rank", lambda: ops.conv1d(x, w))
show_err("conv1d weight rank", lambda: ops.conv1d(T(2, 4, 7), T(6, 4, 3, 3)))
show_err("conv1d channels", lambda: ops.conv1d(T(2, 4, 7), T(6, 3, 3)))
show_err("conv1d kernel too large", lambda: ops.conv1d(T(2, 4, 7), T(6, 4, 9)))
show_err("conv1d padding pair", lambda: ops.conv1d(T(2, 4, 7), T(6, 4, 3), pad_mode='pad', padding=(1, 2)))
show_err("conv1d stride pair", lambda: ops.conv1d(T(2, 4, 7), T(6, 4, 3), stride=(1, 2)))
show_err("max_pool2d rank", lambda: ops.max_pool2d(T(2, 5, 5), 2))
show_err("max_pool2d padding", lambda: ops.max_pool2d(x, 2, 2, 2))
show_err("max_pool2d kernel too large", lambda: ops.max_pool2d(x, 6))
show_err("max_pool2d padding 4-tuple", lambda: ops.max_pool2d(x, 3, 2, (1, 0, 1, 0)))
show_err("max_pool2d kernel 0", lambda: ops.max_pool2d(x, 0))
show_err("avg_pool2d padding pair", lambda: ops.avg_pool2d(x, 3, 2, (1, 0)))
show_err("avg_pool2d stride 3-tuple", lambda: ops.avg_pool2d(x, 2, (1, 1, 1)))
show_err("avg_pool2d kernel 0", lambda: ops.avg_pool2d(x, 0))
show_err("avg_pool2d padding -1", lambda: ops.avg_pool2d(x, 2, padding=-1))
show_err("avg_pool2d ceil_mode int", lambda: ops.avg_pool2d(x, 2, ceil_mode=1))
show_err("avg_pool2d divisor -1", lambda: ops.avg_pool2d(x, 2, divisor_override=-1))
show_err("avg_pool1d kernel tuple", lambda: ops.avg_pool1d(T(1, 1, 5), (2,), 1))
show_err("adaptive_avg_pool2d rank", lambda: ops.adaptive_avg_pool2d(T(5, 5), 2))
show_err("adaptive_avg_pool2d size length", lambda: ops.adaptive_avg_pool2d(x, (1, 2, 3)))
show_err("adaptive_avg_pool2d size negative", lambda: ops.adaptive_avg_pool2d(x, -2))
show_err("adaptive_max_pool2d rank", lambda: ops.adaptive_max_pool2d(T(1, 1, 1, 5, 5), 2))
show_err("adaptive_max_pool2d return_indices int", lambda: ops.adaptive_max_pool2d(x, 2, 1))
show_err("interpolate size and scale", lambda: ops.interpolate(x, size=2, scale_factor=2.0))
show_err("interpolate neither", lambda: ops.interpolate(x))
show_err("interpolate mode", lambda: ops.interpolate(x, size=2, mode='cubic'))
show_err("interpolate bilinear 3-D", lambda: ops.interpolate(x[0], size=2, mode='bilinear'))
show_err("interpolate linear 4-D", lambda: ops.interpolate(x, size=3, mode='linear'))
show_err("interpolate nearest 2-D", lambda: ops.interpolate(x[0, 0], size=2))
show_err("interpolate size length", lambda: ops.interpolate(x, size=(2, 2, 2)))
show_err("interpolate size 0", lambda: ops.interpolate(x, size=(0, 2)))
show_err("interpolate size float", lambda: ops.interpolate(x, size=2.5))
show_err("interpolate align_corners nearest", lambda: ops.interpolate(x, size=(2, 3), align_corners=True))
show_err("interpolate recompute with size", lambda: ops.interpolate(x, size=(2, 2), recompute_scale_factor=True))
show_err("interpolate scale_factor negative", lambda: ops.interpolate(x, scale_factor=-1., recompute_scale_factor=True))
show_err("interpolate scale_factor length", lambda: ops.interpolate(x, scale_factor=(2., 2., 2.), recompute_scale_factor=True))
show_err("unfold rank", lambda: ops.unfold(x[0], 2))
show_err("unfold kernel length", lambda: ops.unfold(x, (1, 2, 3)))
show_err("unfold kernel 0", lambda: ops.unfold(x, 0))
show_err("unfold padding -1", lambda: ops.unfold(x, 2, padding=-1))
show_err("fold kernel 0", lambda: ops.fold(T(1, 4, 16), Tensor([5, 5]), 0))
show_err("fold padding -1", lambda: ops.fold(T(1, 4, 16), Tensor([5, 5]), 2, padding=-1))
