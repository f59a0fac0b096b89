# ceil of an int tensor: a type check, not a missing kernel.
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


show_err("ceil_int", lambda: ops.ceil(Tensor([1, 2])))
