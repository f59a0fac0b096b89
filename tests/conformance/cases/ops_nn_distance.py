# cosine_similarity and cdist: dims, broadcasting, eps, every p, gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

a = Tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [1e-5, 0.0, 0.0]])
b = Tensor([[1.0, 0.0, 1.0], [1.0, 2.0, 2.0], [1e-5, 0.0, 0.0]])
print(ops.cosine_similarity(a, b))
print(ops.cosine_similarity(a, b, 0))
print(ops.cosine_similarity(a, Tensor([[1.0, 0.0, 1.0]])))
print(ops.cosine_similarity(a, Tensor([1.0, 0.0, 1.0]), dim=-1))
print(ops.cosine_similarity(Tensor([[1e-3, 0.0]]), Tensor([[1e-3, 1e-3]]), eps=1e-2))
print(ops.cosine_similarity(Tensor([1.0, 2.0]), Tensor([2.0, 1.0]), 0))
print(mindspore.grad(lambda u, v: ops.cosine_similarity(u, v).sum(), (0, 1))(
    Tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]), Tensor([[1.0, 0.0, 1.0], [1.0, 2.0, 2.0]])))

x1 = Tensor(np.array([[[1.0, 2.0], [3.0, 4.0], [0.0, 0.5]]], np.float32))
x2 = Tensor(np.array([[[1.0, 0.0], [2.0, 2.0]]], np.float32))
for p in (2.0, 1.0, 0.0, 3.0, float("inf"), 0.5):
    print(p, ops.cdist(x1, x2, p))
print(ops.cdist(x1[0], x2[0]))
r = ops.cdist(x1.astype(mindspore.float64), x2.astype(mindspore.float64))
print(r.dtype, r.shape)
y2 = Tensor(np.array([[[1.0, 0.0], [3.0, 5.0]]], np.float32))
for p in (2.0, 1.0, 3.0):
    print(p, mindspore.grad(lambda u, v: ops.cdist(u, v, p).sum(), (0, 1))(x1, y2))
