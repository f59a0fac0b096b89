# return_ids=True: every gradient leaf becomes (position, T) or (param.name, T); get_grad.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def struct(o):
    if isinstance(o, Tensor):
        return "T"
    if isinstance(o, (tuple, list)):
        inner = ",".join(struct(e) for e in o)
        return ("(" + inner + ("," if len(o) == 1 else "") + ")") if isinstance(o, tuple) else "[" + inner + "]"
    return type(o).__name__ + ":" + repr(o)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0, 3.0]), name="w")
        self.b = Parameter(Tensor([1.0]), name="b")

    def construct(self, x, y, z):
        return (self.w * x * y * z).sum() + self.b * 4


net = Net()
x = Tensor([1.0, 2.0]); y = Tensor([-2.0, 3.0]); z = Tensor([0.5, 3.0])
params = net.trainable_params()
r = mindspore.grad(net, 0, return_ids=True)(x, y, z)
print("pos 0", struct(r)); print(r)
r = mindspore.grad(net, (1, 2), return_ids=True)(x, y, z)
print("pos (1, 2)", struct(r)); print(r)
r = mindspore.grad(net, (2, 0), return_ids=True)(x, y, z)
print("pos (2, 0)", struct(r)); print(r)
r = mindspore.grad(net, (0,), return_ids=True)(x, y, z)
print("pos (0,)", struct(r)); print(r)
r = mindspore.grad(net, None, params, return_ids=True)(x, y, z)
print("weights", struct(r)); print(r)
r = mindspore.grad(net, None, net.w, return_ids=True)(x, y, z)
print("single weight", struct(r)); print(r)
r = mindspore.grad(net, 0, params, return_ids=True)(x, y, z)
print("pos 0 + weights", struct(r)); print(r)
r = mindspore.grad(net, (0, 1), params, return_ids=True)(x, y, z)
print("pos (0, 1) + weights", struct(r)); print(r)
print("get_grad 1:", mindspore.get_grad(r, 1))
print("get_grad 0:", mindspore.get_grad(r, 0))
print("get_grad w:", mindspore.get_grad(r, net.w))
print("get_grad b:", mindspore.get_grad(r, net.b))
v = mindspore.value_and_grad(net, (0, 1), params, return_ids=True)(x, y, z)
print("value_and_grad", struct(v)); print(v)
print(mindspore.get_grad(v[1], net.b))


def f(a, b):
    return (a * b).sum(), a - b


r = mindspore.grad(f, (0, 1), has_aux=True, return_ids=True)(x, y)
print("has_aux", struct(r)); print(r)
