# softmax, log_softmax, softmin: axes, dtype argument, large values, 3-D, gradients.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 2.0, 3.0], [1000.0, 1001.0, 999.0]])
print(ops.softmax(x))
print(ops.softmax(x, 0))
print(ops.log_softmax(x))
print(ops.log_softmax(x, axis=0))
print(ops.softmin(x))
print(ops.softmin(x, -2))
y = ops.softmax(x, dtype=mindspore.float64)
print(y.dtype, y.shape)
print(ops.softmax(Tensor([1, 2]), dtype=mindspore.float32))
x3 = Tensor(np.arange(12.0).reshape(2, 3, 2).astype(np.float32) / 4)
print(ops.softmax(x3, 1))
print(ops.log_softmax(x3, 1))
print(ops.softmax(Tensor([2.0])))
print(ops.softmax(x.astype(mindspore.float16)).dtype)
c = Tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
w = Tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
print(mindspore.grad(lambda v: (ops.softmax(v) * w).sum())(c))
print(mindspore.grad(lambda v: (ops.log_softmax(v) * w).sum())(c))
print(mindspore.grad(lambda v: (ops.softmin(v, 0) * w).sum())(c))
print(mindspore.grad(lambda v: (ops.softmax(v, 0) * w).sum())(c))
