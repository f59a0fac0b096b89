# __getitem__ with ints, slices, None, Ellipsis and their combinations.
import numpy as np
import mindspore
from mindspore import Tensor

x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
v = Tensor([10, 20, 30, 40, 50])


def show(label, r):
    print(label, r.shape, r.dtype)
    print(repr(r))


show("v[0]", v[0])
show("v[-1]", v[-1])
show("v[1:3]", v[1:3])
show("v[::2]", v[::2])
show("v[3:]", v[3:])
show("v[:-2]", v[:-2])
show("v[10:]", v[10:])
show("v[None]", v[None])
show("v[::-1]", v[::-1])
show("v[3:0:-2]", v[3:0:-2])
show("x[0]", x[0])
show("x[1, 2]", x[1, 2])
show("x[1, 2, 3]", x[1, 2, 3])
show("x[-1, -1, -1]", x[-1, -1, -1])
show("x[:, 1]", x[:, 1])
show("x[:, :, 0]", x[:, :, 0])
show("x[..., 1]", x[..., 1])
show("x[0, ...]", x[0, ...])
show("x[...]", x[...])
show("x[None]", x[None])
show("x[:, None, 1]", x[:, None, 1])
show("x[0, :, None]", x[0, :, None])
show("x[..., None]", x[..., None])
show("x[1:, 0:2, ::3]", x[1:, 0:2, ::3])
show("x[0, 1:3]", x[0, 1:3])
show("x[:, -2:, 1:-1]", x[:, -2:, 1:-1])
show("x[0][1][2]", x[0][1][2])
m = Tensor([[1.5, 2.5], [3.5, 4.5]])
print(m[0, 1].item(), float(m[1, 0]))
print(m[0])
print(m[:, 1])
