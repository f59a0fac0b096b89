# grad / value_and_grad return structures for every form of grad_position.
import numpy as np
import mindspore
from mindspore import ops, Tensor


def struct(o):
    if isinstance(o, Tensor):
        return "T"
    if isinstance(o, (tuple, list)):
        inner = ",".join(struct(e) for e in o)
        return ("(" + inner + ("," if len(o) == 1 else "") + ")") if isinstance(o, tuple) else "[" + inner + "]"
    return type(o).__name__ + ":" + repr(o)


def f(x, y, z):
    return x * y * z


x = Tensor([1.0, 2.0])
y = Tensor([-2.0, 3.0])
z = Tensor([0.0, 3.0])

for pos in [0, 1, 2, (0,), (1,), (2,), (0, 1), (0, 2), (2, 0), (1, 2), (0, 1, 2), (2, 1, 0)]:
    r = mindspore.grad(f, pos)(x, y, z)
    print("grad pos", pos, struct(r))
    print(r)
    v = mindspore.value_and_grad(f, pos)(x, y, z)
    print("value_and_grad pos", pos, struct(v))
    print(v)

r = mindspore.grad(f)(x, y, z)
print("default", struct(r), r)
r = ops.grad(f, grad_position=1)(x, y, z)
print("ops.grad kw", struct(r), r)
print(ops.grad is mindspore.grad, ops.value_and_grad is mindspore.value_and_grad)


def g(x, y, z):
    return x * ops.exp(y) * ops.pow(z, 2), z


x2 = Tensor([3, 3.0]); y2 = Tensor([0, 0.0]); z2 = Tensor([5, 5.0])
r = mindspore.grad(g, (1, 2), None, True)(x2, y2, z2)
print(struct(r)); print(r)
