# Item assignment x[index] = value: every index form, value broadcasting and casting, and gradients through it.
import numpy as np
import mindspore
from mindspore import ops, Tensor


def fresh():
    return Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))


for label, index, value in [
    ("int", 1, 7.0), ("negative int", -1, Tensor([1.0, 2.0, 3.0, 4.0])), ("slice", slice(1, 3), 0.5),
    ("step slice", (slice(None), slice(None, None, 2)), Tensor([[1.0], [2.0], [3.0]])),
    ("int pair", (0, 2), -1.0), ("None", (None, 0), 3.0), ("ellipsis", (Ellipsis, 1), Tensor([9.0, 8.0, 7.0])),
    ("bool mask", Tensor([True, False, True]), 0.0), ("int list", [0, 2], Tensor([5.0, 6.0, 7.0, 8.0])),
    ("int Tensor", Tensor([2, 0]), Tensor([[1.0], [2.0]])), ("two int lists", ([0, 1], [1, 2]), Tensor([7.0, 8.0])),
    ("list and slice", ([2, 0], slice(1, 3)), 4.0), ("repeated index", Tensor([0, 0]), Tensor([[1.0] * 4, [2.0] * 4])),
    ("python list value", 0, [9.0, 8.0, 7.0, 6.0]), ("int value", 2, Tensor([1, 2, 3, 4])),
]:
    x = fresh()
    x[index] = value
    print(label, x.shape, x.dtype)
    print(repr(x))

x = fresh()
x[x > 5] = Tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
print("tensor mask", repr(x))
i = Tensor([1, 2, 3])
i[0] = 2.7
print("float into int", repr(i))
c = fresh()
d = c.copy()
d[0] = 100.0
print("copy is independent", c[0], d[0])


def f(x, v):
    x = x + 0
    y = x * 2
    x[0:2] = v
    return (x * y).sum()


print("grad slice", mindspore.grad(f, (0, 1))(Tensor([1.0, 2.0, 3.0]), Tensor([5.0, 6.0])))


def g(x, v):
    x = x + 0
    x[Tensor([True, False, True])] = v
    return (x * x).sum()


print("grad mask", mindspore.grad(g, (0, 1))(Tensor([1.0, 2.0, 3.0]), Tensor(4.0)))


def h(x, v):
    x = x * 1
    x[:, 1] = v
    x[Tensor([1, 0])] = x[0] * v[0]
    return (x * x).sum()


print("grad column and rows", mindspore.grad(h, (0, 1))(Tensor(np.ones((2, 3), np.float32)), Tensor([4.0, 5.0])))
