# Triangles, diagonals, grids, one-hot encoding and logspace: values and dtypes.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
i = Tensor([[1, 2, 3], [4, 5, 6]])
b = Tensor([[True, True], [True, True]])
for name, r in [
    ("tril", ops.tril(x)), ("tril -1", ops.tril(x, -1)), ("tril 2", ops.tril(x, 2)), ("triu", ops.triu(x)),
    ("triu 1", ops.triu(x, 1)), ("triu -1 int", ops.triu(i, -1)), ("tril int", ops.tril(i)), ("tril bool", ops.tril(b)),
    ("tril 3-D", ops.tril(Tensor(np.ones((2, 2, 3), np.float32)))),
    ("diag vector", ops.diag(Tensor([1.0, 2.0, 3.0]))), ("diag int", ops.diag(Tensor([4, 5]))),
    ("diag matrix", ops.diag(Tensor([[1.0, 2.0], [3.0, 4.0]]))),
    ("diagonal", ops.diagonal(x)), ("diagonal 1", ops.diagonal(x, 1)), ("diagonal -1", ops.diagonal(x, -1)),
    ("diagonal 2 over", ops.diagonal(x, 5)), ("diagonal int", ops.diagonal(i, 0, 1, 0)),
    ("diagonal 3-D", ops.diagonal(Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4)), 0, 1, 2)),
    ("diagonal 3-D dims 2 0", ops.diagonal(Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4)), 1, 2, 0)),
    ("one_hot", ops.one_hot(Tensor([0, 2, 1]), 3)), ("one_hot int32", ops.one_hot(Tensor(np.array([1, 0], np.int32)), 2)),
    ("one_hot floats", ops.one_hot(Tensor([0, 2]), 3, 5.0, -1.0)), ("one_hot ints", ops.one_hot(Tensor([0, 2]), 3, 5, -1)),
    ("one_hot tensors", ops.one_hot(Tensor([0, 2]), 3, Tensor(2.0), Tensor(0.5))),
    ("one_hot int32 tensors", ops.one_hot(Tensor([1]), 2, Tensor(np.int32(3)), Tensor(np.int32(0)))),
    ("one_hot out of range", ops.one_hot(Tensor([0, 5, -1]), 3)), ("one_hot depth 0", ops.one_hot(Tensor([0, 1]), 0)),
    ("one_hot axis 0", ops.one_hot(Tensor([0, 0, 1]), 2, axis=0)),
    ("one_hot 2-D axis 1", ops.one_hot(Tensor([[0, 2], [1, 0]]), 3, axis=1)),
    ("one_hot 0-d", ops.one_hot(Tensor(1), 3)),
    ("logspace", ops.logspace(0.0, 2.0, 3)), ("logspace base 2", ops.logspace(0.0, 3.0, 4, base=2)),
    ("logspace fractions", ops.logspace(-1.5, 0.5, 5, base=3)), ("logspace f64", ops.logspace(0.0, 2.0, 3, dtype=mindspore.float64)),
    ("logspace f16", ops.logspace(0.0, 2.0, 3, dtype=mindspore.float16)), ("logspace reversed", ops.logspace(2.0, 0.0, 3)),
    ("logspace one", ops.logspace(1.0, 2.0, 1)), ("logspace none", ops.logspace(1.0, 2.0, 0)),
    ("logspace tensors", ops.logspace(Tensor(0.0), Tensor(1.0), 3)), ("logspace base 0", ops.logspace(0.0, 2.0, 3, base=0)),
]:
    print(name, r.shape, r.dtype)
    print(repr(r))

for name, rs in [
    ("meshgrid xy", ops.meshgrid(Tensor([1, 2, 3]), Tensor([4, 5]))),
    ("meshgrid ij", ops.meshgrid(Tensor([1.0, 2.0, 3.0]), Tensor([4.0, 5.0]), indexing='ij')),
    ("meshgrid one", ops.meshgrid(Tensor([1, 2, 3]))),
    ("meshgrid three", ops.meshgrid(Tensor([1, 2]), Tensor([3, 4, 5]), Tensor([6, 7, 8, 9]))),
]:
    print(name, type(rs).__name__, len(rs), [r.shape for r in rs])
    for r in rs:
        print(repr(r))
