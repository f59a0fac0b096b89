# value_and_grad has_aux=True with a function that returns a single output.
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter


def show_err(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



def f(x):
    return (x * x).sum()


show_err("vg has_aux single output", lambda: mindspore.value_and_grad(f, 0, has_aux=True)(Tensor([1.0, 2.0])))
