# conv2d and conv1d: padding modes, stride, dilation, groups, bias; values, shapes, gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(2 * 4 * 6 * 5).reshape(2, 4, 6, 5) % 7 - 3, mindspore.float32)
w = Tensor(np.arange(3 * 4 * 3 * 3).reshape(3, 4, 3, 3) % 5 - 2, mindspore.float32)
b = Tensor([0.5, -1.0, 2.0], mindspore.float32)
wd = Tensor(np.arange(8 * 9).reshape(8, 1, 3, 3) % 4 - 1, mindspore.float32)
for name, r in [
    ("valid", ops.conv2d(x, w)),
    ("bias", ops.conv2d(x, w, b)),
    ("same", ops.conv2d(x, w, pad_mode='same')),
    ("same stride 2", ops.conv2d(x, w, stride=2, pad_mode='same')),
    ("same kernel 2", ops.conv2d(x, w[:, :, :2, :2], pad_mode='same')),
    ("pad 1", ops.conv2d(x, w, pad_mode='pad', padding=1)),
    ("pad (2, 1) stride (2, 1)", ops.conv2d(x, w, stride=(2, 1), pad_mode='pad', padding=(2, 1))),
    ("dilation 2", ops.conv2d(x, w, dilation=2, pad_mode='pad', padding=2)),
    ("groups 2", ops.conv2d(x, w[:2, :2], groups=2, pad_mode='pad', padding=1)),
    ("depthwise", ops.conv2d(x, wd, groups=4)),
    ("1x1", ops.conv2d(x, w[:, :, :1, :1])),
]:
    print(name, r.shape, r.dtype)
    print(r)

x1 = Tensor(np.arange(2 * 4 * 9).reshape(2, 4, 9) % 5 - 2, mindspore.float32)
w1 = Tensor(np.arange(6 * 2 * 3).reshape(6, 2, 3) % 3 - 1, mindspore.float32)
w4 = Tensor(np.arange(3 * 4 * 3).reshape(3, 4, 3) % 5 - 2, mindspore.float32)
for name, r in [
    ("conv1d", ops.conv1d(x1, w4)),
    ("conv1d pad stride bias", ops.conv1d(x1, w4, b, 2, 'pad', 1)),
    ("conv1d same dilation groups", ops.conv1d(x1, w1, None, 1, 'same', 0, 2, 2)),
]:
    print(name, r.shape, r.dtype)
    print(r)

gx, gw, gb = mindspore.grad(lambda x, w, b: (ops.conv2d(x, w, b, 2, 'pad', 1) ** 2).sum(),
                            (0, 1, 2))(x, w, b)
print("grad x", gx.shape)
print(gx)
print("grad w", gw.shape)
print(gw)
print("grad b", gb)
gx, gw = mindspore.grad(lambda x, w: ops.conv1d(x, w, None, 1, 'same', 0, 2, 2).sum(), (0, 1))(x1, w1)
print("conv1d grad x", gx)
print("conv1d grad w", gw)
