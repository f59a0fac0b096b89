# Cell.bprop under grad, vjp, GradOperation and grad of grad; jacfwd and jacrev structures and errors.
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
        return 2 * x * x + y * y
    def bprop(self, x, y, out, dout):
        return 2 * dout, 2 * y * dout

net = Net()
x = Tensor([1.0, 2.0]); y = Tensor([3.0, 4.0])
show("grad", lambda: ms.grad(net, (0, 1))(x, y))
show("vg", lambda: ms.value_and_grad(net, (0, 1))(x, y))
show("GradOperation all", lambda: ops.GradOperation(get_all=True)(net)(x, y))
show("sens", lambda: ops.GradOperation(get_all=True, sens_param=True)(net)(x, y, Tensor([0.5, 2.0])))
show("vjp", lambda: ops.vjp(net, x, y)[1](Tensor([1.0, 0.5])))

class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Net()
    def construct(self, x, y):
        return self.inner(x * 3, y) * 2
show("nested cell", lambda: ms.grad(Outer(), (0, 1))(x, y))

class Multi(nn.Cell):
    def construct(self, x):
        return x * 2, x * 3
    def bprop(self, x, out, dout):
        return (dout[0] * 10 + dout[1] * 100,)
show("multi out", lambda: ms.grad(Multi())(x))
show("multi out vjp", lambda: ops.vjp(Multi(), x)[1](Tensor([1.0, 1.0]), Tensor([0.0, 2.0])))

class WithParam(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor([2.0, 2.0]), name='w')
    def construct(self, x):
        return x * self.w
    def bprop(self, x, out, dout):
        return (dout * 7,)
wp = WithParam()
show("params zero", lambda: ms.grad(wp, 0, wp.trainable_params())(x))

class UsesOut(nn.Cell):
    def construct(self, x):
        return ops.exp(x)
    def bprop(self, x, out, dout):
        return (out * dout,)
show("uses out", lambda: ms.grad(UsesOut())(Tensor([0.0, 1.0])))

class Bad(nn.Cell):
    def construct(self, x, y):
        return x * y
    def bprop(self, x, y, out, dout):
        return (dout,)

class Single(nn.Cell):
    def construct(self, x):
        return x * x
    def bprop(self, x, out, dout):
        return dout * 5
show("non tuple return", lambda: ms.grad(Single())(x))

class IntIn(nn.Cell):
    def construct(self, x, n):
        return x * n
    def bprop(self, x, n, out, dout):
        return dout * n, ops.zeros_like(n)
show("int second", lambda: ms.grad(IntIn(), (0, 1))(x, Tensor([2, 3])))
show("grad grad bprop", lambda: ms.grad(ms.grad(UsesOut()))(Tensor([0.0, 1.0])))
show("bad count", lambda: ms.grad(Bad(), (0, 1))(x, y))

# ---- jacobians ----


class MultipleInputsMultipleOutputsNet(nn.Cell):
    def construct(self, x, y, z):
        return x ** 2 + y ** 2 + z ** 2, x * y * z

def fn(x, y, z):
    return 2 * x + y, y ** 3

def fn_aux(x, y, z):
    res = x ** 2 + y ** 2 + z ** 2, x * y * z
    return res[0], res[1]

x = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
y = Tensor(np.array([[1, 2], [3, 4]]).astype(np.float32))
z = Tensor(np.array([[1, 1], [1, 1]]).astype(np.float32))
net = MultipleInputsMultipleOutputsNet()
show("jacfwd doc aux", lambda: ops.jacfwd(net, grad_position=0, has_aux=True)(x, y, z))
show("jacrev doc aux", lambda: ops.jacrev(net, grad_position=0, has_aux=True)(x, y, z))
show("jacfwd pos (0,1)", lambda: ops.jacfwd(fn, grad_position=(0, 1))(x, y, z))
show("jacrev pos (0,1)", lambda: ops.jacrev(fn, grad_position=(0, 1))(x, y, z))

def single(v):
    return ops.sin(v) * v.sum()
a = Tensor([0.5, 1.0, 2.0])
show("jacfwd single", lambda: ops.jacfwd(single)(a))
show("jacrev single", lambda: ops.jacrev(single)(a))

def to_scalar(v):
    return (v ** 2).sum()
show("jacrev scalar out", lambda: ops.jacrev(to_scalar)(a))
show("jacfwd scalar out", lambda: ops.jacfwd(to_scalar)(a))
show("hessian", lambda: ops.jacfwd(ops.jacrev(to_scalar))(a))
show("hessian rr", lambda: ops.jacrev(ops.jacrev(to_scalar))(a))
show("jacrev 0d in", lambda: ops.jacrev(single)(Tensor(0.5)))
show("jacfwd 0d in", lambda: ops.jacfwd(single)(Tensor(0.5)))

def matvec(m, v):
    return ops.matmul(m, v)
m = Tensor(np.array([[1., 2., 3.], [4., 5., 6.]], np.float32))
show("jacrev matvec pos1", lambda: ops.jacrev(matvec, 1)(m, a))
show("jacfwd matvec pos0 shape", lambda: ops.jacfwd(matvec, 0)(m, a).shape)
show("jacfwd cell", lambda: ops.jacfwd(nn.Dense(3, 2, weight_init='ones', bias_init='zeros'))(a.reshape(1, 3)))
show("vmap jacrev", lambda: ops.vmap(ops.jacrev(single))(Tensor([[0.5, 1.0, 2.0], [1.0, 1.0, 1.0]])))
show("jac_aux2", lambda: ops.jacrev(fn_aux, has_aux=True)(x, y, z))

def three(x):
    return x * 2, x * 3, x * 4
show("jacfwd has_aux two aux", lambda: ops.jacfwd(three, has_aux=True)(a))
show("jacrev has_aux two aux", lambda: ops.jacrev(three, has_aux=True)(a))
show("jacrev pos oob", lambda: ops.jacrev(single, 2)(a))
show("jacfwd int", lambda: ops.jacfwd(single)(Tensor([1, 2])))

def single(v):
    return ops.sin(v) * v.sum()
def lin(v):
    return v * 2
def two(v, w):
    return v * w
show("jacrev int lin", lambda: ops.jacrev(lin)(Tensor([1, 2])))
show("jacfwd int32", lambda: ops.jacfwd(lin)(Tensor([1, 2], ms.int32)))
show("jacfwd pos float", lambda: ops.jacfwd(lin, 0.5)(Tensor([1., 2.])))
show("jacfwd pos neg", lambda: ops.jacfwd(lin, -1)(Tensor([1., 2.])))
show("jacfwd pos oob", lambda: ops.jacfwd(lin, 3)(Tensor([1., 2.])))
show("jacrev pos empty", lambda: ops.jacrev(lin, ())(Tensor([1., 2.])))
show("jacfwd aux single", lambda: ops.jacfwd(lin, has_aux=True)(Tensor([1., 2.])))
show("jacrev aux single", lambda: ops.jacrev(lin, has_aux=True)(Tensor([1., 2.])))
show("jacrev has_aux int", lambda: ops.jacrev(lin, has_aux=1)(Tensor([1., 2.])))
