# ops.jet, ops.linearize and ops.derivative (higher-order forward mode).
import numpy as np
import mindspore
from mindspore import ops, nn, Tensor, Parameter
import mindspore as ms


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")

x = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
y = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
v = Tensor(np.array([[1, 1], [1, 1]]).astype(np.float32))

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sin = ops.Sin()
        self.exp = ops.Exp()
    def construct(self, x):
        out1 = self.sin(x)
        out2 = self.exp(out1)
        return out1 - out2

def fn(x, y):
    return x * y + ops.sin(x)
out, jvp_fn = ops.linearize(ops.sin, x)
show("linearize single", lambda: jvp_fn(v))
primals = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
series = Tensor(np.array([[[1, 1], [1, 1]], [[0, 0], [0, 0]], [[0, 0], [0, 0]]]).astype(np.float32))
show("jet", lambda: ops.jet(Net(), primals, series))
show("derivative doc", lambda: ops.derivative(Net(), primals, 3))
def multi(x):
    return ops.sin(x), ops.exp(x)
show("jet multi", lambda: ops.jet(multi, primals, series))

def prod(a, b):
    return a * ops.exp(b)
s2 = Tensor(np.array([[[1, 0], [0, 1]], [[0.5, 0], [0, 0]]]).astype(np.float32))
show("jet two inputs", lambda: ops.jet(prod, (primals, primals * 0.1), (s2, s2 * 2)))
show("jet int primal", lambda: ops.jet(ops.sin, Tensor(np.array([1, 2], np.int32)), Tensor(np.array([[1, 1]], np.float32))))
show("jet int both", lambda: ops.jet(ops.sin, Tensor(np.array([1, 2], np.int32)), Tensor(np.array([[1, 1]], np.int32))))
show("derivative int", lambda: ops.derivative(ops.sin, Tensor(np.array([1, 2], np.int32)), 2))
show("derivative order 0", lambda: ops.derivative(ops.sin, primals, 0))
