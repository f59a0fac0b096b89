# ops.GradOperation(sens_param=True): the last positional arg (or sens=) is the cotangent.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter, ParameterTuple


def sq(x):
    return x * x


x = Tensor([1.0, 2.0])
print(ops.GradOperation(sens_param=True)(sq)(x, Tensor([1.0, 0.5])))
print(ops.GradOperation(get_all=True, sens_param=True)(sq)(x, Tensor([2.0, 2.0])))
print(ops.GradOperation(sens_param=True)(sq)(x, sens=Tensor([3.0, 0.0])))


def two(a, b):
    return a * b, a + b


y = Tensor([3.0, 4.0])
print(ops.GradOperation(get_all=True, sens_param=True)(two)(x, y, (Tensor([1.0, 1.0]), Tensor([0.0, 2.0]))))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([6.0], np.float32)), name="w")

    def construct(self, x):
        return x * self.w


net = Net()
params = ParameterTuple(net.trainable_params())
sens = Tensor([0.1], mindspore.float32)
print(ops.GradOperation(get_by_list=True, sens_param=True)(net, params)(Tensor([1.0]), sens))
print(ops.GradOperation(get_all=True, get_by_list=True, sens_param=True)(net, params)(Tensor([2.0]), sens))
print(ops.GradOperation(sens_param=True)(net)(Tensor([2.0]), sens))


class GradWrap(nn.Cell):
    def __init__(self, network):
        super().__init__()
        self.network = network
        self.grad = ops.GradOperation(get_all=True, sens_param=True)

    def construct(self, x, s):
        return self.grad(self.network)(x, s)


print(GradWrap(net)(Tensor([3.0]), Tensor([2.0])))
