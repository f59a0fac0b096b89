# ops.reshape to a shape with a different number of elements.
import numpy as np
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


m = Tensor(np.ones((2, 3), np.float32))
show_err("reshape bad size", lambda: ops.reshape(m, (4, 2)))
