# GradOperation used inside a Cell's construct (the docstring example), sens_param, has_aux with
# value_and_grad, vjp/jvp of plain functions, grad of a Dense w.r.t. input and weights.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter, ParameterTuple

class Net(nn.Cell):
    def __init__(self):
        super(Net, self).__init__()
        self.matmul = ops.MatMul()
        self.z = Parameter(Tensor(np.array([1.0], np.float32)), name='z')
    def construct(self, x, y):
        x = x * self.z
        out = self.matmul(x, y)
        return out

class GradNetWrtX(nn.Cell):
    def __init__(self, net):
        super(GradNetWrtX, self).__init__()
        self.net = net
        self.params = ParameterTuple(net.trainable_params())
        self.grad_op = ops.GradOperation(get_by_list=True)
    def construct(self, x, y):
        gradient_function = self.grad_op(self.net, self.params)
        return gradient_function(x, y)

x = Tensor([[0.5, 0.6, 0.4], [1.2, 1.3, 1.1]], dtype=ms.float32)
y = Tensor([[0.01, 0.3, 1.1], [0.1, 0.2, 1.3], [2.1, 1.2, 3.3]], dtype=ms.float32)
output = GradNetWrtX(Net())(x, y)
print(output)

class GradNetWrtXY(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.grad_op = ops.GradOperation(get_all=True)
    def construct(self, x, y):
        return self.grad_op(self.net)(x, y)
print(GradNetWrtXY(Net())(x, y))
grad_sens = ops.GradOperation(sens_param=True)
print(grad_sens(Net())(x, y, ops.ones((2, 3), ms.float32) * 0.5))
def fn(x, y):
    return ops.sum(x * y), x + y
print(ms.value_and_grad(fn, (0, 1), has_aux=True)(x[:, :2], x[:, 1:]))
def sq(a):
    return a ** 2
out, vjp_fn = ops.vjp(sq, x)
print(out.shape, vjp_fn(ops.ones_like(x)))
def mul(a, b):
    return a * b
print(ops.jvp(mul, (x, x), (ops.ones_like(x), ops.ones_like(x))))
net = nn.Dense(3, 2, 'ones', 'zeros')
print(ms.grad(net, grad_position=0, weights=net.trainable_params())(x))
