# Non-Tensor args are dropped, int inputs get int grads, unused inputs get zeros, float64 kept.
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


x = Tensor([1.0, 2.0])


def f(x, s):
    return x * s


r = mindspore.grad(f, (0, 1))(x, 3.0)
print("scalar dropped", struct(r), r)
r = mindspore.grad(f, 1)(x, 3.0)
print("only scalar", struct(r), r)
r = mindspore.grad(f, (0, 1))(x, 3)
print("int scalar", struct(r), r)
v = mindspore.value_and_grad(f, (0, 1))(x, 2.0)
print("vg scalar", struct(v), v)


def g(s, x, t):
    return x * s * t


r = mindspore.grad(g, (0, 1, 2))(2.0, x, Tensor([3.0, 4.0]))
print("middle", struct(r)); print(r)


def add(a, b):
    return a + b


print("ints", struct(mindspore.grad(add)(1, 2)), mindspore.grad(add, (0, 1))(1, 2))

print("int tensor", repr(mindspore.grad(lambda a: a * 2)(Tensor([1, 2]))))
ai = Tensor([1, 2])
bf = Tensor([1.5, 2.5])
r = mindspore.grad(lambda a, b: a * b, (0, 1))(ai, bf)
print("int*float", r)
r = mindspore.grad(lambda a: a * a)(Tensor(np.array([3, 4], np.int32)))
print("int32", repr(r))
r = mindspore.grad(lambda a: a * a * 0.5)(Tensor(np.array([3.0, 4.0])))
print("float64", repr(r))
r = mindspore.grad(lambda a: a * a * 2)(Tensor(np.array([3.0, 4.0], np.float16)))
print("float16", repr(r))


def unused(a, b, c):
    return a * 2


r = mindspore.grad(unused, (0, 1, 2))(x, Tensor([[1.0, 2.0, 3.0]]), Tensor([7, 8]))
print("unused", r)
r = mindspore.grad(lambda a: Tensor(5.0))(x)
print("constant output", repr(r))
r = mindspore.grad(lambda a: ops.ones((2,), mindspore.float32))(x)
print("ones output", repr(r))


class P(nn.Cell):
    def __init__(self):
        super().__init__()
        self.used = Parameter(Tensor([2.0]), name="used")
        self.unused = Parameter(Tensor([[1.0, 1.0]]), name="unused")

    def construct(self, x):
        return x * self.used


p = P()
r = mindspore.grad(p, 0, p.trainable_params())(x)
print("unused param", r)


def kw(x, scale=1.0):
    return x * scale


print("kwargs", mindspore.grad(kw)(x, scale=3.0))
print("kwargs tensor", mindspore.grad(kw)(x, scale=Tensor(4.0)))
