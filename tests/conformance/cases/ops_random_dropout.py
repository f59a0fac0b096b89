# dropout and dropout2d: identity cases, values either 0 or x / (1 - p), whole channels for
# dropout2d, dtypes, and the gradient (the same mask and scale).
import numpy as np
import mindspore
from mindspore import ops, Tensor

mindspore.set_seed(3)
x = Tensor(np.ones((4, 5), np.float32))
print(ops.dropout(x, training=False))
print(ops.dropout(x, p=0.0))
print(ops.dropout(Tensor(2.0), p=0.5).shape)
for p in (0.5, 0.2, 0.75):
    out = ops.dropout(x, p).asnumpy()
    print(p, out.dtype, bool(np.isin(out, [0.0, np.float32(1 / (1 - p))]).all()))
for dtype in (np.float16, np.float64):
    out = ops.dropout(Tensor(np.ones(6, dtype)), 0.5)
    print(out.dtype, bool(np.isin(out.asnumpy(), [0, 2]).all()))
out = ops.dropout(x, p=Tensor(0.5))
print(out.shape, bool(np.isin(out.asnumpy(), [0, 2]).all()))
print(ops.dropout(x, 0.5, seed=1).shape)

y = Tensor(np.ones((2, 3, 2, 2), np.float32))
print(ops.dropout2d(y, 0.2, False).asnumpy().sum())
print(ops.dropout2d(y, 1.0))
print(ops.dropout2d(y, 1).dtype)
print(ops.dropout2d(y, 0.0).asnumpy().sum())
out = ops.dropout2d(Tensor(np.ones((4, 8, 2, 3), np.float32)), 0.5).asnumpy()
flat = out.reshape(4, 8, -1)
print(bool((flat == flat[..., :1]).all()), bool(np.isin(out, [0, 2]).all()))
out = ops.dropout2d(Tensor(np.full((1, 8, 1, 1), 10, np.int32)), 0.3)
print(out.dtype, bool(np.isin(out.asnumpy(), [0, 14]).all()))
out = ops.dropout2d(Tensor(np.ones((2, 3, 2, 2))))
print(out.dtype, bool(np.isin(out.asnumpy(), [0, 2]).all()))
out = ops.dropout2d(Tensor(np.full((1, 8, 1, 1), 10, np.float16)), 0.3)
print(out.dtype)

mindspore.set_seed(5)
grad = mindspore.grad(lambda a: ops.dropout(a, 0.5).sum())(x).asnumpy()
print(grad.dtype, bool(np.isin(grad, [0, 2]).all()))
print(mindspore.grad(lambda a: ops.dropout(a, 0.5, training=False).sum())(x))
print(mindspore.grad(lambda a: ops.bernoulli(a, 0.5).sum())(x))
m, s = Tensor(1.0), Tensor(5.0)
gm, gs = mindspore.grad(lambda a, b: ops.normal((2, 3), a, b).sum(), (0, 1))(m, s)
print(gm)
gm, gs = mindspore.grad(lambda a, b: ops.uniform((2, 3), a, b).sum(), (0, 1))(m, s)
print(gm + gs)
