# has_aux=True: only output 0 is differentiated; aux is always the tuple outputs[1:].
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


def f1(x, y):
    return (x * x * y).sum(), x + y


def f2(x, y):
    return (x * x * y).sum(), x + y, x * 10


x = Tensor([1.0, 2.0])
y = Tensor([3.0, -1.0])
for fn in (f1, f2):
    for pos in (0, (0,), (0, 1), (1, 0)):
        r = mindspore.grad(fn, pos, has_aux=True)(x, y)
        print("grad", fn.__name__, pos, struct(r))
        print(r)
        v = mindspore.value_and_grad(fn, pos, has_aux=True)(x, y)
        print("value_and_grad", fn.__name__, pos, struct(v))
        print(v)


class ParamNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0, 2.0]), name="w")

    def construct(self, x):
        out = x * self.w
        return out.sum(), out


net = ParamNet()
params = net.trainable_params()
for pos in (None, 0):
    r = mindspore.grad(net, pos, params, has_aux=True)(x)
    print("net grad", pos, struct(r))
    print(r)
    v = mindspore.value_and_grad(net, pos, params, has_aux=True)(x)
    print("net value_and_grad", pos, struct(v))
    print(v)
r = mindspore.grad(net, None, net.w, has_aux=True)(x)
print("single param", struct(r), r)

grads, (z,) = mindspore.grad(f1, (0, 1), has_aux=True)(x, y)
print(grads, z)
(loss, aux), g = mindspore.value_and_grad(f1, 0, has_aux=True)(x, y)
print(loss, aux, g)

