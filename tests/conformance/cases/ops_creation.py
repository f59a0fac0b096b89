# Creation ops and their default dtypes: ones, zeros, *_like, full, arange.
import numpy as np
import mindspore
from mindspore import ops, Tensor

for r in [ops.ones((2, 3)), ops.ones(5, mindspore.float32), ops.ones(3), ops.ones((2,), mindspore.int32),
          ops.ones((2, 2), dtype=mindspore.float16), ops.zeros((2,)), ops.zeros(3, mindspore.int64),
          ops.zeros((1, 2), mindspore.bool_), ops.zeros((0, 2))]:
    print(repr(r))
i = Tensor([[1, 2], [3, 4]])
f = Tensor([1.5, 2.5])
print(repr(ops.ones_like(i)), repr(ops.zeros_like(f)), repr(ops.ones_like(f, dtype=mindspore.int32)))
print(repr(ops.zeros_like(Tensor(np.array([1.0], np.float64)))), repr(ops.ones_like(Tensor(True))))
print(repr(ops.full((2,), 3)))
print(repr(ops.full((2,), 7, dtype=mindspore.float32)))
print(repr(ops.arange(5)))
print(repr(ops.arange(0., 1., .25)))
print(repr(ops.arange(4.0)))
print(repr(ops.arange(1, 10, 3)))
print(repr(ops.arange(5, 0, -2)))
print(repr(ops.arange(0, 1, 0.3)))
print(repr(ops.arange(3, dtype=mindspore.float32)))
print(repr(ops.arange(Tensor(3))))
print(repr(ops.arange(2.5)))
print(repr(ops.fill(mindspore.float32, (2,), 4)))
print(repr(ops.eye(2, 3, mindspore.float32)))
print(repr(ops.linspace(Tensor(0.0), Tensor(1.0), 5)))
print(repr(ops.zeros((2, 3)).shape), ops.ones((2, 3)).dtype)
