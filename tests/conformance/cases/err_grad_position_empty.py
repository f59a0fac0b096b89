# grad_position=() with weights (upstream test case 6): error at call time.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show_err(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([6], mindspore.int32), name="w")
        self.b = Parameter(Tensor([2], mindspore.int32), name="b")

    def construct(self, x, y):
        return self.w * x + self.b * y


net = Net()
x = Tensor([10], mindspore.int32)
y = Tensor([20], mindspore.int32)
show_err("grad_position=() with weights",
         lambda: mindspore.grad(net, grad_position=(), weights=net.trainable_params())(x, y))
