# jit-decorated functions and GRAPH_MODE give the same numbers as PyNative.
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor, Parameter


@mindspore.jit
def f(x, y):
    return ops.sin(x) * y + x ** 2


x = Tensor(np.array([0.5, 1.0, 2.0], np.float32))
y = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
print(f(x, y))
print(mindspore.grad(f, (0, 1))(x, y))
print(mindspore.get_context('mode'), mindspore.PYNATIVE_MODE, mindspore.GRAPH_MODE)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2, 'ones', 'zeros')

    def construct(self, x):
        return ops.tanh(self.dense(x)).sum()


mindspore.set_context(mode=mindspore.GRAPH_MODE)
net = Net()
print(mindspore.get_context('mode'))
out = net(Tensor(np.array([[0.1, 0.2, 0.3]], np.float32)))
print(out)
grads = mindspore.grad(net, None, net.trainable_params())(Tensor(np.array([[0.1, 0.2, 0.3]], np.float32)))
print(grads)
mindspore.set_context(mode=mindspore.PYNATIVE_MODE)
print(mindspore.value_and_grad(net, 0)(Tensor(np.array([[0.1, 0.2, 0.3]], np.float32))))
