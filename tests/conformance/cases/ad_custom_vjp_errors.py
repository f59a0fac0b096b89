# Errors of vjp_fn (cotangent count, shape, dtype) and of jvp (tangent count, broadcast).
import mindspore
from mindspore import ops, nn, Tensor
import numpy as np
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0].split(", , sens")[0] if str(e) else "")
def f(x, y):
    return x * y, x + y
def g(x):
    return x * x
x = Tensor([1.0, 2.0])
y = Tensor([3.0, 4.0])
out, fn = ops.vjp(f, x, y)
show("vjp too few", lambda: fn(Tensor([1.0, 1.0])))
show("vjp too many", lambda: fn(x, x, x))
show("vjp wrong shape", lambda: fn(Tensor([1.0, 1.0, 1.0]), x))
show("vjp wrong shape 2d", lambda: fn(Tensor([[1.0, 1.0]]), x))
show("vjp dtype f64", lambda: fn(Tensor(np.ones(2)), x))
show("vjp dtype int", lambda: fn(Tensor([1, 1]), x))
out, fn1 = ops.vjp(g, x)
show("vjp1 two", lambda: fn1(x, x))
show("vjp1 shape", lambda: fn1(Tensor([1.0])))
show("vjp1 shape bcast", lambda: fn1(Tensor([[1.0, 2.0], [1.0, 1.0]])))
show("jvp count", lambda: ops.jvp(f, (x, y), (x,)))
show("jvp count2", lambda: ops.jvp(g, x, (x, x)))
show("jvp shape bcast", lambda: ops.jvp(g, x, Tensor([1.0])))
