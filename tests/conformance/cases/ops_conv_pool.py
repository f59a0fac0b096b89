# Pooling: max_pool2d (indices, ceil mode, dilation, ties), avg_pool1d/2d (padding, ceil mode,
# count_include_pad, divisor_override), adaptive avg/max pooling; values and gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(2 * 2 * 7 * 8).reshape(2, 2, 7, 8) * 37 % 23 - 11, mindspore.float32)
for name, r in [
    ("max k2", ops.max_pool2d(x, 2)),
    ("max k3 s2 p1", ops.max_pool2d(x, 3, 2, 1, return_indices=True)),
    ("max k3 s2 p1 ceil", ops.max_pool2d(x, 3, 2, 1, return_indices=True, ceil_mode=True)),
    ("max k2 s3 p1 ceil", ops.max_pool2d(x, 2, 3, 1, return_indices=True, ceil_mode=True)),
    ("max k(2,3) s(1,2) p(1,0) d(2,1)", ops.max_pool2d(x, (2, 3), (1, 2), (1, 0), (2, 1), True)),
    ("max ties", ops.max_pool2d(Tensor(np.array([[[[1., 3., 3.], [3., 2., 1.], [0., 3., 1.]]]],
                                                np.float32)), 2, 1, return_indices=True)),
    ("avg k2", ops.avg_pool2d(x, 2, 2)),
    ("avg k3 s2 p1", ops.avg_pool2d(x, 3, 2, 1)),
    ("avg k3 s2 p1 exclude", ops.avg_pool2d(x, 3, 2, 1, count_include_pad=False)),
    ("avg k3 s2 p1 ceil", ops.avg_pool2d(x, 3, 2, 1, ceil_mode=True)),
    ("avg k2 s3 p1 ceil", ops.avg_pool2d(x, 2, 3, 1, ceil_mode=True)),
    ("avg pads (1,0,0,1) ceil exclude", ops.avg_pool2d(x, (3, 2), (2, 3), (1, 0, 0, 1), True, False)),
    ("avg divisor", ops.avg_pool2d(x, 3, 2, 1, True, True, 4)),
    ("avg1d k3 s2 p1", ops.avg_pool1d(x[0], 3, 2, 1)),
    ("avg1d ceil exclude", ops.avg_pool1d(x[0], 3, 2, 1, True, False)),
    ("adaptive avg 3", ops.adaptive_avg_pool2d(x, 3)),
    ("adaptive avg 1", ops.adaptive_avg_pool2d(x, 1)),
    ("adaptive max 1", ops.adaptive_max_pool2d(x, 1)),
    ("adaptive avg (None, 5)", ops.adaptive_avg_pool2d(x, (None, 5))),
    ("adaptive avg up", ops.adaptive_avg_pool2d(x[0], (9, 10))),
    ("adaptive max (3, 5)", ops.adaptive_max_pool2d(x, (3, 5), True)),
    ("adaptive max 3-D", ops.adaptive_max_pool2d(x[1], (4, 4), True)),
    ("adaptive max ties", ops.adaptive_max_pool2d(ops.ones((1, 1, 3, 3)), 2, True)),
]:
    for t in (r if isinstance(r, tuple) else (r,)):
        print(name, t.shape, t.dtype)
        print(t)

xi = Tensor(np.arange(-8, 8, dtype=np.int32).reshape(1, 1, 4, 4))
print("max int32", ops.max_pool2d(xi, 2, 1, 1))


def grad(f, a):
    return mindspore.grad(lambda a: (f(a) ** 2).sum())(a)


for name, f in [
    ("max", lambda a: ops.max_pool2d(a, 3, 2, 1, ceil_mode=True)),
    ("max overlapping", lambda a: ops.max_pool2d(a, 2, 1)),
    ("avg", lambda a: ops.avg_pool2d(a, 3, 2, 1, ceil_mode=True)),
    ("avg exclude", lambda a: ops.avg_pool2d(a, 3, 2, 1, ceil_mode=True, count_include_pad=False)),
    ("avg1d", lambda a: ops.avg_pool1d(a[0], 3, 2, 1)),
    ("adaptive avg", lambda a: ops.adaptive_avg_pool2d(a, (3, 5))),
    ("adaptive max", lambda a: ops.adaptive_max_pool2d(a, (3, 5))),
]:
    print("grad", name)
    print(grad(f, x))
