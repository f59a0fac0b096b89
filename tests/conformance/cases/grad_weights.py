# grad / value_and_grad with weights: Parameter, list, ParameterTuple, [], None.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter, ParameterTuple


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
        self.b = Parameter(Tensor([0.5]), name="b")

    def construct(self, x, y):
        return (self.w * x * y).sum() + self.b * x.sum()


net = Net()
x = Tensor([1.0, -0.5])
y = Tensor([4.0, 5.0])
params = net.trainable_params()
cases = [
    ("None, params", None, params),
    ("None, ParameterTuple", None, ParameterTuple(params)),
    ("None, tuple(params)", None, tuple(params)),
    ("None, [w]", None, [net.w]),
    ("None, w", None, net.w),
    ("None, [b, w]", None, [net.b, net.w]),
    ("0, params", 0, params),
    ("(0, 1), params", (0, 1), params),
    ("(1,), w", (1,), net.w),
    ("1, [w]", 1, [net.w]),
    ("0, []", 0, []),
    ("(1, 0), ParameterTuple", (1, 0), ParameterTuple(params)),
    ("0, None", 0, None),
]
for label, pos, wts in cases:
    r = mindspore.grad(net, pos, wts)(x, y)
    print("grad", label, "->", struct(r))
    print(r)
    v = mindspore.value_and_grad(net, pos, wts)(x, y)
    print("value_and_grad", label, "->", struct(v))
    print(v)

r = mindspore.grad(net, grad_position=None, weights=params)(x, y)
print(struct(r))
r = mindspore.grad(net, weights=net.w)(x, y)
print(struct(r), r)
