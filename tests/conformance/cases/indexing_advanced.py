# __getitem__ with boolean masks, integer lists/arrays/Tensors and combinations.
import numpy as np
import mindspore
from mindspore import Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
v = Tensor([5.0, -1.0, 3.0, 0.5])


def show(label, r):
    print(label, r.shape, r.dtype)
    print(repr(r))


show("v[v > 1]", v[v > 1])
show("v[mask all false]", v[v > 100])
show("x[x > 5]", x[x > 5])
show("x[bool rows]", x[Tensor([True, False, True])])
show("v[[0, 2]]", v[[0, 2]])
show("v[[3, 3, 0]]", v[[3, 3, 0]])
show("v[Tensor([1, 2])]", v[Tensor([1, 2])])
show("v[Tensor int32]", v[Tensor(np.array([0, 3], np.int32))])
show("v[[-1, -2]]", v[[-1, -2]])
show("x[[0, 2]]", x[[0, 2]])
show("x[Tensor([[0, 1], [2, 2]])]", x[Tensor([[0, 1], [2, 2]])])
show("x[[0, 2], [1, 3]]", x[[0, 2], [1, 3]])
show("x[:, [0, 3]]", x[:, [0, 3]])
show("x[1, [0, 3]]", x[1, [0, 3]])
show("x[[2, 0], 1:3]", x[[2, 0], 1:3])
show("x[..., [1]]", x[..., [1]])
show("x[None, [1, 2]]", x[None, [1, 2]])
show("x[Tensor(1)]", x[Tensor(1)])
show("x[Tensor(1), Tensor(2)]", x[Tensor(1), Tensor(2)])
i = Tensor([[1, 2], [3, 4]])
show("int x[i > 2]", i[i > 2])
show("int x[:, 0]", i[:, 0])
b = Tensor([True, False, True])
show("bool[1:]", b[1:])
