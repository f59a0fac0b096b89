# Differentiating with respect to a bool tensor.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show_err(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



show_err("bool input", lambda: mindspore.grad(lambda a: a + a)(Tensor([True, False])))
