# interpolate: bicubic (half-pixel centres and align_corners), trilinear (size, scale_factor,
# align_corners), 5-D nearest (size, scale_factor) and 5-D area; values, shapes and gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(2 * 2 * 3 * 4).reshape(2, 2, 3, 4) * 7 % 11 - 5.3, mindspore.float32)
v = Tensor(np.arange(2 * 2 * 3 * 4).reshape(1, 2, 2, 3, 4) * 5 % 9 - 4.3, mindspore.float32)
for name, r in [
    ("bicubic (5, 7)", ops.interpolate(x, size=(5, 7), mode='bicubic')),
    ("bicubic (2, 3)", ops.interpolate(x, size=(2, 3), mode='bicubic')),
    ("bicubic (1, 1)", ops.interpolate(x, size=(1, 1), mode='bicubic')),
    ("bicubic (6, 9) align", ops.interpolate(x, size=(6, 9), mode='bicubic', align_corners=True)),
    ("bicubic recompute 1.5", ops.interpolate(x, scale_factor=1.5, mode='bicubic',
                                              recompute_scale_factor=True)),
    ("trilinear (3, 5, 6)", ops.interpolate(v, size=(3, 5, 6), mode='trilinear')),
    ("trilinear (1, 2, 3) align", ops.interpolate(v, size=(1, 2, 3), mode='trilinear',
                                                  align_corners=True)),
    ("trilinear scale (1.5, 0.7, 1.3)", ops.interpolate(v, scale_factor=(1.5, 0.7, 1.3),
                                                        mode='trilinear')),
    ("trilinear scale 2.0 align", ops.interpolate(v, scale_factor=2.0, mode='trilinear',
                                                  align_corners=True)),
    ("nearest 5-D (3, 5, 6)", ops.interpolate(v, size=(3, 5, 6))),
    ("nearest 5-D scale (1.5, 0.7, 1.3)", ops.interpolate(v, scale_factor=(1.5, 0.7, 1.3))),
    ("nearest 5-D recompute 1.7", ops.interpolate(v, scale_factor=1.7, recompute_scale_factor=True)),
    ("area 5-D (3, 2, 5)", ops.interpolate(v, size=(3, 2, 5), mode='area')),
    ("trilinear float64", ops.interpolate(v.astype(mindspore.float64), size=(3, 2, 5),
                                          mode='trilinear')),
]:
    print(name, r.shape, r.dtype)
    print(r)


def grad(f, a):
    return mindspore.grad(lambda a: (f(a) ** 2).sum())(a)


for name, f, a in [
    ("bicubic", lambda a: ops.interpolate(a, size=(5, 7), mode='bicubic'), x),
    ("bicubic align", lambda a: ops.interpolate(a, size=(2, 6), mode='bicubic', align_corners=True), x),
    ("trilinear", lambda a: ops.interpolate(a, size=(3, 5, 6), mode='trilinear'), v),
    ("trilinear align", lambda a: ops.interpolate(a, size=(3, 2, 5), mode='trilinear', align_corners=True), v),
    ("nearest 5-D", lambda a: ops.interpolate(a, scale_factor=(1.5, 0.7, 1.3)), v),
]:
    print("grad", name)
    print(grad(f, a))
