# ops.stop_gradient blocks gradient flow; the tutorial's function_stop_gradient.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter
from mindspore.ops import stop_gradient

a = Tensor([1.0, 2.0, 3.0])
print(mindspore.grad(lambda a: stop_gradient(a * a) + a)(a))
print(mindspore.grad(lambda a: stop_gradient(a) * a)(a))
print(mindspore.grad(lambda a: (stop_gradient(a) * a).sum())(a))
print(mindspore.grad(lambda a: stop_gradient(a * 5))(a))
print(repr(stop_gradient(a)))
print(repr(ops.stop_gradient(Tensor(2.0))))
print(mindspore.grad(lambda a, b: (a, stop_gradient(b)), (0, 1))(a, Tensor([4.0, 5.0, 6.0])))
print(ops.stop_gradient((Tensor(1.0), Tensor([2, 3]))))

np.random.seed(42)
x = ops.ones(5, mindspore.float32)
y = ops.zeros(3, mindspore.float32)
w = Parameter(Tensor(np.random.randn(5, 3), mindspore.float32), name="w")
b = Parameter(Tensor(np.random.randn(3,), mindspore.float32), name="b")


def function(x, y, w, b):
    z = ops.matmul(x, w) + b
    return ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))


def function_with_logits(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, z


def function_stop_gradient(x, y, w, b):
    z = ops.matmul(x, w) + b
    loss = ops.binary_cross_entropy_with_logits(z, y, ops.ones_like(z), ops.ones_like(z))
    return loss, ops.stop_gradient(z)


print(mindspore.grad(function, (2, 3))(x, y, w, b)[1])
print(mindspore.grad(function_with_logits, (2, 3))(x, y, w, b)[1])
print(mindspore.grad(function_stop_gradient, (2, 3))(x, y, w, b)[1])


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([6], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([1.0], np.float32)), name="b")

    def construct(self, x):
        out = x * self.w + self.b
        return stop_gradient(out)


net = Net()
print(ops.value_and_grad(net, grad_position=None, weights=net.trainable_params())(Tensor([100.0])))
print(ops.value_and_grad(net, grad_position=0, weights=net.trainable_params())(Tensor([100.0])))
