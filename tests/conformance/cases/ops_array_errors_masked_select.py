# An error of masked_select (alone: an earlier failed op changes its message in PyNative).
import numpy as np
import mindspore
from mindspore import ops, Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
v = Tensor(np.arange(10, dtype=np.float32))


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


show_err("masked_select broadcast", lambda: ops.masked_select(x, Tensor([True, False])))
