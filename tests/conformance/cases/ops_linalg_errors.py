# Errors of the linear-algebra functions raised by argument checks before any kernel runs.
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


x = Tensor(np.ones((2, 3), np.float32))
i = Tensor(np.ones((1, 2, 2), np.int32))
show_err("baddbmm dtypes", lambda: ops.baddbmm(Tensor(np.ones((1, 2, 2), np.float32)), i, i))
show_err("baddbmm int with float beta", lambda: ops.baddbmm(i, i, i, beta=0.5))
show_err("addmm str alpha", lambda: ops.addmm(x, x, x, alpha="2"))
show_err("vecdot axis out of range", lambda: ops.vecdot(x, x, axis=2))
show_err("vecdot tuple axis", lambda: ops.vecdot(x, x, axis=(0,)))
show_err("tensor_dot three axes", lambda: ops.tensor_dot(x, x, ((1,), (1,), (0,))))
show_err("tensor_dot axes mismatch", lambda: ops.tensor_dot(x, x, ((0,), (1,))))
show_err("tensor_dot negative axes", lambda: ops.tensor_dot(x, x, -1))
show_err("tensor_dot axis out of range", lambda: ops.tensor_dot(x, x, ((2,), (0,))))
show_err("tensor_dot duplicate axes", lambda: ops.tensor_dot(x, x, ((0, 0), (0, 1))))
show_err("outer non-Tensor", lambda: ops.outer([1.0, 2.0], x))
show_err("kron non-Tensor", lambda: ops.kron(x, 2.0))
print(repr(x + 1))
