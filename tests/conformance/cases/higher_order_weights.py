# A grad with weights inside another grad; grad through value_and_grad.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0, -1.0]), name="w")

    def construct(self, x):
        return (self.w * self.w * x * x).sum()


net = Net()
x = Tensor([1.0, 3.0])
wg = mindspore.grad(net, None, net.w)
print(wg(x))
print(mindspore.grad(wg)(x))


def outer(x):
    g = mindspore.grad(net, None, net.w)(x)
    return (g * g).sum()


print(outer(x))
print(mindspore.grad(outer)(x))
print(mindspore.grad(outer, None, net.w)(x))


def inner_input(x):
    return mindspore.grad(net, 0)(x).sum()


print(mindspore.grad(inner_input)(x))
print(mindspore.grad(inner_input, 0, net.trainable_params())(x))


def loss_plus_penalty(x):
    gx = mindspore.grad(lambda t: (t ** 3).sum())(x)
    return (gx * x).sum()


print(mindspore.value_and_grad(loss_plus_penalty)(x))
