# lerp of shapes that do not broadcast.
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


show_err("lerp_shape", lambda: ops.lerp(Tensor([1.0, 2.0, 3.0]), Tensor([1.0, 2.0]), 0.5))
