# ops.jvp and ops.vjp: structures, has_aux, weights, dtypes, 0-d, stop_gradient, errors.
import numpy as np
import mindspore as ms
from mindspore import ops, nn, Tensor, Parameter


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).splitlines()[0] if str(e) else "")



class Net(nn.Cell):
    def construct(self, x, y):
        return x ** 3 + y

x = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
y = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
v = Tensor(np.array([[1, 1], [1, 1]]).astype(np.float32))
show("doc", lambda: ops.jvp(Net(), (x, y), (v, v)))

def f1(x):
    return ops.sin(x)
show("single tensor", lambda: ops.jvp(f1, Tensor([0.0, 1.0]), Tensor([1.0, 2.0])))
show("list inputs", lambda: ops.jvp(Net(), [x, y], [v, v]))

def f2(x, y):
    return x * y, x + y
show("multi out", lambda: ops.jvp(f2, (x, y), (v, v)))

def f3(x, y):
    return x * y, x + y, x - y
show("aux one", lambda: ops.jvp(f2, (x, y), (v, v), has_aux=True))
show("aux two", lambda: ops.jvp(f3, (x, y), (v, v), has_aux=True))

def f4(x):
    return x * x
show("f64", lambda: ops.jvp(f4, Tensor(np.array([1., 2.])), Tensor(np.array([1., 1.]))))
show("f16", lambda: ops.jvp(f4, Tensor(np.array([1., 2.]), ms.float16), Tensor(np.array([1., 1.]), ms.float16)))
show("0d", lambda: ops.jvp(f4, Tensor(3.0), Tensor(1.0)))

def f5(x, y):
    return ops.stop_gradient(x) * y + x
show("stopgrad", lambda: ops.jvp(f5, (x, y), (v, v)))

def f6(x):
    return (x * 2, (x * 3, x * 4))

def f7(x):
    return x.sum()
show("sum", lambda: ops.jvp(f7, x, v))

def f8(x, y):
    return ops.matmul(x, y)
show("matmul", lambda: ops.jvp(f8, (x, y), (v, ops.zeros_like(v))))

class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1., 2.], [3., 4.]], np.float32)), name='w')
    def construct(self, x):
        return ops.matmul(x, self.w)
show("cell param", lambda: ops.jvp(Lin(), x, v))

def f9(x):
    return ops.exp(x), x
show("aux identity", lambda: ops.jvp(f9, Tensor([0.0, 1.0]), Tensor([1.0, 1.0]), has_aux=True))
show("wrong v len", lambda: ops.jvp(Net(), (x, y), (v,)))
show("int input", lambda: ops.jvp(f4, Tensor([1, 2]), Tensor([1, 1])))

# ---- vjp ----



x = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
y = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
v = Tensor(np.array([[1, 1], [1, 1]]).astype(np.float32))
out, vjp_fn = ops.vjp(Net(), x, y)
print("doc", out, vjp_fn(v))

def f1(x):
    return ops.sin(x)
out, fn = ops.vjp(f1, Tensor([0.0, 1.0]))
show("single", lambda: fn(Tensor([1.0, 2.0])))

def f2(x, y):
    return x * y, x + y
out, fn = ops.vjp(f2, x, y)
print("multi out value", out)
show("multi out", lambda: fn(v, v * 2))
show("multi out tuple ct", lambda: fn((v, v * 2)))

def f3(x, y):
    return x * y, x + y, x - y
out, fn, aux = ops.vjp(f3, x, y, has_aux=True)
print("aux2", out, aux)
show("aux2 grads", lambda: fn(v))
out, fn, aux = ops.vjp(f2, x, y, has_aux=True)
print("aux1", aux)

class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1., 2.], [3., 4.]], np.float32)), name='w')
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name='b')
    def construct(self, x):
        return ops.matmul(x, self.w) + self.b
net = Lin()
out, fn = ops.vjp(net, x, weights=net.trainable_params())
show("weights list", lambda: fn(v))
out, fn = ops.vjp(net, x, weights=net.w)
show("weights single", lambda: fn(v))
out, fn = ops.vjp(net, x, weights=ms.ParameterTuple(net.trainable_params()))
show("weights ptuple", lambda: fn(v))

def f4(x):
    return x * x
show("f64", lambda: ops.vjp(f4, Tensor(np.array([1., 2.])))[1](Tensor(np.array([1., 1.]))))
show("f16", lambda: ops.vjp(f4, Tensor(np.array([1., 2.]), ms.float16))[1](Tensor(np.array([1., 1.]), ms.float16)))
show("0d", lambda: ops.vjp(f4, Tensor(3.0))[1](Tensor(2.0)))
show("int", lambda: ops.vjp(f4, Tensor([1, 2]))[1](Tensor([1, 1])))

def f5(x, y):
    return ops.stop_gradient(x) * y + x
show("stopgrad", lambda: ops.vjp(f5, x, y)[1](v))

def f6(x):
    return x.sum()
show("sum", lambda: ops.vjp(f6, x)[1](Tensor(2.0)))
out, fn = ops.vjp(f1, Tensor([0.0, 1.0]))
show("reuse1", lambda: fn(Tensor([1.0, 1.0])))
show("reuse2", lambda: fn(Tensor([3.0, 3.0])))
show("wrong count", lambda: ops.vjp(f2, x, y)[1](v))

def f7(x, y):
    return x * 2
show("unused input", lambda: ops.vjp(f7, x, y)[1](v))
show("grad of vjp", lambda: ms.grad(lambda a: ops.vjp(f4, a)[1](Tensor([1.0, 1.0]))[0].sum())(Tensor([1.0, 2.0])))
