# ops.derivative: orders, several inputs and outputs, int and float64 primals, order errors.
import mindspore
from mindspore import ops, nn, Tensor
import numpy as np
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")
def f(x): return ops.exp(ops.sin(x))
def g(x, y): return x * x * y
def two(x): return ops.sin(x), x * x * x
x = Tensor([0.5, 1.0])
show("o0", lambda: ops.derivative(f, x, 0))
show("o1.5", lambda: ops.derivative(f, x, 1.5))
show("o-1", lambda: ops.derivative(f, x, -1))
show("two", lambda: ops.derivative(two, x, 2))
show("list primals", lambda: ops.derivative(g, [x, x], 2))
show("int", lambda: ops.derivative(g, (Tensor([1, 2]), Tensor([3, 4])), 3))
show("f64", lambda: ops.derivative(f, Tensor(np.array([0.5, 1.0])), 2))
show("o4", lambda: ops.derivative(f, x, 4))
