# Errors of elementwise math and activations that MindSpore raises in Python, before any kernel.
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


x = Tensor([1.0, 2.0, 3.0])
i = Tensor([1, 2, 3])
show_err("gelu approximate", lambda: ops.gelu(x, approximate='x'))
show_err("gelu int", lambda: ops.gelu(i))
show_err("logaddexp int", lambda: ops.logaddexp(i, i))
show_err("logaddexp scalar", lambda: ops.logaddexp(x, 1.0))
show_err("fmod scalars", lambda: ops.fmod(2.0, 3.0))
show_err("leaky_relu alpha", lambda: ops.leaky_relu(x, 'x'))
