# ops.vmap's errors (raised when the mapped function is called): type and first line.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")

x = Tensor(np.arange(6).reshape(2, 3).astype(np.float32))
y = Tensor(np.arange(6, 12).reshape(2, 3).astype(np.float32))


def total(a):
    return a.sum()

show("err in_axes len", lambda: ops.vmap(dot, in_axes=(0, 0, 0))(x, y))
show("err size", lambda: ops.vmap(dot)(x, Tensor(np.ones((3, 3), np.float32))))
show("err axis range", lambda: ops.vmap(total, in_axes=2)(x))
show("err in_axes float", lambda: ops.vmap(total, in_axes=1.0)(x))
show("err out_axes len", lambda: ops.vmap(dbl, out_axes=(0, 0))(x))
show("err out None batched", lambda: ops.vmap(dbl, out_axes=None)(x))
show("err fn", lambda: ops.vmap(3)(x))
show("err all None", lambda: ops.vmap(dot, in_axes=(None, None))(x, y))
show("err out axis range", lambda: ops.vmap(dbl, out_axes=5)(x))

def dbl(a):
    return a * 2
def two(a):
    return a * 2, a + 1
def dot(a, b):
    return (a * b).sum()


def scaled(a, scale=1.0):
    return a * scale


show("kwargs", lambda: ops.vmap(scaled)(x, scale=2.0))
def first(pair):
    return pair[0] + pair[1]
show("mk fn", lambda: type(ops.vmap(3)).__name__)
show("in None", lambda: ops.vmap(dbl, in_axes=None)(x))
show("in list", lambda: ops.vmap(dot, in_axes=[0, None])(x, x[0]))
show("out list", lambda: ops.vmap(two, out_axes=[0, 1])(x))
show("out None one", lambda: ops.vmap(two, out_axes=(0, None))(x))
show("python scalar arg", lambda: ops.vmap(dot, in_axes=(0, 0))(x, 2.0))
show("python scalar none", lambda: ops.vmap(dot, in_axes=(0, None))(x, 2.0))
show("in_axes str", lambda: ops.vmap(dbl, in_axes='a')(x))
show("size mismatch nested", lambda: ops.vmap(first)((x, Tensor(np.ones((3, 3), np.float32)))))
show("neg out axes", lambda: ops.vmap(two, out_axes=-1)(x))
show("bool in_axes", lambda: ops.vmap(dbl, in_axes=True)(x))
