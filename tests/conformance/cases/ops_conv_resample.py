# interpolate (nearest, nearest-exact, linear, bilinear, area; size, recompute_scale_factor),
# unfold and fold; values, shapes and gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(2 * 2 * 3 * 4).reshape(2, 2, 3, 4) * 7 % 11 - 5, mindspore.float32)
x1 = Tensor(np.arange(2 * 5).reshape(1, 2, 5) * 3 % 7, mindspore.float32)
for name, r in [
    ("nearest (5, 7)", ops.interpolate(x, size=(5, 7))),
    ("nearest (6, 8)", ops.interpolate(x, size=(6, 8))),
    ("nearest (2, 3)", ops.interpolate(x, size=(2, 3))),
    ("nearest 5", ops.interpolate(x, size=5)),
    ("nearest-exact (5, 3)", ops.interpolate(x, size=(5, 3), mode='nearest-exact')),
    ("bilinear (5, 7)", ops.interpolate(x, size=(5, 7), mode='bilinear')),
    ("bilinear (6, 8) align", ops.interpolate(x, size=(6, 8), mode='bilinear', align_corners=True)),
    ("bilinear (2, 3)", ops.interpolate(x, size=(2, 3), mode='bilinear')),
    ("bilinear (1, 1)", ops.interpolate(x, size=(1, 1), mode='bilinear')),
    ("area (2, 3)", ops.interpolate(x, size=(2, 3), mode='area')),
    ("nearest recompute 1.7", ops.interpolate(x, scale_factor=1.7, recompute_scale_factor=True)),
    ("bilinear recompute (1.5, 2.0)", ops.interpolate(x, scale_factor=(1.5, 2.0), mode='bilinear',
                                                      recompute_scale_factor=True)),
    ("nearest 1-D", ops.interpolate(x1, size=8)),
    ("linear 1-D", ops.interpolate(x1, size=8, mode='linear')),
    ("linear 1-D align", ops.interpolate(x1, size=(3,), mode='linear', align_corners=True)),
    ("linear 1-D to 1", ops.interpolate(x1, size=1, mode='linear')),
]:
    print(name, r.shape, r.dtype)
    print(r)

u = Tensor(np.arange(2 * 2 * 4 * 5).reshape(2, 2, 4, 5) % 9, mindspore.float32)
for name, r in [
    ("unfold 2", ops.unfold(u, 2)),
    ("unfold (2, 3) dilation (1, 2) padding 1 stride (2, 1)", ops.unfold(u, (2, 3), (1, 2), 1, (2, 1))),
    ("unfold int32", ops.unfold(Tensor(np.arange(9, dtype=np.int32).reshape(1, 1, 3, 3)), 2)),
    ("fold 2", ops.fold(ops.unfold(u, 2), Tensor([4, 5], mindspore.int32), 2)),
    ("fold stride 2 padding 1", ops.fold(ops.ones((1, 8, 9)), Tensor([5, 5], mindspore.int32), 2, 1, 1, 2)),
]:
    print(name, r.shape, r.dtype)
    print(r)


def grad(f, a):
    return mindspore.grad(lambda a: (f(a) ** 2).sum())(a)


for name, f, a in [
    ("nearest", lambda a: ops.interpolate(a, size=(5, 7)), x),
    ("nearest down", lambda a: ops.interpolate(a, size=(2, 3)), x),
    ("bilinear", lambda a: ops.interpolate(a, size=(5, 7), mode='bilinear'), x),
    ("bilinear align", lambda a: ops.interpolate(a, size=(6, 8), mode='bilinear', align_corners=True), x),
    ("linear", lambda a: ops.interpolate(a, size=8, mode='linear'), x1),
    ("unfold", lambda a: ops.unfold(a, (2, 3), (1, 2), 1, (2, 1)), u),
    ("fold", lambda a: ops.fold(a, Tensor([5, 5], mindspore.int32), 2, 1, 1, 2), ops.ones((1, 8, 9))),
]:
    print("grad", name)
    print(grad(f, a))
