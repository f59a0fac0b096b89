# nn.Upsample, nn.ZeroPad2d, nn.PixelShuffle, nn.PixelUnshuffle, ops.pixel_shuffle/pixel_unshuffle/upsample:
# outputs, reprs, gradients, errors.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

x = Tensor(np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4))
for kw in [dict(size=(3, 5), mode='bilinear'), dict(size=(3, 5), mode='bilinear', align_corners=True),
           dict(size=(6, 6)), dict(scale_factor=0.5, mode='bicubic', align_corners=False, recompute_scale_factor=True),
           dict(scale_factor=2.0, mode='bilinear', recompute_scale_factor=True)]:
    u = nn.Upsample(**kw)
    print(u)
    print(u(x))
line = Tensor(np.array([[[1., 2., 4.]]], np.float32))
for kw in [dict(scale_factor=2.0, mode='linear', recompute_scale_factor=True),
           dict(scale_factor=2.0, recompute_scale_factor=True), dict(size=6), dict(size=5, mode='linear', align_corners=True)]:
    print(nn.Upsample(**kw)(line))
for kw in [dict(), dict(size=2, scale_factor=2.)]:
    try:
        print(nn.Upsample(**kw)(x).shape)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(ops.upsample(x, size=(8, 8)).shape)

for p in [1, (1, 2, 0, 3), (1, 2), (1, 2, 3, -1)]:
    z = nn.ZeroPad2d(p)
    print(z, z(Tensor(np.ones((1, 2, 2), np.float32))).shape, z(x).shape)
print(nn.ZeroPad2d((1, 0, 2, 0))(Tensor(np.array([[[1, 2], [3, 4]]], np.int32))))
print(nn.ZeroPad2d((1, 1, 0, -1))(x))
for p in [1.5, (1, 2, 3), (1, 1, 1, 1, 1, 1), [1, 1]]:
    try:
        nn.ZeroPad2d(p)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

y = Tensor(np.arange(2 * 8 * 2 * 3, dtype=np.float32).reshape(2, 8, 2, 3))
ps = nn.PixelShuffle(2)
o = ps(y)
print(ps, o.shape)
print(o[0, 0])
pu = nn.PixelUnshuffle(2)
print(pu, pu(o).shape, bool((pu(o) == y).all()))
print(ops.pixel_shuffle(y, 2).shape, ops.pixel_unshuffle(o, 2).shape)
print(ops.pixel_shuffle(Tensor(np.arange(4 * 3).reshape(4, 1, 3).astype(np.int32)), 2))
print(ops.pixel_unshuffle(Tensor(np.arange(2 * 4 * 4).reshape(1, 2, 4, 4).astype(np.float32)), 2)[0, :, 0])
print(ops.pixel_shuffle(Tensor(np.ones((1, 2, 9, 1, 1), np.float16)), 3).shape)
for f, a in [(ops.pixel_shuffle, (y, 3)), (ops.pixel_unshuffle, (o, 3)), (ops.pixel_shuffle, (Tensor(np.ones((4, 2), np.float32)), 2)),
             (ops.pixel_shuffle, (y, 0)), (ops.pixel_shuffle, (y, 2.0))]:
    try:
        print(f(*a).shape)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

w = ops.arange(64).reshape(1, 1, 8, 8).astype(mindspore.float32)
print(mindspore.grad(lambda t: (nn.Upsample(size=(8, 8))(t) * w).sum())(x))
print(mindspore.grad(lambda t: (nn.Upsample(size=(6, 7), mode='bilinear', align_corners=True)(t) * w[..., :6, :7]).sum())(x))
print(mindspore.grad(lambda t: (nn.ZeroPad2d((1, 2, -1, 1))(t) * w[..., :4, :7]).sum())(x))
g = mindspore.grad(lambda t: (nn.PixelShuffle(2)(t) * ops.arange(96).reshape(2, 2, 4, 6).astype(mindspore.float32)).sum())(y)
print(g[1, :, 1])
g = mindspore.grad(lambda t: (nn.PixelUnshuffle(2)(t) ** 2).sum())(o)
print(g.shape, float(g.sum()))
