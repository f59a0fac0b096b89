# A Cell.bprop that returns fewer gradients than the construct has inputs.
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
    def construct(self, x, y):
        return x * y

    def bprop(self, x, y, out, dout):
        return (dout,)


show_err("bprop too few grads", lambda: mindspore.grad(Net(), (0, 1))(Tensor([1.0]), Tensor([2.0])))
