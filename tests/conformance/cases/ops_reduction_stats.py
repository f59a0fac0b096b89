# Statistics and scans: std/var (ddof, keepdims, axes), logsumexp, count_nonzero, cumsum/cumprod/cummax/cummin.
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor([[1.0, 5.0, 3.0, 5.0], [4.0, 2.0, 2.0, 6.0]])
x64 = Tensor(np.array([[1.0, 2.0], [3.0, 5.0]]))
for name, r in [
    ("std", ops.std(x)), ("std 1", ops.std(x, 1)), ("std ddof1 keep", ops.std(x, 1, ddof=1, keepdims=True)),
    ("std ddof True", ops.std(x, 0, ddof=True)), ("var", ops.var(x)), ("var 0 ddof1", ops.var(x, 0, ddof=1)),
    ("var (0,1)", ops.var(x, (0, 1))), ("var -1 ddof2", ops.var(x, -1, ddof=2)), ("std f64", ops.std(x64, 1)),
    ("var 0-d", ops.var(Tensor(2.0))),
    ("logsumexp", ops.logsumexp(x, 1)), ("logsumexp keep", ops.logsumexp(x, 0, True)),
    ("logsumexp ()", ops.logsumexp(x, ())), ("logsumexp big", ops.logsumexp(Tensor([1000.0, 1000.0]), 0)),
    ("logsumexp tuple", ops.logsumexp(x, (0, 1))),
    ("count_nonzero", ops.count_nonzero(Tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0]]))),
    ("count_nonzero 1", ops.count_nonzero(Tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0]]), 1)),
    ("count_nonzero keep", ops.count_nonzero(Tensor([[0, 1, 2], [0, 0, 3]]), (0, 1), True)),
    ("count_nonzero dtype", ops.count_nonzero(Tensor([[0.0, 1.0], [0.0, 3.0]]), 0, dtype=mindspore.float32)),
]:
    print(name, r.dtype, repr(r))
for name, r in [("std_mean", ops.std_mean(x, 1)), ("var_mean", ops.var_mean(x, 1, ddof=1, keepdims=True)),
                ("var_mean all", ops.var_mean(x))]:
    print(name, r)

i32 = Tensor(np.array([[1, 5, 3], [4, 2, 6]], np.int32))
y = Tensor([[1.0, 3.0, 3.0, 2.0, 5.0, 5.0], [2.0, 1.0, 2.0, 0.0, 4.0, 1.0]])
for name, r in [
    ("cumsum", ops.cumsum(x, 1)), ("cumsum 0", ops.cumsum(x, 0)), ("cumsum i32", ops.cumsum(i32, 0)),
    ("cumsum u8", ops.cumsum(Tensor(np.array([200, 100], np.uint8)), 0)),
    ("cumsum dtype", ops.cumsum(i32, 1, dtype=mindspore.float32)),
    ("cumprod", ops.cumprod(x, 1)), ("cumprod i32", ops.cumprod(i32, 0)),
    ("cumprod bool", ops.cumprod(Tensor([[True, False, True]]), 1)),
    ("cumprod dtype", ops.cumprod(i32, 0, dtype=mindspore.float32)),
]:
    print(name, r.dtype, repr(r))
for name, r in [("cummax", ops.cummax(y, 1)), ("cummin", ops.cummin(y, 1)), ("cummax 0", ops.cummax(y, 0)),
                ("cummin 0", ops.cummin(y, 0)), ("cummax i32", ops.cummax(Tensor(np.array([3, 1, 3, 5], np.int32)), 0)),
                ("cummin i64", ops.cummin(Tensor(np.array([3, 1, 1, 5])), 0))]:
    print(name, r[0].dtype, r[1].dtype)
    print(r)
