# ops.GradOperation: every combination of get_all / get_by_list and weight forms.
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
        self.b = Parameter(Tensor([1.0]), name="b")

    def construct(self, x, y):
        return (self.w * x * y).sum() + self.b * x.sum()


net = Net()
x = Tensor([1.0, 2.0])
y = Tensor([-1.0, 0.5])
params = ParameterTuple(net.trainable_params())


def show(label, r):
    print(label, struct(r))
    print(r)


show("default", ops.GradOperation()(net)(x, y))
show("get_all", ops.GradOperation(get_all=True)(net)(x, y))
show("get_by_list PT", ops.GradOperation(get_by_list=True)(net, params)(x, y))
show("get_by_list list", ops.GradOperation(get_by_list=True)(net, net.trainable_params())(x, y))
show("get_by_list [w]", ops.GradOperation(get_by_list=True)(net, [net.w])(x, y))
show("get_by_list w", ops.GradOperation(get_by_list=True)(net, net.w)(x, y))
show("get_all+list PT", ops.GradOperation(get_all=True, get_by_list=True)(net, params)(x, y))
show("get_all+list w", ops.GradOperation(get_all=True, get_by_list=True)(net, net.w)(x, y))


def one(a):
    return a * a * 3


show("get_all one input", ops.GradOperation(get_all=True)(one)(x))
show("default one input", ops.GradOperation()(one)(x))


def no_input():
    return Tensor([3.0]) * 2


show("default no input", ops.GradOperation()(no_input)())
show("get_all no input", ops.GradOperation(get_all=True)(no_input)())


class NoParam(nn.Cell):
    def construct(self, a):
        return a * 3


npn = NoParam()
show("get_all+list no params", ops.GradOperation(get_all=True, get_by_list=True)(npn, ParameterTuple(npn.trainable_params()))(x))
show("get_by_list no params", ops.GradOperation(get_by_list=True)(npn, ParameterTuple(npn.trainable_params()))(x))


class OnlyParam(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([4.0]), name="w")

    def construct(self):
        return self.w * self.w


op = OnlyParam()
show("get_all+list no inputs", ops.GradOperation(get_all=True, get_by_list=True)(op, ParameterTuple(op.trainable_params()))())


def multi(a, b):
    return a * b, a - b


show("multi-output get_all", ops.GradOperation(get_all=True)(multi)(x, y))


class MatNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.matmul = ops.MatMul()
        self.z = Parameter(Tensor(np.array([1.0], np.float32)), name="z")

    def construct(self, x, y):
        x = x * self.z
        return self.matmul(x, y)


xm = Tensor([[0.5, 0.6, 0.4], [1.2, 1.3, 1.1]], dtype=mindspore.float32)
ym = Tensor([[0.01, 0.3, 1.1], [0.1, 0.2, 1.3], [2.1, 1.2, 3.3]], dtype=mindspore.float32)
mn = MatNet()
show("docstring", ops.GradOperation(get_by_list=True)(mn, ParameterTuple(mn.trainable_params()))(xm, ym))
show("docstring get_all", ops.GradOperation(get_all=True)(mn)(xm, ym))
