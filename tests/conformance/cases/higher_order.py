# Higher-order derivatives: grad of grad, third order, derivation.md examples.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter

x = Tensor([2.0, 3.0])
cube = lambda t: t ** 3
print(mindspore.grad(cube)(x))
print(mindspore.grad(mindspore.grad(cube))(x))
print(mindspore.grad(mindspore.grad(mindspore.grad(cube)))(x))
print(mindspore.grad(mindspore.grad(lambda t: ops.exp(t * 2)))(Tensor([0.0, 1.0])))
print(mindspore.grad(mindspore.grad(lambda t: ops.tanh(t)))(Tensor([0.5])))


class SinNet(nn.Cell):
    def construct(self, x):
        return ops.sin(x)


xs = Tensor([3.1415926], mindspore.float32)
first = mindspore.grad(SinNet())
second = mindspore.grad(first)
print(first(xs))
print(second(xs))


class SinCos(nn.Cell):
    def construct(self, x):
        return ops.sin(x), ops.cos(x)


print(mindspore.grad(mindspore.grad(SinCos()))(xs))


def fxy(x, y, z):
    return x ** 2 * y * z


x2 = Tensor([[1.0, 2.0], [3.0, 4.0]])
y2 = Tensor([[-2.0, 3.0], [-1.0, 2.0]])
z2 = Tensor([[0.0, 3.0], [5.0, -1.0]])
print(mindspore.grad(mindspore.grad(fxy), (1, 2))(x2, y2, z2))
print(mindspore.grad(mindspore.grad(fxy, (0, 1)), (0, 1, 2))(x2, y2, z2))


def mixed(x, y):
    return (x * x * y).sum()


dx = mindspore.grad(mixed, 0)
print(mindspore.grad(dx, 1)(Tensor([1.0, 2.0]), Tensor([3.0, 4.0])))
print(mindspore.value_and_grad(dx, (0, 1))(Tensor([1.0, 2.0]), Tensor([3.0, 4.0])))
print(ops.GradOperation()(ops.GradOperation()(cube))(x))
