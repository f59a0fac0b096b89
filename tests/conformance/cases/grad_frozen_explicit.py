# A requires_grad=False Parameter passed explicitly in `weights` (PyNative gives zeros).
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6.0]), name="w")
        self.b = Parameter(Tensor([1.0]), name="b", requires_grad=False)

    def construct(self, x):
        return x * self.w * self.b


net = Net()
x = Tensor([5.0])
print([p.name for p in net.trainable_params()], [p.name for p in net.untrainable_params()])
print(mindspore.grad(net, None, net.trainable_params())(x))
print(net.b.requires_grad, mindspore.grad(net, None, [net.w, net.b])(x))
print(mindspore.grad(net, None, net.b)(x))
net.b.requires_grad = True
print(net.b.requires_grad, mindspore.grad(net, None, [net.w, net.b])(x))
