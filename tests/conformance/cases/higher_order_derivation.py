# The "High-order Derivation" examples: GradOperation wrapped in Cells, grad of grad.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor
import mindspore.common.dtype as mstype


class SinNet(nn.Cell):
    def __init__(self):
        super(SinNet, self).__init__()
        self.sin = ops.Sin()

    def construct(self, x):
        return self.sin(x)


class Grad(nn.Cell):
    def __init__(self, network):
        super(Grad, self).__init__()
        self.grad = ops.GradOperation()
        self.network = network

    def construct(self, x):
        return self.grad(self.network)(x)


class GradAll(nn.Cell):
    def __init__(self, net):
        super(GradAll, self).__init__()
        self.grad = ops.GradOperation(get_all=True)
        self.net = net

    def construct(self, x, y):
        return self.grad(self.net)(x, y)


x_train = Tensor(np.array([3.1415926]), dtype=mstype.float32)
net = SinNet()
first = Grad(net)
second = Grad(first)
print(first(x_train))
print(second(x_train))


class SinCos(nn.Cell):
    def __init__(self):
        super(SinCos, self).__init__()
        self.sin = ops.Sin()
        self.cos = ops.Cos()

    def construct(self, x):
        return self.sin(x), self.cos(x)


print(Grad(Grad(SinCos()))(x_train))


class TwoIn(nn.Cell):
    def __init__(self):
        super(TwoIn, self).__init__()
        self.sin = ops.Sin()
        self.cos = ops.Cos()

    def construct(self, x, y):
        out1 = self.sin(x) - self.cos(y)
        out2 = self.cos(x) - self.sin(y)
        return out1, out2


y_train = Tensor(np.array([3.1415926]), dtype=mstype.float32)
two = TwoIn()
print(GradAll(two)(x_train, y_train))
print(GradAll(GradAll(two))(x_train, y_train))
print(mindspore.grad(mindspore.grad(two, (0, 1)), (0, 1))(x_train, y_train))
