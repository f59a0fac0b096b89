# Reductions: sum, mean, max (with/without axis), min, norm; value and dtype.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
i = Tensor([[1, 5, 3], [4, 2, 6]])
i32 = Tensor(np.array([[1, 5], [4, 2]], np.int32))
for name, r in [
    ("sum", ops.sum(x)), ("sum 0", ops.sum(x, 0)), ("sum 1 keepdim", ops.sum(x, 1, keepdim=True)),
    ("sum (0,1)", ops.sum(x, (0, 1))), ("sum -1", ops.sum(x, dim=-1)),
    ("mean", ops.mean(x)), ("mean 0", ops.mean(x, 0)), ("mean 1 keep", ops.mean(x, axis=1, keep_dims=True)),
    ("int sum", ops.sum(i)), ("int32 sum", ops.sum(i32)), ("int32 sum 0", ops.sum(i32, 0)),
    ("Tensor.sum", x.sum()), ("Tensor.sum(1)", x.sum(1)), ("Tensor.sum(axis=0)", x.sum(axis=0)),
    ("Tensor.mean", x.mean()), ("Tensor.mean(0)", x.mean(0)), ("int32 .sum", i32.sum()),
    ("bool sum", ops.sum(Tensor([True, True, False]))),
    ("norm", ops.norm(x)), ("norm vec", ops.norm(Tensor([3.0, 4.0]))), ("norm 0-d", ops.norm(Tensor(-2.0))),
    ("norm dim", ops.norm(x, dim=1)), ("norm ord1", ops.norm(Tensor([3.0, -4.0]), 1)),
    ("Tensor.max()", x.max()), ("Tensor.max(axis=1)", x.max(axis=1)), ("Tensor.min()", x.min()),
    ("int32 max axis", i32.max(axis=0)),
    ("argmax", ops.argmax(x, 1)), ("argmin", ops.argmin(x, 1)),
    ("prod", x.prod()), ("all", (x > 0).all()), ("any", (x > 5).any()),
]:
    print(name, r.dtype, repr(r))

for name, r in [("ops.max(x, 1)", ops.max(x, 1)), ("ops.max(x, axis=0)", ops.max(x, axis=0)),
                ("ops.max(x, 1, keepdims=True)", ops.max(x, 1, keepdims=True)),
                ("ops.min(x, 0)", ops.min(x, 0)), ("x.max(1)", x.max(1)),
                ("ops.max(i32, 1)", ops.max(i32, 1))]:
    print(name, type(r).__name__, len(r), r[0].dtype, r[1].dtype)
    print(r)
r = ops.max(Tensor([1.0, 7.0, 3.0]))
print("ops.max(x) values", type(r).__name__, repr(r[0]))
r = ops.max(x, 1)
print(r[0] + 1)
