# Recompute: mindspore.recompute on a Cell, Cell.recompute() and its keyword check, gradients.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, recompute


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


class MyCell(nn.Cell):
    def __init__(self):
        super(MyCell, self).__init__(auto_prefix=False)
        self.conv = nn.Conv2d(2, 2, 2, has_bias=False, weight_init='ones')
        self.relu = ops.ReLU()

    def construct(self, x):
        y = recompute(self.conv, x)
        return self.relu(y)


inputs = Tensor(np.ones([2, 2, 2, 2]).astype(np.float32) * 2)
my_net = MyCell()
print(ops.grad(my_net)(inputs))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = nn.Dense(2, 3, weight_init='ones', bias_init='zeros')
        self.b = nn.Dense(3, 2, weight_init='ones', bias_init='ones')
        self.a.recompute()
        self.b.recompute(mp_comm_recompute=False)

    def construct(self, x):
        return ops.tanh(self.b(ops.sin(self.a(x)))).sum()


n = Net()
x = Tensor([[0.1, 0.2], [0.3, -0.4]])
print(n(x))
print(mindspore.grad(n, 0, n.trainable_params())(x))
print(mindspore.value_and_grad(n, None, n.trainable_params())(x))
show("return", lambda: nn.Dense(2, 2).recompute())
show("bad keyword", lambda: nn.Dense(2, 2).recompute(foo=1))
show("function", lambda: recompute(lambda t: t * 2, x))
show("cell outside grad", lambda: recompute(nn.ReLU(), Tensor([1.0, -1.0])))
