# batch_norm (inference, training with in-place running statistics, gradients) and group_norm.
import numpy as np
import mindspore
from mindspore import ops, Tensor, Parameter

x = Tensor(np.array([[[1.0, 2.0], [3.0, 0.5]], [[-1.0, 0.0], [2.0, 4.0]],
                     [[0.3, 0.1], [0.2, -0.5]]], np.float32))
rm = Parameter(Tensor([0.5, -0.5]), name="rm")
rv = Parameter(Tensor([1.0, 2.0]), name="rv")
w = Tensor([1.0, 2.0])
b = Tensor([0.1, -0.1])
print(ops.batch_norm(x, rm, rv, w, b))
print(ops.batch_norm(x, rm, rv, w, b, training=True, momentum=0.2))
print(rm.asnumpy(), rv.asnumpy())
x2 = Tensor(np.array([[1.0, 2.0], [3.0, 0.5], [-1.0, 2.0]], np.float32))
rm2 = Tensor([0.5, -0.5])
rv2 = Tensor([1.0, 2.0])
print(ops.batch_norm(x2, rm2, rv2, Tensor([1.0, 1.0]), Tensor([0.0, 0.0]), True))
print(rm2, rv2)
x4 = Tensor(np.arange(16.0).reshape(2, 2, 2, 2).astype(np.float32) ** 1.5)
print(ops.batch_norm(x4, Tensor([0.0, 1.0]), Tensor([1.0, 4.0]), w, b, True, 0.5, 1e-3))
print(ops.batch_norm(x4, Tensor([0.0, 1.0]), Tensor([1.0, 4.0]), w, b, eps=1e-3))
s = Tensor([[1.0, 2.0], [3.0, -4.0], [5.0, -6.0]])
for training in (True, False):
    f = lambda v, g, h: (ops.batch_norm(v, Tensor([0.5, -0.5]), Tensor([1.0, 2.0]), g, h, training) * s).sum()
    print(mindspore.grad(f, (0, 1, 2))(x2, Tensor([1.0, 2.0]), Tensor([0.0, 0.0])))
rm3, rv3 = Tensor([0.5, -0.5]), Tensor([1.0, 2.0])
print(mindspore.grad(lambda v: ops.batch_norm(v, rm3, rv3, w, b, True).sum())(x2))
print(rm3, rv3)

g = Tensor(np.arange(16.0).reshape(2, 4, 2).astype(np.float32) ** 1.5)
print(ops.group_norm(g, 2))
print(ops.group_norm(g, 2, Tensor([1.0, 2.0, 3.0, 4.0]), Tensor([0.0, 1.0, 0.0, 1.0])))
print(ops.group_norm(g, 4, eps=0.1))
print(ops.group_norm(Tensor(np.arange(8.0).reshape(2, 4).astype(np.float32) ** 1.5), 2))
print(ops.group_norm(Tensor(np.arange(32.0).reshape(2, 4, 2, 2).astype(np.float32) ** 1.5), 1))
r = ops.group_norm(Tensor(np.arange(32.0).reshape(2, 4, 2, 2) ** 1.5), 4)
print(r.dtype, r)
wt = Tensor(np.arange(16.0).reshape(2, 4, 2).astype(np.float32))
print(mindspore.grad(lambda v, a, c: (ops.group_norm(v, 2, a, c) * wt).sum(), (0, 1, 2))(
    g, Tensor([1.0, 2.0, 3.0, 4.0]), Tensor([0.0, 1.0, 0.0, 1.0])))
