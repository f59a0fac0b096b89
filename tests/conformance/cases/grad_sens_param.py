# sens_param=True for grad / value_and_grad: the last positional arg is the cotangent.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def sq(x):
    return x * x


def two(x, y):
    return x * y, x + y


x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])
s = Tensor([1.0, 0.5])
r = mindspore.grad(sq, sens_param=True)(x, s)
print(r)
r = mindspore.value_and_grad(sq, sens_param=True)(x, s)
print(r)
r = mindspore.grad(two, (0, 1), sens_param=True)(x, y, (Tensor([1.0, 1.0]), Tensor([0.0, 2.0])))
print(r)
r = mindspore.value_and_grad(two, 0, sens_param=True)(x, y, (Tensor([2.0, 2.0]), Tensor([1.0, 0.0])))
print(r)
r = mindspore.grad(sq, 0, sens_param=True)(x, Tensor([0.0, 0.0]))
print(r)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6.0]), name="w")

    def construct(self, x):
        return x * self.w


net = Net()
r = mindspore.grad(net, None, net.trainable_params(), sens_param=True)(Tensor([2.0]), Tensor([0.1]))
print(r)
r = mindspore.grad(net, 0, net.trainable_params(), sens_param=True)(Tensor([2.0]), Tensor([0.1]))
print(r)
r = mindspore.value_and_grad(net, 0, net.w, sens_param=True)(Tensor([2.0]), Tensor([3.0]))
print(r)


def aux(x):
    return x * 2, x * 3


r = mindspore.grad(aux, 0, has_aux=True, sens_param=True)(x, Tensor([1.0, -1.0]))
print(r)
