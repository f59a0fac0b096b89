# Sorting and selection: sort (stable, descending), argsort, topk, median (even counts), unique.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 5.0, 3.0, 4.0], [4.0, 2.0, 7.0, 6.0]])
t = Tensor([2.0, 1.0, 2.0, 1.0, 2.0])
i64 = Tensor(np.array([3, 1, 2]))
i32 = Tensor(np.array([3, 1, 2], np.int32))
for name, r in [("sort", ops.sort(x)), ("sort desc", ops.sort(x, descending=True)), ("sort 0", ops.sort(x, 0)),
                ("sort stable", ops.sort(t)), ("sort stable desc", ops.sort(t, descending=True)),
                ("sort i64", ops.sort(i64)), ("sort i32", ops.sort(i32)),
                ("topk", ops.topk(x, 2)), ("topk dim 0", ops.topk(x, 1, dim=0)),
                ("topk smallest", ops.topk(x, 3, largest=False)), ("topk i64", ops.topk(i64, 2)),
                ("topk k Tensor", ops.topk(x, Tensor(1))),
                ("median", ops.median(x)), ("median 0", ops.median(x, 0)), ("median keep", ops.median(x, 1, True)),
                ("median odd", ops.median(Tensor([5.0, 1.0, 3.0]))), ("median twos", ops.median(Tensor([2.0, 2.0, 2.0, 2.0]))),
                ("median i32", ops.median(i32)), ("median 0-d", ops.median(Tensor(2.0))),
                ("unique", ops.unique(Tensor([3.0, 1.0, 3.0, 2.0]))), ("unique 2d", ops.unique(Tensor([[3, 1], [3, 2]]))),
                ("unique i32", ops.unique(Tensor(np.array([5, 3, 9, 3, 1, 5], np.int32)))),
                ("unique 0-d", ops.unique(Tensor(2.0)))]:
    print(name, r[0].dtype, r[1].dtype)
    print(r)
for name, r in [("argsort", ops.argsort(x)), ("argsort desc", ops.argsort(t, descending=True)),
                ("argsort 0", ops.argsort(x, 0)), ("argsort i64", ops.argsort(i64))]:
    print(name, r.dtype, repr(r))
