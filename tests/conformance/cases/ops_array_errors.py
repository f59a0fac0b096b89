# Errors of array ops for bad arguments that MindSpore raises in Python, before any kernel runs.
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


show_err("split 0", lambda: ops.split(v, 0))
show_err("split float", lambda: ops.split(v, 1.5))
show_err("split sections sum", lambda: ops.split(v, [3, 6]))
show_err("split negative section", lambda: ops.split(x, [1, -1]))
show_err("split axis", lambda: ops.split(x, 2, 2))
show_err("chunk 0", lambda: ops.chunk(v, 0))
show_err("chunk float", lambda: ops.chunk(x, 1.5))
show_err("chunk axis", lambda: ops.chunk(x, 3, 2))
show_err("tensor_split 0", lambda: ops.tensor_split(v, 0))
show_err("narrow start", lambda: ops.narrow(x, 1, 5, 1))
show_err("narrow negative start", lambda: ops.narrow(x, 1, -2, 2))
show_err("narrow length", lambda: ops.narrow(x, 1, 3, 2))
show_err("narrow Tensor start", lambda: ops.narrow(x, 1, Tensor(1), 2))
show_err("narrow axis", lambda: ops.narrow(x, 2, 0, 1))
show_err("swapaxes axis", lambda: ops.swapaxes(x, 0, 2))
show_err("moveaxis axis", lambda: ops.moveaxis(x, 3, 0))
show_err("moveaxis lengths", lambda: ops.moveaxis(Tensor(np.zeros((2, 3, 4), np.float32)), (0, 1), (1,)))
show_err("repeat_interleave lengths", lambda: ops.repeat_interleave(x, [1, 2], 0))
show_err("repeat_interleave negative", lambda: ops.repeat_interleave(x, [-1, 2, 1], 0))
show_err("repeat_interleave axis", lambda: ops.repeat_interleave(x, 2, 2))
show_err("logspace base float", lambda: ops.logspace(0.0, 2.0, 3, base=2.5))
show_err("logspace base negative", lambda: ops.logspace(0.0, 2.0, 3, base=-2))
show_err("logspace steps negative", lambda: ops.logspace(0.0, 2.0, -1))
show_err("logspace dtype", lambda: ops.logspace(0.0, 2.0, 3, dtype=mindspore.int32))
show_err("pad odd", lambda: ops.pad(x, (1,)))
show_err("pad value with reflect", lambda: ops.pad(x, (1, 1), mode='reflect', value=1.0))
show_err("pad float", lambda: ops.pad(x, (1.0, 1)))
show_err("index_select 2-D index", lambda: ops.index_select(x, 0, Tensor([[0, 2]])))
show_err("index_select list", lambda: ops.index_select(x, 0, [1]))
show_err("index_select axis", lambda: ops.index_select(x, 3, Tensor([1])))
show_err("tril Tensor diagonal", lambda: ops.tril(x, Tensor(1)))
show_err("setitem index", lambda: x.__setitem__(5, 1.0))
show_err("setitem shape", lambda: x.__setitem__(0, Tensor([1.0, 2.0])))
show_err("setitem str", lambda: x.__setitem__('a', 1.0))
