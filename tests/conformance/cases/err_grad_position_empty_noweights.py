# grad_position=() without weights: error at call time.
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
    return x * 2


show_err("grad_position=()", lambda: mindspore.grad(f, ())(Tensor([1.0])))
