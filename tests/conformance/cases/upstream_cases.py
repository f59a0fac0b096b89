# Reproducible cases from MindSpore's own gradient tests (return types, pynative).
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter, ParameterTuple, jit


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6], mindspore.int32), name="w")
        self.b = Parameter(Tensor([2], mindspore.int32), name="b")

    def construct(self, x):
        return self.w * x + self.b


x = Tensor([10], mindspore.int32)
net = Net()
# 1
print("1", ops.GradOperation(get_all=True, get_by_list=True)(net, net.trainable_params()[0])(x))


# 2
class NoParamNoInput(nn.Cell):
    def construct(self):
        return 3


n2 = NoParamNoInput()
print("2", ops.GradOperation(get_all=True, get_by_list=True)(n2, ParameterTuple(n2.trainable_params()))())


# 3
class AddNet(nn.Cell):
    def construct(self, x, y):
        return x + y


print("3", mindspore.grad(AddNet())(1, 2))


# 4
class Net4(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6], mindspore.int32), name="w")
        self.b = Parameter(Tensor([2], mindspore.int32), name="b")

    def construct(self, x, y):
        return self.w * x + self.b * y


n4 = Net4()
y = Tensor([20], mindspore.int32)
print("4", mindspore.grad(n4, 0, n4.trainable_params())(x, y))


# 5
class Net5(nn.Cell):
    def construct(self, x, y):
        return 3 * x + y


print("5", mindspore.grad(Net5(), 0, [])(x, y))
# 7
print("7", mindspore.grad(n4, 0, n4.trainable_params(), return_ids=True)(x, y))
print("7b", mindspore.grad(n4, 0, return_ids=True)(x, y))


# 8
class Net8(nn.Cell):
    def construct(self, x):
        return x ** 3, 2 * x


x8 = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
print("8", mindspore.grad(Net8())(x8))


# 9
@jit
def function(x, y, z):
    return x ** 2 + y ** 2 + z ** 2, x * y * z


y9 = Tensor(np.array([[-2, 3], [-1, 2]]).astype(np.float32))
z9 = Tensor(np.array([[0, 3], [5, -1]]).astype(np.float32))
print("9", mindspore.grad(function)(x8, y9, z9))


# 10
class ParamNetAux(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2., 2.], np.float32)), name="w")
        self.z = Parameter(Tensor(np.array([3., 3.], np.float32)), name="z")

    def construct(self, x):
        res = x * self.w * self.z
        return res, x, self.w


x10 = Tensor(np.array([1, 2]).astype(np.float32))
n10 = ParamNetAux()
weights = n10.trainable_params()
res, aux = mindspore.grad(n10, 0, weights, True)(x10)
print("10", res, aux)
value, res = mindspore.value_and_grad(n10, 0, weights, True)(x10)
print("10vg", value, res)
