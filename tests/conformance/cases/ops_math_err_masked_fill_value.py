# masked_fill with a value that is not 0-d.
import mindspore
from mindspore import ops, Tensor


def show_err(label, fn):
    try:
        r = repr(fn())  # repr forces PyNative's asynchronous kernels to finish here
        print(label, "-> no error:", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")


show_err("masked_fill_value", lambda: ops.masked_fill(Tensor([1.0, 2.0]), Tensor([True, False]), Tensor([1.0, 2.0])))
