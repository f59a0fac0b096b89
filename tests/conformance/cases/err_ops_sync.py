# Errors raised by argument checks before any kernel runs (indexing, item, dot 1-D, bad data).
import numpy as np
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = fn()
        if isinstance(r, Tensor):
            r = repr(r)  # forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


v = Tensor([1.0, 2.0, 3.0])
show_err("dot 1-D", lambda: ops.dot(v, v))
show_err("index out of range", lambda: v[5])
show_err("too many indices", lambda: v[0, 0])
show_err("numpy array index", lambda: v[np.array([0, 1])])
show_err("float index", lambda: v[1.5])
show_err("item of non-scalar", lambda: v.item())
show_err("Tensor from ragged list", lambda: Tensor([[1, 2], [3]]))
show_err("Tensor from string", lambda: Tensor("abc"))
print(repr(v + 1))
