# Calling grad with a tuple position >= the number of inputs (error at call time).
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show_err(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



def f(x, y):
    return x * y


x = Tensor([1.0, 2.0])
show_err("position (0, 5) of 2", lambda: mindspore.value_and_grad(f, (0, 5))(x, x))
