# Which tied element gets the gradient of Tensor.max/min and ops.amax; sum with an int dtype.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([[1., 3.], [1., 3.]], np.float32))
print(ms.grad(lambda x: x.max(axis=0).sum())(x))
print(ms.grad(lambda x: x.min(axis=1).sum())(x))
print(ms.grad(lambda x: x.max().sum())(x))
print(ms.grad(lambda x: ops.amax(x, 0).sum())(x))
print(ms.grad(lambda x: ops.max(x, 1)[0].sum())(x))
print(ops.sum(Tensor(np.array([1, 2], np.int32)), dtype=ms.int32).dtype)
print(Tensor(np.array([1, 2], np.int32)).sum(dtype=ms.int32).dtype)
