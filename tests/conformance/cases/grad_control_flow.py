# Python if / while / for whose conditions depend on tensor values, under grad.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def f_if(x):
    if x.sum() > 0:
        return x * x
    return x * 3


print(mindspore.grad(f_if)(Tensor([1.0, 2.0])))
print(mindspore.grad(f_if)(Tensor([-1.0, -2.0])))


def f_while(x):
    y = x
    while y.sum() < 100:
        y = y * 2
    return y


print(mindspore.value_and_grad(f_while)(Tensor([1.0, 2.0])))


def f_for(x, n):
    out = x
    for _ in range(n):
        out = out * x
    return out


print(mindspore.grad(f_for)(Tensor([2.0, 3.0]), 3))


def f_for_tensor(x):
    acc = Tensor(0.0)
    for v in x:
        acc = acc + v * v
    return acc


print(mindspore.grad(f_for_tensor)(Tensor([1.0, 2.0, 3.0])))


def f_norm(a):
    b = a * 2
    while ops.norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = Tensor(0.7)
d = f_norm(a)
print(d, mindspore.grad(f_norm)(a), mindspore.grad(f_norm)(a) == d / a)
a = Tensor(-0.3)
print(f_norm(a), mindspore.grad(f_norm)(a))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0]), name="w")

    def construct(self, x):
        if (x > 0).all():
            out = x * self.w
        else:
            out = x * self.w * self.w
        for i in range(2):
            out = out + self.w * i
        return out.sum()


net = Net()
print(mindspore.grad(net, (0,), net.trainable_params())(Tensor([1.0, 2.0])))
print(mindspore.grad(net, (0,), net.trainable_params())(Tensor([-1.0, 2.0])))
