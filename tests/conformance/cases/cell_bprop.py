# Cell.bprop custom backward: dout scaling when nested, zero grads for the Cell's own params.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Net(nn.Cell):
    def construct(self, x, y):
        return 2 * x * x + y * y

    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y


net = Net()
x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])
print(net(x, y))
print(mindspore.grad(net, (0, 1))(x, y))
print(mindspore.value_and_grad(net, (0, 1))(x, y))


class Wrap(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Net()

    def construct(self, x, y):
        return 3 * self.inner(x, y)


print(mindspore.grad(Wrap(), (0, 1))(x, y))


class UsesOut(nn.Cell):
    def construct(self, x):
        return x * x * x

    def bprop(self, x, out, dout):
        return (out * dout,)


print(mindspore.grad(UsesOut())(Tensor([2.0, 3.0])))
print(mindspore.grad(lambda t: UsesOut()(t * 2))(Tensor([1.0])))


class WithParam(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([5.0]), name="w")

    def construct(self, x):
        return x * self.w

    def bprop(self, x, out, dout):
        return (dout * 10,)


wp = WithParam()
print(mindspore.grad(wp, 0, wp.trainable_params())(Tensor([2.0])))


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.v = Parameter(Tensor([2.0]), name="v")
        self.inner = WithParam()

    def construct(self, x):
        return self.inner(x * self.v) * self.v


o = Outer()
print([p.name for p in o.trainable_params()])
print(mindspore.grad(o, 0, o.trainable_params())(Tensor([3.0])))
