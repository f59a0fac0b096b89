# softplus's threshold, and result dtypes of math on bool and small int inputs.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

print(ops.softplus(Tensor([3.1, 1.0], ms.float32), threshold=3))
print(ops.softplus(Tensor([2.9, -1.0], ms.float32), beta=2, threshold=3))
print(ms.grad(lambda x: ops.softplus(x, threshold=3).sum())(Tensor([3.1, 1.0], ms.float32)))
print(ops.sqrt(Tensor([True, False])).dtype)
print(ops.relu(Tensor([True, False])))
print((Tensor(np.array([1, 3], np.int8)) / Tensor(np.array([2, 2], np.int8))))
print(ops.sqrt(Tensor(np.array([4], np.uint8))))
