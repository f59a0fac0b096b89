# Gathering, selecting and scattering: gather, gather_elements, index_select, masked_select, select, scatter, scatter_add.
import numpy as np
import mindspore
from mindspore import ops, Tensor, Parameter

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
i32 = Tensor(np.array([1, 0], np.int32))
for name, r in [
    ("gather", ops.gather(x, Tensor([2, 0, 2]), 0)), ("gather axis 1", ops.gather(x, Tensor([[1], [3]]), 1)),
    ("gather int32", ops.gather(x, i32, 0)), ("gather negative", ops.gather(x, Tensor([-1]), 0)),
    ("gather 0-d index", ops.gather(x, Tensor(1), 0)), ("gather axis -1", ops.gather(x, Tensor([1]), -1)),
    ("gather tensor axis", ops.gather(x, Tensor([1]), Tensor(1))), ("gather int", ops.gather(Tensor([[1, 2], [3, 4]]), Tensor([1]), 0)),
    ("gather batch_dims", ops.gather(x, Tensor([[1, 0], [2, 3], [0, 0]]), 1, batch_dims=1)),
    ("gather batch_dims -1", ops.gather(x, Tensor([[1, 0], [2, 3], [0, 0]]), 1, batch_dims=-1)),
    ("gather batch_dims axis 2", ops.gather(Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4)), Tensor([[1, 3], [0, 0]]), 2, batch_dims=1)),
    ("gather_elements", ops.gather_elements(x, 1, Tensor([[0, 0], [3, 1], [2, 2]]))),
    ("gather_elements dim 0", ops.gather_elements(x, 0, Tensor([[0, 2, 1, 1]]))),
    ("gather_elements longer", ops.gather_elements(x, 0, Tensor([[0, 2, 1, 1]] * 4))),
    ("gather_elements negative", ops.gather_elements(x, 1, Tensor([[-1], [0], [0]]))),
    ("gather_elements int32", ops.gather_elements(x, 1, Tensor(np.array([[1], [0], [0]], np.int32)))),
    ("gather_elements dim -1", ops.gather_elements(x, -1, Tensor([[0, 0], [3, 1], [2, 2]]))),
    ("gather_d", ops.gather_d(x, 1, Tensor([[0, 0], [3, 1], [2, 2]]))),
    ("index_select", ops.index_select(x, 1, Tensor([0, 2]))), ("index_select int32", ops.index_select(x, 0, Tensor(np.array([2, 2], np.int32)))),
    ("index_select negative", ops.index_select(x, 0, Tensor([-1]))),
    ("masked_select", ops.masked_select(x, x > 5)), ("masked_select broadcast", ops.masked_select(x, Tensor([True, False, True, False]))),
    ("masked_select input broadcast", ops.masked_select(Tensor([1.0, 2.0]), Tensor([[True, False], [True, True]]))),
    ("masked_select int", ops.masked_select(Tensor([1, 2]), Tensor([True, False]))),
    ("masked_select none", ops.masked_select(x, x > 50)), ("masked_select 0-d", ops.masked_select(Tensor(2.0), Tensor(True))),
    ("select", ops.select(x > 5, x, -x)), ("select float scalar", ops.select(x > 5, x, 0.0)), ("select int scalar", ops.select(x > 5, x, 0)),
    ("select int scalars", ops.select(x > 5, 1, 0)), ("select float scalars", ops.select(x > 5, 1.0, 0.0)),
    ("select broadcast", ops.select(Tensor([True, False, True, False]), x, Tensor([1.0, 2.0, 3.0, 4.0]))),
    ("select int and float", ops.select(Tensor([True, False]), Tensor([1, 2]), Tensor([1.5, 2.5]))),
    ("select int and 0.5", ops.select(Tensor([True, False]), Tensor([1, 2]), 0.5)),
    ("select int32 int64", ops.select(Tensor([True, False]), Tensor(np.array([1, 2], np.int32)), Tensor([3, 4]))),
    ("select int32 scalar", ops.select(Tensor([True, False]), Tensor(np.array([1, 2], np.int32)), 3)),
    ("select bools", ops.select(Tensor([True, False]), Tensor([True, True]), Tensor([False, False]))),
    ("scatter", ops.scatter(x, 1, Tensor([[0, 2], [1, 1], [3, 0]]), Tensor(np.full((3, 2), -1.0, np.float32)))),
    ("scatter dim 0", ops.scatter(x, 0, Tensor([[2, 0]]), Tensor([[-1.0, -2.0]]))),
    ("scatter int32", ops.scatter(x, 0, Tensor(np.array([[0, 1]], np.int32)), Tensor([[-1.0, -2.0]]))),
    ("scatter negative", ops.scatter(x, 0, Tensor([[-1, 1]]), Tensor([[-1.0, -2.0]]))),
    ("scatter out of range", ops.scatter(x, 0, Tensor([[3, 1]]), Tensor([[-1.0, -2.0]]))),
    ("scatter number", ops.scatter(x, 0, Tensor([[0, 1]]), 5.0)),
    ("scatter int", ops.scatter(Tensor([[1, 2], [3, 4]]), 1, Tensor([[1], [0]]), Tensor([[9], [8]]))),
]:
    print(name, r.shape, r.dtype)
    print(repr(r))

p = Parameter(Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)), name='p')
r = ops.scatter_add(p, Tensor([0, 2, 0]), Tensor(np.ones((3, 4), np.float32)))
print("scatter_add", repr(r))
print("scatter_add updates the Parameter", p.asnumpy().tolist(), r is p)
t = Tensor(np.zeros((3, 2), np.float32))
r = ops.scatter_add(t, Tensor([[0], [2]]), Tensor(np.ones((2, 1, 2), np.float32)))
print("scatter_add 2-D indices", repr(r))
print("scatter_add updates the Tensor", t.asnumpy().tolist())
print("scatter_add int", repr(ops.scatter_add(Parameter(Tensor([1, 2, 3]), name='q'), Tensor(np.array([1], np.int32)), Tensor([5]))))
