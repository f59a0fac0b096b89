# Parameters reached through closures and Cell attributes; requires_grad=False weights.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter

w = Parameter(Tensor([2.0, -1.0]), name="w")
b = Parameter(Tensor([0.5]), name="b")


def f(x):
    return (w * x).sum() + b * 3


x = Tensor([3.0, 4.0])
print(mindspore.grad(f, None, [w, b])(x))
print(mindspore.grad(f, 0, w)(x))
print(mindspore.value_and_grad(f, None, b)(x))


def make(scale):
    p = Parameter(Tensor([scale]), name="inner")

    def g(x):
        return (x * p * p).sum()
    return g, p


g, p = make(3.0)
print(mindspore.grad(g, None, p)(x))
print(mindspore.grad(g, (0,), [p])(x))


class Holder:
    def __init__(self):
        self.k = Parameter(Tensor([1.5]), name="k")


h = Holder()
print(mindspore.grad(lambda x: (x * h.k).sum(), None, [h.k])(x))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6.0]), name="w")
        self.b = Parameter(Tensor([1.0]), name="b", requires_grad=False)
        self.fc = nn.Dense(1, 1, weight_init="ones", bias_init="zeros")

    def construct(self, x):
        return self.fc(x * self.w + self.b)


net = Net()
x1 = Tensor([[5.0]])
params = net.trainable_params()
print([q.name for q in params])
print(mindspore.value_and_grad(net, None, params)(x1))


def forward(x):
    return net(x) * 2


print(mindspore.grad(forward, None, params)(x1))
print(mindspore.grad(forward, None, net.fc.trainable_params())(x1))
print(mindspore.grad(lambda x: net(x), None, [net.w])(x1))

net.b.requires_grad = True
print([q.name for q in net.trainable_params()])
print(mindspore.grad(net, None, net.trainable_params())(x1))
