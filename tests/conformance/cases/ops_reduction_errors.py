# Errors of reductions, statistics and sorting raised by argument checks before any kernel runs.
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


x = Tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
show_err("max tuple axis", lambda: ops.max(x, (0, 1)))
show_err("amax where without initial", lambda: ops.amax(x, 1, where=Tensor([True, False, True])))
show_err("norm str ord for vectors", lambda: ops.norm(x, "fro", dim=1))
show_err("norm bad matrix ord", lambda: ops.norm(x, 3))
show_err("norm three dims", lambda: ops.norm(x, dim=(0, 1, 0)))
show_err("norm duplicate dims", lambda: ops.norm(x, dim=(1, -1)))
show_err("norm list dim", lambda: ops.norm(x, dim=[0, 1]))
show_err("std float ddof", lambda: ops.std(x, 1, ddof=1.5))
show_err("std int keepdims", lambda: ops.std(x, keepdims=1))
show_err("var axis out of range", lambda: ops.var(x, 2))
show_err("topk axis out of range", lambda: ops.topk(x, 1, dim=2))
show_err("median axis None", lambda: ops.median(x, None))
print(repr(x + 1))
