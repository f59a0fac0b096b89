# Without has_aux every output contributes (sum of outputs, ones sens); list/nested outputs.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def struct(o):
    if isinstance(o, Tensor):
        return "T"
    if isinstance(o, (tuple, list)):
        inner = ",".join(struct(e) for e in o)
        return ("(" + inner + ("," if len(o) == 1 else "") + ")") if isinstance(o, tuple) else "[" + inner + "]"
    return type(o).__name__ + ":" + repr(o)


a = Tensor([1.0, 2.0])
b = Tensor([-2.0, 3.0])


def f(a, b):
    return a * b, a + b


print(mindspore.grad(f, (0, 1))(a, b))
v = mindspore.value_and_grad(f, (0, 1))(a, b)
print(struct(v)); print(v)
print(mindspore.grad(lambda a: a * a)(Tensor([1.0, 5.0])))


def f_list(a, b):
    return [a * b, a * 2]


r = mindspore.grad(f_list, (0, 1))(a, b)
print(struct(r)); print(r)
v = mindspore.value_and_grad(f_list, 0)(a, b)
print(struct(v)); print(v)


def f_nested(a, b):
    return (a * b, (a * a, b * 3))


r = mindspore.grad(f_nested, (0, 1))(a, b)
print(struct(r)); print(r)
v = mindspore.value_and_grad(f_nested, 1)(a, b)
print(struct(v)); print(v)


def f_three(a, b):
    return a.sum(), (a * b).sum(), b * 0


v = mindspore.value_and_grad(f_three, (0, 1))(a, b)
print(struct(v)); print(v)


def f_matrix(x):
    return ops.matmul(x, x)


m = Tensor([[1.0, 2.0], [3.0, 4.0]])
print(mindspore.grad(f_matrix)(m))
x3 = Tensor([[1.0, 2.0], [3.0, 4.0]])


def fn8(x):
    return x ** 3, 2 * x


print(mindspore.grad(fn8)(x3))
